<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>folio::BookmarkFile</name>
    <message>
        <source>%1, character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bookmark without an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a bookmark file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::Cli</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>folio: unknown command “%1”. Try “folio --help”.</source>
        <translation>folio: unbekannter Befehl „%1“. Siehe „folio --help“.</translation>
    </message>
    <message>
        <source>folio: the output could not be written: %1</source>
        <translation>folio: Die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Write a page with “folio page write” or open Folio&apos;s window to start one.</source>
        <translation>Schreiben Sie eine Seite mit „folio page write“ oder öffnen Sie das Fenster von Folio, um eines anzulegen.</translation>
    </message>
</context>
<context>
    <name>folio::CommandLine</name>
    <message>
        <source>--wiki needs the path of a wiki file.</source>
        <translation>--wiki braucht den Pfad einer Wiki-Datei.</translation>
    </message>
    <message>
        <source>Unknown option “%1”. Try “folio --help”.</source>
        <translation>Unbekannte Option „%1“. Siehe „folio --help“.</translation>
    </message>
    <message>
        <source>Give one wiki: either --wiki or a file name, not both.</source>
        <translation>Geben Sie ein Wiki an: entweder --wiki oder einen Dateinamen, nicht beides.</translation>
    </message>
    <message>
        <source>--wiki needs the path of a wiki file (for a name that starts with a dash, write ./%1).</source>
        <translation>--wiki braucht den Pfad einer Wiki-Datei (für einen Namen, der mit einem Bindestrich beginnt, schreiben Sie ./%1).</translation>
    </message>
    <message>
        <source>Give one wiki: --wiki appears twice.</source>
        <translation>Geben Sie ein Wiki an: --wiki kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Usage: folio [--wiki PATH] [COMMAND]
       folio WIKI-FILE

Folio is an offline wiki. Without a command it opens the window.

Options:
  -w, --wiki PATH   open or create the wiki file at PATH
                    (default: wiki.folio in the user&apos;s data folder)
  -v, --version     print the version and exit
  -h, --help        print this help and exit

Commands:
  page list [--json]                 list the pages
  page show TITLE [--html]           print a page&apos;s Markdown (or HTML)
  page write TITLE [--file F] [--kind K] [--tags T]
                                     create a page or add a revision,
                                     from F or standard input
  page history TITLE [--json]        list a page&apos;s revisions
  page import DIR                    import every .md file under DIR
  search QUERY [--limit N] [--json]  search every page; QUERY may use &quot;phrases&quot;,
                                     -excluded, OR, word*, tag:, kind:, title:
  import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE]
               [--include-private] [--allow-domain D] [--deny-domain D] [--json]
                                     import the links shared in a chat export
                                     or bookmark file; --format help lists the formats
  links [--json] [--limit N] [QUERY] list links; QUERY may use channel:, from:,
                                     domain:, tag:, after:, before:
  link show URL [--text] [--json]    a link with every message that shared it
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::Database</name>
    <message>
        <source>The file is not a wiki: it is not an SQLite database.</source>
        <translation>Die Datei ist kein Wiki: Sie ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The wiki file is damaged.</source>
        <translation>Die Wiki-Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The wiki is busy: another program is using it. Try again in a moment.</source>
        <translation>Das Wiki ist belegt: Ein anderes Programm verwendet es. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The wiki is busy: %1 is using it. Try again in a moment, or close that program.</source>
        <translation>Das Wiki ist belegt: %1 verwendet es. Versuchen Sie es gleich noch einmal, oder schließen Sie dieses Programm.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The wiki file could not be read or written (input/output error). Check the disk.</source>
        <translation>Die Wiki-Datei konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler). Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>The wiki file cannot be opened: check that it and its folder exist and that you may read and write them.</source>
        <translation>Die Wiki-Datei kann nicht geöffnet werden: Prüfen Sie, ob sie und ihr Ordner existieren und ob Sie sie lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <source>The change is too large to store.</source>
        <translation>Die Änderung ist zu groß zum Speichern.</translation>
    </message>
    <message>
        <source>The wiki file is damaged or was changed by another program: its tables are not as Folio left them.</source>
        <translation>Die Wiki-Datei ist beschädigt oder wurde von einem anderen Programm verändert: Ihre Tabellen sind nicht so, wie Folio sie hinterlassen hat.</translation>
    </message>
    <message>
        <source>The wiki cannot be changed: the file, its journal or its folder is read-only.</source>
        <translation>Das Wiki kann nicht geändert werden: Die Datei, ihr Journal oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The wiki file may not grow any larger (a file size limit).</source>
        <translation>Die Wiki-Datei darf nicht weiter wachsen (eine Begrenzung der Dateigröße).</translation>
    </message>
    <message>
        <source>The wiki reported an unexpected error (code %1).</source>
        <translation>Das Wiki meldete einen unerwarteten Fehler (Code %1).</translation>
    </message>
</context>
<context>
    <name>folio::ExportArchive</name>
    <message>
        <source>a file in the export is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished">„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished">„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::FormatDetector</name>
    <message>
        <source>There is no export format “%1”; Folio reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an export Folio knows. It reads: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::JsonReading</name>
    <message>
        <source>%1, item %2 (byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item larger than %1 MB was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file is cut off; the %n complete item(s) before the cut were read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file stops being JSON (%1); the %n item(s) before were read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::JsonStream</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected comma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport</name>
    <message>
        <source>“%1” is a damaged or unsupported archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name that is not UTF-8 (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry that points outside the archive (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link or special file (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file larger than %1 GB (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds %2, which no export has; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport::Reader</name>
    <message>
        <source>“%1” holds “%2”, larger than %3 GB: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” expands to more than %2 times its size, as a decompression bomb does: refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::LinkImporter</name>
    <message>
        <source>a link in a system message (a join, a topic, an integration added)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::LinksCommand</name>
    <message>
        <source>private channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folio: %1</source>
        <translation type="unfinished">folio: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folio import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE] [--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date such as 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a date such as 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one export at a time, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which export should I import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  messages read:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  links found:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new links:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new shares:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  left out by the rules: %n message(s) (private channels and direct messages need --include-private)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n link(s) in code or outside the domain rules</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  removed tokens or passwords from %n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
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
        <source>folio links [--json] [--limit N] [QUERY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: takes a date such as 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n share(s), last %1, first by %2 in %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No links yet. Import a chat export with “folio import-links PATH”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folio link show URL [--text] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what should I do with the link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown link command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one link at a time, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folio: no link “%1” was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: not archived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token or password was removed from this link when it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link into the chat platform itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>bot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::LockHolder</name>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>folio::MainWindow</name>
    <message>
        <source>Could not show “%1”.</source>
        <translation>„%1“ konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 — Folio</source>
        <translation>%1 — Folio</translation>
    </message>
    <message>
        <source>Cannot Create Page</source>
        <translation>Seite kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Create Page</source>
        <translation>Seite anlegen</translation>
    </message>
    <message>
        <source>There is no page called “%1” yet. Do you want to create it?</source>
        <translation>Es gibt noch keine Seite „%1“. Möchten Sie sie anlegen?</translation>
    </message>
    <message>
        <source>New Page</source>
        <translation>Neue Seite</translation>
    </message>
    <message>
        <source>Title of the new page:</source>
        <translation>Titel der neuen Seite:</translation>
    </message>
    <message>
        <source>A page titled “%1” already exists.</source>
        <translation>Eine Seite mit dem Titel „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 (new) — Folio</source>
        <translation>%1 (neu) — Folio</translation>
    </message>
    <message>
        <source>Cannot Save Page</source>
        <translation>Seite kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open Wiki</source>
        <translation>Wiki öffnen</translation>
    </message>
    <message>
        <source>Folio wikis (*.folio);;All files (*)</source>
        <translation>Folio-Wikis (*.folio);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Wiki</source>
        <translation>Wiki kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About Folio</source>
        <translation>Über Folio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Folio %1&lt;/h3&gt;&lt;p&gt;An offline wiki for guides, FAQs and best practices, and the links your team shares.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Folio %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Wiki für Anleitungen, FAQs und bewährte Verfahren – und die Links, die Ihr Team teilt.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1</source>
        <translation>
            <numerusform>%n Seite · %1</numerusform>
            <numerusform>%n Seiten · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search pages (Ctrl+K)</source>
        <translation>Seiten durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Cannot List Pages</source>
        <translation>Seiten können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot Open Page</source>
        <translation>Seite kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Edit Page</source>
        <translation>Seite kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name in the history of the pages you save:</source>
        <translation>Ihr Name in der Versionsgeschichte der Seiten, die Sie speichern:</translation>
    </message>
    <message>
        <source>Pages you save are signed “%1”.</source>
        <translation>Seiten, die Sie speichern, werden mit „%1“ gezeichnet.</translation>
    </message>
</context>
<context>
    <name>folio::MainWindowActions</name>
    <message>
        <source>&amp;New Page…</source>
        <translation>&amp;Neue Seite…</translation>
    </message>
    <message>
        <source>&amp;Open Wiki…</source>
        <translation>Wiki ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit Page</source>
        <translation>Seite &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel Editing</source>
        <translation>Bearbeiten a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Home Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Filter Pages</source>
        <translation>Seiten &amp;filtern</translation>
    </message>
    <message>
        <source>Show Page &amp;List</source>
        <translation>Seiten&amp;liste anzeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;About Folio</source>
        <translation>Ü&amp;ber Folio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Your &amp;Name in Page History…</source>
        <translation>Ihr &amp;Name in der Versionsgeschichte…</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownFolder</name>
    <message>
        <source>you are not allowed to read it</source>
        <translation>Sie dürfen sie nicht lesen</translation>
    </message>
    <message>
        <source>a link to something that does not exist</source>
        <translation>ein Verweis auf etwas, das nicht existiert</translation>
    </message>
    <message>
        <source>a link that leads back to itself</source>
        <translation>ein Verweis, der auf sich selbst zurückführt</translation>
    </message>
    <message>
        <source>its path is too long</source>
        <translation>ihr Pfad ist zu lang</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>Es gibt keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read: %2.</source>
        <translation>Der Ordner „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read (%2)</source>
        <translation>%1: Der Ordner kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>a link to a folder</source>
        <translation>ein Verweis auf einen Ordner</translation>
    </message>
    <message>
        <source>a named pipe, not a file</source>
        <translation>eine benannte Pipe, keine Datei</translation>
    </message>
    <message>
        <source>a device or socket, not a file</source>
        <translation>ein Gerät oder Socket, keine Datei</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownFolderImporter</name>
    <message>
        <source>%1: line %2 has bytes that are not UTF-8; they were replaced with “�”</source>
        <translation>%1: Zeile %2 enthält Bytes, die kein UTF-8 sind; sie wurden durch „�“ ersetzt</translation>
    </message>
    <message>
        <source>you are not allowed to read it</source>
        <translation>Sie dürfen sie nicht lesen</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>larger than the %1 MiB a page can hold</source>
        <translation>größer als die %1 MiB, die eine Seite fassen kann</translation>
    </message>
    <message>
        <source>%1: the file name is not UTF-8; it is shown as here</source>
        <translation>%1: Der Dateiname ist kein UTF-8; er wird wie hier angezeigt</translation>
    </message>
    <message>
        <source>the title “%1” became “%2” ([ ] | # are reserved in titles, which have at most %3 characters)</source>
        <translation>aus dem Titel „%1“ wurde „%2“ ([ ] | # sind in Titeln reserviert, die höchstens %3 Zeichen haben)</translation>
    </message>
    <message>
        <source>an SQLite database (a wiki?), not Markdown</source>
        <translation>eine SQLite-Datenbank (ein Wiki?), kein Markdown</translation>
    </message>
    <message>
        <source>holds NUL bytes: not text (a binary file, or UTF-16 without a byte order mark)</source>
        <translation>enthält NUL-Bytes: kein Text (eine Binärdatei oder UTF-16 ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>larger than the %1 MiB a page can hold, once its bytes that are not UTF-8 are replaced</source>
        <translation>größer als die %1 MiB, die eine Seite fassen kann, sobald die Bytes ersetzt sind, die kein UTF-8 sind</translation>
    </message>
</context>
<context>
    <name>folio::PageCommand</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Falsche Anzahl von Argumenten.</translation>
    </message>
    <message>
        <source>“page” needs a command: list, show, write, history or import.</source>
        <translation>„page“ braucht einen Befehl: list, show, write, history oder import.</translation>
    </message>
    <message>
        <source>Unknown page command “%1”.</source>
        <translation>Unbekannter Seitenbefehl „%1“.</translation>
    </message>
    <message>
        <source>folio: %1 Try “folio --help”.</source>
        <translation>folio: %1 Siehe „folio --help“.</translation>
    </message>
    <message>
        <source>folio: there is no page titled “%1”.</source>
        <translation>folio: Es gibt keine Seite mit dem Titel „%1“.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use one of: %2.</source>
        <translation>Unbekannte Art „%1“; erlaubt sind: %2.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved a new revision of “%1”.</source>
        <translation>Neue Revision von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is unchanged.</source>
        <translation>„%1“ ist unverändert.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>folio: %1 is a folder, not a file.</source>
        <translation>folio: %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>folio: cannot read %1: %2</source>
        <translation>folio: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>folio: line %1 of %2 has bytes that are not UTF-8; they were replaced with “�”.</source>
        <translation>folio: Zeile %1 von %2 enthält Bytes, die kein UTF-8 sind; sie wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>kept %1: its page was edited in Folio since the last import, so the file&apos;s new text was not imported</source>
        <translation>behalten: %1 – die Seite wurde seit dem letzten Import in Folio bearbeitet, daher wurde der neue Text der Datei nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) in %1 s: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>%n Datei in %1 s importiert: %2 neu, %3 aktualisiert, %4 unverändert.</numerusform>
            <numerusform>%n Dateien in %1 s importiert: %2 neu, %3 aktualisiert, %4 unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped, %2 changed, %3 kept, as listed above.</source>
        <translation>%1 übersprungen, %2 geändert, %3 behalten, wie oben aufgeführt.</translation>
    </message>
    <message>
        <source>--file needs the path of a file; leave it out to read standard input.</source>
        <translation>--file braucht den Pfad einer Datei; lassen Sie es weg, um die Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Type the text of “%1”, then press Ctrl+D on a line of its own.</source>
        <translation>Geben Sie den Text von „%1“ ein und drücken Sie dann Strg+D in einer eigenen Zeile.</translation>
    </message>
    <message>
        <source>folio: the input is empty, so “%1” keeps its text. To empty the page, add --empty.</source>
        <translation>folio: Die Eingabe ist leer, daher behält „%1“ seinen Text. Um die Seite zu leeren, fügen Sie --empty hinzu.</translation>
    </message>
    <message>
        <source>folio: %1 holds more than the %2 MiB a page can hold; nothing was written.</source>
        <translation>folio: %1 enthält mehr als die %2 MiB, die eine Seite fassen kann; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>folio: %1 holds NUL bytes: it is not text (a binary file, or UTF-16 without a byte order mark).</source>
        <translation>folio: %1 enthält NUL-Bytes: Es ist kein Text (eine Binärdatei oder UTF-16 ohne Byte-Order-Mark).</translation>
    </message>
    <message>
        <source>folio: %1 holds more than the %2 MiB a page can hold once its bytes that are not UTF-8 are replaced; nothing was written.</source>
        <translation>folio: %1 enthält mehr als die %2 MiB, die eine Seite fassen kann, sobald die Bytes ersetzt sind, die kein UTF-8 sind; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>kept %1: its page was deleted in Folio, so it was not imported again</source>
        <translation>behalten: %1 – die Seite wurde in Folio gelöscht, daher wurde sie nicht erneut importiert</translation>
    </message>
</context>
<context>
    <name>folio::PageDocument</name>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert am %1</translation>
    </message>
    <message>
        <source>There is no page with this title yet.</source>
        <translation>Eine Seite mit diesem Titel gibt es noch nicht.</translation>
    </message>
    <message>
        <source>Create this page</source>
        <translation>Diese Seite anlegen</translation>
    </message>
    <message>
        <source>This page could not be read.</source>
        <translation>Diese Seite konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>folio::PageEditor</name>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Write in Markdown. Link to other pages with [[Page title]].</source>
        <translation>In Markdown schreiben. Andere Seiten verlinken mit [[Seitentitel]].</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
</context>
<context>
    <name>folio::PageImport</name>
    <message>
        <source>The wiki is damaged: the page of “%1” has lost its text.</source>
        <translation>Das Wiki ist beschädigt: Die Seite von „%1“ hat ihren Text verloren.</translation>
    </message>
</context>
<context>
    <name>folio::PageKinds</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Bewährtes Verfahren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>folio::PageListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>folio::PageListPanel</name>
    <message>
        <source>Filter pages</source>
        <translation>Seiten filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s)</source>
        <translation>
            <numerusform>%1 von %n Seite</numerusform>
            <numerusform>%1 von %n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::PageStore</name>
    <message>
        <source>The page no longer exists.</source>
        <translation>Die Seite existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere while you edited it. Your text is kept in the editor; copy it, reload the page and merge your changes.</source>
        <translation>„%1“ wurde anderswo geändert, während Sie sie bearbeitet haben. Ihr Text bleibt im Editor; kopieren Sie ihn, laden Sie die Seite neu und führen Sie Ihre Änderungen zusammen.</translation>
    </message>
    <message>
        <source>The wiki is damaged: the page “%1” has lost its text.</source>
        <translation>Das Wiki ist beschädigt: Die Seite „%1“ hat ihren Text verloren.</translation>
    </message>
</context>
<context>
    <name>folio::PageTitle</name>
    <message>
        <source>A page title cannot be empty.</source>
        <translation>Ein Seitentitel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A page title can have at most %1 characters.</source>
        <translation>Ein Seitentitel darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A page title cannot contain “%1”.</source>
        <translation>Ein Seitentitel darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>A page title cannot contain control characters.</source>
        <translation>Ein Seitentitel darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>A page title needs at least one visible character.</source>
        <translation>Ein Seitentitel braucht mindestens ein sichtbares Zeichen.</translation>
    </message>
    <message>
        <source>A page title cannot contain characters that change the text direction.</source>
        <translation>Ein Seitentitel darf keine Zeichen enthalten, die die Schreibrichtung ändern.</translation>
    </message>
</context>
<context>
    <name>folio::PageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>folio::PageWriter</name>
    <message>
        <source>A page titled “%1” already exists.</source>
        <translation>Eine Seite mit dem Titel „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The text of “%1” is %2 MiB; a page holds at most %3 MiB. Split it into several pages.</source>
        <translation>Der Text von „%1“ ist %2 MiB groß; eine Seite fasst höchstens %3 MiB. Teilen Sie ihn auf mehrere Seiten auf.</translation>
    </message>
</context>
<context>
    <name>folio::Schema</name>
    <message>
        <source>The wiki is in an unknown format (%1).</source>
        <translation>Das Wiki hat ein unbekanntes Format (%1).</translation>
    </message>
    <message>
        <source>The wiki&apos;s format number (%1) does not match its tables: it may be damaged. Folio leaves it as it is.</source>
        <translation>Die Formatnummer des Wikis (%1) passt nicht zu seinen Tabellen: Es ist vielleicht beschädigt. Folio lässt es unverändert.</translation>
    </message>
</context>
<context>
    <name>folio::SearchCommand</name>
    <message>
        <source>What should I search for?</source>
        <translation>Wonach soll gesucht werden?</translation>
    </message>
    <message>
        <source>folio: %1 Usage: folio search [--limit N] [--json] QUERY</source>
        <translation>folio: %1 Aufruf: folio search [--limit N] [--json] ANFRAGE</translation>
    </message>
    <message>
        <source>No page matches “%1”.</source>
        <translation>Keine Seite passt zu „%1“.</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>Meinten Sie: %1</translation>
    </message>
    <message>
        <source>Showing %1 of more than %2 matching pages; --limit shows more.</source>
        <translation>%1 von mehr als %2 passenden Seiten angezeigt; --limit zeigt mehr.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching pages; --limit shows more.</source>
        <translation>%1 von %2 passenden Seiten angezeigt; --limit zeigt mehr.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit nimmt eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>folio: a search can have at most %1 words.</source>
        <translation>folio: Eine Suche kann höchstens %1 Wörter haben.</translation>
    </message>
</context>
<context>
    <name>folio::SearchPanel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n Seite gefunden</numerusform>
            <numerusform>%n Seiten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No page matches.</source>
        <translation>Keine Seite passt.</translation>
    </message>
    <message>
        <source>More than %1 pages found</source>
        <translation>Mehr als %1 Seiten gefunden</translation>
    </message>
    <message>
        <source>A search can have at most %1 words.</source>
        <translation>Eine Suche kann höchstens %1 Wörter haben.</translation>
    </message>
</context>
<context>
    <name>folio::SearchResultsModel</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>folio::SlackExport</name>
    <message>
        <source>not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message without a valid time (ts); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Slack export: it has no users.json or channels.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack workspace export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::UrlNormalizer</name>
    <message>
        <source>not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail link without an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to a %1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Telegram bot address, which holds the bot&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folio::WikiFile</name>
    <message>
        <source>Cannot create the folder “%1” for the wiki.</source>
        <translation>Der Ordner „%1“ für das Wiki kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the wiki “%1”: %2</source>
        <translation>Das Wiki „%1“ kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a wiki file.</source>
        <translation>„%1“ ist ein Ordner, keine Wiki-Datei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Folio wiki: it is not an SQLite database.</source>
        <translation>„%1“ ist kein Folio-Wiki: Es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Folio needs to write to a wiki file: make it writable, or open a copy.</source>
        <translation>„%1“ ist schreibgeschützt. Folio muss in eine Wiki-Datei schreiben können: Heben Sie den Schreibschutz auf oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>“%1” is not a Folio wiki: it is an SQLite database of another program.</source>
        <translation>„%1“ ist kein Folio-Wiki: Es ist eine SQLite-Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Folio (format %2; this version reads up to format %3). Update Folio to open it.</source>
        <translation>„%1“ wurde von einer neueren Folio-Version geschrieben (Format %2; diese Version liest bis Format %3). Aktualisieren Sie Folio, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>No wiki file was given: the path is empty.</source>
        <translation>Es wurde keine Wiki-Datei angegeben: Der Pfad ist leer.</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>“%1” is not a wiki file: it is %2, not an ordinary file.</source>
        <translation>„%1“ ist keine Wiki-Datei: Es ist %2, keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only folder. Folio keeps a journal beside the wiki file while it is open: move the wiki to a folder you can write to, or open a copy.</source>
        <translation>„%1“ liegt in einem schreibgeschützten Ordner. Folio führt neben der Wiki-Datei ein Journal, solange sie geöffnet ist: Verschieben Sie das Wiki in einen beschreibbaren Ordner, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: the folder is read-only.</source>
        <translation>In „%1“ kann kein Wiki angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read as a wiki.</source>
        <translation>„%1“ ist beschädigt und kann nicht als Wiki gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is a Folio wiki in an unknown format (%2): it may be damaged. Folio leaves it as it is.</source>
        <translation>„%1“ ist ein Folio-Wiki in einem unbekannten Format (%2): Es ist vielleicht beschädigt. Folio lässt es unverändert.</translation>
    </message>
    <message>
        <source>There is no wiki at “%1”.</source>
        <translation>Unter „%1“ gibt es kein Wiki.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no wiki in it yet.</source>
        <translation>„%1“ ist leer: Es enthält noch kein Wiki.</translation>
    </message>
    <message>
        <source>“%1” is in an older format that Folio must upgrade, and it is read-only. Open it once where it can be written.</source>
        <translation>„%1“ hat ein älteres Format, das Folio aktualisieren muss, und ist schreibgeschützt. Öffnen Sie es einmal dort, wo es beschrieben werden kann.</translation>
    </message>
    <message>
        <source>The file name “%1” is too long: a name may have at most %2 bytes.</source>
        <translation>Der Dateiname „%1“ ist zu lang: Ein Name darf höchstens %2 Bytes haben.</translation>
    </message>
    <message>
        <source>“%1” is a link that leads back to itself.</source>
        <translation>„%1“ ist ein Verweis, der auf sich selbst zurückführt.</translation>
    </message>
    <message>
        <source>“%1” is a link to “%2”, which does not exist. Is a drive not connected?</source>
        <translation>„%1“ ist ein Verweis auf „%2“, das nicht existiert. Ist ein Laufwerk nicht angeschlossen?</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you are not allowed to read it.</source>
        <translation>„%1“ kann nicht gelesen werden: Sie dürfen es nicht lesen.</translation>
    </message>
    <message>
        <source>The wiki&apos;s journal “%1” belongs to another user or is read-only. Folio needs to write to it: ask its owner to close the wiki, or change its permissions.</source>
        <translation>Das Journal des Wikis „%1“ gehört einem anderen Benutzer oder ist schreibgeschützt. Folio muss hineinschreiben: Bitten Sie den Besitzer, das Wiki zu schließen, oder ändern Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: “%2” is a file, not a folder.</source>
        <translation>In „%1“ kann kein Wiki angelegt werden: „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: the folder does not exist.</source>
        <translation>In „%1“ kann kein Wiki angelegt werden: Der Ordner existiert nicht.</translation>
    </message>
</context>
<context>
    <name>folio::WindowApp</name>
    <message>
        <source>Cannot Open Wiki</source>
        <translation>Wiki kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>folio: there is no display for Folio&apos;s window (neither DISPLAY nor WAYLAND_DISPLAY is set). Commands work without one: see “folio --help”.</source>
        <translation>folio: Für das Fenster von Folio gibt es keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Befehle funktionieren ohne: siehe „folio --help“.</translation>
    </message>
</context>
</TS>
