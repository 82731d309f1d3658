<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Could not make %1 private to its owner.</source>
        <translation>%1 konnte nicht nur für seinen Eigentümer zugänglich gemacht werden.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>die Datenbank ist beschädigt: %1</translation>
    </message>
    <message>
        <source>a %1 row (rowid %2) refers to a missing %3 row</source>
        <translation>eine Zeile in %1 (rowid %2) verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this foliod&apos;s %2: use a newer foliod</source>
        <translation>ihre Schemaversion %1 ist neuer als die dieses foliod (%2): Verwenden Sie ein neueres foliod</translation>
    </message>
    <message>
        <source>its schema version %1 is older than %2: run foliod migrate</source>
        <translation>ihre Schemaversion %1 ist älter als %2: Führen Sie foliod migrate aus</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>the token key is not a regular file</source>
        <translation>der Token-Schlüssel ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the token key holds %1 bytes instead of %2: foliod will refuse to start</source>
        <translation>der Token-Schlüssel enthält %1 Byte statt %2: foliod wird nicht starten</translation>
    </message>
    <message>
        <source>other users may read the token key: run chmod 600 on it</source>
        <translation>andere Benutzer können den Token-Schlüssel lesen: Führen Sie chmod 600 darauf aus</translation>
    </message>
    <message>
        <source>a stray entry: blobs/tmp holds only files being written</source>
        <translation>ein verirrter Eintrag: blobs/tmp enthält nur Dateien, die gerade geschrieben werden</translation>
    </message>
    <message>
        <source>a partial blob write left behind (%1 bytes, last written %2); foliod serve removes it when it starts</source>
        <translation>ein unvollständig geschriebener Blob ist zurückgeblieben (%1 Byte, zuletzt geschrieben %2); foliod serve entfernt ihn beim Start</translation>
    </message>
    <message>
        <source>a stray entry: the blob store holds only folders named by two hex digits</source>
        <translation>ein verirrter Eintrag: Der Blob-Speicher enthält nur Ordner, die nach zwei Hexadezimalziffern benannt sind</translation>
    </message>
    <message>
        <source>a stray entry: blob files are regular files</source>
        <translation>ein verirrter Eintrag: Blob-Dateien sind reguläre Dateien</translation>
    </message>
    <message>
        <source>a stray file: its name is not a SHA-256</source>
        <translation>eine verirrte Datei: Ihr Name ist kein SHA-256</translation>
    </message>
    <message>
        <source>the blob is in the wrong folder: it belongs in blobs/%1</source>
        <translation>der Blob liegt im falschen Ordner: Er gehört nach blobs/%1</translation>
    </message>
    <message>
        <source>the blob cannot be read: %1</source>
        <translation>der Blob kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the blob is corrupt: its content hashes to %1</source>
        <translation>der Blob ist beschädigt: Sein Inhalt ergibt den Hash %1</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>a stray entry: blob-owners holds one folder per user</source>
        <translation>ein verirrter Eintrag: blob-owners enthält einen Ordner pro Benutzer</translation>
    </message>
    <message>
        <source>the blob owner folder names no user of foliod.db</source>
        <translation>der Name des Blob-Eigentümerordners bezeichnet keinen Benutzer von foliod.db</translation>
    </message>
    <message>
        <source>a stray entry: owner markers are files named by a SHA-256</source>
        <translation>ein verirrter Eintrag: Eigentümermarkierungen sind Dateien, die nach einem SHA-256 benannt sind</translation>
    </message>
    <message>
        <source>the blob is missing, though %1 uploaded it (marker %2)</source>
        <translation>der Blob fehlt, obwohl %1 ihn hochgeladen hat (Markierung %2)</translation>
    </message>
    <message>
        <source>a stray entry: uploads holds one folder per upload session</source>
        <translation>ein verirrter Eintrag: uploads enthält einen Ordner pro Upload-Sitzung</translation>
    </message>
    <message>
        <source>an upload session interrupted while it was being created (no offset file)</source>
        <translation>eine Upload-Sitzung, die während ihrer Erstellung unterbrochen wurde (keine Offset-Datei)</translation>
    </message>
    <message>
        <source>the upload session cannot be read: %1</source>
        <translation>die Upload-Sitzung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the upload session is damaged: its meta.json or offset file is not valid</source>
        <translation>die Upload-Sitzung ist beschädigt: Ihre meta.json oder Offset-Datei ist ungültig</translation>
    </message>
    <message>
        <source>the upload has lost acknowledged bytes: %1 were acknowledged, %2 are there</source>
        <translation>der Upload hat bestätigte Bytes verloren: %1 wurden bestätigt, %2 sind vorhanden</translation>
    </message>
    <message>
        <source>a stray file in an upload session</source>
        <translation>eine verirrte Datei in einer Upload-Sitzung</translation>
    </message>
</context>
<context>
    <name>Folio::Appearance</name>
    <message>
        <source>Follow the System</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveExpander</name>
    <message>
        <source>is a copy of an archive it is in</source>
        <translation>ist eine Kopie eines Archivs, in dem es enthalten ist</translation>
    </message>
    <message numerus="yes">
        <source>Nested deeper than %n archive(s): its members are not unpacked.</source>
        <translation>
            <numerusform>Tiefer als %n Archiv verschachtelt: Die Einträge werden nicht entpackt.</numerusform>
            <numerusform>Tiefer als %n Archive verschachtelt: Die Einträge werden nicht entpackt.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>is nested in more than %1 folders</source>
        <translation>ist in mehr als %1 Ordnern verschachtelt</translation>
    </message>
    <message>
        <source>Its members were not unpacked: %1</source>
        <translation>Die Einträge wurden nicht entpackt: %1</translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveExtractor</name>
    <message numerus="yes">
        <source>%n more member(s) were refused; only the first %1 are listed.</source>
        <translation>
            <numerusform>%n weiterer Eintrag wurde abgelehnt; nur die ersten %1 sind aufgeführt.</numerusform>
            <numerusform>%n weitere Einträge wurden abgelehnt; nur die ersten %1 sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has encrypted members: they can be unpacked only with its password.</source>
        <translation>„%1“ hat verschlüsselte Einträge: Sie lassen sich nur mit dem Passwort entpacken.</translation>
    </message>
    <message>
        <source>could not be renamed to %1</source>
        <translation>konnte nicht in %1 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveReader</name>
    <message>
        <source>the archive is malformed or ends early</source>
        <translation>das Archiv ist fehlerhaft oder endet vorzeitig</translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2</source>
        <translation>Das Archiv %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an archive.</source>
        <translation>%1 ist keine reguläre Datei und wird daher nicht als Archiv gelesen.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not an archive Folio can read.</source>
        <translation>%1 ist kein Archiv, das Folio lesen kann.</translation>
    </message>
    <message>
        <source>Could not extract %1: %2 is not a folder.</source>
        <translation>%1 konnte nicht entpackt werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Could not extract %1: the folder %2 is not empty.</source>
        <translation>%1 konnte nicht entpackt werden: Der Ordner %2 ist nicht leer.</translation>
    </message>
    <message>
        <source>Could not extract %1: the folder %2 cannot be opened: %3</source>
        <translation>%1 konnte nicht entpackt werden: Der Ordner %2 lässt sich nicht öffnen: %3</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>leads out of the folder with “..”</source>
        <translation>führt mit „..“ aus dem Ordner hinaus</translation>
    </message>
    <message>
        <source>has no usable name</source>
        <translation>hat keinen verwendbaren Namen</translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation>ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>is a hard link</source>
        <translation>ist ein harter Link</translation>
    </message>
    <message>
        <source>is a device node</source>
        <translation>ist eine Gerätedatei</translation>
    </message>
    <message>
        <source>is a FIFO</source>
        <translation>ist ein FIFO</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>expands beyond the limit of %1 bytes for one member</source>
        <translation>überschreitet beim Entpacken die Grenze von %1 Byte für einen Eintrag</translation>
    </message>
    <message>
        <source>expands beyond %1 times the archive&apos;s size (%2 bytes)</source>
        <translation>überschreitet beim Entpacken das %1-Fache der Archivgröße (%2 Byte)</translation>
    </message>
    <message>
        <source>expands beyond the limit of %1 bytes for the whole archive</source>
        <translation>überschreitet beim Entpacken die Grenze von %1 Byte für das gesamte Archiv</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>has the name of a member written before it</source>
        <translation>hat den Namen eines zuvor geschriebenen Eintrags</translation>
    </message>
    <message>
        <source>could not be decrypted (wrong password?): %1</source>
        <translation>konnte nicht entschlüsselt werden (falsches Passwort?): %1</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is a copy of the archive itself</source>
        <translation>ist eine Kopie des Archivs selbst</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 entries: %3</source>
        <translation>%1 ist nach %2 Einträgen beschädigt: %3</translation>
    </message>
    <message>
        <source>An entry of %1 could not be read: %2</source>
        <translation>Ein Eintrag von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; the rest were not read.</source>
        <translation>%1 hat mehr als %2 Einträge; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>is past the limit of %1 entries</source>
        <translation>liegt jenseits der Grenze von %1 Einträgen</translation>
    </message>
    <message>
        <source>needs a password</source>
        <translation>benötigt ein Passwort</translation>
    </message>
</context>
<context>
    <name>Folio::AuditLog</name>
    <message>
        <source>the audit head %1 cannot be read: %2</source>
        <translation>der Audit-Kopf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it is too large</source>
        <translation>der Audit-Kopf %1 ist beschädigt: Er ist zu groß</translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it is not a JSON object</source>
        <translation>der Audit-Kopf %1 ist beschädigt: Er ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it does not name an event and its hash</source>
        <translation>der Audit-Kopf %1 ist beschädigt: Er nennt kein Ereignis und dessen Hash</translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not lock %1: %2</source>
        <translation>%1 konnte nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Could not record the audit event %1 of %2</source>
        <translation>Das Audit-Ereignis %1 von %2 konnte nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>%1: it must be written inside the transaction of the change it records.</source>
        <translation>%1: Es muss innerhalb der Transaktion der Änderung geschrieben werden, die es aufzeichnet.</translation>
    </message>
    <message>
        <source>%1: the action, the kind and id of what it touched, and the actor are required.</source>
        <translation>%1: Die Aktion, Art und ID des Betroffenen sowie der Akteur sind erforderlich.</translation>
    </message>
    <message>
        <source>Could not update the audit head %1</source>
        <translation>Der Audit-Kopf %1 konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>%1: it must be published after the transaction commits, as its events could still be rolled back.</source>
        <translation>%1: Es muss nach dem Commit der Transaktion veröffentlicht werden, da ihre Ereignisse noch zurückgerollt werden könnten.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Could not verify the audit log of %1</source>
        <translation>Das Audit-Protokoll von %1 konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>the audit log starts at event %1 instead of event 1: its first events were removed</source>
        <translation>das Audit-Protokoll beginnt bei Ereignis %1 statt bei Ereignis 1: Seine ersten Ereignisse wurden entfernt</translation>
    </message>
    <message>
        <source>audit event 1 does not start the chain: earlier events were removed or the events were reordered</source>
        <translation>Audit-Ereignis 1 beginnt die Kette nicht: Frühere Ereignisse wurden entfernt oder die Ereignisse wurden umsortiert</translation>
    </message>
    <message>
        <source>audit event %1 does not follow event %2: an event was removed or reordered</source>
        <translation>Audit-Ereignis %1 folgt nicht auf Ereignis %2: Ein Ereignis wurde entfernt oder umsortiert</translation>
    </message>
    <message>
        <source>audit event %1 was altered: its hash does not match its content</source>
        <translation>Audit-Ereignis %1 wurde verändert: Sein Hash passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 are missing</source>
        <translation>die aufgezeichneten Werte von Audit-Ereignis %1 fehlen</translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 were altered</source>
        <translation>die aufgezeichneten Werte von Audit-Ereignis %1 wurden verändert</translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 were removed without being redacted</source>
        <translation>die aufgezeichneten Werte von Audit-Ereignis %1 wurden entfernt, ohne geschwärzt zu werden</translation>
    </message>
    <message>
        <source>the audit head %1 is missing although the log reaches event %2: the newest events may have been removed</source>
        <translation>der Audit-Kopf %1 fehlt, obwohl das Protokoll bis Ereignis %2 reicht: Die neuesten Ereignisse wurden möglicherweise entfernt</translation>
    </message>
    <message>
        <source>the audit events were removed: the head records event %1 but the log is empty</source>
        <translation>die Audit-Ereignisse wurden entfernt: Der Kopf verzeichnet Ereignis %1, aber das Protokoll ist leer</translation>
    </message>
    <message>
        <source>the newest audit events were removed: the head records event %1 but the log ends at event %2</source>
        <translation>die neuesten Audit-Ereignisse wurden entfernt: Der Kopf verzeichnet Ereignis %1, aber das Protokoll endet bei Ereignis %2</translation>
    </message>
    <message>
        <source>audit event %1 is not the one the audit head recorded: the log was rewritten</source>
        <translation>Audit-Ereignis %1 ist nicht das, welches der Audit-Kopf verzeichnet hat: Das Protokoll wurde umgeschrieben</translation>
    </message>
    <message>
        <source>Could not redact the audit values of %1</source>
        <translation>Die Audit-Werte von %1 konnten nicht geschwärzt werden</translation>
    </message>
    <message>
        <source>%1: it must run inside the transaction of the change that requires it.</source>
        <translation>%1: Es muss innerhalb der Transaktion der Änderung laufen, die es erfordert.</translation>
    </message>
    <message>
        <source>Could not read the audit history of %1</source>
        <translation>Der Audit-Verlauf von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the recorded values of audit event %2 are damaged.</source>
        <translation>%1: Die aufgezeichneten Werte von Audit-Ereignis %2 sind beschädigt.</translation>
    </message>
    <message>
        <source>Could not count the audit events</source>
        <translation>Die Audit-Ereignisse konnten nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>Folio::BlobFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket).</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <source>%1 shrank from %2 to %3 bytes while it was being read.</source>
        <translation>%1 ist während des Lesens von %2 auf %3 Byte geschrumpft.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; try again when nothing is writing to it.</source>
        <translation>%1 hat sich während des Lesens geändert; versuchen Sie es erneut, wenn nichts mehr hineinschreibt.</translation>
    </message>
    <message>
        <source>%1 was removed or replaced while it was being read.</source>
        <translation>%1 wurde während des Lesens entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>Could not write %1 while copying %2: %3</source>
        <translation>%1 konnte beim Kopieren von %2 nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match its hash (expected %2, found %3).</source>
        <translation>%1 ist beschädigt: Der Inhalt passt nicht zu seinem Hash (erwartet %2, gefunden %3).</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1: a file of that name is in the way.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden: Eine gleichnamige Datei steht im Weg.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>its name is not a SHA-256 hash</source>
        <translation>sein Name ist kein SHA-256-Hash</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>size differs (expected %1 bytes, found %2)</source>
        <translation>Größe weicht ab (erwartet %1 Byte, gefunden %2)</translation>
    </message>
    <message>
        <source>content does not match its hash (expected %1, found %2)</source>
        <translation>Inhalt passt nicht zu seinem Hash (erwartet %1, gefunden %2)</translation>
    </message>
    <message>
        <source>%1 already exists; Folio never replaces it.</source>
        <translation>%1 existiert bereits; Folio ersetzt es niemals.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 verschoben werden: %3</translation>
    </message>
</context>
<context>
    <name>Folio::BlobStore</name>
    <message>
        <source>A blob reference can only change inside the transaction that records its use.</source>
        <translation>Ein Blob-Verweis kann sich nur innerhalb der Transaktion ändern, die seine Verwendung aufzeichnet.</translation>
    </message>
    <message>
        <source>The blob store was asked to work on its files inside a transaction: its own records must be saved before the files change.</source>
        <translation>Der Blob-Speicher sollte seine Dateien innerhalb einer Transaktion bearbeiten: Seine eigenen Einträge müssen gespeichert sein, bevor sich die Dateien ändern.</translation>
    </message>
    <message>
        <source>Files cannot be stored without naming who stores them.</source>
        <translation>Dateien können nicht gespeichert werden, ohne anzugeben, wer sie speichert.</translation>
    </message>
    <message>
        <source>Could not store %1: &quot;%2&quot; is not a SHA-256 hash.</source>
        <translation>%1 konnte nicht gespeichert werden: „%2“ ist kein SHA-256-Hash.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 hash.</source>
        <translation>„%1“ ist kein SHA-256-Hash.</translation>
    </message>
    <message>
        <source>The stored file %1 is missing (it may have been removed as unused after it was staged); add the source file again.</source>
        <translation>Die gespeicherte Datei %1 fehlt (sie wurde möglicherweise nach dem Bereitstellen als unbenutzt entfernt); fügen Sie die Quelldatei erneut hinzu.</translation>
    </message>
    <message>
        <source>There is no stored file with id %1.</source>
        <translation>Es gibt keine gespeicherte Datei mit der ID %1.</translation>
    </message>
    <message>
        <source>Checking the stored files was cancelled.</source>
        <translation>Die Prüfung der gespeicherten Dateien wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not export to %1: it already exists, and exporting never overwrites a file.</source>
        <translation>Export nach %1 nicht möglich: Es existiert bereits, und beim Exportieren wird nie eine Datei überschrieben.</translation>
    </message>
    <message>
        <source>Could not export to %1: the folder %2 does not exist.</source>
        <translation>Export nach %1 nicht möglich: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not export to %1: the stored file %2 is missing.</source>
        <translation>Export nach %1 nicht möglich: Die gespeicherte Datei %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>Folio::BrowseRepository</name>
    <message>
        <source>The browser has no scope %1 or no sort %2.</source>
        <translation>Der Browser hat keinen Bereich %1 oder keine Sortierung %2.</translation>
    </message>
    <message>
        <source>Anchors need a step of at least one row.</source>
        <translation>Anker benötigen eine Schrittweite von mindestens einer Zeile.</translation>
    </message>
    <message>
        <source>Reading the positions of the rows was cancelled.</source>
        <translation>Das Lesen der Zeilenpositionen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The item %1 is not among the items shown.</source>
        <translation>Das Element %1 ist nicht unter den angezeigten Elementen.</translation>
    </message>
</context>
<context>
    <name>Folio::BrowserPane</name>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>Ansichtsoptionen</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Miniaturgröße</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
</context>
<context>
    <name>Folio::BulkItemWriter</name>
    <message>
        <source>The item %1 can only be written inside the transaction of its batch.</source>
        <translation>Das Element %1 kann nur innerhalb der Transaktion seines Stapels geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no stored file with id %1 to refer to.</source>
        <translation>Es gibt keine gespeicherte Datei mit der ID %1, auf die verwiesen werden könnte.</translation>
    </message>
</context>
<context>
    <name>Folio::CollectionRepository</name>
    <message>
        <source>There is no collection with id %1.</source>
        <translation>Es gibt keine Sammlung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Folio::Collections</name>
    <message>
        <source>A collection needs a name of 1 to 200 characters.</source>
        <translation>Eine Sammlung benötigt einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>The collection name “%1” contains a control character.</source>
        <translation>Der Sammlungsname „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>A collection named “%1” exists already.</source>
        <translation>Eine Sammlung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The collection “%1” is in the Trash.</source>
        <translation>Die Sammlung „%1“ befindet sich im Papierkorb.</translation>
    </message>
    <message>
        <source>The item %1 was purged: it cannot join “%2”.</source>
        <translation>Das Element %1 wurde endgültig gelöscht: Es kann nicht zu „%2“ hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>Folio::Database</name>
    <message>
        <source>binding a value</source>
        <translation>Binden eines Werts</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>Ausführen einer Abfrage</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>Ausführen einer Anweisung</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3</source>
        <translation>Datenbank %1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The library database %1 has schema version %2, but this Folio knows only up to version %3. Use a newer Folio.</source>
        <translation>Die Bibliotheksdatenbank %1 hat die Schemaversion %2, aber diese Folio-Version kennt nur Versionen bis %3. Verwenden Sie eine neuere Folio-Version.</translation>
    </message>
</context>
<context>
    <name>Folio::DatabaseBackup</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>starting a backup</source>
        <translation>Starten einer Sicherung</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>Kopieren der Datenbank</translation>
    </message>
</context>
<context>
    <name>Folio::DefaultSchema</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Rights and usage terms</source>
        <translation>Rechte und Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>Dokument erstellt</translation>
    </message>
    <message>
        <source>Document modified</source>
        <translation>Dokument geändert</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>PDF/A conformance</source>
        <translation>PDF/A-Konformität</translation>
    </message>
    <message>
        <source>Has form fields</source>
        <translation>Hat Formularfelder</translation>
    </message>
    <message>
        <source>Has JavaScript</source>
        <translation>Enthält JavaScript</translation>
    </message>
    <message>
        <source>Needs OCR (no text layer)</source>
        <translation>Braucht OCR (keine Textebene)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Altitude (m)</source>
        <translation>Höhe (m)</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Breite (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Höhe (px)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>Farbprofil</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Belichtung</translation>
    </message>
    <message>
        <source>Aperture</source>
        <translation>Blende</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Focal length</source>
        <translation>Brennweite</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>Farbmarkierung</translation>
    </message>
</context>
<context>
    <name>Folio::DocumentTableView</name>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Folio::DuplicateDialog</name>
    <message>
        <source>Duplicate Files</source>
        <translation>Doppelte Dateien</translation>
    </message>
    <message>
        <source>“%1” is already in the library (the same content). What should Folio do with it?</source>
        <translation>„%1“ ist bereits in der Bibliothek (gleicher Inhalt). Was soll Folio damit tun?</translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation>Doppelte Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Apply to all %n duplicate(s)</source>
        <translation>
            <numerusform>Auf %n Duplikat anwenden</numerusform>
            <numerusform>Auf alle %n Duplikate anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to all duplicates</source>
        <translation>Auf alle Duplikate anwenden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Store nothing: the library keeps the item it has.</source>
        <translation>Nichts speichern: Die Bibliothek behält das vorhandene Element.</translation>
    </message>
    <message>
        <source>Store the file again as another item.</source>
        <translation>Die Datei erneut als weiteres Element speichern.</translation>
    </message>
    <message>
        <source>Store the file as the newest version of the item that has the same content.</source>
        <translation>Die Datei als neueste Version des Elements mit demselben Inhalt speichern.</translation>
    </message>
</context>
<context>
    <name>Folio::DurableFile</name>
    <message>
        <source>Could not flush %1 to disk: %2</source>
        <translation>%1 konnte nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not open the folder %1: %2</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 verschoben werden: %3</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::ExivReader</name>
    <message>
        <source>The XMP packet could not be parsed: %1</source>
        <translation>Das XMP-Paket konnte nicht analysiert werden: %1</translation>
    </message>
    <message>
        <source>The IPTC data is damaged: %1</source>
        <translation>Die IPTC-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>The EXIF data is damaged: %1</source>
        <translation>Die EXIF-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>The metadata is damaged: %1</source>
        <translation>Die Metadaten sind beschädigt: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiteres)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: it is not a regular file.</source>
        <translation>Die Metadaten von „%1“ können nicht gelesen werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: the file is empty.</source>
        <translation>Die Metadaten von „%1“ können nicht gelesen werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: its format is not one Exiv2 reads.</source>
        <translation>Die Metadaten von „%1“ können nicht gelesen werden: Exiv2 liest dieses Format nicht.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: %2</source>
        <translation>Die Metadaten von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it needs more memory than is available</source>
        <translation>es wird mehr Speicher benötigt, als verfügbar ist</translation>
    </message>
    <message>
        <source>Exiv2 failed in an unexpected way</source>
        <translation>Exiv2 ist auf unerwartete Weise fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading stopped at damaged data; what came before it was kept: %1</source>
        <translation>Das Lesen stoppte bei beschädigten Daten; was davor lag, wurde behalten: %1</translation>
    </message>
    <message>
        <source>The XMP packet could not be parsed.</source>
        <translation>Das XMP-Paket konnte nicht analysiert werden.</translation>
    </message>
    <message>
        <source>Cannot read the sidecar &quot;%1&quot;: it is larger than %2 MiB.</source>
        <translation>Die Filialdatei „%1“ kann nicht gelesen werden: Sie ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot open the sidecar &quot;%1&quot;: %2</source>
        <translation>Die Filialdatei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the XMP of &quot;%1&quot;: it holds no XMP packet that can be parsed.</source>
        <translation>Das XMP von „%1“ kann nicht gelesen werden: Es enthält kein analysierbares XMP-Paket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no embedded preview.</source>
        <translation>„%1“ enthält keine eingebettete Vorschau.</translation>
    </message>
</context>
<context>
    <name>Folio::ExtractionApplier</name>
    <message>
        <source>The %1 rendition was not stored: %2</source>
        <translation>Die Ausgabedarstellung %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Folio::ExtractionPool</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the extractor crashed on this file (%1); the original is stored</source>
        <translation>der Extraktor ist bei dieser Datei abgestürzt (%1); das Original ist gespeichert</translation>
    </message>
    <message>
        <source>the extractor stopped on this file (exit code %1); the original is stored</source>
        <translation>der Extraktor hat bei dieser Datei angehalten (Exit-Code %1); das Original ist gespeichert</translation>
    </message>
    <message>
        <source>extraction took longer than %1 s and was stopped; the original is stored</source>
        <translation>die Extraktion dauerte länger als %1 s und wurde abgebrochen; das Original ist gespeichert</translation>
    </message>
    <message>
        <source>OCR took longer than %1 s and was stopped</source>
        <translation>die OCR dauerte länger als %1 s und wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Folio::Extractor</name>
    <message>
        <source>Could not write the %1 rendition: %2</source>
        <translation>Die Ausgabedarstellung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no XMP.</source>
        <translation>%1 hat kein XMP.</translation>
    </message>
    <message>
        <source>Renditions come from the camera&apos;s JPEG stored with this RAW.</source>
        <translation>Die Ausgabedarstellungen stammen aus dem mit diesem RAW gespeicherten JPEG der Kamera.</translation>
    </message>
    <message>
        <source>Renditions come from the camera&apos;s embedded preview.</source>
        <translation>Die Ausgabedarstellungen stammen aus der eingebetteten Vorschau der Kamera.</translation>
    </message>
    <message>
        <source>No rendition: %1</source>
        <translation>Keine Ausgabedarstellung: %1</translation>
    </message>
    <message>
        <source>%1 cannot be decoded as %2: %3</source>
        <translation>%1 kann nicht als %2 dekodiert werden: %3</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 hat keine Seite %2.</translation>
    </message>
    <message>
        <source>%1 has %2 × %3 pixels, over the limit of %4 megapixels.</source>
        <translation>%1 hat %2 × %3 Pixel und überschreitet die Grenze von %4 Megapixeln.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image Folio reads for OCR (%2).</source>
        <translation>%1 ist weder ein PDF noch ein Bild, das Folio für die OCR liest (%2).</translation>
    </message>
    <message numerus="yes">
        <source>OCR of %1 ran out of time after %n page(s) of %2.</source>
        <translation>
            <numerusform>Die Zeit für die OCR von %1 lief nach %n Seite von %2 ab.</numerusform>
            <numerusform>Die Zeit für die OCR von %1 lief nach %n Seiten von %2 ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR skipped page %1: %2</source>
        <translation>Die OCR hat Seite %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>OCR could read no page of %1: %2</source>
        <translation>Die OCR konnte keine Seite von %1 lesen: %2</translation>
    </message>
    <message>
        <source>No converter for legacy Office files is installed: the text of %1 was not extracted (install LibreOffice).</source>
        <translation>Es ist kein Konverter für ältere Office-Dateien installiert: Der Text von %1 wurde nicht extrahiert (installieren Sie LibreOffice).</translation>
    </message>
    <message>
        <source>The PDF converted from %1 cannot be read: %2</source>
        <translation>Das aus %1 konvertierte PDF kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The text and preview of %1 come from a conversion to PDF by %2.</source>
        <translation>Text und Vorschau von %1 stammen aus einer PDF-Konvertierung durch %2.</translation>
    </message>
</context>
<context>
    <name>Folio::FacetPanel</name>
    <message>
        <source>Refine</source>
        <translation>Eingrenzen</translation>
    </message>
    <message>
        <source>Search facets</source>
        <translation>Suchfilter</translation>
    </message>
    <message>
        <source>Facets of the search results</source>
        <translation>Filter der Suchergebnisse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Year created</source>
        <translation>Erstellungsjahr</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>%1 — narrows the search by %2</source>
        <translation>%1 — grenzt die Suche nach %2 ein</translation>
    </message>
</context>
<context>
    <name>Folio::FileImporter</name>
    <message>
        <source>%1: not a regular file (a device, socket or pipe)</source>
        <translation>%1: keine reguläre Datei (ein Gerät, Socket oder eine Pipe)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>the same content is already item %1</source>
        <translation>derselbe Inhalt ist bereits Element %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>stored without its companion file: %1</source>
        <translation>ohne seine Begleitdatei gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Folio::FolderOperations</name>
    <message>
        <source>The folder %1 already exists.</source>
        <translation>Der Ordner %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>Der Stammordner kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;/&quot;: &quot;%1&quot;.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten: „%1“.</translation>
    </message>
    <message>
        <source>The root folder cannot be moved.</source>
        <translation>Der Stammordner kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself (%2).</source>
        <translation>%1 kann nicht in sich selbst verschoben werden (%2).</translation>
    </message>
    <message>
        <source>The root folder cannot be moved to the Trash.</source>
        <translation>Der Stammordner kann nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>The folder %1 is not in the Trash.</source>
        <translation>Der Ordner %1 befindet sich nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be restored: the folder %2 that holds it is in the Trash; restore that one first.</source>
        <translation>Der Ordner %1 kann nicht wiederhergestellt werden: Der übergeordnete Ordner %2 befindet sich im Papierkorb; stellen Sie zuerst diesen wieder her.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be restored: another folder has that name now; rename one of them first.</source>
        <translation>Der Ordner %1 kann nicht wiederhergestellt werden: Ein anderer Ordner trägt jetzt diesen Namen; benennen Sie zuerst einen der beiden um.</translation>
    </message>
    <message>
        <source>The item %1 was purged: it cannot be moved.</source>
        <translation>Das Element %1 wurde endgültig gelöscht: Es kann nicht verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Folio::FolderRepository</name>
    <message>
        <source>The folder path &quot;%1&quot; has an invalid name &quot;%2&quot;.</source>
        <translation>Der Ordnerpfad „%1“ enthält einen ungültigen Namen „%2“.</translation>
    </message>
    <message>
        <source>The folder path &quot;%1&quot; contains a control character.</source>
        <translation>Der Ordnerpfad „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>There is no folder with id %1.</source>
        <translation>Es gibt keinen Ordner mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation>Es gibt keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>A folder named &quot;%1&quot; already exists there.</source>
        <translation>Dort existiert bereits ein Ordner namens „%1“.</translation>
    </message>
    <message>
        <source>The destination already has a folder of that name.</source>
        <translation>Das Ziel enthält bereits einen Ordner mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>Folio::ImageRenderer</name>
    <message>
        <source>its %1 chunk claims %2 bytes, but only %3 follow</source>
        <translation>sein %1-Chunk gibt %2 Byte an, es folgen aber nur %3</translation>
    </message>
    <message>
        <source>%1: its colours cannot be converted to sRGB</source>
        <translation>%1: Die Farben können nicht in sRGB konvertiert werden</translation>
    </message>
    <message>
        <source>%1: its pixels cannot be converted to 8 bits</source>
        <translation>%1: Die Pixel können nicht in 8 Bit konvertiert werden</translation>
    </message>
    <message>
        <source>%1: its extra channels cannot be dropped</source>
        <translation>%1: Die zusätzlichen Kanäle können nicht verworfen werden</translation>
    </message>
    <message>
        <source>%1: cannot decode the image</source>
        <translation>%1: Das Bild kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>%1: cannot scale the image</source>
        <translation>%1: Das Bild kann nicht skaliert werden</translation>
    </message>
    <message>
        <source>%1: cannot encode the rendition</source>
        <translation>%1: Die Ausgabedarstellung kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: cannot hash the image</source>
        <translation>%1: Der Hash des Bildes kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>%1: the rendering limits must be positive</source>
        <translation>%1: Die Rendering-Grenzen müssen positiv sein</translation>
    </message>
    <message>
        <source>%1: images cannot be rendered: libvips did not start</source>
        <translation>%1: Bilder können nicht gerendert werden: libvips ist nicht gestartet</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a camera RAW file; Folio renders only the preview embedded in it</source>
        <translation>%1: ist eine Kamera-RAW-Datei; Folio rendert nur die darin eingebettete Vorschau</translation>
    </message>
    <message>
        <source>%1: the PNG file is damaged: %2</source>
        <translation>%1: Die PNG-Datei ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1: not an image format Folio renders</source>
        <translation>%1: kein Bildformat, das Folio rendert</translation>
    </message>
    <message>
        <source>%1: cannot read the image: %2</source>
        <translation>%1: Das Bild kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels (%4 megapixels) is over the limit of %5 megapixels; the image was not decoded</source>
        <translation>%1: %2 × %3 Pixel (%4 Megapixel) überschreitet die Grenze von %5 Megapixeln; das Bild wurde nicht dekodiert</translation>
    </message>
    <message>
        <source>%1: cannot decode the image: %2</source>
        <translation>%1: Das Bild kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1: the image is damaged (%2); its renditions may be incomplete</source>
        <translation>%1: Das Bild ist beschädigt (%2); seine Ausgabedarstellungen sind möglicherweise unvollständig</translation>
    </message>
    <message>
        <source>%1: holds no image data</source>
        <translation>%1: enthält keine Bilddaten</translation>
    </message>
</context>
<context>
    <name>Folio::IngestController</name>
    <message numerus="yes">
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n Datei oder Ordner</numerusform>
            <numerusform>%n Dateien und Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding %1 to %2</source>
        <translation>%1 wird zu %2 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n duplicate(s) in %1</source>
        <translation>
            <numerusform>%n Duplikat wird in %1 behalten</numerusform>
            <numerusform>%n Duplikate werden in %1 behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n new version(s)</source>
        <translation>
            <numerusform>%n neue Version wird hinzugefügt</numerusform>
            <numerusform>%n neue Versionen werden hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::IngestEngine</name>
    <message>
        <source>This version of Folio cannot run jobs of kind &quot;%1&quot;.</source>
        <translation>Diese Folio-Version kann keine Aufträge der Art „%1“ ausführen.</translation>
    </message>
</context>
<context>
    <name>Folio::IngestRunner::Worker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Added again from %1</source>
        <translation>Erneut hinzugefügt aus %1</translation>
    </message>
    <message>
        <source>Collection — %1</source>
        <translation>Sammlung — %1</translation>
    </message>
</context>
<context>
    <name>Folio::IngestTaskRow</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the job before it…</source>
        <translation>Wartet auf den vorherigen Auftrag…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy Failures</source>
        <translation>Fehler kopieren</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Failed files of %1</source>
        <translation>Fehlgeschlagene Dateien von %1</translation>
    </message>
    <message>
        <source>Copy the failures of %1</source>
        <translation>Die Fehler von %1 kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) stored</source>
        <translation>
            <numerusform>%1 von %n Datei gespeichert</numerusform>
            <numerusform>%1 von %n Dateien gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 extracted</source>
        <translation>%1 von %2 extrahiert</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek</numerusform>
            <numerusform>%n bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joined the collection</source>
        <translation>
            <numerusform>%n der Sammlung hinzugefügt</numerusform>
            <numerusform>%n der Sammlung hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorActivityPage</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(values redacted)</source>
        <translation>(Werte geschwärzt)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Put back from the Trash</source>
        <translation>Aus dem Papierkorb zurückgelegt</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Extrahiert</translation>
    </message>
    <message>
        <source>Text recognised (OCR)</source>
        <translation>Text erkannt (OCR)</translation>
    </message>
    <message>
        <source>Unpacked</source>
        <translation>Entpackt</translation>
    </message>
    <message>
        <source>Metadata changed</source>
        <translation>Metadaten geändert</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Verknüpfung entfernt</translation>
    </message>
    <message>
        <source>Added to a collection</source>
        <translation>Zu einer Sammlung hinzugefügt</translation>
    </message>
    <message>
        <source>Older events are left out (folioctl history shows them all).</source>
        <translation>Ältere Ereignisse werden ausgelassen (folioctl history zeigt sie alle).</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Opened from a search</source>
        <translation>Aus einer Suche geöffnet</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorData</name>
    <message>
        <source>— Page %1 (read by OCR) —
</source>
        <translation>— Seite %1 (per OCR gelesen) —
</translation>
    </message>
    <message>
        <source>— Page %1 —
</source>
        <translation>— Seite %1 —
</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>Extrahierter Text</translation>
    </message>
    <message>
        <source>No text was extracted from this item.</source>
        <translation>Aus diesem Element wurde kein Text extrahiert.</translation>
    </message>
    <message>
        <source>Inspector pages</source>
        <translation>Seiten der Informationen</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>The text extracted from the item (its text layer, or OCR)</source>
        <translation>Der aus dem Element extrahierte Text (seine Textebene oder OCR)</translation>
    </message>
    <message>
        <source>Raw EXIF, IPTC, XMP, media and document properties</source>
        <translation>Rohe EXIF-, IPTC-, XMP-, Medien- und Dokumenteigenschaften</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Wer hat was wann geändert</translation>
    </message>
    <message>
        <source>No selection.</source>
        <translation>Keine Auswahl.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dieses Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Select one item.</source>
        <translation>Wählen Sie ein Element aus.</translation>
    </message>
    <message>
        <source>Only the first %1 of the text are shown.</source>
        <translation>Nur die ersten %1 des Textes werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Link %n Item(s)</source>
        <translation>
            <numerusform>%n Element verknüpfen</numerusform>
            <numerusform>%n Elemente verknüpfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in %1…</source>
        <translation>%1 wird eingecheckt…</translation>
    </message>
    <message>
        <source>Could not check in a new version of “%1”: %2</source>
        <translation>Eine neue Version von „%1“ konnte nicht eingecheckt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is now at version %2.</source>
        <translation>„%1“ ist jetzt bei Version %2.</translation>
    </message>
    <message>
        <source>Could not revert “%1” to version %2: %3</source>
        <translation>„%1“ konnte nicht auf Version %2 zurückgesetzt werden: %3</translation>
    </message>
    <message>
        <source>“%1” reverted to version %2 as version %3.</source>
        <translation>„%1“ wurde auf Version %2 zurückgesetzt, als Version %3.</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorHeader</name>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Keine Markierung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>Typ und Größe</translation>
    </message>
    <message>
        <source>No colour label</source>
        <translation>Keine Farbmarkierung</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>Markierung %1</translation>
    </message>
    <message>
        <source>Clear the colour label</source>
        <translation>Farbmarkierung entfernen</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>Mit %1 markieren</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <source>Select items to see and edit their details.</source>
        <translation>Wählen Sie Elemente aus, um ihre Details anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorLabelCommand</name>
    <message numerus="yes">
        <source>Mark %n item(s)</source>
        <translation>
            <numerusform>%n Element markieren</numerusform>
            <numerusform>%n Elemente markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Rating of %n Item(s)</source>
        <translation>
            <numerusform>Bewertung von %n Element entfernen</numerusform>
            <numerusform>Bewertung von %n Elementen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Item(s) %1 Star(s)</source>
        <translation>
            <numerusform>%n Element mit %1 Stern(en) bewerten</numerusform>
            <numerusform>%n Elemente mit %1 Stern(en) bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Label of %n Item(s)</source>
        <translation>
            <numerusform>Markierung von %n Element entfernen</numerusform>
            <numerusform>Markierung von %n Elementen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n Item(s)</source>
        <translation>
            <numerusform>%n Element markieren</numerusform>
            <numerusform>%n Elemente markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorLinkCommand</name>
    <message>
        <source>Link Items</source>
        <translation>Elemente verknüpfen</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Link to “%1”</source>
        <translation>Mit „%1“ verknüpfen</translation>
    </message>
    <message>
        <source>Remove Link to “%1”</source>
        <translation>Verknüpfung mit „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorRating</name>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rating: click a star, or type 0–5</source>
        <translation>Bewertung: Klicken Sie auf einen Stern oder geben Sie 0–5 ein</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Mixed ratings</source>
        <translation>Gemischte Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorRelationsPage</name>
    <message>
        <source>Remove Link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Related items</source>
        <translation>Verwandte Elemente</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Drag items here from the browser to link them. Double-click a link to show that item.</source>
        <translation>Ziehen Sie Elemente aus dem Browser hierher, um sie zu verknüpfen. Doppelklicken Sie auf eine Verknüpfung, um das Element anzuzeigen.</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Ausgewählte Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Ausgewählte Verknüpfung entfernen (Entf)</translation>
    </message>
    <message>
        <source>is the specification of</source>
        <translation>ist die Spezifikation von</translation>
    </message>
    <message>
        <source>is the contract for</source>
        <translation>ist der Vertrag für</translation>
    </message>
    <message>
        <source>is derived from</source>
        <translation>ist abgeleitet von</translation>
    </message>
    <message>
        <source>is a translation of</source>
        <translation>ist eine Übersetzung von</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>was extracted from</source>
        <translation>wurde extrahiert aus</translation>
    </message>
    <message>
        <source>This %1</source>
        <translation>Dieses Element %1</translation>
    </message>
    <message>
        <source>%1 this</source>
        <translation>%1 dieses Element</translation>
    </message>
    <message>
        <source>%1 (in the Trash)</source>
        <translation>%1 (im Papierkorb)</translation>
    </message>
    <message>
        <source>“%1” %2 “%3”</source>
        <translation>„%1“ %2 „%3“</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>No links yet. Drag items here from the browser to link them.</source>
        <translation>Noch keine Verknüpfungen. Ziehen Sie Elemente aus dem Browser hierher, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <source>Drag items here to link them. Double-click a link to show that item.</source>
        <translation>Ziehen Sie Elemente hierher, um sie zu verknüpfen. Doppelklicken Sie auf eine Verknüpfung, um das Element anzuzeigen.</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>Beziehungstyp</translation>
    </message>
    <message>
        <source>the dropped item</source>
        <translation>das abgelegte Element</translation>
    </message>
    <message numerus="yes">
        <source>the %n dropped items</source>
        <translation>
            <numerusform>das %n abgelegte Element</numerusform>
            <numerusform>die %n abgelegten Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” …</source>
        <translation>„%1“ …</translation>
    </message>
    <message>
        <source>… %1 %2</source>
        <translation>… %1 %2</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>The dropped item</source>
        <translation>Das abgelegte Element</translation>
    </message>
    <message>
        <source>The dropped items</source>
        <translation>Die abgelegten Elemente</translation>
    </message>
    <message>
        <source>… %1 “%2”</source>
        <translation>… %1 „%2“</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorTechnicalPage</name>
    <message>
        <source>Filter properties</source>
        <translation>Eigenschaften filtern</translation>
    </message>
    <message>
        <source>Filter technical properties</source>
        <translation>Technische Eigenschaften filtern</translation>
    </message>
    <message>
        <source>Technical metadata</source>
        <translation>Technische Metadaten</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Extraktion</translation>
    </message>
    <message>
        <source>Not extracted yet</source>
        <translation>Noch nicht extrahiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Detected type</source>
        <translation>Erkannter Typ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Does not match the content</source>
        <translation>Passt nicht zum Inhalt</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Needs a password</source>
        <translation>Benötigt ein Passwort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Extrahiert</translation>
    </message>
    <message>
        <source>Mapped fields</source>
        <translation>Zugeordnete Felder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorVersionsPage</name>
    <message>
        <source>Check In New Version…</source>
        <translation>Neue Version einchecken…</translation>
    </message>
    <message>
        <source>Revert to This Version</source>
        <translation>Auf diese Version zurücksetzen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Comment for the new version (optional)</source>
        <translation>Kommentar zur neuen Version (optional)</translation>
    </message>
    <message>
        <source>Comment for the new version</source>
        <translation>Kommentar zur neuen Version</translation>
    </message>
    <message>
        <source>Check in a new version from a file</source>
        <translation>Eine neue Version aus einer Datei einchecken</translation>
    </message>
    <message>
        <source>Store a file as the item&apos;s next version; the earlier versions are kept.</source>
        <translation>Eine Datei als nächste Version des Elements speichern; die früheren Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Revert to the selected version</source>
        <translation>Auf die ausgewählte Version zurücksetzen</translation>
    </message>
    <message>
        <source>Make the selected version&apos;s content the newest version again.</source>
        <translation>Den Inhalt der ausgewählten Version wieder zur neuesten Version machen.</translation>
    </message>
    <message>
        <source>Check In New Version</source>
        <translation>Neue Version einchecken</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1
%2
SHA-256 %3</source>
        <translation>%1
%2
SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>Folio::IntegrityCheck</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The database %1 has a %2 row (rowid %3) that refers to a missing %4 row.</source>
        <translation>Die Datenbank %1 hat eine %2-Zeile (rowid %3), die auf eine fehlende %4-Zeile verweist.</translation>
    </message>
    <message>
        <source>The blob %1 counts %2 references but %3 versions and renditions use it.</source>
        <translation>Der Blob %1 zählt %2 Verweise, aber %3 Versionen und Ausgabedarstellungen verwenden ihn.</translation>
    </message>
</context>
<context>
    <name>Folio::Internal::MediaDecoder</name>
    <message>
        <source>%1: Folio has no decoder for its %2 stream</source>
        <translation>%1: Folio hat keinen Decoder für seinen %2-Stream</translation>
    </message>
    <message>
        <source>%1: its %2 stream cannot be decoded</source>
        <translation>%1: Sein %2-Stream kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>%1: out of memory for decoding</source>
        <translation>%1: nicht genügend Speicher zum Dekodieren</translation>
    </message>
</context>
<context>
    <name>Folio::ItemActions</name>
    <message>
        <source>Quick Look</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Export Original…</source>
        <translation>Original exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Find Similar</source>
        <translation>Ähnliche suchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Put Back</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open a read-only copy in the default application</source>
        <translation>Eine schreibgeschützte Kopie in der Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung öffnet %1.</translation>
    </message>
    <message>
        <source>Opened a read-only copy: %1</source>
        <translation>Schreibgeschützte Kopie geöffnet: %1</translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation>Original exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Originals To</source>
        <translation>
            <numerusform>%n Original exportieren nach</numerusform>
            <numerusform>%n Originale exportieren nach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n original(s).</source>
        <translation>
            <numerusform>%n Original exportiert.</numerusform>
            <numerusform>%n Originale exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar to “%1”</source>
        <translation>Ähnlich wie „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the Trash.</source>
        <translation>
            <numerusform>%n Element in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Elemente in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n item(s).</source>
        <translation>
            <numerusform>%n Element zurückgelegt.</numerusform>
            <numerusform>%n Elemente zurückgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy a folio:// link that opens the item in Folio</source>
        <translation>Einen folio://-Link kopieren, der das Element in Folio öffnet</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>%n Link kopiert.</numerusform>
            <numerusform>%n Links kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::ItemAnnotations</name>
    <message>
        <source>A rating has 0 to 5 stars, not %1.</source>
        <translation>Eine Bewertung hat 0 bis 5 Sterne, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour label.</source>
        <translation>%1 ist keine Farbmarkierung.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemDelegate</name>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>! Failed</source>
        <translation>! Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Folio::ItemDragExporter</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemLabelRepository</name>
    <message>
        <source>A rating has 0 to 5 stars, not %1.</source>
        <translation>Eine Bewertung hat 0 bis 5 Sterne, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour label.</source>
        <translation>%1 ist keine Farbmarkierung.</translation>
    </message>
    <message>
        <source>Item %1 does not exist.</source>
        <translation>Element %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemLinkRepository</name>
    <message>
        <source>The link %1 does not exist (any more).</source>
        <translation>Die Verknüpfung %1 existiert nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>Folio::ItemOperations</name>
    <message>
        <source>Reverted to version %1</source>
        <translation>Auf Version %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>A title cannot be empty.</source>
        <translation>Ein Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The item %1 is already in the Trash.</source>
        <translation>Das Element %1 befindet sich bereits im Papierkorb.</translation>
    </message>
    <message>
        <source>The item %1 is not in the Trash.</source>
        <translation>Das Element %1 befindet sich nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>„%1“ hat nicht die Form FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The field %1 applies to %2s only, and item %3 is a %4.</source>
        <translation>Das Feld %1 gilt nur für %2, und Element %3 ist vom Typ %4.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemRepository</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Es gibt kein Element %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id: give the id, or at least its last 6 characters.</source>
        <translation>„%1“ ist keine Element-ID: Geben Sie die ID an oder mindestens ihre letzten 6 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one item; give more of the id.</source>
        <translation>„%1“ passt auf mehr als ein Element; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>Items have no column %1.</source>
        <translation>Elemente haben keine Spalte %1.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemWindowModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>Folio::LegacyOfficeConverter</name>
    <message>
        <source>%1 is not a legacy Office file (%2).</source>
        <translation>%1 ist keine ältere Office-Datei (%2).</translation>
    </message>
    <message>
        <source>Cannot convert %1: no temporary folder for the converter: %2</source>
        <translation>%1 kann nicht konvertiert werden: kein temporärer Ordner für den Konverter: %2</translation>
    </message>
    <message>
        <source>Cannot convert %1: cannot make folders in %2</source>
        <translation>%1 kann nicht konvertiert werden: In %2 können keine Ordner erstellt werden</translation>
    </message>
    <message>
        <source>Cannot convert %1: cannot copy it for the converter.</source>
        <translation>%1 kann nicht konvertiert werden: Es kann nicht für den Konverter kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot convert %1: the converter %2 did not start: %3</source>
        <translation>%1 kann nicht konvertiert werden: Der Konverter %2 ist nicht gestartet: %3</translation>
    </message>
    <message>
        <source>Converting %1 to PDF took longer than %2 s; the converter was stopped.</source>
        <translation>Die Konvertierung von %1 in PDF dauerte länger als %2 s; der Konverter wurde angehalten.</translation>
    </message>
    <message>
        <source>The converter could not convert %1 to PDF (exit status %2).</source>
        <translation>Der Konverter konnte %1 nicht in PDF konvertieren (Exit-Status %2).</translation>
    </message>
    <message>
        <source>The converter wrote no PDF for %1.</source>
        <translation>Der Konverter hat für %1 kein PDF geschrieben.</translation>
    </message>
</context>
<context>
    <name>Folio::Library</name>
    <message>
        <source>%1 is not a Folio library (no %2 in it).</source>
        <translation>%1 ist keine Folio-Bibliothek (darin fehlt %2).</translation>
    </message>
    <message>
        <source>%1 is already a Folio library.</source>
        <translation>%1 ist bereits eine Folio-Bibliothek.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a Folio library; choose an empty or new folder.</source>
        <translation>%1 ist nicht leer und keine Folio-Bibliothek; wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2 (%3).</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot lock the library %1: %2.</source>
        <translation>Die Bibliothek %1 kann nicht gesperrt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create a library in %1: the folder is read-only.</source>
        <translation>In %1 kann keine Bibliothek erstellt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade to schema version %2, but it is read-only.</source>
        <translation>Die Bibliothek %1 muss auf die Schemaversion %2 aktualisiert werden, ist aber schreibgeschützt.</translation>
    </message>
    <message>
        <source>The library %1 is read-only: nothing can be changed.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt: Nichts kann geändert werden.</translation>
    </message>
</context>
<context>
    <name>Folio::LibraryBackup</name>
    <message>
        <source>%1 exists and is not an empty folder.</source>
        <translation>%1 existiert und ist kein leerer Ordner.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not a Folio backup (no %2 in it).</source>
        <translation>%1 ist keine Folio-Sicherung (darin fehlt %2).</translation>
    </message>
    <message>
        <source>Could not copy %1 into %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>The restored library %1 does not verify: %2</source>
        <translation>Die wiederhergestellte Bibliothek %1 besteht die Prüfung nicht: %2</translation>
    </message>
</context>
<context>
    <name>Folio::LibraryGenerator</name>
    <message>
        <source>Could not make a temporary folder for the generated files.</source>
        <translation>Für die erzeugten Dateien konnte kein temporärer Ordner erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the text file %1: %2</source>
        <translation>Die Textdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Generating needs a number of items (0 or more), a batch size and a blob pool size of 1 or more.</source>
        <translation>Das Erzeugen benötigt eine Anzahl von Elementen (0 oder mehr), eine Stapelgröße und eine Blob-Pool-Größe von 1 oder mehr.</translation>
    </message>
    <message>
        <source>The library %1 is read-only: nothing can be generated in it.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt: Darin kann nichts erzeugt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the text files.</source>
        <translation>Der Ordner %1 für die Textdateien konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The library %1 holds the items of seed %2 already; generate with another seed.</source>
        <translation>Die Bibliothek %1 enthält bereits die Elemente von Seed %2; erzeugen Sie mit einem anderen Seed.</translation>
    </message>
</context>
<context>
    <name>Folio::LibrarySearch</name>
    <message>
        <source>Cannot create the folder of the search index %1</source>
        <translation>Der Ordner des Suchindex %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Folio::LibraryVerifier</name>
    <message>
        <source>The blob %1 (%2) is %3.</source>
        <translation>Der Blob %1 (%2) ist %3.</translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message>
        <source>%1 — Folio</source>
        <translation>%1 — Folio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Keine Elemente.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>As Grid</source>
        <translation>Als Raster</translation>
    </message>
    <message>
        <source>As List</source>
        <translation>Als Liste</translation>
    </message>
    <message>
        <source>As Details</source>
        <translation>Als Details</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Element</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Folio</source>
        <translation>Über Folio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folio %1&lt;/b&gt;&lt;p&gt;Digital assets and controlled documents in one local-first library.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Folio %1&lt;/b&gt;&lt;p&gt;Digitale Assets und gelenkte Dokumente in einer einzigen, lokal gespeicherten Bibliothek.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Anzahl der Elemente</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>No photos, video, audio or design files yet.</source>
        <translation>Noch keine Fotos, Videos, Audio- oder Designdateien.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Noch keine Dokumente.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message>
        <source>Drag items here to add them to this collection.</source>
        <translation>Ziehen Sie Elemente hierher, um sie dieser Sammlung hinzuzufügen.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation>Keine Duplikate.</translation>
    </message>
    <message>
        <source>Nothing matches this smart collection.</source>
        <translation>Nichts entspricht dieser intelligenten Sammlung.</translation>
    </message>
    <message>
        <source>Finding items…</source>
        <translation>Elemente werden gesucht…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <translation>
            <numerusform>%n ausgewählt, %1</numerusform>
            <numerusform>%n ausgewählt, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected, at least %1</source>
        <translation>
            <numerusform>%n ausgewählt, mindestens %1</numerusform>
            <numerusform>%n ausgewählt, mindestens %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>%n Datei hinzugefügt</numerusform>
            <numerusform>%n Dateien hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>%1 is not a Folio library.</source>
        <translation>%1 ist keine Folio-Bibliothek.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>die Bibliothek</translation>
    </message>
    <message>
        <source>the collection “%1”</source>
        <translation>die Sammlung „%1“</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) added before</source>
        <translation>
            <numerusform>Abgebrochen: %n Datei wurde zuvor hinzugefügt</numerusform>
            <numerusform>Abgebrochen: %n Dateien wurden zuvor hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s); some failed — see Tasks</source>
        <translation>
            <numerusform>%n Datei hinzugefügt; einige sind fehlgeschlagen — siehe Aufgaben</numerusform>
            <numerusform>%n Dateien hinzugefügt; einige sind fehlgeschlagen — siehe Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>This library is read-only: nothing can be added to it.</source>
        <translation>Diese Bibliothek ist schreibgeschützt: Es kann nichts hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show or hide the inspector (%1)</source>
        <translation>Informationen ein- oder ausblenden (%1)</translation>
    </message>
    <message>
        <source>Linked item: %1</source>
        <translation>Verknüpftes Element: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Save Search as Smart Collection…</source>
        <translation>Suche als intelligente Sammlung speichern…</translation>
    </message>
    <message>
        <source>Saved the smart collection “%1”.</source>
        <translation>Die intelligente Sammlung „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“.</numerusform>
            <numerusform>%n Ergebnisse für „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first: a smart collection is a saved search.</source>
        <translation>Geben Sie zuerst eine Suche ein: Eine intelligente Sammlung ist eine gespeicherte Suche.</translation>
    </message>
    <message>
        <source>Save as Smart Collection</source>
        <translation>Als intelligente Sammlung speichern</translation>
    </message>
    <message>
        <source>Name of the smart collection for “%1”:</source>
        <translation>Name der intelligenten Sammlung für „%1“:</translation>
    </message>
    <message>
        <source>The link %1 names no item of this library: %2</source>
        <translation>Der Link %1 bezeichnet kein Element dieser Bibliothek: %2</translation>
    </message>
    <message>
        <source>Linked item “%1”</source>
        <translation>Verknüpftes Element „%1“</translation>
    </message>
    <message>
        <source>%1 is not a link to an item (folio://item/&lt;id&gt;).</source>
        <translation>%1 ist kein Link zu einem Element (folio://item/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>Cannot add %1: it does not exist.</source>
        <translation>%1 kann nicht hinzugefügt werden: Es existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Folio::MediaExtractor</name>
    <message>
        <source>%1 (poster frame)</source>
        <translation>%1 (Posterbild)</translation>
    </message>
    <message>
        <source>%1: no frame of the video could be decoded</source>
        <translation>%1: Kein Bild des Videos konnte dekodiert werden</translation>
    </message>
    <message>
        <source>%1: the video&apos;s length is unknown, so it has no filmstrip</source>
        <translation>%1: Die Länge des Videos ist unbekannt, daher hat es keinen Filmstreifen</translation>
    </message>
    <message>
        <source>%1: the filmstrip could not be made</source>
        <translation>%1: Der Filmstreifen konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: the audio has no sample rate, so it has no waveform</source>
        <translation>%1: Das Audio hat keine Abtastrate, daher hat es keine Wellenform</translation>
    </message>
    <message>
        <source>%1: the audio cannot be mixed to mono</source>
        <translation>%1: Das Audio kann nicht zu Mono gemischt werden</translation>
    </message>
    <message>
        <source>%1: the waveform shows only the first %2 s of the audio: Folio stops after %3 s of audio or %4 s of decoding</source>
        <translation>%1: Die Wellenform zeigt nur die ersten %2 s des Audios: Folio stoppt nach %3 s Audio oder %4 s Dekodierung</translation>
    </message>
    <message>
        <source>%1: the audio ends after %2 s of the %3 s it declares; the file may be truncated</source>
        <translation>%1: Das Audio endet nach %2 s der angegebenen %3 s; die Datei ist möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <source>%1 (waveform)</source>
        <translation>%1 (Wellenform)</translation>
    </message>
    <message>
        <source>%1: could not be read within %2 s</source>
        <translation>%1: konnte nicht innerhalb von %2 s gelesen werden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: not an audio or video format Folio reads</source>
        <translation>%1: kein Audio- oder Videoformat, das Folio liest</translation>
    </message>
    <message>
        <source>%1: the %2 file is damaged and cannot be read</source>
        <translation>%1: Die %2-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: nicht genügend Speicher</translation>
    </message>
    <message>
        <source>%1: its streams could not be analysed: %2</source>
        <translation>%1: Die Streams konnten nicht analysiert werden: %2</translation>
    </message>
    <message>
        <source>%1: holds no audio or video</source>
        <translation>%1: enthält weder Audio noch Video</translation>
    </message>
    <message>
        <source>%1 (cover art)</source>
        <translation>%1 (Cover)</translation>
    </message>
    <message>
        <source>%1: stopped after %2 s; some renditions are missing</source>
        <translation>%1: nach %2 s angehalten; einige Ausgabedarstellungen fehlen</translation>
    </message>
    <message>
        <source>%1: FFmpeg: %2</source>
        <translation>%1: FFmpeg: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: FFmpeg reported %n more problem(s)</source>
        <translation>
            <numerusform>%1: FFmpeg meldete %n weiteres Problem</numerusform>
            <numerusform>%1: FFmpeg meldete %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only its first %2 tags were read</source>
        <translation>%1: Nur die ersten %2 Tags wurden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n damaged packet(s) were skipped</source>
        <translation>
            <numerusform>%1: %n beschädigtes Paket wurde übersprungen</numerusform>
            <numerusform>%1: %n beschädigte Pakete wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its %2 × %3 frames are outside the limit of %4 pixels a side; none was decoded</source>
        <translation>%1: Die Einzelbilder mit %2 × %3 liegen außerhalb der Grenze von %4 Pixeln pro Seite; keines wurde dekodiert</translation>
    </message>
    <message>
        <source>%1: no waveform: no audio could be decoded</source>
        <translation>%1: keine Wellenform: Kein Audio konnte dekodiert werden</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataBatch</name>
    <message>
        <source>The field %1 applies to %2s only, and item %3 is a %4.</source>
        <translation>Das Feld %1 gilt nur für %2, und Element %3 ist vom Typ %4.</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n items</source>
        <translation>
            <numerusform>%1 von %n Element bearbeiten</numerusform>
            <numerusform>%1 von %n Elementen bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The change to %1 cannot be undone or redone: its library is closed.</source>
        <translation>Die Änderung an %1 kann nicht rückgängig gemacht oder wiederholt werden: Ihre Bibliothek ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataEditor</name>
    <message>
        <source>Metadata fields</source>
        <translation>Metadatenfelder</translation>
    </message>
    <message>
        <source>Scroll the metadata fields</source>
        <translation>Metadatenfelder scrollen</translation>
    </message>
    <message>
        <source>Scroll the metadata fields sideways</source>
        <translation>Metadatenfelder seitwärts scrollen</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>Kein Element ausgewählt.</translation>
    </message>
    <message>
        <source>Reading metadata…</source>
        <translation>Metadaten werden gelesen…</translation>
    </message>
    <message>
        <source>The library is read-only: metadata can be viewed, not changed.</source>
        <translation>Die Bibliothek ist schreibgeschützt: Metadaten können angezeigt, aber nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected. The library is read-only: metadata can be viewed, not changed.</source>
        <translation>
            <numerusform>%n Element ausgewählt. Die Bibliothek ist schreibgeschützt: Metadaten können angezeigt, aber nicht geändert werden.</numerusform>
            <numerusform>%n Elemente ausgewählt. Die Bibliothek ist schreibgeschützt: Metadaten können angezeigt, aber nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Editing %n items: a value you change goes to every one of them.</source>
        <translation>
            <numerusform>%n Element wird bearbeitet: Ein geänderter Wert gilt für jedes davon.</numerusform>
            <numerusform>%n Elemente werden bearbeitet: Ein geänderter Wert gilt für jedes davon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::MetadataFieldEditor</name>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>Fehler in %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Mixed values</source>
        <translation>Gemischte Werte</translation>
    </message>
    <message>
        <source>Terms, separated by commas</source>
        <translation>Begriffe, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Element-ID</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataValidator</name>
    <message>
        <source>&quot;%1&quot; is not a value of the field %2 (its vocabulary &quot;%3&quot; is closed).</source>
        <translation>„%1“ ist kein Wert des Feldes %2 (sein Vokabular „%3“ ist geschlossen).</translation>
    </message>
    <message>
        <source>The field %1 is required and cannot be empty.</source>
        <translation>Das Feld %1 ist erforderlich und darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The field %1 takes a number, not &quot;%2&quot;.</source>
        <translation>Das Feld %1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>The field %1 takes a date like 2025-03-31 (or an ISO date-time), not &quot;%2&quot;.</source>
        <translation>Das Feld %1 erwartet ein Datum wie 2025-03-31 (oder eine ISO-Datums-/Uhrzeitangabe), nicht „%2“.</translation>
    </message>
    <message>
        <source>The field %1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>Das Feld %1 erwartet Ja oder Nein, nicht „%2“.</translation>
    </message>
    <message>
        <source>The field %1 refers to an item, and there is no item %2.</source>
        <translation>Das Feld %1 verweist auf ein Element, und es gibt kein Element %2.</translation>
    </message>
</context>
<context>
    <name>Folio::OcrEngine</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages such as eng or eng+deu.</source>
        <translation>„%1“ ist keine Liste von OCR-Sprachen wie eng oder eng+deu.</translation>
    </message>
    <message>
        <source>No OCR language data is installed: install the package tesseract-ocr-eng, or set TESSDATA_PREFIX to a folder of .traineddata files.</source>
        <translation>Es sind keine OCR-Sprachdaten installiert: Installieren Sie das Paket tesseract-ocr-eng oder setzen Sie TESSDATA_PREFIX auf einen Ordner mit .traineddata-Dateien.</translation>
    </message>
    <message>
        <source>The folder of OCR language data &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner mit OCR-Sprachdaten „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The OCR language %1 is not installed (installed: %2).</source>
        <translation>Die OCR-Sprache %1 ist nicht installiert (installiert: %2).</translation>
    </message>
    <message>
        <source>The OCR languages %1 are not installed (installed: %2).</source>
        <translation>Die OCR-Sprachen %1 sind nicht installiert (installiert: %2).</translation>
    </message>
    <message>
        <source>Looked in %1; on Debian, install %2.</source>
        <translation>Gesucht in %1; installieren Sie unter Debian %2.</translation>
    </message>
    <message>
        <source>The OCR language data for &quot;%1&quot; cannot be loaded: it is damaged, or made for another version of Tesseract.</source>
        <translation>Die OCR-Sprachdaten für „%1“ können nicht geladen werden: Sie sind beschädigt oder für eine andere Tesseract-Version gemacht.</translation>
    </message>
    <message>
        <source>Tesseract could not start for &quot;%1&quot;.</source>
        <translation>Tesseract konnte für „%1“ nicht starten.</translation>
    </message>
    <message>
        <source>There is no image to read text from.</source>
        <translation>Es gibt kein Bild, aus dem Text gelesen werden kann.</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels: OCR reads at most %3 million pixels and %4 pixels a side.</source>
        <translation>Das Bild hat %1 x %2 Pixel: Die OCR liest höchstens %3 Millionen Pixel und %4 Pixel pro Seite.</translation>
    </message>
    <message>
        <source>OCR was cancelled.</source>
        <translation>Die OCR wurde abgebrochen.</translation>
    </message>
    <message>
        <source>OCR ran out of time before it started.</source>
        <translation>Die Zeit für die OCR lief ab, bevor sie begann.</translation>
    </message>
    <message>
        <source>The image of %1 x %2 pixels could not be converted to gray: out of memory.</source>
        <translation>Das Bild mit %1 x %2 Pixeln konnte nicht in Graustufen konvertiert werden: nicht genügend Speicher.</translation>
    </message>
    <message>
        <source>OCR ran out of time: the page was not read to its end.</source>
        <translation>Die Zeit für die OCR lief ab: Die Seite wurde nicht bis zum Ende gelesen.</translation>
    </message>
    <message>
        <source>Tesseract could not read the image of %1 x %2 pixels.</source>
        <translation>Tesseract konnte das Bild mit %1 x %2 Pixeln nicht lesen.</translation>
    </message>
    <message>
        <source>Tesseract failed on the image of %1 x %2 pixels.</source>
        <translation>Tesseract ist beim Bild mit %1 x %2 Pixeln fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Folio::OcrJob</name>
    <message>
        <source>The OCR language &quot;%1&quot; is not installed (installed: %2).</source>
        <translation>Die OCR-Sprache „%1“ ist nicht installiert (installiert: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>OCR read page %1 with a confidence of only %2%: its text may be garbled (another language? folioctl ocr --lang)</source>
        <translation>Die OCR hat Seite %1 mit einer Konfidenz von nur %2% gelesen: Ihr Text ist möglicherweise verstümmelt (eine andere Sprache? folioctl ocr --lang)</translation>
    </message>
    <message>
        <source>OCR failed: %1</source>
        <translation>OCR fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Folio::OfficeExtractor</name>
    <message>
        <source>The text of %1 is longer than %2 characters; the rest was left out.</source>
        <translation>Der Text von %1 ist länger als %2 Zeichen; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (%3, line %4); what follows the damage was left out.</source>
        <translation>%1: Der Teil %2 ist beschädigt (%3, Zeile %4); was nach der Beschädigung folgt, wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2; reading stopped there.</source>
        <translation>%1 wird beim Entpacken größer als %2; das Lesen wurde dort beendet.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable zip package.</source>
        <translation>%1 ist kein lesbares ZIP-Paket.</translation>
    </message>
    <message>
        <source>%1 is damaged; what follows the damage was left out (%2).</source>
        <translation>%1 ist beschädigt; was nach der Beschädigung folgt, wurde weggelassen (%2).</translation>
    </message>
    <message>
        <source>%1 has more than %2 members; the rest were left out.</source>
        <translation>%1 hat mehr als %2 Einträge; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1 is damaged and a member larger than %2 stands in the way; the rest was left out.</source>
        <translation>%1 ist beschädigt, und ein Eintrag größer als %2 steht im Weg; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>The thumbnail in %1 is larger than %2 and was not read.</source>
        <translation>Die Miniatur in %1 ist größer als %2 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: the part %2 is larger than %3; only its beginning was read.</source>
        <translation>%1: Der Teil %2 ist größer als %3; nur sein Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (%3); only its beginning was read.</source>
        <translation>%1: Der Teil %2 ist beschädigt (%3); nur sein Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>The thumbnail in %1 could not be read: %2</source>
        <translation>Die Miniatur in %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds none of its format&apos;s parts; it is damaged or no such document.</source>
        <translation>%1 enthält keinen der Teile seines Formats; es ist beschädigt oder kein solches Dokument.</translation>
    </message>
    <message>
        <source>%1 lacks the part that holds its document; only what else it holds was read.</source>
        <translation>%1 fehlt der Teil, der sein Dokument enthält; nur der übrige Inhalt wurde gelesen.</translation>
    </message>
    <message>
        <source>%1 is of a type (%2) the office reader does not read.</source>
        <translation>%1 ist von einem Typ (%2), den der Office-Leser nicht liest.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 declares %2 members, more than the %3 Folio reads from a package.</source>
        <translation>%1 gibt %2 Einträge an, mehr als die %3, die Folio aus einem Paket liest.</translation>
    </message>
    <message>
        <source>%1 has no zip directory: it was probably cut short, and was read as far as it goes.</source>
        <translation>%1 hat kein ZIP-Verzeichnis: Es wurde vermutlich abgeschnitten und wurde so weit wie möglich gelesen.</translation>
    </message>
    <message>
        <source>The shared strings of %1 hold more than %2 characters; the rest were left out.</source>
        <translation>Die gemeinsamen Zeichenfolgen von %1 enthalten mehr als %2 Zeichen; der Rest wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>Folio::PageRender</name>
    <message>
        <source>Cannot show &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation>„%1“ kann nicht angezeigt werden: Es ist kein PDF oder irreparabel beschädigt.</translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: it is encrypted, and no password was given.</source>
        <translation>„%1“ kann nicht angezeigt werden: Es ist verschlüsselt, und es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation>„%1“ kann nicht geöffnet werden: falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>„%1“ hat keine Seite %2: Es hat %n Seite.</numerusform>
            <numerusform>„%1“ hat keine Seite %2: Es hat %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be read.</source>
        <translation>Seite %1 von „%2“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; has no usable size: it cannot be shown.</source>
        <translation>Seite %1 von „%2“ hat keine verwendbare Größe: Sie kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; measures %3 x %4 cm, larger than any paper: it is not shown.</source>
        <translation>Seite %1 von „%2“ misst %3 x %4 cm, größer als jedes Papier: Sie wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; is shown smaller, within %3 megapixels.</source>
        <translation>Seite %1 von „%2“ wird verkleinert angezeigt, innerhalb von %3 Megapixeln.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of &quot;%2&quot; took longer than %n second(s) to draw.</source>
        <translation>
            <numerusform>Das Zeichnen von Seite %1 von „%2“ dauerte länger als %n Sekunde.</numerusform>
            <numerusform>Das Zeichnen von Seite %1 von „%2“ dauerte länger als %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be drawn.</source>
        <translation>Seite %1 von „%2“ konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be decoded as %2: %3</source>
        <translation>„%1“ kann nicht als %2 dekodiert werden: %3</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be decoded: %3</source>
        <translation>Seite %1 von „%2“ kann nicht dekodiert werden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 × %3 pixels, over the limit of %4 megapixels: it is not shown.</source>
        <translation>„%1“ hat %2 × %3 Pixel und überschreitet die Grenze von %4 Megapixeln: Es wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be decoded: %2</source>
        <translation>„%1“ kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shown from the camera&apos;s embedded preview.</source>
        <translation>„%1“ wird anhand der eingebetteten Vorschau der Kamera angezeigt.</translation>
    </message>
    <message>
        <source>Only the first page of &quot;%1&quot; can be shown.</source>
        <translation>Nur die erste Seite von „%1“ kann angezeigt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be drawn.</source>
        <translation>„%1“ konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot write the picture of &quot;%1&quot;: %2</source>
        <translation>Das Bild von „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to show.</source>
        <translation>„%1“ ist leer: Es gibt nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: Folio draws only PDF pages and images.</source>
        <translation>„%1“ ist %2: Folio zeichnet nur PDF-Seiten und Bilder.</translation>
    </message>
</context>
<context>
    <name>Folio::PageRenderer</name>
    <message>
        <source>Cannot show &quot;%1&quot;: its picture could not be read back (%2).</source>
        <translation>„%1“ kann nicht angezeigt werden: Sein Bild konnte nicht zurückgelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: no temporary folder could be made (%2).</source>
        <translation>„%1“ kann nicht angezeigt werden: Es konnte kein temporärer Ordner erstellt werden (%2).</translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::PdfDocuments</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a regular file.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::PdfExtractor</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiteres)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>%1 (size unknown)</source>
        <translation>%1 (Größe unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>The text of &quot;%1&quot; stops on page %2 of %3: it is longer than %n characters.</source>
        <translation>
            <numerusform>Der Text von „%1“ endet auf Seite %2 von %3: Er ist länger als %n Zeichen.</numerusform>
            <numerusform>Der Text von „%1“ endet auf Seite %2 von %3: Er ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of &quot;%1&quot; could not be read.</source>
        <translation>
            <numerusform>%n Seite von „%1“ konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Seiten von „%1“ konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be read: no preview.</source>
        <translation>Seite 1 von „%1“ konnte nicht gelesen werden: keine Vorschau.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; has no usable size: no preview.</source>
        <translation>Seite 1 von „%1“ hat keine verwendbare Größe: keine Vorschau.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; measures %2 x %3 cm, larger than any paper: it is not rendered.</source>
        <translation>Seite 1 von „%1“ misst %2 x %3 cm, größer als jedes Papier: Sie wird nicht gerendert.</translation>
    </message>
    <message numerus="yes">
        <source>Page 1 of &quot;%1&quot; took longer than %n second(s) to render: no preview.</source>
        <translation>
            <numerusform>Das Rendern von Seite 1 von „%1“ dauerte länger als %n Sekunde: keine Vorschau.</numerusform>
            <numerusform>Das Rendern von Seite 1 von „%1“ dauerte länger als %n Sekunden: keine Vorschau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be rendered: no preview.</source>
        <translation>Seite 1 von „%1“ konnte nicht gerendert werden: keine Vorschau.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be encoded: no preview.</source>
        <translation>Seite 1 von „%1“ konnte nicht kodiert werden: keine Vorschau.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; gave no preview: %2</source>
        <translation>Seite 1 von „%1“ ergab keine Vorschau: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist kein PDF oder irreparabel beschädigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted: its text and pages can be read only with its password.</source>
        <translation>„%1“ ist verschlüsselt: Text und Seiten lassen sich nur mit dem Passwort lesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains JavaScript (never run).</source>
        <translation>„%1“ enthält JavaScript (wird nie ausgeführt).</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation>„%1“ kann nicht geöffnet werden: falsches Passwort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no pages.</source>
        <translation>„%1“ hat keine Seiten.</translation>
    </message>
    <message>
        <source>The cross-reference table of &quot;%1&quot; is damaged; Poppler rebuilt it.</source>
        <translation>Die Querverweistabelle von „%1“ ist beschädigt; Poppler hat sie neu aufgebaut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged; Poppler reported: %2</source>
        <translation>„%1“ ist beschädigt; Poppler meldete: %2</translation>
    </message>
</context>
<context>
    <name>Folio::PdfPageRasterizer</name>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist kein PDF oder irreparabel beschädigt.</translation>
    </message>
    <message>
        <source>Cannot render &quot;%1&quot;: it is encrypted, and no password was given.</source>
        <translation>„%1“ kann nicht gerendert werden: Es ist verschlüsselt, und es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation>„%1“ kann nicht geöffnet werden: falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>„%1“ hat keine Seite %2: Es hat %n Seite.</numerusform>
            <numerusform>„%1“ hat keine Seite %2: Es hat %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be read.</source>
        <translation>Seite %1 von „%2“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot render &quot;%1&quot; at %2 dpi: the resolution must be between 1 and %3 dpi.</source>
        <translation>„%1“ kann nicht mit %2 dpi gerendert werden: Die Auflösung muss zwischen 1 und %3 dpi liegen.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; has no usable size: it cannot be rendered.</source>
        <translation>Seite %1 von „%2“ hat keine verwendbare Größe: Sie kann nicht gerendert werden.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; measures %3 x %4 cm, larger than any paper: it is not rendered.</source>
        <translation>Seite %1 von „%2“ misst %3 x %4 cm, größer als jedes Papier: Sie wird nicht gerendert.</translation>
    </message>
    <message>
        <source>Rendering page %1 of &quot;%2&quot; was cancelled.</source>
        <translation>Das Rendern von Seite %1 von „%2“ wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of &quot;%2&quot; took longer than %n second(s) to render.</source>
        <translation>
            <numerusform>Das Rendern von Seite %1 von „%2“ dauerte länger als %n Sekunde.</numerusform>
            <numerusform>Das Rendern von Seite %1 von „%2“ dauerte länger als %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be rendered.</source>
        <translation>Seite %1 von „%2“ konnte nicht gerendert werden.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be converted to gray: out of memory.</source>
        <translation>Seite %1 von „%2“ konnte nicht in Graustufen konvertiert werden: nicht genügend Speicher.</translation>
    </message>
</context>
<context>
    <name>Folio::QueryCompleter</name>
    <message>
        <source>Query completions</source>
        <translation>Abfragevervollständigungen</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLook</name>
    <message>
        <source>Quick look</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Scroll horizontally</source>
        <translation>Horizontal scrollen</translation>
    </message>
    <message>
        <source>Scroll vertically</source>
        <translation>Vertikal scrollen</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Miniatur</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only the first %1 KB are shown.</source>
        <translation>Nur die ersten %1 KB werden angezeigt.</translation>
    </message>
    <message>
        <source>The text is not UTF-8: it is shown as Windows-1252.</source>
        <translation>Der Text ist nicht UTF-8: Er wird als Windows-1252 angezeigt.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>dieses Element</translation>
    </message>
    <message>
        <source>No preview for %1</source>
        <translation>Keine Vorschau für %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookImagePane</name>
    <message>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole image (Ctrl+0)</source>
        <translation>Das ganze Bild anzeigen (Strg+0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Show the original pixel for pixel (Ctrl+1)</source>
        <translation>Das Original Pixel für Pixel anzeigen (Strg+1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <source>Loading &quot;%1&quot; at full size…</source>
        <translation>„%1“ wird in voller Größe geladen…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eingepasst</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>Eingepasst (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookImageView</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Scroll horizontally</source>
        <translation>Horizontal scrollen</translation>
    </message>
    <message>
        <source>Scroll vertically</source>
        <translation>Vertikal scrollen</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookLoader</name>
    <message>
        <source>The preview of &quot;%1&quot; is larger than a preview may be.</source>
        <translation>Die Vorschau von „%1“ ist größer, als eine Vorschau sein darf.</translation>
    </message>
    <message>
        <source>The preview of &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Vorschau von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookMediaPane</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Artwork</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>Wiedergabezeit</translation>
    </message>
    <message>
        <source>Cannot play &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Cannot play &quot;%1&quot;: the media cannot be read.</source>
        <translation>„%1“ kann nicht abgespielt werden: Die Medien können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Pause (Return)</source>
        <translation>Pause (Eingabe)</translation>
    </message>
    <message>
        <source>Play (Return)</source>
        <translation>Wiedergabe (Eingabe)</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookPdfPane</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Seitenanzahl</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>Folio::RelationRepository</name>
    <message>
        <source>Item %1 is already %2 item %3.</source>
        <translation>Element %1 ist bereits %2 Element %3.</translation>
    </message>
</context>
<context>
    <name>Folio::Relations</name>
    <message>
        <source>%1 is not a relation type items can be linked with.</source>
        <translation>%1 ist kein Beziehungstyp, mit dem Elemente verknüpft werden können.</translation>
    </message>
    <message>
        <source>An item cannot be linked to itself.</source>
        <translation>Ein Element kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>A purged item cannot be linked.</source>
        <translation>Ein endgültig gelöschtes Element kann nicht verknüpft werden.</translation>
    </message>
    <message>
        <source>Item %1 is not %2 item %3 (any more).</source>
        <translation>Element %1 ist nicht (mehr) %2 Element %3.</translation>
    </message>
</context>
<context>
    <name>Folio::SandboxLimits</name>
    <message>
        <source>Could not set the %1 limit: %2</source>
        <translation>Die Grenze %1 konnte nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::SavedSearches</name>
    <message>
        <source>A saved search needs a name of 1 to 200 characters.</source>
        <translation>Eine gespeicherte Suche benötigt einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>A saved search named “%1” exists already (use --replace to change its query).</source>
        <translation>Eine gespeicherte Suche namens „%1“ existiert bereits (verwenden Sie --replace, um ihre Abfrage zu ändern).</translation>
    </message>
    <message>
        <source>No saved search is named “%1”.</source>
        <translation>Keine gespeicherte Suche heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>Folio::ScanClassifier</name>
    <message>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>%1 dpi (inferred from its size)</source>
        <translation>%1 dpi (aus der Größe abgeleitet)</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>a scan: %1 %2 at %3</source>
        <translation>ein Scan: %1 %2 bei %3</translation>
    </message>
    <message>
        <source>not a scan: the image is empty</source>
        <translation>kein Scan: Das Bild ist leer</translation>
    </message>
    <message>
        <source>not a scan: the image is in colour</source>
        <translation>kein Scan: Das Bild ist farbig</translation>
    </message>
    <message>
        <source>not a scan: it does not have a page&apos;s proportions</source>
        <translation>kein Scan: Es hat nicht die Proportionen einer Seite</translation>
    </message>
    <message>
        <source>not a scan: %1 %2 at only %3</source>
        <translation>kein Scan: %1 %2 bei nur %3</translation>
    </message>
    <message>
        <source>not a scan: too little of it is paper (a photograph?)</source>
        <translation>kein Scan: Zu wenig davon ist Papier (ein Foto?)</translation>
    </message>
</context>
<context>
    <name>Folio::SchemaJson</name>
    <message>
        <source>The vocabulary &quot;%1&quot; has a term without a value.</source>
        <translation>Das Vokabular „%1“ hat einen Begriff ohne Wert.</translation>
    </message>
    <message>
        <source>The vocabulary key &quot;%1&quot; is not valid: use lower-case letters, digits, - and _.</source>
        <translation>Der Vokabularschlüssel „%1“ ist ungültig: Verwenden Sie Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; is not valid: use lower-case letters, digits, - and _.</source>
        <translation>Der Feldschlüssel „%1“ ist ungültig: Verwenden Sie Kleinbuchstaben, Ziffern, - und _.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown type &quot;%2&quot; (text, number, date, bool, enum, multi-enum, person, item).</source>
        <translation>Das Feld „%1“ hat einen unbekannten Typ „%2“ (text, number, date, bool, enum, multi-enum, person, item).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; applies to &quot;%2&quot;; use asset, document or both.</source>
        <translation>Das Feld „%1“ gilt für „%2“; verwenden Sie asset, document oder both.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is an enum and needs a vocabulary.</source>
        <translation>Das Feld „%1“ ist ein Enum und benötigt ein Vokabular.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an invalid alias &quot;%2&quot;.</source>
        <translation>Das Feld „%1“ hat einen ungültigen Alias „%2“.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by two fields.</source>
        <translation>Der Name „%1“ wird von zwei Feldern verwendet.</translation>
    </message>
</context>
<context>
    <name>Folio::SchemaOperations</name>
    <message>
        <source>Cannot read the schema file %1: %2</source>
        <translation>Die Schemadatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The schema file %1 is larger than 16 MB.</source>
        <translation>Die Schemadatei %1 ist größer als 16 MB.</translation>
    </message>
    <message>
        <source>The schema file %1 is not a JSON object: %2 at offset %3.</source>
        <translation>Die Schemadatei %1 ist kein JSON-Objekt: %2 an Position %3.</translation>
    </message>
    <message>
        <source>The schema file %1: %2</source>
        <translation>Die Schemadatei %1: %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; uses the vocabulary &quot;%2&quot;, which neither the file nor the library defines.</source>
        <translation>Das Feld „%1“ verwendet das Vokabular „%2“, das weder die Datei noch die Bibliothek definiert.</translation>
    </message>
    <message>
        <source>The built-in field &quot;%1&quot; cannot change its type.</source>
        <translation>Das integrierte Feld „%1“ kann seinen Typ nicht ändern.</translation>
    </message>
</context>
<context>
    <name>Folio::SchemaRepository</name>
    <message>
        <source>There is no field &quot;%1&quot; in the library&apos;s schema (see folioctl schema show).</source>
        <translation>Es gibt kein Feld „%1“ im Schema der Bibliothek (siehe folioctl schema show).</translation>
    </message>
    <message>
        <source>There is no vocabulary &quot;%1&quot;.</source>
        <translation>Es gibt kein Vokabular „%1“.</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; of field &quot;%2&quot; is already the field &quot;%3&quot; or one of its aliases.</source>
        <translation>Der Alias „%1“ des Feldes „%2“ ist bereits das Feld „%3“ oder einer seiner Aliasse.</translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexEvaluator</name>
    <message>
        <source>The search query cannot be run: %1 (at “%2”)</source>
        <translation>Die Suchabfrage kann nicht ausgeführt werden: %1 (bei „%2“)</translation>
    </message>
    <message>
        <source>The search query is nested more than %1 levels deep</source>
        <translation>Die Suchabfrage ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>NOT needs exactly one operand</source>
        <translation>NOT benötigt genau einen Operanden</translation>
    </message>
    <message>
        <source>unknown node kind</source>
        <translation>unbekannte Knotenart</translation>
    </message>
    <message>
        <source>AND needs operands</source>
        <translation>AND benötigt Operanden</translation>
    </message>
    <message>
        <source>AND has an empty operand</source>
        <translation>AND hat einen leeren Operanden</translation>
    </message>
    <message>
        <source>OR needs operands</source>
        <translation>OR benötigt Operanden</translation>
    </message>
    <message>
        <source>OR has an empty operand</source>
        <translation>OR hat einen leeren Operanden</translation>
    </message>
    <message>
        <source>a prefix needs its letters</source>
        <translation>ein Präfix benötigt seine Buchstaben</translation>
    </message>
    <message>
        <source>a phrase needs words</source>
        <translation>eine Phrase benötigt Wörter</translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexRanker</name>
    <message>
        <source>The page cursor “%1” is not one this search made</source>
        <translation>Der Seitencursor „%1“ stammt nicht von dieser Suche</translation>
    </message>
    <message>
        <source>The page cursor belongs to another sort order; start again from the first page</source>
        <translation>Der Seitencursor gehört zu einer anderen Sortierung; beginnen Sie erneut bei der ersten Seite</translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexSnapshot</name>
    <message>
        <source>Could not write the search index snapshot %1: %2</source>
        <translation>Der Snapshot des Suchindex %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the search index snapshot %1: %2</source>
        <translation>Der Snapshot des Suchindex %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The search index snapshot %1 is damaged (%2); the index will be rebuilt</source>
        <translation>Der Snapshot des Suchindex %1 ist beschädigt (%2); der Index wird neu aufgebaut</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>er ist zu kurz</translation>
    </message>
    <message>
        <source>it is not a search index snapshot</source>
        <translation>er ist kein Snapshot eines Suchindex</translation>
    </message>
    <message>
        <source>its header fails its checksum</source>
        <translation>sein Header besteht die Prüfsumme nicht</translation>
    </message>
    <message>
        <source>The search index snapshot %1 has format version %2; this Folio reads version %3</source>
        <translation>Der Snapshot des Suchindex %1 hat die Formatversion %2; diese Folio-Version liest Version %3</translation>
    </message>
    <message>
        <source>it is truncated or has bytes appended</source>
        <translation>er ist abgeschnitten oder hat angehängte Bytes</translation>
    </message>
    <message>
        <source>it has %1 sections instead of %2</source>
        <translation>er hat %1 Abschnitte statt %2</translation>
    </message>
    <message>
        <source>section %1 is missing</source>
        <translation>Abschnitt %1 fehlt</translation>
    </message>
    <message>
        <source>section %1 has a bad header</source>
        <translation>Abschnitt %1 hat einen fehlerhaften Header</translation>
    </message>
    <message>
        <source>section %1 fails its checksum</source>
        <translation>Abschnitt %1 besteht die Prüfsumme nicht</translation>
    </message>
    <message>
        <source>section %1 is malformed</source>
        <translation>Abschnitt %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>it has unexpected bytes after its sections</source>
        <translation>er hat unerwartete Bytes nach seinen Abschnitten</translation>
    </message>
    <message>
        <source>a bitmap names a document slot that does not exist</source>
        <translation>eine Bitmap nennt einen Dokumentplatz, der nicht existiert</translation>
    </message>
</context>
<context>
    <name>Folio::Search::QueryParser</name>
    <message>
        <source>The field “%1” has no value at column %2</source>
        <translation>Das Feld „%1“ hat keinen Wert bei Spalte %2</translation>
    </message>
    <message>
        <source>The query has more than %1 parts at column %2; search for fewer words</source>
        <translation>Die Abfrage hat mehr als %1 Teile bei Spalte %2; suchen Sie nach weniger Wörtern</translation>
    </message>
    <message>
        <source>The query is longer than %1 characters at column %2</source>
        <translation>Die Abfrage ist länger als %1 Zeichen bei Spalte %2</translation>
    </message>
    <message>
        <source>The “)” at column %1 has no matching “(”</source>
        <translation>Zur „)“ bei Spalte %1 gibt es keine passende „(“</translation>
    </message>
    <message>
        <source>Nothing before OR at column %1</source>
        <translation>Nichts vor OR bei Spalte %1</translation>
    </message>
    <message>
        <source>Nothing after OR at column %1</source>
        <translation>Nichts nach OR bei Spalte %1</translation>
    </message>
    <message>
        <source>Nothing before AND at column %1</source>
        <translation>Nichts vor AND bei Spalte %1</translation>
    </message>
    <message>
        <source>Nothing after AND at column %1</source>
        <translation>Nichts nach AND bei Spalte %1</translation>
    </message>
    <message>
        <source>Nothing after “-” at column %1; write -word to leave a word out</source>
        <translation>Nichts nach „-“ bei Spalte %1; schreiben Sie -wort, um ein Wort auszuschließen</translation>
    </message>
    <message>
        <source>Nothing after NOT at column %1</source>
        <translation>Nichts nach NOT bei Spalte %1</translation>
    </message>
    <message>
        <source>Parentheses nested deeper than %1 at column %2</source>
        <translation>Klammern tiefer als %1 verschachtelt bei Spalte %2</translation>
    </message>
    <message>
        <source>Empty parentheses at column %1</source>
        <translation>Leere Klammern bei Spalte %1</translation>
    </message>
    <message>
        <source>The “(” at column %1 is never closed</source>
        <translation>Die „(“ bei Spalte %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>The quote at column %1 is never closed</source>
        <translation>Das Anführungszeichen bei Spalte %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>Unexpected “%1” at column %2</source>
        <translation>Unerwartetes „%1“ bei Spalte %2</translation>
    </message>
    <message>
        <source>Unknown field “%1” at column %2; put text with a colon in quotes to search for it</source>
        <translation>Unbekanntes Feld „%1“ bei Spalte %2; setzen Sie Text mit einem Doppelpunkt in Anführungszeichen, um danach zu suchen</translation>
    </message>
    <message>
        <source>The field “%1” cannot compare with “%2” at column %3; put the value in quotes to search for it</source>
        <translation>Das Feld „%1“ kann nicht mit „%2“ vergleichen bei Spalte %3; setzen Sie den Wert in Anführungszeichen, um danach zu suchen</translation>
    </message>
    <message>
        <source>The range “%1” is empty at column %2</source>
        <translation>Der Bereich „%1“ ist leer bei Spalte %2</translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; ages take h, d, w, m (30 days) or y (365 days), as in modified:&lt;30d</source>
        <translation>Unbekannte Einheit „%1“ bei Spalte %2; Alter verwenden h, d, w, m (30 Tage) oder y (365 Tage), wie in modified:&lt;30d</translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; sizes take B, kB, MB, GB, TB, KiB, MiB, GiB or TiB</source>
        <translation>Unbekannte Einheit „%1“ bei Spalte %2; Größen verwenden B, kB, MB, GB, TB, KiB, MiB, GiB oder TiB</translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; durations take s, m or h, or mm:ss</source>
        <translation>Unbekannte Einheit „%1“ bei Spalte %2; Dauern verwenden s, m oder h, oder mm:ss</translation>
    </message>
    <message>
        <source>“%1” is not a date at column %2; write 2024, 2024-03, 2024-03-15, 2024-03-15T10:00, today, or an age such as 30d</source>
        <translation>„%1“ ist kein Datum bei Spalte %2; schreiben Sie 2024, 2024-03, 2024-03-15, 2024-03-15T10:00, today oder ein Alter wie 30d</translation>
    </message>
    <message>
        <source>The field “%1” takes a number, not “%2”, at column %3</source>
        <translation>Das Feld „%1“ erwartet eine Zahl, nicht „%2“, bei Spalte %3</translation>
    </message>
    <message>
        <source>Unknown flag “%1:%2” at column %3; known: %4</source>
        <translation>Unbekanntes Flag „%1:%2“ bei Spalte %3; bekannt: %4</translation>
    </message>
</context>
<context>
    <name>Folio::Search::SearchIndex</name>
    <message>
        <source>Item %1 cannot be indexed for search: the index holds item ids from 0 to 4,294,967,295</source>
        <translation>Element %1 kann nicht für die Suche indiziert werden: Der Index fasst Element-IDs von 0 bis 4.294.967.295</translation>
    </message>
</context>
<context>
    <name>Folio::SearchBar</name>
    <message>
        <source>The query language: words, &quot;phrases&quot;, field:value (type:, creator:, tag:, status:…), size:&gt;10MB, created:2024, OR, -word. Enter searches, Escape clears.</source>
        <translation>Die Abfragesprache: Wörter, &quot;Phrasen&quot;, Feld:Wert (type:, creator:, tag:, status:…), size:&gt;10MB, created:2024, OR, -Wort. Die Eingabetaste sucht, Esc leert.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) — e.g. invoice type:pdf created:2024 -status:archived</source>
        <translation>Suchen (Strg+F) — z. B. Rechnung type:pdf created:2024 -status:archived</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt gesucht</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Letzte Suchen</translation>
    </message>
    <message>
        <source>Run one of the last searches again</source>
        <translation>Eine der letzten Suchen erneut ausführen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save as smart collection</source>
        <translation>Als intelligente Sammlung speichern</translation>
    </message>
    <message>
        <source>Save this search as a smart collection in the sidebar</source>
        <translation>Diese Suche als intelligente Sammlung in der Seitenleiste speichern</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Suchfehler</translation>
    </message>
    <message>
        <source>No recent searches</source>
        <translation>Keine letzten Suchen</translation>
    </message>
    <message>
        <source>Clear Recent Searches</source>
        <translation>Letzte Suchen löschen</translation>
    </message>
</context>
<context>
    <name>Folio::Server</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Could not read the password from standard input.</source>
        <translation>Das Passwort konnte nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No password was given on standard input (or use --password-file F).</source>
        <translation>Auf der Standardeingabe wurde kein Passwort angegeben (oder verwenden Sie --password-file F).</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::AdminCommands</name>
    <message>
        <source>The server&apos;s data directory (default $FOLIOD_DATA).</source>
        <translation>Das Datenverzeichnis des Servers (Standard: $FOLIOD_DATA).</translation>
    </message>
    <message>
        <source>foliod %1: unexpected argument &quot;%2&quot;.</source>
        <translation>foliod %1: unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <source>foliod %1: no data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>foliod %1: kein Datenverzeichnis: Geben Sie --data DIR an oder setzen Sie FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>Checks a data directory: the database (integrity, foreign keys, schema, the audit hash chain), every blob&apos;s content against its name, blobs owners refer to, stray and partial files. Read only: it may run while foliod serves. Exits 0 when all is sound, 1 with the problems otherwise.</source>
        <translation>Prüft ein Datenverzeichnis: die Datenbank (Integrität, Fremdschlüssel, Schema, die Audit-Hash-Kette), den Inhalt jedes Blobs gegen seinen Namen, Blobs, auf die Eigentümer verweisen, verirrte und unvollständige Dateien. Nur lesend: Kann laufen, während foliod bedient. Beendet sich mit 0, wenn alles intakt ist, sonst mit 1 und den Problemen.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 user(s), %2 audit event(s), %3 blob(s) of %4 bytes, %5 owner marker(s), %6 upload session(s) checked: %7.</source>
        <translation>%1 Benutzer, %2 Audit-Ereignis(se), %3 Blob(s) mit %4 Byte, %5 Eigentümermarkierung(en), %6 Upload-Sitzung(en) geprüft: %7.</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies a data directory, while foliod serves it, into DEST (a new or empty folder): the database as of one moment, the audit head, the token key, every blob (verified while copied) and the logs. foliod serve --data DEST starts from the copy.</source>
        <translation>Kopiert ein Datenverzeichnis, während foliod es bedient, nach DEST (ein neuer oder leerer Ordner): die Datenbank zu einem Zeitpunkt, den Audit-Kopf, den Token-Schlüssel, jeden Blob (beim Kopieren überprüft) und die Protokolle. foliod serve --data DEST startet von der Kopie.</translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation>Wohin die Sicherung geht.</translation>
    </message>
    <message>
        <source>foliod backup: say where the backup goes: foliod backup DEST.</source>
        <translation>foliod backup: Geben Sie an, wohin die Sicherung geht: foliod backup DEST.</translation>
    </message>
    <message>
        <source>foliod backup: left out the damaged blob %1</source>
        <translation>foliod backup: der beschädigte Blob %1 wurde ausgelassen</translation>
    </message>
    <message>
        <source>Backed up %1 into %2: %3 audit event(s), %4 blob(s) of %5 bytes, %6 owner marker(s)%7.</source>
        <translation>%1 nach %2 gesichert: %3 Audit-Ereignis(se), %4 Blob(s) mit %5 Byte, %6 Eigentümermarkierung(en)%7.</translation>
    </message>
    <message numerus="yes">
        <source>; %n damaged blob(s) left out</source>
        <translation>
            <numerusform>; %n beschädigter Blob ausgelassen</numerusform>
            <numerusform>; %n beschädigte Blobs ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Server::AuthService</name>
    <message>
        <source>foliod: could not audit %1: %2</source>
        <translation>foliod: %1 konnte nicht auditiert werden: %2</translation>
    </message>
    <message>
        <source>The access token&apos;s session does not exist: sign in again.</source>
        <translation>Die Sitzung des Zugriffstokens existiert nicht: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>foliod: could not audit auth.revoked-token: %1</source>
        <translation>foliod: auth.revoked-token konnte nicht auditiert werden: %1</translation>
    </message>
    <message>
        <source>The session %1 was revoked: sign in again.</source>
        <translation>Die Sitzung %1 wurde widerrufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session %1 expired: sign in again.</source>
        <translation>Die Sitzung %1 ist abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Das Konto „%1“ ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::DataDirectoryBackup</name>
    <message>
        <source>A backup needs a data directory and a destination.</source>
        <translation>Eine Sicherung benötigt ein Datenverzeichnis und ein Ziel.</translation>
    </message>
    <message>
        <source>%1 is not a foliod data directory: it holds no foliod.db.</source>
        <translation>%1 ist kein foliod-Datenverzeichnis: Es enthält keine foliod.db.</translation>
    </message>
    <message>
        <source>Refusing to back up %1 into %2, which is inside it.</source>
        <translation>%1 wird nicht nach %2 gesichert, da dieses darin liegt.</translation>
    </message>
    <message>
        <source>The backup destination %1 exists and is not an empty folder: choose a new one.</source>
        <translation>Das Sicherungsziel %1 existiert und ist kein leerer Ordner: Wählen Sie ein neues.</translation>
    </message>
    <message>
        <source>Could not make %1 private to its owner: %2</source>
        <translation>%1 konnte nicht nur für seinen Eigentümer zugänglich gemacht werden: %2</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1: %2</source>
        <translation>Der Sicherungsordner %1 konnte nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Server::DataDirectoryCheck</name>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>Kein Datenverzeichnis: Geben Sie --data DIR an oder setzen Sie FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>Das Datenverzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a foliod data directory: it holds no foliod.db.</source>
        <translation>%1 ist kein foliod-Datenverzeichnis: Es enthält keine foliod.db.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::DataDirectoryLock</name>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>Kein Datenverzeichnis: Geben Sie --data DIR an oder setzen Sie FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>Could not create the data directory %1: %2</source>
        <translation>Das Datenverzeichnis %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Another foliod is using %1: stop it first.</source>
        <translation>Ein anderer foliod verwendet %1: Beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Another foliod is using %1 (process %2): stop it first.</source>
        <translation>Ein anderer foliod verwendet %1 (Prozess %2): Beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Could not lock %1: %2</source>
        <translation>%1 konnte nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::AccessLog</name>
    <message>
        <source>Could not create the log folder %1: %2</source>
        <translation>Der Protokollordner %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not open the access log %1: %2</source>
        <translation>Das Zugriffsprotokoll %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes written</source>
        <translation>nur %1 von %2 Byte geschrieben</translation>
    </message>
    <message>
        <source>could not rotate %1: %2</source>
        <translation>%1 konnte nicht rotiert werden: %2</translation>
    </message>
    <message>
        <source>could not rotate: %1</source>
        <translation>Rotation nicht möglich: %1</translation>
    </message>
    <message>
        <source>could not open a new log: %1</source>
        <translation>ein neues Protokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>foliod: the access log %1 is not being written: %2</source>
        <translation>foliod: Das Zugriffsprotokoll %1 wird nicht geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::AuthRoutes</name>
    <message>
        <source>Sign-in is not available on this server.</source>
        <translation>Die Anmeldung ist auf diesem Server nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server failed to answer this request; the log tells why.</source>
        <translation>Der Server konnte diese Anfrage nicht beantworten; das Protokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>foliod: sign-in failed: %1</source>
        <translation>foliod: Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app (&quot;totp&quot;).</source>
        <translation>Dieses Konto benötigt den Code aus seiner Authentifizierungs-App („totp“).</translation>
    </message>
    <message>
        <source>The authenticator code is wrong or was used already.</source>
        <translation>Der Authentifizierungscode ist falsch oder wurde bereits verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>foliod: refresh failed: %1</source>
        <translation>foliod: Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign in first: send &quot;Authorization: Bearer&quot; with an access token.</source>
        <translation>Melden Sie sich zuerst an: Senden Sie &quot;Authorization: Bearer&quot; mit einem Zugriffstoken.</translation>
    </message>
    <message>
        <source>foliod: authentication failed: %1</source>
        <translation>foliod: Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>foliod: sign-out failed: %1</source>
        <translation>foliod: Abmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::BlobRoutes</name>
    <message>
        <source>Blob storage is not available on this server.</source>
        <translation>Der Blob-Speicher ist auf diesem Server nicht verfügbar.</translation>
    </message>
    <message>
        <source>There is no such blob or upload.</source>
        <translation>Es gibt keinen solchen Blob oder Upload.</translation>
    </message>
    <message>
        <source>The server could not store or read the blob.</source>
        <translation>Der Server konnte den Blob nicht speichern oder lesen.</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; is not within the blob&apos;s %2 bytes.</source>
        <translation>Der Bereich „%1“ liegt nicht innerhalb der %2 Byte des Blobs.</translation>
    </message>
    <message>
        <source>The upload has %1 bytes in all, not %2.</source>
        <translation>Der Upload hat insgesamt %1 Byte, nicht %2.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::FileSliceBody</name>
    <message>
        <source>Cannot read %1 bytes at %2 of %3.</source>
        <translation>%1 Byte bei %2 von %3 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 bytes at %2 of %3: the file has %4 bytes.</source>
        <translation>%1 Byte bei %2 von %3 können nicht gelesen werden: Die Datei hat %4 Byte.</translation>
    </message>
    <message>
        <source>Cannot read %1: it ends at %2, before the %3 bytes it had.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei endet bei %2, vor den %3 Byte, die sie hatte.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::HttpConnection</name>
    <message>
        <source>The request header did not arrive in time.</source>
        <translation>Der Anfrage-Header ist nicht rechtzeitig eingetroffen.</translation>
    </message>
    <message>
        <source>The request header is larger than %1 bytes.</source>
        <translation>Der Anfrage-Header ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Anfrage-Body ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request body did not arrive in time.</source>
        <translation>Der Anfrage-Body ist nicht rechtzeitig eingetroffen.</translation>
    </message>
    <message>
        <source>The request body is not valid HTTP/1.1.</source>
        <translation>Der Anfrage-Body ist kein gültiges HTTP/1.1.</translation>
    </message>
    <message>
        <source>%1 does not answer %2.</source>
        <translation>%1 beantwortet %2 nicht.</translation>
    </message>
    <message>
        <source>There is no route %1.</source>
        <translation>Es gibt keine Route %1.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::HttpServer</name>
    <message>
        <source>%1 is not an address to listen on.</source>
        <translation>%1 ist keine Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::Router</name>
    <message>
        <source>This server accepts no sign-in for this route.</source>
        <translation>Dieser Server akzeptiert für diese Route keine Anmeldung.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::TlsContext</name>
    <message>
        <source>TLS file %1 does not exist.</source>
        <translation>Die TLS-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>This OpenSSL cannot require TLS 1.2 or later.</source>
        <translation>Dieses OpenSSL kann TLS 1.2 oder neuer nicht erzwingen.</translation>
    </message>
    <message>
        <source>TLS certificate %1 could not be loaded: is it a PEM certificate chain?</source>
        <translation>Das TLS-Zertifikat %1 konnte nicht geladen werden: Ist es eine PEM-Zertifikatskette?</translation>
    </message>
    <message>
        <source>TLS key %1 could not be loaded, or does not belong to certificate %2.</source>
        <translation>Der TLS-Schlüssel %1 konnte nicht geladen werden oder gehört nicht zum Zertifikat %2.</translation>
    </message>
    <message>
        <source>TLS could not be set up.</source>
        <translation>TLS konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>TLS key %1 does not belong to certificate %2.</source>
        <translation>Der TLS-Schlüssel %1 gehört nicht zum Zertifikat %2.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ListenAddress</name>
    <message>
        <source>Listen address &quot;%1&quot;: an IPv6 address is written [address]:port.</source>
        <translation>Lauschadresse „%1“: Eine IPv6-Adresse wird als [Adresse]:Port geschrieben.</translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: expected host:port.</source>
        <translation>Lauschadresse „%1“: host:port erwartet.</translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: &quot;%2&quot; is not an IP address.</source>
        <translation>Lauschadresse „%1“: „%2“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation>Lauschadresse „%1“: Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without TLS: other machines could read passwords and files. Give --tls-cert and --tls-key, or --insecure-http if a proxy in front terminates TLS.</source>
        <translation>Ohne TLS wird nicht auf %1 gelauscht: Andere Rechner könnten Passwörter und Dateien mitlesen. Geben Sie --tls-cert und --tls-key an, oder --insecure-http, wenn ein vorgeschalteter Proxy TLS terminiert.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::PasswordHasher</name>
    <message>
        <source>Could not initialise libsodium: no source of randomness is available.</source>
        <translation>libsodium konnte nicht initialisiert werden: Keine Zufallsquelle verfügbar.</translation>
    </message>
    <message>
        <source>Could not hash the password: it is empty.</source>
        <translation>Das Passwort konnte nicht gehasht werden: Es ist leer.</translation>
    </message>
    <message>
        <source>Could not hash the password: Argon2id could not get %1 MiB of memory.</source>
        <translation>Das Passwort konnte nicht gehasht werden: Argon2id konnte keine %1 MiB Speicher erhalten.</translation>
    </message>
    <message>
        <source>Could not check the password: the stored hash is not an Argon2id hash.</source>
        <translation>Das Passwort konnte nicht geprüft werden: Der gespeicherte Hash ist kein Argon2id-Hash.</translation>
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
        <translation>Aufruf:
  foliod user add NAME --role ROLE [--password-file F]   (sonst wird das Passwort von der Standardeingabe gelesen)
  foliod user passwd NAME [--password-file F]
  foliod user disable NAME
  foliod user list [--json]
  foliod user totp NAME        gibt eine otpauth://-URI zum Einrichten einer Authentifizierungs-App aus
  foliod sessions [USER] [--json]
  foliod revoke SESSION | --user USER
  foliod migrate
Jeder Befehl akzeptiert --data DIR (Standard: $FOLIOD_DATA); führen Sie sie aus, während foliod serve gestoppt ist.
</translation>
    </message>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>Kein Datenverzeichnis: Geben Sie --data DIR an oder setzen Sie FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (was %3).</source>
        <translation>%1 hat die Schemaversion %2 (vorher %3).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: foliod user add|passwd|disable|totp NAME, or foliod user list.</source>
        <translation>Aufruf: foliod user add|passwd|disable|totp NAME oder foliod user list.</translation>
    </message>
    <message>
        <source>foliod user add needs --role ROLE (one of %1).</source>
        <translation>foliod user add benötigt --role ROLE (eine von %1).</translation>
    </message>
    <message>
        <source>Added the user %1 (%2), id %3.</source>
        <translation>Benutzer %1 (%2) hinzugefügt, ID %3.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Passwort von %1 geändert.</translation>
    </message>
    <message>
        <source>Disabled %1 and revoked their sessions.</source>
        <translation>%1 deaktiviert und die zugehörigen Sitzungen widerrufen.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;; see foliod user --help.</source>
        <translation>Unbekannter Benutzerbefehl „%1“; siehe foliod user --help.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>no-totp</source>
        <translation>no-totp</translation>
    </message>
    <message>
        <source>totp</source>
        <translation>totp</translation>
    </message>
    <message>
        <source>Usage: foliod sessions [USER] [--json].</source>
        <translation>Aufruf: foliod sessions [USER] [--json].</translation>
    </message>
    <message>
        <source>Usage: foliod revoke SESSION, or foliod revoke --user USER.</source>
        <translation>Aufruf: foliod revoke SESSION oder foliod revoke --user USER.</translation>
    </message>
    <message>
        <source>Revoked %1 session(s) of %2.</source>
        <translation>%1 Sitzung(en) von %2 widerrufen.</translation>
    </message>
    <message>
        <source>Usage: foliod revoke SESSION (a number from foliod sessions), or foliod revoke --user USER.</source>
        <translation>Aufruf: foliod revoke SESSION (eine Nummer aus foliod sessions) oder foliod revoke --user USER.</translation>
    </message>
    <message>
        <source>Revoked session %1.</source>
        <translation>Sitzung %1 widerrufen.</translation>
    </message>
    <message>
        <source>Session %1 was revoked already.</source>
        <translation>Sitzung %1 war bereits widerrufen.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServeCommand</name>
    <message>
        <source>--%1 takes a number of seconds from 0 to 3600, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine Anzahl von Sekunden von 0 bis 3600, nicht „%2“.</translation>
    </message>
    <message>
        <source>Serves Folio&apos;s HTTP API.</source>
        <translation>Stellt die HTTP-API von Folio bereit.</translation>
    </message>
    <message>
        <source>The server&apos;s data directory (default $FOLIOD_DATA).</source>
        <translation>Das Datenverzeichnis des Servers (Standard: $FOLIOD_DATA).</translation>
    </message>
    <message>
        <source>Address and port; port 0 takes a free one.</source>
        <translation>Adresse und Port; Port 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>PEM certificate chain for TLS.</source>
        <translation>PEM-Zertifikatskette für TLS.</translation>
    </message>
    <message>
        <source>PEM private key for TLS.</source>
        <translation>Privater PEM-Schlüssel für TLS.</translation>
    </message>
    <message>
        <source>Allow plain HTTP on a non-loopback address (TLS ends at a proxy in front).</source>
        <translation>Unverschlüsseltes HTTP auf einer Nicht-Loopback-Adresse erlauben (TLS endet an einem vorgeschalteten Proxy).</translation>
    </message>
    <message>
        <source>Server threads (default: the number of cores, at least 2).</source>
        <translation>Server-Threads (Standard: die Anzahl der Kerne, mindestens 2).</translation>
    </message>
    <message>
        <source>Seconds a client may take to send a request header (default 10).</source>
        <translation>Sekunden, die ein Client zum Senden eines Anfrage-Headers brauchen darf (Standard 10).</translation>
    </message>
    <message>
        <source>Seconds a client may take to send a body or read an answer (default 30).</source>
        <translation>Sekunden, die ein Client zum Senden eines Bodys oder Lesen einer Antwort brauchen darf (Standard 30).</translation>
    </message>
    <message>
        <source>foliod serve: unexpected argument &quot;%1&quot;.</source>
        <translation>foliod serve: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>foliod serve: --data DIR (or $FOLIOD_DATA) and --listen HOST:PORT are required.</source>
        <translation>foliod serve: --data DIR (oder $FOLIOD_DATA) und --listen HOST:PORT sind erforderlich.</translation>
    </message>
    <message>
        <source>foliod serve: --tls-cert and --tls-key go together.</source>
        <translation>foliod serve: --tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <source>foliod serve: --threads takes a number from 1 to 256.</source>
        <translation>foliod serve: --threads erwartet eine Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>foliod: stopped.</source>
        <translation>foliod: beendet.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServerBlobStore</name>
    <message>
        <source>There is no blob %1.</source>
        <translation>Es gibt keinen Blob %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3.</translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation>Es gibt keinen Upload %1.</translation>
    </message>
    <message>
        <source>The upload %1 is damaged.</source>
        <translation>Der Upload %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>An upload needs a SHA-256 and a size of at least 0.</source>
        <translation>Ein Upload benötigt einen SHA-256 und eine Größe von mindestens 0.</translation>
    </message>
    <message>
        <source>Cannot create the upload folder %1.</source>
        <translation>Der Upload-Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>The upload %1 has %2 bytes; a chunk must start there, not at %3.</source>
        <translation>Der Upload %1 hat %2 Byte; ein Block muss dort beginnen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The chunk ends at %1, past the upload&apos;s size %2.</source>
        <translation>Der Block endet bei %1, nach der Upload-Größe %2.</translation>
    </message>
    <message>
        <source>The upload %1 has %2 of its %3 bytes.</source>
        <translation>Der Upload %1 hat %2 seiner %3 Byte.</translation>
    </message>
    <message>
        <source>Cannot truncate %1.</source>
        <translation>%1 kann nicht gekürzt werden.</translation>
    </message>
    <message>
        <source>The uploaded bytes hash to %1, not %2; the upload was discarded.</source>
        <translation>Die hochgeladenen Bytes ergeben den Hash %1, nicht %2; der Upload wurde verworfen.</translation>
    </message>
    <message>
        <source>Cannot remove the upload folder %1.</source>
        <translation>Der Upload-Ordner %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256.</source>
        <translation>„%1“ ist kein SHA-256.</translation>
    </message>
    <message>
        <source>The bytes hash to %1, not %2.</source>
        <translation>Die Bytes ergeben den Hash %1, nicht %2.</translation>
    </message>
    <message>
        <source>Cannot hash %1: %2.</source>
        <translation>Der Hash von %1 kann nicht berechnet werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user.</source>
        <translation>„%1“ ist kein Benutzer.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServerStore</name>
    <message>
        <source>Could not make the server database %1 private to its owner: %2</source>
        <translation>Die Serverdatenbank %1 konnte nicht auf ihren Eigentümer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it must have 1 to 64 characters.</source>
        <translation>Der Benutzername „%1“ ist nicht zulässig: Er muss 1 bis 64 Zeichen haben.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it must not start or end with a space.</source>
        <translation>Der Benutzername „%1“ ist nicht zulässig: Er darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it contains a control character (U+%2).</source>
        <translation>Der Benutzername „%1“ ist nicht zulässig: Er enthält ein Steuerzeichen (U+%2).</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it contains &apos;/&apos;.</source>
        <translation>Der Benutzername „%1“ ist nicht zulässig: Er enthält „/“.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; does not exist: use one of %2.</source>
        <translation>Die Rolle „%1“ existiert nicht: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Could not add the user &quot;%1&quot;: the password hash is not an Argon2id hash.</source>
        <translation>Der Benutzer „%1“ konnte nicht hinzugefügt werden: Der Passwort-Hash ist kein Argon2id-Hash.</translation>
    </message>
    <message>
        <source>Could not add the user &quot;%1&quot;: that name is taken.</source>
        <translation>Der Benutzer „%1“ konnte nicht hinzugefügt werden: Der Name ist vergeben.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <source>Could not change the password of &quot;%1&quot;: the hash is not an Argon2id hash.</source>
        <translation>Das Passwort von „%1“ konnte nicht geändert werden: Der Hash ist kein Argon2id-Hash.</translation>
    </message>
    <message>
        <source>Could not record the session: the refresh token is too short.</source>
        <translation>Die Sitzung konnte nicht gespeichert werden: Das Aktualisierungstoken ist zu kurz.</translation>
    </message>
    <message>
        <source>Could not sign in &quot;%1&quot;: the account is disabled.</source>
        <translation>„%1“ konnte nicht angemeldet werden: Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The refresh token is not known: sign in again.</source>
        <translation>Das Aktualisierungstoken ist unbekannt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session %1 was revoked: sign in again.</source>
        <translation>Die Sitzung %1 wurde widerrufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Das Konto „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>The session %1 expired: sign in again.</source>
        <translation>Die Sitzung %1 ist abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>Could not rotate the session: the refresh token is too short.</source>
        <translation>Die Sitzung konnte nicht rotiert werden: Das Aktualisierungstoken ist zu kurz.</translation>
    </message>
    <message>
        <source>The refresh token was used already: sign in again.</source>
        <translation>Das Aktualisierungstoken wurde bereits verwendet: Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Tokens</name>
    <message>
        <source>Could not write the token key %1: %2</source>
        <translation>Der Token-Schlüssel %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not create the token key %1: %2</source>
        <translation>Der Token-Schlüssel %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not read the token key %1: %2</source>
        <translation>Der Token-Schlüssel %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Refusing the token key %1: other users may read it (mode %2); run chmod 600 on it.</source>
        <translation>Der Token-Schlüssel %1 wird abgelehnt: Andere Benutzer können ihn lesen (Modus %2); führen Sie chmod 600 darauf aus.</translation>
    </message>
    <message>
        <source>The token key %1 is damaged: it holds %2 bytes instead of %3.</source>
        <translation>Der Token-Schlüssel %1 ist beschädigt: Er enthält %2 Byte statt %3.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>Das Zugriffstoken ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature does not hold.</source>
        <translation>Die Signatur des Zugriffstokens ist ungültig.</translation>
    </message>
    <message>
        <source>The access token has expired; refresh it.</source>
        <translation>Das Zugriffstoken ist abgelaufen; aktualisieren Sie es.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Totp</name>
    <message>
        <source>The TOTP secret is not base32: &quot;%1&quot; is not one of A–Z and 2–7.</source>
        <translation>Das TOTP-Geheimnis ist kein Base32: „%1“ gehört nicht zu A–Z und 2–7.</translation>
    </message>
</context>
<context>
    <name>Folio::SettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Open Now</source>
        <translation>Jetzt öffnen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothek:</translation>
    </message>
    <message>
        <source>Folio opens this library at its next start (unless --library or FOLIO_LIBRARY names another).</source>
        <translation>Folio öffnet diese Bibliothek beim nächsten Start (sofern nicht --library oder FOLIO_LIBRARY eine andere angibt).</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Miniaturgröße</translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation>&amp;Miniaturgröße:</translation>
    </message>
    <message>
        <source>Ingest parallelism</source>
        <translation>Parallelität beim Import</translation>
    </message>
    <message>
        <source>How many files are extracted at once when adding files</source>
        <translation>Wie viele Dateien beim Hinzufügen gleichzeitig extrahiert werden</translation>
    </message>
    <message>
        <source>&amp;Ingest workers:</source>
        <translation>Import-&amp;Prozesse:</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>OCR-Sprachen</translation>
    </message>
    <message>
        <source>The languages text is recognised in (none checked: the library&apos;s setting)</source>
        <translation>Die Sprachen, in denen Text erkannt wird (keine ausgewählt: Einstellung der Bibliothek)</translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation>&amp;OCR-Sprachen:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes the next time Folio starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Folio.</translation>
    </message>
    <message>
        <source>Library location</source>
        <translation>Speicherort der Bibliothek</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Bibliotheksordner auswählen</translation>
    </message>
    <message>
        <source>Use the default library</source>
        <translation>Standardbibliothek verwenden</translation>
    </message>
    <message>
        <source>Open this library now</source>
        <translation>Diese Bibliothek jetzt öffnen</translation>
    </message>
    <message>
        <source>Open the chosen library in place of this one</source>
        <translation>Die gewählte Bibliothek anstelle dieser öffnen</translation>
    </message>
    <message>
        <source>Library Location</source>
        <translation>Speicherort der Bibliothek</translation>
    </message>
    <message>
        <source>Looking for installed languages…</source>
        <translation>Installierte Sprachen werden gesucht…</translation>
    </message>
    <message>
        <source>None checked: the library&apos;s own setting.</source>
        <translation>Keine ausgewählt: die eigene Einstellung der Bibliothek.</translation>
    </message>
    <message>
        <source>No Tesseract languages are installed (tesseract-ocr-eng, tesseract-ocr-deu…).</source>
        <translation>Es sind keine Tesseract-Sprachen installiert (tesseract-ocr-eng, tesseract-ocr-deu…).</translation>
    </message>
</context>
<context>
    <name>Folio::SidebarModel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Smart collections</source>
        <translation>Intelligente Sammlungen</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Elemente</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”: “%1”.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten: „%1“.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be moved into itself or into one of its sub-folders.</source>
        <translation>Der Ordner „%1“ kann nicht in sich selbst oder in einen seiner Unterordner verschoben werden.</translation>
    </message>
    <message>
        <source>“%1” is not a folder name: it must not be empty or contain “/”.</source>
        <translation>„%1“ ist kein Ordnername: Er darf nicht leer sein und kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>A folder can only be made inside another folder.</source>
        <translation>Ein Ordner kann nur innerhalb eines anderen Ordners erstellt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is in the Trash.</source>
        <translation>Der Ordner %1 befindet sich im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>Folio::SidebarView</name>
    <message>
        <source>Library sidebar</source>
        <translation>Bibliotheks-Seitenleiste</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>Sammlungsname:</translation>
    </message>
    <message>
        <source>Move folder to Trash</source>
        <translation>Ordner in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move the folder “%1” and everything in it to the Trash?</source>
        <translation>Den Ordner „%1“ und seinen gesamten Inhalt in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>Folio::SimilarImages</name>
    <message>
        <source>Item %1 has no image hash (not an image, or not extracted yet).</source>
        <translation>Element %1 hat keinen Bild-Hash (kein Bild oder noch nicht extrahiert).</translation>
    </message>
</context>
<context>
    <name>Folio::SingleInstance</name>
    <message>
        <source>Another folio is already running on this library.</source>
        <translation>Eine andere Folio-Instanz läuft bereits mit dieser Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot make the socket %1: %2</source>
        <translation>Der Socket %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::TaskPanel</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Ingest jobs</source>
        <translation>Importaufträge</translation>
    </message>
    <message>
        <source>Files you add or drop on the window are stored here, one job after another.</source>
        <translation>Dateien, die Sie hinzufügen oder auf das Fenster ziehen, werden hier gespeichert, ein Auftrag nach dem anderen.</translation>
    </message>
    <message>
        <source>Clear finished tasks</source>
        <translation>Abgeschlossene Aufgaben entfernen</translation>
    </message>
</context>
<context>
    <name>Folio::TextExtractor</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Code page %1 is unknown; Windows-1252 was used.</source>
        <translation>Die Codepage %1 ist unbekannt; Windows-1252 wurde verwendet.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; the rest was left out.</source>
        <translation>Der Text ist länger als %1 Zeichen; der Rest wurde weggelassen.</translation>
    </message>
    <message>
        <source>Groups nested deeper than %1 levels were left out.</source>
        <translation>Gruppen, die tiefer als %1 Ebenen verschachtelt sind, wurden weggelassen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; only its beginning was read.</source>
        <translation>%1 ist größer als %2 MiB; nur der Anfang wurde gelesen.</translation>
    </message>
    <message>
        <source>%1 does not start like an RTF document; it was read as plain text.</source>
        <translation>%1 beginnt nicht wie ein RTF-Dokument; es wurde als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>The text of %1 is longer than %2 characters; the rest was left out.</source>
        <translation>Der Text von %1 ist länger als %2 Zeichen; der Rest wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>Folio::ThumbnailCache</name>
    <message>
        <source>Cannot read the image size of %1: %2</source>
        <translation>Die Bildgröße von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The image %1 is %2×%3 pixels, more than a thumbnail may decode.</source>
        <translation>Das Bild %1 hat %2×%3 Pixel, mehr als eine Miniatur dekodieren darf.</translation>
    </message>
    <message>
        <source>Cannot decode the image %1: %2</source>
        <translation>Das Bild %1 kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>No file holds the image %1.</source>
        <translation>Keine Datei enthält das Bild %1.</translation>
    </message>
    <message>
        <source>The image %1 at %2×%3 does not fit in the thumbnail cache.</source>
        <translation>Das Bild %1 mit %2×%3 passt nicht in den Miniatur-Cache.</translation>
    </message>
</context>
<context>
    <name>Folio::TypeDetector</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, socket or pipe)</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, Socket oder eine Pipe)</translation>
    </message>
    <message>
        <source>%1 is an empty file.</source>
        <translation>%1 ist eine leere Datei.</translation>
    </message>
    <message>
        <source>%1 looks damaged: its zip directory is missing or unreadable, so it may have been cut short.</source>
        <translation>%1 scheint beschädigt: Sein ZIP-Verzeichnis fehlt oder ist unlesbar, es wurde also möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 has a zip directory too large to inspect; it is treated as a plain zip archive.</source>
        <translation>%1 hat ein zu großes ZIP-Verzeichnis für eine Prüfung; es wird als einfaches ZIP-Archiv behandelt.</translation>
    </message>
    <message>
        <source>The content of %1 is not a format Folio recognises, although its name says %2.</source>
        <translation>Der Inhalt von %1 ist kein Format, das Folio erkennt, obwohl sein Name %2 angibt.</translation>
    </message>
    <message>
        <source>The content of %1 is not a format Folio recognises.</source>
        <translation>Der Inhalt von %1 ist kein Format, das Folio erkennt.</translation>
    </message>
    <message>
        <source>The name of %1 says %2, but its content is %3.</source>
        <translation>Der Name von %1 gibt %2 an, aber sein Inhalt ist %3.</translation>
    </message>
</context>
<context>
    <name>Folio::UnpackJob</name>
    <message>
        <source>Could not empty the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht geleert werden.</translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Folio::VersionRepository</name>
    <message>
        <source>The item has no version %1.</source>
        <translation>Das Element hat keine Version %1.</translation>
    </message>
    <message>
        <source>There is no version with id %1.</source>
        <translation>Es gibt keine Version mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Folio::WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>This library is empty</source>
        <translation>Diese Bibliothek ist leer</translation>
    </message>
    <message>
        <source>Bring in photos, video, audio, design files and documents. Folio keeps every original, reads its metadata and text, and makes previews.</source>
        <translation>Bringen Sie Fotos, Videos, Audio, Designdateien und Dokumente ein. Folio bewahrt jedes Original auf, liest seine Metadaten und seinen Text und erstellt Vorschauen.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Drop zone</source>
        <translation>Ablagebereich</translation>
    </message>
    <message>
        <source>Drop files, folders or archives here</source>
        <translation>Dateien, Ordner oder Archive hier ablegen</translation>
    </message>
</context>
<context>
    <name>HttpConnectionText</name>
    <message>
        <source>The server failed to answer this request; the log tells why.</source>
        <translation>Der Server konnte diese Anfrage nicht beantworten; das Protokoll nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>folio</name>
    <message>
        <source>Folio: digital assets and controlled documents in one local-first library.</source>
        <translation>Folio: digitale Assets und gelenkte Dokumente in einer einzigen, lokal gespeicherten Bibliothek.</translation>
    </message>
    <message>
        <source>The library folder to open (default: $FOLIO_LIBRARY, else the platform&apos;s data location).</source>
        <translation>Der zu öffnende Bibliotheksordner (Standard: $FOLIO_LIBRARY, sonst der Datenspeicherort der Plattform).</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>folio://item/&lt;id&gt; links to show, files and folders to add.</source>
        <translation>Anzuzeigende folio://item/&lt;id&gt;-Links, hinzuzufügende Dateien und Ordner.</translation>
    </message>
</context>
<context>
    <name>folioctl</name>
    <message>
        <source>folioctl: unknown command &quot;%1&quot;; see folioctl --help.</source>
        <translation>folioctl: unbekannter Befehl „%1“; siehe folioctl --help.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The library folder (default: $FOLIO_LIBRARY, else the platform&apos;s data location).</source>
        <translation>Der Bibliotheksordner (Standard: $FOLIO_LIBRARY, sonst der Datenspeicherort der Plattform).</translation>
    </message>
    <message>
        <source>Print versioned JSON instead of text.</source>
        <translation>Versioniertes JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>folioctl %1 takes %2; see folioctl %1 --help.</source>
        <translation>folioctl %1 erwartet %2; siehe folioctl %1 --help.</translation>
    </message>
    <message>
        <source>Make a folder (and its parents).</source>
        <translation>Einen Ordner (und seine übergeordneten Ordner) erstellen.</translation>
    </message>
    <message>
        <source>Move an item or a folder into the folder DEST.</source>
        <translation>Ein Element oder einen Ordner in den Ordner DEST verschieben.</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>Rename an item (its title) or a folder.</source>
        <translation>Ein Element (seinen Titel) oder einen Ordner umbenennen.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Move an item to the Trash.</source>
        <translation>Ein Element in den Papierkorb verschieben.</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash</source>
        <translation>%1 in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>restore ID: take an item out of the Trash. restore SRC DIR: restore a backup into DIR.</source>
        <translation>restore ID: ein Element aus dem Papierkorb holen. restore SRC DIR: eine Sicherung in DIR wiederherstellen.</translation>
    </message>
    <message>
        <source>Restored %1 from the Trash</source>
        <translation>%1 aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Remove an item for good: its files, versions and recorded values.</source>
        <translation>Ein Element endgültig entfernen: seine Dateien, Versionen und aufgezeichneten Werte.</translation>
    </message>
    <message>
        <source>Purged %1</source>
        <translation>%1 endgültig gelöscht</translation>
    </message>
    <message>
        <source>What changed.</source>
        <translation>Was sich geändert hat.</translation>
    </message>
    <message>
        <source>Store FILE as a new version of an item.</source>
        <translation>FILE als neue Version eines Elements speichern.</translation>
    </message>
    <message>
        <source>%1 is now at version %2</source>
        <translation>%1 ist jetzt bei Version %2</translation>
    </message>
    <message>
        <source>Make a new version equal to an old one.</source>
        <translation>Eine neue Version erstellen, die einer alten gleicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>„%1“ ist keine Versionsnummer.</translation>
    </message>
    <message>
        <source>%1 is now at version %2 (equal to version %3)</source>
        <translation>%1 ist jetzt bei Version %2 (gleich Version %3)</translation>
    </message>
    <message>
        <source>Set metadata fields (keys or aliases): FIELD=VALUE; multi-valued fields take a comma list; an empty value clears a field.</source>
        <translation>Metadatenfelder setzen (Schlüssel oder Aliasse): FIELD=VALUE; mehrwertige Felder nehmen eine kommagetrennte Liste; ein leerer Wert leert ein Feld.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 gesetzt</translation>
    </message>
    <message>
        <source>make a folder</source>
        <translation>einen Ordner erstellen</translation>
    </message>
    <message>
        <source>move an item or folder</source>
        <translation>ein Element oder einen Ordner verschieben</translation>
    </message>
    <message>
        <source>rename an item or folder</source>
        <translation>ein Element oder einen Ordner umbenennen</translation>
    </message>
    <message>
        <source>move an item to the Trash</source>
        <translation>ein Element in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>restore from the Trash, or a backup</source>
        <translation>aus dem Papierkorb oder einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>remove an item for good</source>
        <translation>ein Element endgültig entfernen</translation>
    </message>
    <message>
        <source>store a new version of an item</source>
        <translation>eine neue Version eines Elements speichern</translation>
    </message>
    <message>
        <source>new version equal to an old one</source>
        <translation>neue Version gleich einer alten</translation>
    </message>
    <message>
        <source>set metadata fields</source>
        <translation>Metadatenfelder setzen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>duplicate: %1 (%2)</source>
        <translation>Duplikat: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 stored, %2 new versions, %3 duplicates skipped, %4 failed; %5 extracted, %6 stored without extraction%7</source>
        <translation>%1 gespeichert, %2 neue Versionen, %3 Duplikate übersprungen, %4 fehlgeschlagen; %5 extrahiert, %6 ohne Extraktion gespeichert%7</translation>
    </message>
    <message>
        <source> (cancelled: run folioctl reprocess to finish)</source>
        <translation> (abgebrochen: Führen Sie folioctl reprocess aus, um abzuschließen)</translation>
    </message>
    <message>
        <source>The folder to store into (made when missing).</source>
        <translation>Der Ordner, in den gespeichert wird (wird bei Bedarf erstellt).</translation>
    </message>
    <message>
        <source>skip (default): same bytes are not stored twice; keep: store them anyway; version: the same name in the folder gets a new version.</source>
        <translation>skip (Standard): Gleiche Bytes werden nicht zweimal gespeichert; keep: trotzdem speichern; version: Derselbe Name im Ordner erhält eine neue Version.</translation>
    </message>
    <message>
        <source>Extraction processes (default: the cores).</source>
        <translation>Extraktionsprozesse (Standard: die Kerne).</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, keep or version, not &quot;%1&quot;.</source>
        <translation>--on-duplicate erwartet skip, keep oder version, nicht „%1“.</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 64.</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>Every item.</source>
        <translation>Jedes Element.</translation>
    </message>
    <message>
        <source>Extract items again (after an upgrade, or for a file that failed); without ids, finish the extraction queued by an earlier run.</source>
        <translation>Elemente erneut extrahieren (nach einem Upgrade oder für eine fehlgeschlagene Datei); ohne IDs die von einem früheren Lauf eingereihte Extraktion abschließen.</translation>
    </message>
    <message>
        <source>Copy an item&apos;s rendition (thumb, preview) to DEST.</source>
        <translation>Eine Ausgabedarstellung eines Elements (thumb, preview) nach DEST kopieren.</translation>
    </message>
    <message>
        <source>Item %1 has no %2 rendition (yet: see folioctl show).</source>
        <translation>Element %1 hat (noch) keine Ausgabedarstellung %2 (siehe folioctl show).</translation>
    </message>
    <message>
        <source>Bits two images&apos; hashes may differ by (default 10; 0 = exact).</source>
        <translation>Bits, um die sich die Hashes zweier Bilder unterscheiden dürfen (Standard 10; 0 = exakt).</translation>
    </message>
    <message>
        <source>List groups of duplicate and near-duplicate images.</source>
        <translation>Gruppen von Duplikaten und nahezu identischen Bildern auflisten.</translation>
    </message>
    <message>
        <source>same content:</source>
        <translation>gleicher Inhalt:</translation>
    </message>
    <message>
        <source>look alike (within %1 bits):</source>
        <translation>ähnlich (innerhalb von %1 Bits):</translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation>Keine Duplikate.</translation>
    </message>
    <message>
        <source>Bits the hashes may differ by (default 12).</source>
        <translation>Bits, um die sich die Hashes unterscheiden dürfen (Standard 12).</translation>
    </message>
    <message>
        <source>List images that look like an item&apos;s, nearest first.</source>
        <translation>Bilder auflisten, die dem eines Elements ähneln, die ähnlichsten zuerst.</translation>
    </message>
    <message>
        <source>No similar images.</source>
        <translation>Keine ähnlichen Bilder.</translation>
    </message>
    <message>
        <source>Seconds a file must stay unchanged before it is ingested (default 2).</source>
        <translation>Sekunden, die eine Datei unverändert bleiben muss, bevor sie importiert wird (Standard 2).</translation>
    </message>
    <message>
        <source>Ingest what is there and settled, then stop.</source>
        <translation>Importieren, was vorhanden und fertig ist, dann beenden.</translation>
    </message>
    <message>
        <source>Ingest what appears in DIR, once each file has stopped growing; Ctrl-C stops.</source>
        <translation>Importieren, was in DIR erscheint, sobald jede Datei nicht mehr wächst; Strg+C beendet.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)</source>
        <translation>%1 wird überwacht (Strg+C beendet)</translation>
    </message>
    <message>
        <source>store files and extract metadata and renditions</source>
        <translation>Dateien speichern und Metadaten sowie Ausgabedarstellungen extrahieren</translation>
    </message>
    <message>
        <source>extract items again</source>
        <translation>Elemente erneut extrahieren</translation>
    </message>
    <message>
        <source>copy a thumb or preview out</source>
        <translation>eine Miniatur oder Vorschau herauskopieren</translation>
    </message>
    <message>
        <source>exact and near-duplicate groups</source>
        <translation>exakte und nahezu identische Duplikatgruppen</translation>
    </message>
    <message>
        <source>images that look like an item&apos;s</source>
        <translation>Bilder, die dem eines Elements ähneln</translation>
    </message>
    <message>
        <source>ingest what appears in a folder</source>
        <translation>importieren, was in einem Ordner erscheint</translation>
    </message>
    <message>
        <source>The folder to list (default: the root).</source>
        <translation>Der aufzulistende Ordner (Standard: der Stammordner).</translation>
    </message>
    <message>
        <source>List the Trash instead.</source>
        <translation>Stattdessen den Papierkorb auflisten.</translation>
    </message>
    <message>
        <source>List the folders and items of a folder, or the Trash.</source>
        <translation>Die Ordner und Elemente eines Ordners oder den Papierkorb auflisten.</translation>
    </message>
    <message>
        <source>Show an item&apos;s versions and audit events.</source>
        <translation>Die Versionen und Audit-Ereignisse eines Elements anzeigen.</translation>
    </message>
    <message>
        <source>versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>The version to export (default: current).</source>
        <translation>Die zu exportierende Version (Standard: die aktuelle).</translation>
    </message>
    <message>
        <source>Copy an item&apos;s original, byte-identical, to DEST.</source>
        <translation>Das Original eines Elements bytegenau nach DEST kopieren.</translation>
    </message>
    <message>
        <source>--version takes a version number.</source>
        <translation>--version erwartet eine Versionsnummer.</translation>
    </message>
    <message>
        <source>store files and folders as items (alias of ingest)</source>
        <translation>Dateien und Ordner als Elemente speichern (Alias von ingest)</translation>
    </message>
    <message>
        <source>list a folder or the Trash</source>
        <translation>einen Ordner oder den Papierkorb auflisten</translation>
    </message>
    <message>
        <source>show an item</source>
        <translation>ein Element anzeigen</translation>
    </message>
    <message>
        <source>an item&apos;s versions and audit events</source>
        <translation>die Versionen und Audit-Ereignisse eines Elements</translation>
    </message>
    <message>
        <source>copy an original out, byte-identical</source>
        <translation>ein Original bytegenau herauskopieren</translation>
    </message>
    <message>
        <source>Create a library in DIR (a missing or empty folder).</source>
        <translation>Eine Bibliothek in DIR erstellen (einem fehlenden oder leeren Ordner).</translation>
    </message>
    <message>
        <source>Created the library %1</source>
        <translation>Bibliothek %1 erstellt</translation>
    </message>
    <message>
        <source>Print the actor recorded on every change.</source>
        <translation>Den bei jeder Änderung aufgezeichneten Akteur ausgeben.</translation>
    </message>
    <message>
        <source>Re-hash every blob and walk the audit chain; exit 1 when anything is wrong.</source>
        <translation>Jeden Blob neu hashen und die Audit-Kette durchlaufen; Exit-Code 1, wenn etwas nicht stimmt.</translation>
    </message>
    <message>
        <source>The library is sound: %1 blobs re-hashed, %2 audit events verified.</source>
        <translation>Die Bibliothek ist intakt: %1 Blobs neu gehasht, %2 Audit-Ereignisse überprüft.</translation>
    </message>
    <message>
        <source>Copy the library, consistently, while others may be writing to it.</source>
        <translation>Die Bibliothek konsistent kopieren, während andere möglicherweise hineinschreiben.</translation>
    </message>
    <message>
        <source>Backed up to %1: %2 blobs.</source>
        <translation>Gesichert nach %1: %2 Blobs.</translation>
    </message>
    <message>
        <source>Print the library&apos;s logical state as deterministic text.</source>
        <translation>Den logischen Zustand der Bibliothek als deterministischen Text ausgeben.</translation>
    </message>
    <message>
        <source>The canonical form (the only one, for now).</source>
        <translation>Die kanonische Form (vorerst die einzige).</translation>
    </message>
    <message>
        <source>Restored %1 into %2 and verified it.</source>
        <translation>%1 in %2 wiederhergestellt und überprüft.</translation>
    </message>
    <message>
        <source>create a library</source>
        <translation>eine Bibliothek erstellen</translation>
    </message>
    <message>
        <source>the actor recorded on every change</source>
        <translation>der bei jeder Änderung aufgezeichnete Akteur</translation>
    </message>
    <message>
        <source>re-hash blobs and walk the audit chain</source>
        <translation>Blobs neu hashen und die Audit-Kette durchlaufen</translation>
    </message>
    <message>
        <source>consistent online copy of the library</source>
        <translation>konsistente Online-Kopie der Bibliothek</translation>
    </message>
    <message>
        <source>deterministic dump of the logical state</source>
        <translation>deterministischer Auszug des logischen Zustands</translation>
    </message>
    <message>
        <source>Usage: folioctl [--library DIR] COMMAND [options] [arguments]
Folio&apos;s command-line client: manage a library from a terminal.

Commands:
</source>
        <translation>Aufruf: folioctl [--library DIR] COMMAND [options] [arguments]
Der Kommandozeilen-Client von Folio: eine Bibliothek vom Terminal aus verwalten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options of every command: --library DIR, --json, --help.
folioctl --version prints the version.
</source>
        <translation>
Optionen aller Befehle: --library DIR, --json, --help.
folioctl --version gibt die Version aus.
</translation>
    </message>
    <message>
        <source>schema show: the fields and vocabularies. schema import FILE: add or update them from JSON.</source>
        <translation>schema show: die Felder und Vokabulare. schema import FILE: sie aus JSON hinzufügen oder aktualisieren.</translation>
    </message>
    <message>
        <source>schema import takes the JSON file to import.</source>
        <translation>schema import erwartet die zu importierende JSON-Datei.</translation>
    </message>
    <message>
        <source>Imported %1 fields and vocabularies.</source>
        <translation>%1 Felder und Vokabulare importiert.</translation>
    </message>
    <message>
        <source>schema takes show, or import FILE.</source>
        <translation>schema erwartet show oder import FILE.</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>required </source>
        <translation>erforderlich </translation>
    </message>
    <message>
        <source>vocabulary %1 </source>
        <translation>Vokabular %1 </translation>
    </message>
    <message>
        <source>aliases %1</source>
        <translation>Aliasse %1</translation>
    </message>
    <message>
        <source>vocabularies:</source>
        <translation>Vokabulare:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>show or import the metadata schema</source>
        <translation>das Metadatenschema anzeigen oder importieren</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>not extracted</source>
        <translation>nicht extrahiert</translation>
    </message>
    <message>
        <source>extraction</source>
        <translation>Extraktion</translation>
    </message>
    <message>
        <source>pending (folioctl reprocess)</source>
        <translation>ausstehend (folioctl reprocess)</translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>renditions:</source>
        <translation>Ausgabedarstellungen:</translation>
    </message>
    <message>
        <source>near duplicates:</source>
        <translation>Nahezu identische Duplikate:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>How many items to generate.</source>
        <translation>Wie viele Elemente erzeugt werden sollen.</translation>
    </message>
    <message>
        <source>The seed: the same seed, count and --now give the same items (default 1).</source>
        <translation>Der Seed: Gleicher Seed, gleiche Anzahl und gleiches --now ergeben dieselben Elemente (Standard 1).</translation>
    </message>
    <message>
        <source>The end of the ten years of dates, as an ISO date or date-time in UTC (default: the current time).</source>
        <translation>Das Ende der zehn Jahre an Datumsangaben, als ISO-Datum oder -Datum/Uhrzeit in UTC (Standard: die aktuelle Zeit).</translation>
    </message>
    <message>
        <source>Also write each item&apos;s text (title, description, keywords, body) as DIR/&lt;uuid&gt;.txt, to compare with other search engines.</source>
        <translation>Zusätzlich den Text jedes Elements (Titel, Beschreibung, Schlüsselwörter, Textkörper) als DIR/&lt;uuid&gt;.txt schreiben, um ihn mit anderen Suchmaschinen zu vergleichen.</translation>
    </message>
    <message>
        <source>How many distinct stored files the items share (default: one per 100 items, at most 16384).</source>
        <translation>Wie viele verschiedene gespeicherte Dateien sich die Elemente teilen (Standard: eine pro 100 Elemente, höchstens 16384).</translation>
    </message>
    <message>
        <source>dev generate --items N: fill the library (made when missing) with N synthetic items — 60% assets, 40% documents with realistic metadata, dates over ten years and text — for benchmarks and tests of search.
Each batch of 5,000 items is one transaction with the library&apos;s usual durability, so an interrupted run (Ctrl-C stops after the current batch) leaves a consistent library that passes `folioctl verify`. File contents are not generated: versions carry synthetic sizes and share a pool of small placeholder files, so exporting an original gives its placeholder and items sharing one count as duplicates.</source>
        <translation>dev generate --items N: füllt die Bibliothek (wird bei Bedarf erstellt) mit N synthetischen Elementen – 60 % Assets, 40 % Dokumente mit realistischen Metadaten, Datumsangaben über zehn Jahre und Text – für Benchmarks und Suchtests.
Jeder Stapel von 5.000 Elementen ist eine Transaktion mit der üblichen Dauerhaftigkeit der Bibliothek, sodass ein unterbrochener Lauf (Strg+C stoppt nach dem aktuellen Stapel) eine konsistente Bibliothek hinterlässt, die `folioctl verify` besteht. Dateiinhalte werden nicht erzeugt: Versionen tragen synthetische Größen und teilen sich einen Pool kleiner Platzhalterdateien, sodass der Export eines Originals dessen Platzhalter liefert und Elemente, die sich einen teilen, als Duplikate zählen.</translation>
    </message>
    <message>
        <source>dev takes generate; see folioctl dev --help.</source>
        <translation>dev erwartet generate; siehe folioctl dev --help.</translation>
    </message>
    <message>
        <source>--items takes how many items to generate (0 or more).</source>
        <translation>--items erwartet, wie viele Elemente erzeugt werden sollen (0 oder mehr).</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--now takes an ISO date like 2026-06-01, not &quot;%1&quot;.</source>
        <translation>--now erwartet ein ISO-Datum wie 2026-06-01, nicht „%1“.</translation>
    </message>
    <message>
        <source>--blob-pool takes a number of files, 1 or more.</source>
        <translation>--blob-pool erwartet eine Anzahl von Dateien, 1 oder mehr.</translation>
    </message>
    <message>
        <source>generated %1 of %2 items (%3 items/s, about %4 left)</source>
        <translation>%1 von %2 Elementen erzeugt (%3 Elemente/s, noch etwa %4)</translation>
    </message>
    <message>
        <source>Generated %1 items (%2 assets, %3 documents) in %4 (%5 items/s) into %6%7</source>
        <translation>%1 Elemente (%2 Assets, %3 Dokumente) in %4 (%5 Elemente/s) erzeugt in %6%7</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Wrote %1 text files into %2</source>
        <translation>%1 Textdateien in %2 geschrieben</translation>
    </message>
    <message>
        <source>developer tools: dev generate --items N makes a synthetic library</source>
        <translation>Entwicklerwerkzeuge: dev generate --items N erzeugt eine synthetische Bibliothek</translation>
    </message>
    <message>
        <source>OCR languages for this run, Tesseract&apos;s names joined by + (deu+eng); default: the library&apos;s setting %1, else %2.</source>
        <translation>OCR-Sprachen für diesen Lauf, Tesseract-Namen verbunden mit + (deu+eng); Standard: die Einstellung %1 der Bibliothek, sonst %2.</translation>
    </message>
    <message>
        <source>Store files and folders (recursively) and extract their metadata and renditions. Then, in the background, OCR reads the scans (grayscale or black-and-white images of a page at 150 dpi or more) and the PDF pages without a text layer; folioctl ocr reads an item that was missed, or reads one again in other languages.</source>
        <translation>Dateien und Ordner (rekursiv) speichern und ihre Metadaten und Ausgabedarstellungen extrahieren. Anschließend liest die OCR im Hintergrund die Scans (Graustufen- oder Schwarzweißbilder einer Seite mit 150 dpi oder mehr) und die PDF-Seiten ohne Textebene; folioctl ocr liest ein ausgelassenes Element oder liest eines erneut in anderen Sprachen.</translation>
    </message>
    <message>
        <source>members not unpacked: %1: %2
</source>
        <translation>Einträge nicht entpackt: %1: %2
</translation>
    </message>
    <message>
        <source>not read by OCR: %1: %2
</source>
        <translation>nicht per OCR gelesen: %1: %2
</translation>
    </message>
    <message>
        <source>stored without extraction: %1: %2
</source>
        <translation>ohne Extraktion gespeichert: %1: %2
</translation>
    </message>
    <message>
        <source>%1: its members need a password (folioctl unlock %2)
</source>
        <translation>%1: Die Einträge benötigen ein Passwort (folioctl unlock %2)
</translation>
    </message>
    <message>
        <source>unpacked %1: %2 stored, %3 refused (folioctl show %4)
</source>
        <translation>%1 entpackt: %2 gespeichert, %3 abgelehnt (folioctl show %4)
</translation>
    </message>
    <message>
        <source>OCR: %1 read, %2 failed
</source>
        <translation>OCR: %1 gelesen, %2 fehlgeschlagen
</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Read the password from this file (default: standard input).</source>
        <translation>Das Passwort aus dieser Datei lesen (Standard: Standardeingabe).</translation>
    </message>
    <message>
        <source>Open an encrypted document or archive with its password: extract its text and renditions, or unpack its members. The password is used once and never stored.</source>
        <translation>Ein verschlüsseltes Dokument oder Archiv mit seinem Passwort öffnen: seinen Text und seine Ausgabedarstellungen extrahieren oder seine Einträge entpacken. Das Passwort wird einmal verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>still locked: %1</source>
        <translation>noch gesperrt: %1</translation>
    </message>
    <message>
        <source>the document is still locked</source>
        <translation>das Dokument ist noch gesperrt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked %1: %n member(s) stored.
</source>
        <translation>
            <numerusform>%1 entsperrt: %n Eintrag gespeichert.
</numerusform>
            <numerusform>%1 entsperrt: %n Einträge gespeichert.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocked %1: %n page(s) of text extracted.
</source>
        <translation>
            <numerusform>%1 entsperrt: Text von %n Seite extrahiert.
</numerusform>
            <numerusform>%1 entsperrt: Text von %n Seiten extrahiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Tesseract&apos;s languages, joined by + (deu+eng); default: the library&apos;s setting %1, else %2.</source>
        <translation>Die Sprachen von Tesseract, verbunden mit + (deu+eng); Standard: die Einstellung %1 der Bibliothek, sonst %2.</translation>
    </message>
    <message>
        <source>An encrypted PDF&apos;s password, from this file.</source>
        <translation>Das Passwort eines verschlüsselten PDFs, aus dieser Datei.</translation>
    </message>
    <message>
        <source>Read an item as a scan: OCR reads every page of its PDF or image, and what it reads becomes the text of those pages (replacing a PDF&apos;s own text layer). Also reads an item again in other languages.</source>
        <translation>Ein Element als Scan lesen: Die OCR liest jede Seite seines PDFs oder Bildes, und was sie liest, wird zum Text dieser Seiten (und ersetzt die eigene Textebene eines PDFs). Liest ein Element auch erneut in anderen Sprachen.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s) of %1 by OCR (%2, confidence %3%).
</source>
        <translation>
            <numerusform>%n Seite von %1 per OCR gelesen (%2, Konfidenz %3%).
</numerusform>
            <numerusform>%n Seiten von %1 per OCR gelesen (%2, Konfidenz %3%).
</numerusform>
        </translation>
    </message>
    <message>
        <source>open an encrypted document with its password</source>
        <translation>ein verschlüsseltes Dokument mit seinem Passwort öffnen</translation>
    </message>
    <message>
        <source>read an item&apos;s text by OCR, as a scan</source>
        <translation>den Text eines Elements per OCR lesen, als Scan</translation>
    </message>
    <message>
        <source>relevance (default), modified, created, title or size.</source>
        <translation>relevance (Standard), modified, created, title oder size.</translation>
    </message>
    <message>
        <source>Ascending order (default for title and size).</source>
        <translation>Aufsteigende Reihenfolge (Standard für title und size).</translation>
    </message>
    <message>
        <source>Descending order (default for relevance and dates).</source>
        <translation>Absteigende Reihenfolge (Standard für relevance und Datumsangaben).</translation>
    </message>
    <message>
        <source>Hits per page (default 50).</source>
        <translation>Treffer pro Seite (Standard 50).</translation>
    </message>
    <message>
        <source>Continue after this cursor (printed with each page).</source>
        <translation>Nach diesem Cursor fortsetzen (wird mit jeder Seite ausgegeben).</translation>
    </message>
    <message>
        <source>Count facets over all matches.</source>
        <translation>Facetten über alle Treffer zählen.</translation>
    </message>
    <message>
        <source>Print the query as understood first.</source>
        <translation>Zuerst die Abfrage so ausgeben, wie sie verstanden wurde.</translation>
    </message>
    <message>
        <source>--sort takes relevance, modified, created, title or size, not “%1”.</source>
        <translation>--sort erwartet relevance, modified, created, title oder size, nicht „%1“.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000.</source>
        <translation>--limit erwartet eine Zahl von 1 bis 10000.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>more: --after %1</source>
        <translation>mehr: --after %1</translation>
    </message>
    <message>
        <source>Rebuild the search index from the library.</source>
        <translation>Den Suchindex aus der Bibliothek neu aufbauen.</translation>
    </message>
    <message>
        <source>Report that the item ID was opened from the last results (analytics).</source>
        <translation>Melden, dass das Element ID aus den letzten Ergebnissen geöffnet wurde (Analyse).</translation>
    </message>
    <message>
        <source>Search the library with the query language of docs/SEARCH.md.</source>
        <translation>Die Bibliothek mit der Abfragesprache aus docs/SEARCH.md durchsuchen.</translation>
    </message>
    <message>
        <source>Indexed %1 items in %2 s.</source>
        <translation>%1 Elemente in %2 s indiziert.</translation>
    </message>
    <message>
        <source>saved add: change the query of an existing name.</source>
        <translation>saved add: die Abfrage eines vorhandenen Namens ändern.</translation>
    </message>
    <message>
        <source>Saved searches (smart collections): saved add NAME QUERY, saved list, saved run NAME, saved rm NAME.</source>
        <translation>Gespeicherte Suchen (intelligente Sammlungen): saved add NAME QUERY, saved list, saved run NAME, saved rm NAME.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>saved takes: add NAME QUERY, list, run NAME, or rm NAME.</source>
        <translation>saved erwartet: add NAME QUERY, list, run NAME oder rm NAME.</translation>
    </message>
    <message>
        <source>How many days back (default 30).</source>
        <translation>Wie viele Tage zurück (Standard 30).</translation>
    </message>
    <message>
        <source>report search: top and zero-result queries and the search success rate.</source>
        <translation>report search: häufigste Abfragen, Abfragen ohne Ergebnis und die Erfolgsquote der Suche.</translation>
    </message>
    <message>
        <source>report takes: search.</source>
        <translation>report erwartet: search.</translation>
    </message>
    <message>
        <source>--days takes a positive number.</source>
        <translation>--days erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>Searches in the last %1 days: %2; followed by opening a result within 2 minutes: %3 (%4%)</source>
        <translation>Suchen in den letzten %1 Tagen: %2; gefolgt vom Öffnen eines Ergebnisses innerhalb von 2 Minuten: %3 (%4%)</translation>
    </message>
    <message>
        <source>Top queries:</source>
        <translation>Häufigste Abfragen:</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries without results:</source>
        <translation>Abfragen ohne Ergebnisse:</translation>
    </message>
    <message>
        <source>search the library (query language: docs/SEARCH.md)</source>
        <translation>die Bibliothek durchsuchen (Abfragesprache: docs/SEARCH.md)</translation>
    </message>
    <message>
        <source>saved searches: add, list, run, rm</source>
        <translation>gespeicherte Suchen: add, list, run, rm</translation>
    </message>
    <message>
        <source>reports: search analytics</source>
        <translation>Berichte: Suchanalyse</translation>
    </message>
    <message>
        <source>Also print the whole text, page by page.</source>
        <translation>Zusätzlich den gesamten Text Seite für Seite ausgeben.</translation>
    </message>
    <message>
        <source>Show an item: properties, metadata, versions, extraction, text, renditions, near duplicates.</source>
        <translation>Ein Element anzeigen: Eigenschaften, Metadaten, Versionen, Extraktion, Text, Ausgabedarstellungen, nahezu identische Duplikate.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>needs a password (folioctl unlock %1)</source>
        <translation>benötigt ein Passwort (folioctl unlock %1)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (folioctl show --json)</source>
        <translation>
            <numerusform>… und %n weiteres (folioctl show --json)</numerusform>
            <numerusform>… und %n weitere (folioctl show --json)</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): %1</source>
        <translation>
            <numerusform>%n Seite: %1</numerusform>
            <numerusform>%n Seiten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation>per OCR gelesen</translation>
    </message>
    <message numerus="yes">
        <source>page(s) %1</source>
        <translation>
            <numerusform>Seite %1</numerusform>
            <numerusform>Seiten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>extracted from</source>
        <translation>extrahiert aus</translation>
    </message>
    <message numerus="yes">
        <source>members: %n item(s)</source>
        <translation>
            <numerusform>Einträge: %n Element</numerusform>
            <numerusform>Einträge: %n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weiteres</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>--- page %1 (read by OCR) ---
</source>
        <translation>--- Seite %1 (per OCR gelesen) ---
</translation>
    </message>
    <message>
        <source>--- page %1 ---
</source>
        <translation>--- Seite %1 ---
</translation>
    </message>
    <message>
        <source>Hits without snippets (faster).</source>
        <translation>Treffer ohne Textausschnitte (schneller).</translation>
    </message>
    <message>
        <source>OCR languages when a run names none (deu+eng)</source>
        <translation>OCR-Sprachen, wenn ein Lauf keine nennt (deu+eng)</translation>
    </message>
    <message>
        <source>The library&apos;s settings: settings (all), settings get KEY, settings set KEY VALUE.</source>
        <translation>Die Einstellungen der Bibliothek: settings (alle), settings get KEY, settings set KEY VALUE.</translation>
    </message>
    <message>
        <source>settings takes nothing, get KEY, or set KEY VALUE.</source>
        <translation>settings erwartet nichts, get KEY oder set KEY VALUE.</translation>
    </message>
    <message>
        <source>Unknown setting “%1”; known: %2.</source>
        <translation>Unbekannte Einstellung „%1“; bekannt: %2.</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (Standard)</translation>
    </message>
    <message>
        <source>show or change the library&apos;s settings</source>
        <translation>die Einstellungen der Bibliothek anzeigen oder ändern</translation>
    </message>
</context>
<context>
    <name>foliod</name>
    <message>
        <source>foliod: unknown command &quot;%1&quot;; see foliod --help.</source>
        <translation>foliod: unbekannter Befehl „%1“; siehe foliod --help.</translation>
    </message>
    <message>
        <source>foliod: Folio&apos;s shared server store: accounts, sync, blobs and sharing.

Commands:
  serve --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--insecure-http] [--threads N]
        [--header-timeout SECONDS] [--read-timeout SECONDS]
  user add NAME --role ROLE [--password-file F] | passwd NAME [--password-file F] | disable NAME
       | list [--json] | totp NAME
  sessions [USER] [--json]
  revoke SESSION | revoke --user USER
  migrate
  check [--json]            database, audit chain and blob integrity; runs beside serve
  backup DEST               a consistent copy that serve --data DEST starts from; runs beside serve

Every command takes --data DIR (default $FOLIOD_DATA). foliod COMMAND --help tells more.
Options: --help, --version.
</source>
        <translation>foliod: Der gemeinsame Serverspeicher von Folio: Konten, Synchronisierung, Blobs und Freigaben.

Befehle:
  serve --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--insecure-http] [--threads N]
        [--header-timeout SECONDS] [--read-timeout SECONDS]
  user add NAME --role ROLE [--password-file F] | passwd NAME [--password-file F] | disable NAME
       | list [--json] | totp NAME
  sessions [USER] [--json]
  revoke SESSION | revoke --user USER
  migrate
  check [--json]            Datenbank, Audit-Kette und Blob-Integrität; läuft neben serve
  backup DEST               eine konsistente Kopie, von der serve --data DEST startet; läuft neben serve

Jeder Befehl akzeptiert --data DIR (Standard: $FOLIOD_DATA). foliod COMMAND --help zeigt mehr.
Optionen: --help, --version.
</translation>
    </message>
</context>
</TS>
