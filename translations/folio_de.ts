<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Folio::Appearance</name>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveExpander</name>
    <message>
        <source>is a copy of an archive it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nested deeper than %n archive(s): its members are not unpacked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested in more than %1 folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its members were not unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveExtractor</name>
    <message numerus="yes">
        <source>%n more member(s) were refused; only the first %1 are listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has encrypted members: they can be unpacked only with its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveReader</name>
    <message>
        <source>the archive is malformed or ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an archive Folio can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract %1: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract %1: the folder %2 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not extract %1: the folder %2 cannot be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads out of the folder with “..”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no usable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a hard link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a device node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands beyond the limit of %1 bytes for one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands beyond %1 times the archive&apos;s size (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands beyond the limit of %1 bytes for the whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the name of a member written before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be decrypted (wrong password?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a copy of the archive itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged after %2 entries: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; the rest were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is past the limit of %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::AuditLog</name>
    <message>
        <source>the audit head %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it does not name an event and its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the audit event %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it must be written inside the transaction of the change it records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the action, the kind and id of what it touched, and the actor are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the audit head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it must be published after the transaction commits, as its events could still be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify the audit log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log starts at event %1 instead of event 1: its first events were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event 1 does not start the chain: earlier events were removed or the events were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 does not follow event %2: an event was removed or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 was altered: its hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 were altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 were removed without being redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit head %1 is missing although the log reaches event %2: the newest events may have been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit events were removed: the head records event %1 but the log is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest audit events were removed: the head records event %1 but the log ends at event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 is not the one the audit head recorded: the log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redact the audit values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it must run inside the transaction of the change that requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recorded values of audit event %2 are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the audit events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::BlobFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrank from %2 to %3 bytes while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read; try again when nothing is writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed or replaced while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 while copying %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match its hash (expected %2, found %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1: a file of that name is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not a SHA-256 hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size differs (expected %1 bytes, found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content does not match its hash (expected %1, found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; Folio never replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::BlobStore</name>
    <message>
        <source>A blob reference can only change inside the transaction that records its use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob store was asked to work on its files inside a transaction: its own records must be saved before the files change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files cannot be stored without naming who stores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store %1: &quot;%2&quot; is not a SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is missing (it may have been removed as unused after it was staged); add the source file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored file with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stored files was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: it already exists, and exporting never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: the stored file %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::BrowseRepository</name>
    <message>
        <source>The browser has no scope %1 or no sort %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors need a step of at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the positions of the rows was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is not among the items shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::BrowserPane</name>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::BulkItemWriter</name>
    <message>
        <source>The item %1 can only be written inside the transaction of its batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored file with id %1 to refer to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::CollectionRepository</name>
    <message>
        <source>There is no collection with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Collections</name>
    <message>
        <source>A collection needs a name of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection name “%1” contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 was purged: it cannot join “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Database</name>
    <message>
        <source>binding a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database %1 has schema version %2, but this Folio knows only up to version %3. Use a newer Folio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::DatabaseBackup</name>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::DocumentTableView</name>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::DurableFile</name>
    <message>
        <source>Could not flush %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ExivReader</name>
    <message>
        <source>The XMP packet could not be parsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPTC data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EXIF data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: its format is not one Exiv2 reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs more memory than is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exiv2 failed in an unexpected way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped at damaged data; what came before it was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP packet could not be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sidecar &quot;%1&quot;: it is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sidecar &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the XMP of &quot;%1&quot;: it holds no XMP packet that can be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no embedded preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ExtractionApplier</name>
    <message>
        <source>The %1 rendition was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ExtractionPool</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extractor crashed on this file (%1); the original is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extractor stopped on this file (exit code %1); the original is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraction took longer than %1 s and was stopped; the original is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR took longer than %1 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Extractor</name>
    <message>
        <source>Could not write the %1 rendition: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no XMP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renditions come from the camera&apos;s JPEG stored with this RAW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renditions come from the camera&apos;s embedded preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rendition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decoded as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 × %3 pixels, over the limit of %4 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image Folio reads for OCR (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OCR of %1 ran out of time after %n page(s) of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OCR skipped page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR could read no page of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No converter for legacy Office files is installed: the text of %1 was not extracted (install LibreOffice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF converted from %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text and preview of %1 come from a conversion to PDF by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::FileImporter</name>
    <message>
        <source>%1: not a regular file (a device, socket or pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same content is already item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored without its companion file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::FolderOperations</name>
    <message>
        <source>The folder %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;/&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root folder cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 into itself (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root folder cannot be moved to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be restored: the folder %2 that holds it is in the Trash; restore that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be restored: another folder has that name now; rename one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 was purged: it cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::FolderRepository</name>
    <message>
        <source>The folder path &quot;%1&quot; has an invalid name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder path &quot;%1&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder named &quot;%1&quot; already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination already has a folder of that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ImageRenderer</name>
    <message>
        <source>its %1 chunk claims %2 bytes, but only %3 follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its colours cannot be converted to sRGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its pixels cannot be converted to 8 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its extra channels cannot be dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decode the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot scale the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot encode the rendition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot hash the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rendering limits must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: images cannot be rendered: libvips did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a camera RAW file; Folio renders only the preview embedded in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PNG file is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image format Folio renders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels (%4 megapixels) is over the limit of %5 megapixels; the image was not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decode the image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image is damaged (%2); its renditions may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no image data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::IngestEngine</name>
    <message>
        <source>This version of Folio cannot run jobs of kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::IngestRunner::Worker</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::IntegrityCheck</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has a %2 row (rowid %3) that refers to a missing %4 row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 counts %2 references but %3 versions and renditions use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Internal::MediaDecoder</name>
    <message>
        <source>%1: Folio has no decoder for its %2 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its %2 stream cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory for decoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ItemActions</name>
    <message>
        <source>Quick Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a read-only copy in the default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a read-only copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Originals To</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n original(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Similar to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the Trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::ItemDelegate</name>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ItemOperations</name>
    <message>
        <source>Reverted to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is already in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is not in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 applies to %2s only, and item %3 is a %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ItemRepository</name>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id: give the id, or at least its last 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one item; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items have no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ItemWindowModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::LegacyOfficeConverter</name>
    <message>
        <source>%1 is not a legacy Office file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert %1: no temporary folder for the converter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert %1: cannot make folders in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert %1: cannot copy it for the converter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot convert %1: the converter %2 did not start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1 to PDF took longer than %2 s; the converter was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converter could not convert %1 to PDF (exit status %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converter wrote no PDF for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Library</name>
    <message>
        <source>%1 is not a Folio library (no %2 in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a Folio library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and is not a Folio library; choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the library %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a library in %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade to schema version %2, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::LibraryBackup</name>
    <message>
        <source>%1 exists and is not an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Folio backup (no %2 in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored library %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::LibraryGenerator</name>
    <message>
        <source>Could not make a temporary folder for the generated files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the text file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating needs a number of items (0 or more), a batch size and a blob pool size of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is read-only: nothing can be generated in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the text files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 holds the items of seed %2 already; generate with another seed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::LibrarySearch</name>
    <message>
        <source>Cannot create the folder of the search index %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::LibraryVerifier</name>
    <message>
        <source>The blob %1 (%2) is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message>
        <source>%1 — Folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Folio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Folio %1&lt;/b&gt;&lt;p&gt;Digital assets and controlled documents in one local-first library.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos, video, audio or design files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag items here to add them to this collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches this smart collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected, at least %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are still being added; wait for them or cancel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read completely.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Folio library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::MediaExtractor</name>
    <message>
        <source>%1 (poster frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no frame of the video could be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the video&apos;s length is unknown, so it has no filmstrip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the filmstrip could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the audio has no sample rate, so it has no waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the audio cannot be mixed to mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the waveform shows only the first %2 s of the audio: Folio stops after %3 s of audio or %4 s of decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the audio ends after %2 s of the %3 s it declares; the file may be truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waveform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an audio or video format Folio reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 file is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its streams could not be analysed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds no audio or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cover art)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped after %2 s; some renditions are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FFmpeg: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: FFmpeg reported %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only its first %2 tags were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n damaged packet(s) were skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its %2 × %3 frames are outside the limit of %4 pixels a side; none was decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no waveform: no audio could be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::MetadataValidator</name>
    <message>
        <source>&quot;%1&quot; is not a value of the field %2 (its vocabulary &quot;%3&quot; is closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is required and cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 takes a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 takes a date like 2025-03-31 (or an ISO date-time), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 takes yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 refers to an item, and there is no item %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::OcrEngine</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages such as eng or eng+deu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCR language data is installed: install the package tesseract-ocr-eng, or set TESSDATA_PREFIX to a folder of .traineddata files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of OCR language data &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR language %1 is not installed (installed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR languages %1 are not installed (installed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked in %1; on Debian, install %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR language data for &quot;%1&quot; cannot be loaded: it is damaged, or made for another version of Tesseract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract could not start for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to read text from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels: OCR reads at most %3 million pixels and %4 pixels a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR ran out of time before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image of %1 x %2 pixels could not be converted to gray: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR ran out of time: the page was not read to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract could not read the image of %1 x %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract failed on the image of %1 x %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::OcrJob</name>
    <message>
        <source>The OCR language &quot;%1&quot; is not installed (installed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR read page %1 with a confidence of only %2%: its text may be garbled (another language? folioctl ocr --lang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::OfficeExtractor</name>
    <message>
        <source>The text of %1 is longer than %2 characters; the rest was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (%3, line %4); what follows the damage was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inflates to more than %2; reading stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable zip package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; what follows the damage was left out (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 members; the rest were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and a member larger than %2 stands in the way; the rest was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail in %1 is larger than %2 and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is larger than %3; only its beginning was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (%3); only its beginning was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds none of its format&apos;s parts; it is damaged or no such document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the part that holds its document; only what else it holds was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of a type (%2) the office reader does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 members, more than the %3 Folio reads from a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no zip directory: it was probably cut short, and was read as far as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared strings of %1 hold more than %2 characters; the rest were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::PageRender</name>
    <message>
        <source>Cannot show &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: it is encrypted, and no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no page %2: it has %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; has no usable size: it cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; measures %3 x %4 cm, larger than any paper: it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; is shown smaller, within %3 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of &quot;%2&quot; took longer than %n second(s) to draw.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be decoded as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be decoded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 × %3 pixels, over the limit of %4 megapixels: it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shown from the camera&apos;s embedded preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first page of &quot;%1&quot; can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the picture of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: Folio draws only PDF pages and images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::PageRenderer</name>
    <message>
        <source>Cannot show &quot;%1&quot;: its picture could not be read back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: no temporary folder could be made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::PdfDocuments</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::PdfExtractor</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (size unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text of &quot;%1&quot; stops on page %2 of %3: it is longer than %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of &quot;%1&quot; could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be read: no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; has no usable size: no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; measures %2 x %3 cm, larger than any paper: it is not rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page 1 of &quot;%1&quot; took longer than %n second(s) to render: no preview.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be rendered: no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be encoded: no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; gave no preview: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted: its text and pages can be read only with its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains JavaScript (never run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cross-reference table of &quot;%1&quot; is damaged; Poppler rebuilt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged; Poppler reported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::PdfPageRasterizer</name>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render &quot;%1&quot;: it is encrypted, and no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no page %2: it has %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render &quot;%1&quot; at %2 dpi: the resolution must be between 1 and %3 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; has no usable size: it cannot be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; measures %3 x %4 cm, larger than any paper: it is not rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering page %1 of &quot;%2&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of &quot;%2&quot; took longer than %n second(s) to render.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be converted to gray: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::QuickLook</name>
    <message>
        <source>Quick look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 KB are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not UTF-8: it is shown as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookImagePane</name>
    <message>
        <source>Zoom to Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole image (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original pixel for pixel (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading &quot;%1&quot; at full size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookImageView</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll vertically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookLoader</name>
    <message>
        <source>The preview of &quot;%1&quot; is larger than a preview may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookMediaPane</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot play &quot;%1&quot;: the media cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookPdfPane</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::RelationRepository</name>
    <message>
        <source>Item %1 is already %2 item %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SandboxLimits</name>
    <message>
        <source>Could not set the %1 limit: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SavedSearches</name>
    <message>
        <source>A saved search needs a name of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search named “%1” exists already (use --replace to change its query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved search is named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ScanClassifier</name>
    <message>
        <source>landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi (inferred from its size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scan: %1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scan: the image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scan: the image is in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scan: it does not have a page&apos;s proportions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scan: %1 %2 at only %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scan: too little of it is paper (a photograph?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SchemaJson</name>
    <message>
        <source>The vocabulary &quot;%1&quot; has a term without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary key &quot;%1&quot; is not valid: use lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; is not valid: use lower-case letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown type &quot;%2&quot; (text, number, date, bool, enum, multi-enum, person, item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; applies to &quot;%2&quot;; use asset, document or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is an enum and needs a vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an invalid alias &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by two fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SchemaOperations</name>
    <message>
        <source>Cannot read the schema file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema file %1 is larger than 16 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema file %1 is not a JSON object: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; uses the vocabulary &quot;%2&quot;, which neither the file nor the library defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in field &quot;%1&quot; cannot change its type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SchemaRepository</name>
    <message>
        <source>There is no field &quot;%1&quot; in the library&apos;s schema (see folioctl schema show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vocabulary &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; of field &quot;%2&quot; is already the field &quot;%3&quot; or one of its aliases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexEvaluator</name>
    <message>
        <source>The search query cannot be run: %1 (at “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search query is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT needs exactly one operand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND needs operands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND has an empty operand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs operands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR has an empty operand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prefix needs its letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phrase needs words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexRanker</name>
    <message>
        <source>The page cursor “%1” is not one this search made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cursor belongs to another sort order; start again from the first page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexSnapshot</name>
    <message>
        <source>Could not write the search index snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the search index snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index snapshot %1 is damaged (%2); the index will be rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a search index snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index snapshot %1 has format version %2; this Folio reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated or has bytes appended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 sections instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 has a bad header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has unexpected bytes after its sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bitmap names a document slot that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Search::QueryParser</name>
    <message>
        <source>The field “%1” has no value at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has more than %1 parts at column %2; search for fewer words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is longer than %1 characters at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “)” at column %1 has no matching “(”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing before OR at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after OR at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing before AND at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after AND at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after “-” at column %1; write -word to leave a word out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after NOT at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parentheses nested deeper than %1 at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty parentheses at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “(” at column %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote at column %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected “%1” at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1” at column %2; put text with a colon in quotes to search for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” cannot compare with “%2” at column %3; put the value in quotes to search for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range “%1” is empty at column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; ages take h, d, w, m (30 days) or y (365 days), as in modified:&lt;30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; sizes take B, kB, MB, GB, TB, KiB, MiB, GiB or TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; durations take s, m or h, or mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date at column %2; write 2024, 2024-03, 2024-03-15, 2024-03-15T10:00, today, or an age such as 30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” takes a number, not “%2”, at column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown flag “%1:%2” at column %3; known: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Search::SearchIndex</name>
    <message>
        <source>Item %1 cannot be indexed for search: the index holds item ids from 0 to 4,294,967,295</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input (or use --password-file F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::AuthService</name>
    <message>
        <source>foliod: could not audit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token&apos;s session does not exist: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: could not audit auth.revoked-token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was revoked: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::DataDirectoryLock</name>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another foliod is using %1: stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another foliod is using %1 (process %2): stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the lock file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::AuthRoutes</name>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not available on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer this request; the log tells why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app (&quot;totp&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator code is wrong or was used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: send &quot;Authorization: Bearer&quot; with an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: sign-out failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::BlobRoutes</name>
    <message>
        <source>Blob storage is not available on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such blob or upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not store or read the blob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 64 lower-case hex digits, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be {&quot;sha256&quot;: [...]} and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 hashes per request, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; is not within the blob&apos;s %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob has %1 bytes; ask for at most %2 at a time with Range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Range must be &quot;bytes START-END/TOTAL&quot; and match the body&apos;s %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload has %1 bytes in all, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must start with a JSON line listing the blobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must be {&quot;blobs&quot;: [...]} and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 blobs per batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizes add up to %1 bytes but %2 follow the JSON line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::HttpConnection</name>
    <message>
        <source>The request header did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request header is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no route %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer this request; the log tells why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::HttpServer</name>
    <message>
        <source>%1 is not an address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::Router</name>
    <message>
        <source>This server accepts no sign-in for this route.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::TlsContext</name>
    <message>
        <source>TLS file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OpenSSL cannot require TLS 1.2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate %1 could not be loaded: is it a PEM certificate chain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS key %1 could not be loaded, or does not belong to certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS key %1 does not belong to certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::ListenAddress</name>
    <message>
        <source>Listen address &quot;%1&quot;: an IPv6 address is written [address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: expected host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: &quot;%2&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without TLS: other machines could read passwords and files. Give --tls-cert and --tls-key, or --insecure-http if a proxy in front terminates TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::PasswordHasher</name>
    <message>
        <source>Could not initialise libsodium: no source of randomness is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the password: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the password: Argon2id could not get %1 MiB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the password: the stored hash is not an Argon2id hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Runner</name>
    <message>
        <source>Usage:
  foliod user add NAME --role ROLE [--password-file F]   (else the password is read from standard input)
  foliod user passwd NAME [--password-file F]
  foliod user disable NAME
  foliod user list [--json]
  foliod user totp NAME        prints an otpauth:// URI to enrol an authenticator app
  foliod sessions [USER] [--json]
  foliod revoke SESSION | --user USER
  foliod migrate
Each takes --data DIR (default $FOLIOD_DATA); run them while foliod serve is stopped.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: foliod user add|passwd|disable|totp NAME, or foliod user list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod user add needs --role ROLE (one of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the user %1 (%2), id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1 and revoked their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;; see foliod user --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-totp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: foliod sessions [USER] [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: foliod revoke SESSION, or foliod revoke --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 session(s) of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: foliod revoke SESSION (a number from foliod sessions), or foliod revoke --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was revoked already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServeCommand</name>
    <message>
        <source>--%1 takes a number of seconds from 0 to 3600, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves Folio&apos;s HTTP API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s data directory (default $FOLIOD_DATA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port; port 0 takes a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate chain for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key for TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP on a non-loopback address (TLS ends at a proxy in front).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server threads (default: the number of cores, at least 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a client may take to send a request header (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a client may take to send a body or read an answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod serve: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod serve: --data DIR (or $FOLIOD_DATA) and --listen HOST:PORT are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod serve: --tls-cert and --tls-key go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod serve: --threads takes a number from 1 to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServerBlobStore</name>
    <message>
        <source>There is no blob %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the blob file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the blob file %1: %2 bytes at %3 are not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload needs a SHA-256 and a size of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the upload folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload %1 has %2 bytes; a chunk must start there, not at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chunk ends at %1, past the upload&apos;s size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload %1 has %2 of its %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot truncate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded bytes hash to %1, not %2; the upload was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the upload folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes hash to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServerStore</name>
    <message>
        <source>Could not make the server database %1 private to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it must have 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it contains a control character (U+%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it contains &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; does not exist: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the user &quot;%1&quot;: the password hash is not an Argon2id hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the user &quot;%1&quot;: that name is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the password of &quot;%1&quot;: the hash is not an Argon2id hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the session: the refresh token is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in &quot;%1&quot;: the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is not known: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was revoked: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rotate the session: the refresh token is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was used already: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Tokens</name>
    <message>
        <source>Could not write the token key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the token key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the token key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing the token key %1: other users may read it (mode %2); run chmod 600 on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token key %1 is damaged: it holds %2 bytes instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token&apos;s signature does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired; refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::Server::Totp</name>
    <message>
        <source>The TOTP secret is not base32: &quot;%1&quot; is not one of A–Z and 2–7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SidebarModel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be moved into itself or into one of its sub-folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder name: it must not be empty or contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder can only be made inside another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SidebarView</name>
    <message>
        <source>Library sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move folder to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the folder “%1” and everything in it to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::SimilarImages</name>
    <message>
        <source>Item %1 has no image hash (not an image, or not extracted yet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::TextExtractor</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code page %1 is unknown; Windows-1252 was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; the rest was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups nested deeper than %1 levels were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; only its beginning was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start like an RTF document; it was read as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of %1 is longer than %2 characters; the rest was left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::ThumbnailCache</name>
    <message>
        <source>Cannot read the image size of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 is %2×%3 pixels, more than a thumbnail may decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file holds the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 at %2×%3 does not fit in the thumbnail cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::TypeDetector</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, socket or pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks damaged: its zip directory is missing or unreadable, so it may have been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a zip directory too large to inspect; it is treated as a plain zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 is not a format Folio recognises, although its name says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 is not a format Folio recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of %1 says %2, but its content is %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::UnpackJob</name>
    <message>
        <source>Could not empty the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::VersionRepository</name>
    <message>
        <source>The item has no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Folio::WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in photos, video, audio, design files and documents. Folio keeps every original, reads its metadata and text, and makes previews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files, folders or archives here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio</name>
    <message>
        <source>Folio: digital assets and controlled documents in one local-first library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder to open (default: $FOLIO_LIBRARY, else the platform&apos;s data location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folioctl</name>
    <message>
        <source>folioctl: unknown command &quot;%1&quot;; see folioctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder (default: $FOLIO_LIBRARY, else the platform&apos;s data location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print versioned JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folioctl %1 takes %2; see folioctl %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a folder (and its parents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an item or a folder into the folder DEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename an item (its title) or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an item to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore ID: take an item out of the Trash. restore SRC DIR: restore a backup into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an item for good: its files, versions and recorded values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store FILE as a new version of an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version equal to an old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at version %2 (equal to version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set metadata fields (keys or aliases): FIELD=VALUE; multi-valued fields take a comma list; an empty value clears a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an item or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename an item or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move an item to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore from the Trash, or a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an item for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a new version of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version equal to an old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set metadata fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored, %2 new versions, %3 duplicates skipped, %4 failed; %5 extracted, %6 stored without extraction%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled: run folioctl reprocess to finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to store into (made when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip (default): same bytes are not stored twice; keep: store them anyway; version: the same name in the folder gets a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraction processes (default: the cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, keep or version, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract items again (after an upgrade, or for a file that failed); without ids, finish the extraction queued by an earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an item&apos;s rendition (thumb, preview) to DEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no %2 rendition (yet: see folioctl show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits two images&apos; hashes may differ by (default 10; 0 = exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List groups of duplicate and near-duplicate images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look alike (within %1 bits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits the hashes may differ by (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List images that look like an item&apos;s, nearest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a file must stay unchanged before it is ingested (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest what is there and settled, then stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest what appears in DIR, once each file has stopped growing; Ctrl-C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store files and extract metadata and renditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract items again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a thumb or preview out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact and near-duplicate groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images that look like an item&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingest what appears in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to list (default: the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Trash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the folders and items of a folder, or the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an item&apos;s versions and audit events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to export (default: current).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an item&apos;s original, byte-identical, to DEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version takes a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store files and folders as items (alias of ingest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a folder or the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item&apos;s versions and audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy an original out, byte-identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a library in DIR (a missing or empty folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the actor recorded on every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hash every blob and walk the audit chain; exit 1 when anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is sound: %1 blobs re-hashed, %2 audit events verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the library, consistently, while others may be writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1: %2 blobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the library&apos;s logical state as deterministic text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canonical form (the only one, for now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2 and verified it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor recorded on every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-hash blobs and walk the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent online copy of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deterministic dump of the logical state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: folioctl [--library DIR] COMMAND [options] [arguments]
Folio&apos;s command-line client: manage a library from a terminal.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options of every command: --library DIR, --json, --help.
folioctl --version prints the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema show: the fields and vocabularies. schema import FILE: add or update them from JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema import takes the JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 fields and vocabularies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema takes show, or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabularies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or import the metadata schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending (folioctl reprocess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed, count and --now give the same items (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the ten years of dates, as an ISO date or date-time in UTC (default: the current time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write each item&apos;s text (title, description, keywords, body) as DIR/&lt;uuid&gt;.txt, to compare with other search engines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many distinct stored files the items share (default: one per 100 items, at most 16384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev generate --items N: fill the library (made when missing) with N synthetic items — 60% assets, 40% documents with realistic metadata, dates over ten years and text — for benchmarks and tests of search.
Each batch of 5,000 items is one transaction with the library&apos;s usual durability, so an interrupted run (Ctrl-C stops after the current batch) leaves a consistent library that passes `folioctl verify`. File contents are not generated: versions carry synthetic sizes and share a pool of small placeholder files, so exporting an original gives its placeholder and items sharing one count as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev takes generate; see folioctl dev --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--items takes how many items to generate (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now takes an ISO date like 2026-06-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--blob-pool takes a number of files, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated %1 of %2 items (%3 items/s, about %4 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 items (%2 assets, %3 documents) in %4 (%5 items/s) into %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 text files into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>developer tools: dev generate --items N makes a synthetic library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages for this run, Tesseract&apos;s names joined by + (deu+eng); default: the library&apos;s setting %1, else %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store files and folders (recursively) and extract their metadata and renditions. Then, in the background, OCR reads the scans (grayscale or black-and-white images of a page at 150 dpi or more) and the PDF pages without a text layer; folioctl ocr reads an item that was missed, or reads one again in other languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members not unpacked: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read by OCR: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored without extraction: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its members need a password (folioctl unlock %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacked %1: %2 stored, %3 refused (folioctl show %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR: %1 read, %2 failed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from this file (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an encrypted document or archive with its password: extract its text and renditions, or unpack its members. The password is used once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is still locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlocked %1: %n member(s) stored.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocked %1: %n page(s) of text extracted.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tesseract&apos;s languages, joined by + (deu+eng); default: the library&apos;s setting %1, else %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted PDF&apos;s password, from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an item as a scan: OCR reads every page of its PDF or image, and what it reads becomes the text of those pages (replacing a PDF&apos;s own text layer). Also reads an item again in other languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s) of %1 by OCR (%2, confidence %3%).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open an encrypted document with its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an item&apos;s text by OCR, as a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevance (default), modified, created, title or size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending order (default for title and size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order (default for relevance and dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits per page (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue after this cursor (printed with each page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count facets over all matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the query as understood first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes relevance, modified, created, title or size, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>more: --after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the search index from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report that the item ID was opened from the last results (analytics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library with the query language of docs/SEARCH.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed %1 items in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved add: change the query of an existing name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches (smart collections): saved add NAME QUERY, saved list, saved run NAME, saved rm NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved takes: add NAME QUERY, list, run NAME, or rm NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days back (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report search: top and zero-result queries and the search success rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes: search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches in the last %1 days: %2; followed by opening a result within 2 minutes: %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top queries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queries without results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the library (query language: docs/SEARCH.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved searches: add, list, run, rm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports: search analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the whole text, page by page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an item: properties, metadata, versions, extraction, text, renditions, near duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a password (folioctl unlock %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (folioctl show --json)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>page(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>extracted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>members: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--- page %1 (read by OCR) ---
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- page %1 ---
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits without snippets (faster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages when a run names none (deu+eng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s settings: settings (all), settings get KEY, settings set KEY VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes nothing, get KEY, or set KEY VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting “%1”; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the library&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>foliod</name>
    <message>
        <source>foliod: unknown command &quot;%1&quot;; see foliod --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: Folio&apos;s shared server store: accounts, sync, blobs and sharing.

Commands:
  serve --data DIR --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--insecure-http]
  user add NAME --role ROLE [--password-file F] | passwd NAME | disable NAME | list | totp NAME
  sessions [USER]
  revoke SESSION | revoke --user USER
  migrate

Every command takes --data DIR (default $FOLIOD_DATA). foliod COMMAND --help tells more.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
