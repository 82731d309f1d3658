<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>Folio::ItemListModel</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Folio&apos;s command-line client: manage a library from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folioctl: unknown command &quot;%1&quot;; see folioctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>foliod</name>
    <message>
        <source>Folio&apos;s shared server store: accounts, sync, blobs and sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foliod: unknown command &quot;%1&quot;; see foliod --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
