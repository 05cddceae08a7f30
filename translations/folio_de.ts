<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>folio::ArchiveCommand</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Usage: folio archive [--pending | --failed | URL…] [--allow-private] [--concurrency N] [--timeout SECONDS]</source>
        <translation>Aufruf: folio archive [--pending | --failed | URL…] [--allow-private] [--concurrency N] [--timeout SEKUNDEN]</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 16.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <source>--timeout takes seconds, from 5 to 3600.</source>
        <translation>--timeout erwartet Sekunden, von 5 bis 3600.</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>choose one: --pending, --failed or addresses.</source>
        <translation>bitte nur eines: --pending, --failed oder Adressen.</translation>
    </message>
    <message>
        <source>folio: this build of Folio cannot archive pages.</source>
        <translation>folio: diese Ausgabe von Folio kann keine Seiten archivieren.</translation>
    </message>
    <message>
        <source>folio: no link “%1” was imported.</source>
        <translation>folio: kein Link „%1“ wurde importiert.</translation>
    </message>
    <message>
        <source>No link failed to archive.</source>
        <translation>Kein Link ist beim Archivieren gescheitert.</translation>
    </message>
    <message>
        <source>Nothing to archive: every link was archived or tried. “folio archive --failed” tries the failed ones again.</source>
        <translation>Nichts zu archivieren: jeder Link wurde archiviert oder versucht. „folio archive --failed“ versucht die gescheiterten erneut.</translation>
    </message>
    <message>
        <source>  failed   %1
           %2</source>
        <translation>  gescheitert   %1
                %2</translation>
    </message>
    <message>
        <source>  skipped  %1
           %2</source>
        <translation>  übersprungen  %1
                %2</translation>
    </message>
    <message>
        <source>Archived: %1, failed: %2, skipped: %3</source>
        <translation>Archiviert: %1, gescheitert: %2, übersprungen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n link(s) wait; “folio archive --pending” goes on.</source>
        <translation>
            <numerusform>Angehalten: %n Link wartet; „folio archive --pending“ macht weiter.</numerusform>
            <numerusform>Angehalten: %n Links warten; „folio archive --pending“ macht weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ArchivePolicy</name>
    <message>
        <source>only http and https addresses are archived</source>
        <translation>nur http- und https-Adressen werden archiviert</translation>
    </message>
    <message>
        <source>the address carried a password or token</source>
        <translation>die Adresse enthielt ein Passwort oder Token</translation>
    </message>
    <message>
        <source>the address has no host</source>
        <translation>die Adresse hat keinen Host</translation>
    </message>
    <message>
        <source>%1 is on the deny list</source>
        <translation>%1 steht auf der Sperrliste</translation>
    </message>
    <message>
        <source>%1 is not on the allow list</source>
        <translation>%1 steht nicht auf der Erlaubt-Liste</translation>
    </message>
    <message>
        <source>%1 is a private or intranet address (allow intranet archiving to fetch it)</source>
        <translation>%1 ist eine private oder Intranet-Adresse (erlauben Sie das Archivieren im Intranet, um sie abzurufen)</translation>
    </message>
    <message>
        <source>%1 points at the private address %2 (allow intranet archiving to fetch it)</source>
        <translation>%1 zeigt auf die private Adresse %2 (erlauben Sie das Archivieren im Intranet, um sie abzurufen)</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveQueue</name>
    <message>
        <source>%1 MB, more than %2 MB</source>
        <translation>%1 MB, mehr als %2 MB</translation>
    </message>
    <message>
        <source>redirected to %1: %2</source>
        <translation>weitergeleitet nach %1: %2</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveReason</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the host name does not resolve (DNS)</source>
        <translation>der Hostname lässt sich nicht auflösen (DNS)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>the page did not load in time (timeout)</source>
        <translation>die Seite hat nicht rechtzeitig geladen (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the page is too large to keep</source>
        <translation>die Seite ist zu groß zum Aufbewahren</translation>
    </message>
    <message>
        <source>the page redirects in a loop</source>
        <translation>die Seite leitet im Kreis weiter</translation>
    </message>
    <message>
        <source>blocked by the archive policy</source>
        <translation>durch die Archivregeln gesperrt</translation>
    </message>
    <message>
        <source>neither a web page nor a PDF</source>
        <translation>weder eine Webseite noch ein PDF</translation>
    </message>
    <message>
        <source>stopped before it finished</source>
        <translation>angehalten, bevor es fertig war</translation>
    </message>
    <message>
        <source>the page could not be loaded</source>
        <translation>die Seite konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveRunner</name>
    <message numerus="yes">
        <source>Archiving paused; %n link(s) wait.</source>
        <translation>
            <numerusform>Archivieren angehalten; %n Link wartet.</numerusform>
            <numerusform>Archivieren angehalten; %n Links warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving stopped: %1</source>
        <translation>Archivieren abgebrochen: %1</translation>
    </message>
    <message>
        <source>Archiving done: %1 archived, %2 failed, %3 skipped.</source>
        <translation>Archivieren fertig: %1 archiviert, %2 gescheitert, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Nothing to archive: every link was archived or tried. “Retry Failed” tries the failed ones again.</source>
        <translation>Nichts zu archivieren: jeder Link wurde archiviert oder versucht. „Gescheiterte erneut versuchen“ versucht die gescheiterten noch einmal.</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveStore</name>
    <message>
        <source>waiting to be archived</source>
        <translation>wartet auf das Archivieren</translation>
    </message>
    <message>
        <source>to be tried again (%1)</source>
        <translation>wird erneut versucht (%1)</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>archiviert am %1</translation>
    </message>
    <message>
        <source>not archived: %1</source>
        <translation>nicht archiviert: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>not archived yet</source>
        <translation>noch nicht archiviert</translation>
    </message>
</context>
<context>
    <name>folio::ArchivedLinkView</name>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Leseansicht</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Schnappschuss</translation>
    </message>
    <message>
        <source>The page&apos;s text in Folio&apos;s style</source>
        <translation>Der Text der Seite im Stil von Folio</translation>
    </message>
    <message>
        <source>The page as it looked when it was archived, with nothing loaded from the network</source>
        <translation>Die Seite, wie sie beim Archivieren aussah, ohne etwas aus dem Netz zu laden</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Original öffnen</translation>
    </message>
    <message>
        <source>Open the page on the web, in the system browser</source>
        <translation>Die Seite im Web öffnen, im Browser des Systems</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Who shared the link, where and when</source>
        <translation>Wer den Link geteilt hat, wo und wann</translation>
    </message>
    <message>
        <source>Archived page</source>
        <translation>Archivierte Seite</translation>
    </message>
    <message>
        <source>Cannot Show Snapshot</source>
        <translation>Schnappschuss kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>folio::AttachmentFile</name>
    <message>
        <source>“%1” is %2; attachments may be at most %3 (the maxMB setting in the [attachments] section of the settings file).</source>
        <translation>„%1“ ist %2 groß; Anhänge dürfen höchstens %3 groß sein (Einstellung maxMB im Abschnitt [attachments] der Einstellungsdatei).</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; only files can be attached.</source>
        <translation>„%1“ ist keine gewöhnliche Datei; nur Dateien können angehängt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>folio::BookmarkFile</name>
    <message>
        <source>%1, character %2</source>
        <translation>%1, Zeichen %2</translation>
    </message>
    <message>
        <source>a bookmark without an address</source>
        <translation>ein Lesezeichen ohne Adresse</translation>
    </message>
    <message>
        <source>“%1” is not a bookmark file.</source>
        <translation>„%1“ ist keine Lesezeichendatei.</translation>
    </message>
    <message>
        <source>Browser bookmarks</source>
        <translation>Browser-Lesezeichen</translation>
    </message>
</context>
<context>
    <name>folio::BundleImport</name>
    <message>
        <source>“%1” is a bundle of another wiki, not of a copy of this one.</source>
        <translation>„%1“ ist ein Bündel eines anderen Wikis, nicht einer Kopie dieses Wikis.</translation>
    </message>
</context>
<context>
    <name>folio::BundleMerger</name>
    <message>
        <source>The bundle gives page %1 a revision of another page.</source>
        <translation>Das Bündel gibt der Seite %1 eine Version einer anderen Seite.</translation>
    </message>
</context>
<context>
    <name>folio::BundleReader</name>
    <message>
        <source>it is a folder, not a bundle file</source>
        <translation>es ist ein Ordner, keine Bündeldatei</translation>
    </message>
    <message>
        <source>it is not a zip file</source>
        <translation>es ist keine ZIP-Datei</translation>
    </message>
    <message>
        <source>“%1” is not a bundle Folio can import: %2.</source>
        <translation>„%1“ ist kein Bündel, das Folio importieren kann: %2.</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>es enthält keine %1</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON (%1)</source>
        <translation>sein Manifest ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>its manifest does not say it is a Folio bundle</source>
        <translation>sein Manifest weist es nicht als Folio-Bündel aus</translation>
    </message>
    <message>
        <source>its manifest gives no format version</source>
        <translation>sein Manifest nennt keine Formatversion</translation>
    </message>
    <message>
        <source>a newer Folio wrote it (bundle format %1.%2; this Folio reads format %3). Update Folio to import it</source>
        <translation>ein neueres Folio hat es geschrieben (Bündelformat %1.%2; dieses Folio liest Format %3). Aktualisieren Sie Folio, um es zu importieren</translation>
    </message>
    <message>
        <source>its format version %1 is unknown</source>
        <translation>seine Formatversion %1 ist unbekannt</translation>
    </message>
    <message>
        <source>its manifest gives no checksum for “%1”</source>
        <translation>sein Manifest nennt keine Prüfsumme für „%1“</translation>
    </message>
    <message>
        <source>it holds “%1”, which its manifest does not list</source>
        <translation>es enthält „%1“, das sein Manifest nicht aufführt</translation>
    </message>
    <message>
        <source>it holds “%1”, which is no part of a bundle</source>
        <translation>es enthält „%1“, das zu keinem Bündel gehört</translation>
    </message>
    <message>
        <source>“%1”, listed in its manifest, is missing</source>
        <translation>„%1“, im Manifest aufgeführt, fehlt</translation>
    </message>
    <message>
        <source>“%1” does not match its checksum: the file is damaged or was changed</source>
        <translation>„%1“ passt nicht zu seiner Prüfsumme: Die Datei ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <source>“%1” comes without its history</source>
        <translation>„%1“ kommt ohne seine Versionsgeschichte</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” has no uuid or revision in its front matter</source>
        <translation>„%1“ hat keine uuid oder revision in seinem Kopfbereich</translation>
    </message>
    <message>
        <source>“%1” gives no valid time of deletion</source>
        <translation>„%1“ nennt keine gültige Zeit der Löschung</translation>
    </message>
    <message>
        <source>“%1” names attachment “%2” without its SHA-256</source>
        <translation>„%1“ nennt den Anhang „%2“ ohne seinen SHA-256</translation>
    </message>
    <message>
        <source>“%1” comes without its page file</source>
        <translation>„%1“ kommt ohne seine Seitendatei</translation>
    </message>
    <message>
        <source>line %1 of “%2”: %3</source>
        <translation>Zeile %1 von „%2“: %3</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>a revision without a valid uuid</source>
        <translation>eine Version ohne gültige uuid</translation>
    </message>
    <message>
        <source>a revision without its time, title, kind, status, visibility or text</source>
        <translation>eine Version ohne Zeit, Titel, Art, Status, Sichtbarkeit oder Text</translation>
    </message>
    <message>
        <source>“%1” does not end with the revision its page file names</source>
        <translation>„%1“ endet nicht mit der Version, die seine Seitendatei nennt</translation>
    </message>
    <message>
        <source>“%1” is not named by its SHA-256</source>
        <translation>„%1“ ist nicht nach seinem SHA-256 benannt</translation>
    </message>
    <message>
        <source>“%1” is not named by its SHA-256 and type</source>
        <translation>„%1“ ist nicht nach seinem SHA-256 und Typ benannt</translation>
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
        <source>The link “%1” names no page.</source>
        <translation>Der Link „%1“ nennt keine Seite.</translation>
    </message>
    <message>
        <source>Usage: folio [--wiki PATH] [COMMAND]
       folio WIKI-FILE
       folio folio://wiki/page/TITLE   (a copied page link: opens that page)

Folio is an offline wiki. Without a command it opens the window.

Options:
  -w, --wiki PATH   open or create the wiki file at PATH
                    (default: wiki.folio in the user&apos;s data folder)
  -v, --version     print the version and exit
  -h, --help        print this help and exit

Commands:
  page list [--drafts] [--json]      list the published pages (--drafts: all)
  page show TITLE [--html]           print a page&apos;s Markdown (or HTML)
  page write TITLE [--file F] [--kind K] [--tags T]
                                     create a page or add a revision,
                                     from F or standard input
  page history TITLE [--json]        list a page&apos;s revisions
  page diff TITLE [REV_A [REV_B]]    a unified diff (default: the last two)
  page rename OLD NEW                rename, and make links to OLD follow
  page move TITLE PARENT | --top     put a page under another, or at the top
  page delete TITLE                  delete a page (its history is kept)
  page deleted                       list deleted pages
  page restore TITLE [REVISION]      bring back a deleted page, or the text
                                     of an older revision as a new one
  page status TITLE [draft|review|published] [--public|--internal]
               [--message TEXT]      move a page through review
  page attach TITLE FILE             attach a file; prints the Markdown link
  page import DIR                    import every .md file under DIR
  Commands that write take --author NAME (default: the name set in the window,
  else the login name).
  search QUERY [--limit N] [--drafts] [--json]
                                     search the published pages (--drafts: all);
                                     QUERY may use &quot;phrases&quot;, -excluded, OR, word*,
                                     tag:, kind:, title:
  import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE]
               [--include-private] [--allow-domain D] [--deny-domain D] [--json]
                                     import the links shared in a chat export
                                     or bookmark file; --format help lists the formats
  links [--json] [--limit N] [QUERY] list links; QUERY may use channel:, from:,
                                     domain:, tag:, after:, before:
  link show URL [--text] [--json]    a link, its archive status and every message
                                     that shared it; --text: its readable text
  archive [--pending | --failed | URL...] [--allow-private] [--concurrency N]
          [--timeout SECONDS]        keep the linked pages for reading offline
  export FILE [--published-only] [--public-only] [--tag T] [--kind K]
                                     write the wiki (or what passes) as a bundle
  import FILE [--other-wiki]         merge a bundle: nobody&apos;s edits are lost
  import --undo [--force]            put the wiki back as it was before the last
                                     import
  sync DIR [--other-wiki]            merge the other machines&apos; bundles in DIR, then
                                     write this machine&apos;s there
</source>
        <translation>Aufruf: folio [--wiki PFAD] [BEFEHL]
       folio WIKI-DATEI
       folio folio://wiki/page/TITEL   (ein kopierter Seitenlink: öffnet diese Seite)

Folio ist ein Offline-Wiki. Ohne Befehl öffnet es das Fenster.

Optionen:
  -w, --wiki PFAD   die Wiki-Datei unter PFAD öffnen oder anlegen
                    (Standard: wiki.folio im Datenordner des Benutzers)
  -v, --version     Version ausgeben und beenden
  -h, --help        diese Hilfe ausgeben und beenden

Befehle:
  page list [--drafts] [--json]      die veröffentlichten Seiten auflisten (--drafts: alle)
  page show TITEL [--html]           das Markdown (oder HTML) einer Seite ausgeben
  page write TITEL [--file F] [--kind K] [--tags T]
                                     eine Seite anlegen oder eine Revision hinzufügen,
                                     aus F oder der Standardeingabe
  page history TITEL [--json]        die Revisionen einer Seite auflisten
  page diff TITEL [REV_A [REV_B]]    ein Unified-Diff (Standard: die letzten zwei)
  page rename ALT NEU                umbenennen; Links auf ALT folgen
  page move TITEL ELTERNSEITE | --top  eine Seite unter eine andere oder nach oben stellen
  page delete TITEL                  eine Seite löschen (ihr Verlauf bleibt)
  page deleted                       gelöschte Seiten auflisten
  page restore TITEL [REVISION]      eine gelöschte Seite zurückholen, oder den Text
                                     einer älteren Revision als neue Revision
  page status TITEL [draft|review|published] [--public|--internal]
               [--message TEXT]      eine Seite durch die Prüfung bewegen
  page attach TITEL DATEI            eine Datei anhängen; gibt den Markdown-Link aus
  page import ORDNER                 jede .md-Datei unter ORDNER importieren
  Schreibende Befehle nehmen --author NAME (Standard: der im Fenster gewählte Name,
  sonst der Anmeldename).
  search ANFRAGE [--limit N] [--drafts] [--json]
                                     die veröffentlichten Seiten durchsuchen (--drafts: alle);
                                     ANFRAGE kann &quot;Phrasen&quot;, -ausgeschlossen, OR, wort*,
                                     tag:, kind:, title: enthalten
  import-links PFAD [--format F] [--channels a,b] [--since DATUM] [--until DATUM]
               [--include-private] [--allow-domain D] [--deny-domain D] [--json]
                                     die in einem Chat-Export oder einer Lesezeichendatei
                                     geteilten Links importieren; --format help listet
                                     die Formate auf
  links [--json] [--limit N] [ANFRAGE]
                                     Links auflisten; ANFRAGE kann channel:, from:,
                                     domain:, tag:, after:, before: enthalten
  link show URL [--text] [--json]    ein Link, sein Archivstatus und jede Nachricht,
                                     die ihn geteilt hat; --text: sein lesbarer Text
  archive [--pending | --failed | URL...] [--allow-private] [--concurrency N]
          [--timeout SEKUNDEN]       die verlinkten Seiten zum Offline-Lesen aufbewahren
  export DATEI [--published-only] [--public-only] [--tag T] [--kind K]
                                     das Wiki (oder was durchkommt) als Bündel schreiben
  import DATEI [--other-wiki]        ein Bündel zusammenführen: keine Änderung geht verloren
  import --undo [--force]            das Wiki auf den Stand vor dem letzten Import
                                     zurücksetzen
  sync ORDNER [--other-wiki]         die Bündel der anderen Rechner in ORDNER
                                     zusammenführen, dann das dieses Rechners dort schreiben
</translation>
    </message>
</context>
<context>
    <name>folio::ConflictDialog</name>
    <message>
        <source>“%1” was saved by %2 at %3 while you were editing it. Left: the saved version. Right: yours. What should the page keep?</source>
        <translation>„%1“ wurde von %2 um %3 gespeichert, während Sie sie bearbeitet haben. Links: die gespeicherte Fassung. Rechts: Ihre. Was soll die Seite behalten?</translation>
    </message>
    <message>
        <source>Changed While You Edited</source>
        <translation>Während der Bearbeitung geändert</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Gespeicherte behalten</translation>
    </message>
    <message>
        <source>Merge by &amp;Hand</source>
        <translation>Von &amp;Hand zusammenführen</translation>
    </message>
    <message>
        <source>Save your text; theirs stays in the page&apos;s history.</source>
        <translation>Ihren Text speichern; der andere bleibt im Verlauf der Seite.</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved version.</source>
        <translation>Ihre Änderungen verwerfen und die gespeicherte Fassung zeigen.</translation>
    </message>
    <message>
        <source>Both changes in the editor, with the places where they clash marked.</source>
        <translation>Beide Änderungen im Editor, die Stellen, an denen sie sich widersprechen, markiert.</translation>
    </message>
</context>
<context>
    <name>folio::ConflictList</name>
    <message>
        <source>The page no longer exists.</source>
        <translation>Die Seite gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere meanwhile; look at it again.</source>
        <translation>„%1“ wurde inzwischen anderswo geändert; sehen Sie sie sich noch einmal an.</translation>
    </message>
    <message>
        <source>Resolved the conflict between two machines&apos; edits</source>
        <translation>Konflikt zwischen den Änderungen zweier Rechner gelöst</translation>
    </message>
</context>
<context>
    <name>folio::ConflictsDialog</name>
    <message>
        <source>First version</source>
        <translation>Erste Fassung</translation>
    </message>
    <message>
        <source>Second version</source>
        <translation>Zweite Fassung</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
    <message>
        <source>Keep &amp;This Version</source>
        <translation>&amp;Diese Fassung behalten</translation>
    </message>
    <message>
        <source>Keep T&amp;his Version</source>
        <translation>Diese &amp;Fassung behalten</translation>
    </message>
    <message>
        <source>&amp;Save Merged Text</source>
        <translation>Zusammengeführten Text &amp;speichern</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Keep the first version</source>
        <translation>Die erste Fassung behalten</translation>
    </message>
    <message>
        <source>Keep the second version</source>
        <translation>Die zweite Fassung behalten</translation>
    </message>
    <message>
        <source>Conflicted pages</source>
        <translation>Seiten mit Konflikten</translation>
    </message>
    <message>
        <source>Merged text — both versions between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines; edit it to what it should say:</source>
        <translation>Zusammengeführter Text – beide Fassungen zwischen &lt;&lt;&lt;&lt;&lt;&lt;&lt;- und &gt;&gt;&gt;&gt;&gt;&gt;&gt;-Zeilen; bearbeiten Sie ihn so, wie er lauten soll:</translation>
    </message>
    <message>
        <source>No page has conflicting edits.</source>
        <translation>Keine Seite hat widersprüchliche Änderungen.</translation>
    </message>
    <message>
        <source>Keep Both Versions?</source>
        <translation>Beide Fassungen behalten?</translation>
    </message>
    <message>
        <source>The text still holds both versions between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines. Save it as it is?</source>
        <translation>Der Text enthält noch beide Fassungen zwischen &lt;&lt;&lt;&lt;&lt;&lt;&lt;- und &gt;&gt;&gt;&gt;&gt;&gt;&gt;-Zeilen. So speichern?</translation>
    </message>
    <message>
        <source>Cannot List Conflicts</source>
        <translation>Konflikte können nicht aufgelistet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were changed on two machines in the same lines. Compare both versions, then keep one or edit the merged text.</source>
        <translation>
            <numerusform>%n Seite wurde auf zwei Rechnern in denselben Zeilen geändert. Vergleichen Sie beide Fassungen, dann behalten Sie eine oder bearbeiten den zusammengeführten Text.</numerusform>
            <numerusform>%n Seiten wurden auf zwei Rechnern in denselben Zeilen geändert. Vergleichen Sie beide Fassungen, dann behalten Sie eine oder bearbeiten den zusammengeführten Text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Show Conflict</source>
        <translation>Konflikt kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Version by %1, %2</source>
        <translation>Fassung von %1, %2</translation>
    </message>
    <message>
        <source>Cannot Resolve Conflict</source>
        <translation>Konflikt kann nicht gelöst werden</translation>
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
    <name>folio::DatabaseBackup</name>
    <message>
        <source>Could not put the copy of the wiki at “%1”.</source>
        <translation>Die Kopie des Wikis konnte nicht unter „%1“ abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>folio::DeletedPagesDialog</name>
    <message>
        <source>No page has been deleted.</source>
        <translation>Es wurde keine Seite gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Deleted Pages</source>
        <translation>Gelöschte Seiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted pages</source>
        <translation>Gelöschte Seiten</translation>
    </message>
    <message>
        <source>A restored page comes back with its whole history.</source>
        <translation>Eine wiederhergestellte Seite kommt mit ihrem ganzen Verlauf zurück.</translation>
    </message>
    <message>
        <source>Cannot List Deleted Pages</source>
        <translation>Gelöschte Seiten können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot Restore Page</source>
        <translation>Seite kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>folio::DiffView</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>No change in the text.</source>
        <translation>Keine Änderung im Text.</translation>
    </message>
</context>
<context>
    <name>folio::DiscordExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>eine Nachricht ohne ID oder Zeit; übersprungen</translation>
    </message>
    <message>
        <source>“%1” holds no DiscordChatExporter JSON file.</source>
        <translation>„%1“ enthält keine JSON-Datei von DiscordChatExporter.</translation>
    </message>
    <message>
        <source>Discord export (DiscordChatExporter JSON)</source>
        <translation>Discord-Export (DiscordChatExporter-JSON)</translation>
    </message>
</context>
<context>
    <name>folio::EditSession</name>
    <message>
        <source>Cannot Save Page</source>
        <translation>Seite kann nicht gespeichert werden</translation>
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
        <source>“%1” was deleted while you edited it. Your text is still in the editor: copy it, or restore the page from Page → Deleted Pages and save again.</source>
        <translation>„%1“ wurde gelöscht, während Sie sie bearbeitet haben. Ihr Text ist noch im Editor: Kopieren Sie ihn, oder stellen Sie die Seite über Seite → Gelöschte Seiten wieder her und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>Ihr Text</translation>
    </message>
    <message>
        <source>saved by %1</source>
        <translation>gespeichert von %1</translation>
    </message>
    <message>
        <source>Both changes are merged: check the text, then save.</source>
        <translation>Beide Änderungen sind zusammengeführt: Text prüfen, dann speichern.</translation>
    </message>
    <message>
        <source>Both changes are in the editor; where they clash, both versions stand between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;. Keep what is right, then save.</source>
        <translation>Beide Änderungen sind im Editor; wo sie sich widersprechen, stehen beide Fassungen zwischen &lt;&lt;&lt;&lt;&lt;&lt;&lt; und &gt;&gt;&gt;&gt;&gt;&gt;&gt;. Behalten Sie das Richtige, dann speichern.</translation>
    </message>
    <message>
        <source>Cannot Undo Rename</source>
        <translation>Umbenennen kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Cannot Restore Draft</source>
        <translation>Entwurf kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restore Unsaved Text</source>
        <translation>Ungespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <source>Folio closed before your changes to “%1” were saved (kept %2). Restore them?

No deletes this text; Cancel asks again next time.</source>
        <translation>Folio wurde beendet, bevor Ihre Änderungen an „%1“ gespeichert waren (aufbewahrt %2). Wiederherstellen?

Nein löscht diesen Text; Abbrechen fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>Cannot Delete Draft</source>
        <translation>Entwurf kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot Attach File</source>
        <translation>Datei kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>“%1” has changes kept %2 that were never saved. Restore them?

No deletes that text and opens the page as it is.</source>
        <translation>„%1“ hat Änderungen, aufbewahrt %2, die nie gespeichert wurden. Wiederherstellen?

Nein löscht diesen Text und öffnet die Seite, wie sie ist.</translation>
    </message>
    <message>
        <source>Unsaved text could not be kept in the wiki (Folio tries again in a moment): %1</source>
        <translation>Ungespeicherter Text konnte nicht im Wiki aufbewahrt werden (Folio versucht es gleich erneut): %1</translation>
    </message>
    <message>
        <source>Cannot Rename Page</source>
        <translation>Seite kann nicht umbenannt werden</translation>
    </message>
</context>
<context>
    <name>folio::ExportArchive</name>
    <message>
        <source>a file in the export is larger than %1 MB.</source>
        <translation>Eine Datei im Export ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files.</source>
        <translation>„%1“ ist keine gewöhnliche Datei; Folio liest nur Dateien.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files and folders.</source>
        <translation>„%1“ ist keine gewöhnliche Datei; Folio liest nur Dateien und Ordner.</translation>
    </message>
</context>
<context>
    <name>folio::FileOutput</name>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>„%1“ ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; choose another name.</source>
        <translation>„%1“ ist keine gewöhnliche Datei; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>folio::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>In Seite suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>folio::FormatDetector</name>
    <message>
        <source>There is no export format “%1”; Folio reads %2.</source>
        <translation>Es gibt kein Exportformat „%1“; Folio liest %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not an export Folio knows. It reads: %2.</source>
        <translation>„%1“ ist kein Export, den Folio kennt. Folio liest: %2.</translation>
    </message>
</context>
<context>
    <name>folio::FrontMatter</name>
    <message>
        <source>it does not start with a front matter header (&quot;---&quot;)</source>
        <translation>sie beginnt nicht mit einem Kopfbereich („---“)</translation>
    </message>
    <message>
        <source>its front matter header never ends (no closing &quot;---&quot;)</source>
        <translation>ihr Kopfbereich endet nie (kein schließendes „---“)</translation>
    </message>
    <message>
        <source>line %1 of its front matter is not &quot;key: value&quot;</source>
        <translation>Zeile %1 ihres Kopfbereichs ist nicht „Schlüssel: Wert“</translation>
    </message>
    <message>
        <source>the value of “%1” in its front matter is not valid JSON</source>
        <translation>der Wert von „%1“ in ihrem Kopfbereich ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>“%1” appears twice in its front matter</source>
        <translation>„%1“ kommt zweimal in ihrem Kopfbereich vor</translation>
    </message>
</context>
<context>
    <name>folio::HistoryView</name>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>Diese Revision &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Back to Page</source>
        <translation>&amp;Zurück zur Seite</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Choose one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation>Eine Revision wählen, um zu sehen, was sie geändert hat, oder zwei (Strg+Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Titled “%1” then</source>
        <translation>Damals „%1“ betitelt</translation>
    </message>
    <message>
        <source>Choose a revision.</source>
        <translation>Bitte eine Revision wählen.</translation>
    </message>
    <message>
        <source>Choose one or two revisions.</source>
        <translation>Bitte eine oder zwei Revisionen wählen.</translation>
    </message>
    <message>
        <source>Changes from revision %1 to revision %2</source>
        <translation>Änderungen von Revision %1 bis Revision %2</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 by %2: %n line(s) added, %3 removed.</source>
        <translation>
            <numerusform>Revision %1 von %2: %n Zeile hinzugefügt, %3 entfernt.</numerusform>
            <numerusform>Revision %1 von %2: %n Zeilen hinzugefügt, %3 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore Revision</source>
        <translation>Revision kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Conflicted: two machines&apos; edits of the same lines, both kept</source>
        <translation>Konflikt: Änderungen zweier Rechner an denselben Zeilen, beide behalten</translation>
    </message>
    <message>
        <source>Merge of two machines&apos; edits</source>
        <translation>Zusammenführung der Änderungen zweier Rechner</translation>
    </message>
</context>
<context>
    <name>folio::HistoryWriter</name>
    <message>
        <source>A revision to show is missing from the page&apos;s history.</source>
        <translation>Eine anzuzeigende Version fehlt in der Versionsgeschichte der Seite.</translation>
    </message>
</context>
<context>
    <name>folio::ImportLinksDialog</name>
    <message>
        <source>Include &amp;private channels and direct messages</source>
        <translation>&amp;Private Kanäle und Direktnachrichten einbeziehen</translation>
    </message>
    <message>
        <source>Include links inside &amp;code</source>
        <translation>Links in &amp;Code einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Links importieren</translation>
    </message>
    <message>
        <source>A chat export (zip, folder or file) or a bookmark file</source>
        <translation>Ein Chat-Export (ZIP, Ordner oder Datei) oder eine Lesezeichendatei</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>all channels (or: general, releases)</source>
        <translation>alle Kanäle (oder: general, releases)</translation>
    </message>
    <message>
        <source>2024-01-01</source>
        <translation>2024-01-01</translation>
    </message>
    <message>
        <source>2024-12-31</source>
        <translation>2024-12-31</translation>
    </message>
    <message>
        <source>every domain (or: example.com, wiki.org)</source>
        <translation>jede Domain (oder: example.com, wiki.org)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>Shared &amp;since:</source>
        <translation>Geteilt &amp;ab:</translation>
    </message>
    <message>
        <source>Shared &amp;until:</source>
        <translation>Geteilt &amp;bis:</translation>
    </message>
    <message>
        <source>Only &amp;domains:</source>
        <translation>&amp;Nur Domains:</translation>
    </message>
    <message>
        <source>Never &amp;domains:</source>
        <translation>Ausgeschlossene Do&amp;mains:</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Choose an Export</source>
        <translation>Export auswählen</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json *.jsonl *.html *.htm *.tar.gz *.tgz);;All files (*)</source>
        <translation>Exporte (*.zip *.json *.jsonl *.html *.htm *.tar.gz *.tgz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an Unzipped Export</source>
        <translation>Entpackten Export auswählen</translation>
    </message>
    <message>
        <source>Reading… %1 messages so far</source>
        <translation>Wird gelesen… bisher %1 Nachrichten</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose the export to import first.</source>
        <translation>Wählen Sie zuerst den Export aus, der importiert werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2024-05-01.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2024-05-01.</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Der Export wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n new link(s).</source>
        <translation>
            <numerusform>%1 importiert: %n neuer Link.</numerusform>
            <numerusform>%1 importiert: %n neue Links.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages read: %1</source>
        <translation>Gelesene Nachrichten: %1</translation>
    </message>
    <message>
        <source>Links found: %1</source>
        <translation>Gefundene Links: %1</translation>
    </message>
    <message>
        <source>New links: %1</source>
        <translation>Neue Links: %1</translation>
    </message>
    <message>
        <source>New shares: %1</source>
        <translation>Neu geteilt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n link(s) in code or outside the domain rules.</source>
        <translation>
            <numerusform>Ausgelassen: %n Link in Code oder außerhalb der Domain-Regeln.</numerusform>
            <numerusform>Ausgelassen: %n Links in Code oder außerhalb der Domain-Regeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tokens or passwords removed from %n link(s).</source>
        <translation>
            <numerusform>Tokens oder Passwörter aus %n Link entfernt.</numerusform>
            <numerusform>Tokens oder Passwörter aus %n Links entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und wurde übersprungen:</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und wurden übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) in private channels and direct messages (the box above imports them).</source>
        <translation>
            <numerusform>Ausgelassen: %n Nachricht in privaten Kanälen und Direktnachrichten (das Feld oben importiert sie).</numerusform>
            <numerusform>Ausgelassen: %n Nachrichten in privaten Kanälen und Direktnachrichten (das Feld oben importiert sie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) outside the channels or dates asked for.</source>
        <translation>
            <numerusform>Ausgelassen: %n Nachricht außerhalb der gewählten Kanäle oder Daten.</numerusform>
            <numerusform>Ausgelassen: %n Nachrichten außerhalb der gewählten Kanäle oder Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day must come before the last.</source>
        <translation>Der erste Tag muss vor dem letzten liegen.</translation>
    </message>
    <message>
        <source>Saving the links of %1 messages…</source>
        <translation>Die Links aus %1 Nachrichten werden gespeichert…</translation>
    </message>
</context>
<context>
    <name>folio::ImportUndo</name>
    <message>
        <source>There is no import to undo: no bundle was imported into this wiki.</source>
        <translation>Es gibt keinen Import zum Rückgängigmachen: In dieses Wiki wurde kein Bündel importiert.</translation>
    </message>
    <message>
        <source>The import of “%1” was undone already; it cannot be undone twice.</source>
        <translation>Der Import von „%1“ wurde schon rückgängig gemacht; das geht nicht zweimal.</translation>
    </message>
    <message>
        <source>The import of “%1” cannot be undone: the copy of the wiki taken before it (“%2”) is gone.</source>
        <translation>Der Import von „%1“ kann nicht rückgängig gemacht werden: Die vorher angelegte Kopie des Wikis („%2“) fehlt.</translation>
    </message>
    <message>
        <source>Another bundle was imported meanwhile; look at what Undo would do again.</source>
        <translation>Inzwischen wurde ein anderes Bündel importiert; sehen Sie noch einmal nach, was Rückgängig tun würde.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the import of “%1” would also undo %n change(s) made after it.</source>
        <translation>
            <numerusform>Den Import von „%1“ rückgängig zu machen, würde auch %n danach gemachte Änderung rückgängig machen.</numerusform>
            <numerusform>Den Import von „%1“ rückgängig zu machen, würde auch %n danach gemachte Änderungen rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the copy Folio took before importing “%2”; Folio leaves both as they are.</source>
        <translation>„%1“ ist nicht die Kopie, die Folio vor dem Import von „%2“ angelegt hat; Folio lässt beide, wie sie sind.</translation>
    </message>
    <message>
        <source>The copy of the wiki taken before the import cannot be read: %1</source>
        <translation>Die vor dem Import angelegte Kopie des Wikis kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>folio::JsonReading</name>
    <message>
        <source>%1, item %2 (byte %3)</source>
        <translation>%1, Eintrag %2 (Byte %3)</translation>
    </message>
    <message>
        <source>an item larger than %1 MB was skipped</source>
        <translation>ein Eintrag größer als %1 MB wurde übersprungen</translation>
    </message>
    <message>
        <source>not valid JSON (%1); skipped</source>
        <translation>kein gültiges JSON (%1); übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>the file is cut off; the %n complete item(s) before the cut were read</source>
        <translation>
            <numerusform>die Datei ist abgeschnitten; der %n vollständige Eintrag vor dem Schnitt wurde gelesen</numerusform>
            <numerusform>die Datei ist abgeschnitten; die %n vollständigen Einträge vor dem Schnitt wurden gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file stops being JSON (%1); the %n item(s) before were read</source>
        <translation>
            <numerusform>die Datei ist ab hier kein JSON mehr (%1); der %n Eintrag davor wurde gelesen</numerusform>
            <numerusform>die Datei ist ab hier kein JSON mehr (%1); die %n Einträge davor wurden gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>a line longer than %1 MB was skipped</source>
        <translation>eine Zeile länger als %1 MB wurde übersprungen</translation>
    </message>
    <message>
        <source>the file does not hold what this export keeps there (“%1” expected); nothing in it was read</source>
        <translation>die Datei enthält nicht, was dieser Export dort ablegt („%1“ erwartet); nichts daraus wurde gelesen</translation>
    </message>
    <message>
        <source>something follows the end of the JSON (at byte %1); it was not read</source>
        <translation>nach dem Ende des JSON folgt noch etwas (ab Byte %1); es wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>folio::JsonStream</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>a name was expected</source>
        <translation>ein Name wurde erwartet</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>an unexpected bracket</source>
        <translation>eine unerwartete Klammer</translation>
    </message>
    <message>
        <source>an unexpected comma</source>
        <translation>ein unerwartetes Komma</translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport</name>
    <message>
        <source>“%1” is a damaged or unsupported archive: %2</source>
        <translation>„%1“ ist ein beschädigtes oder nicht unterstütztes Archiv: %2</translation>
    </message>
    <message>
        <source>a file name that is not UTF-8</source>
        <translation>ein Dateiname, der kein UTF-8 ist</translation>
    </message>
    <message>
        <source>a file name that is not UTF-8 (“%1”)</source>
        <translation>ein Dateiname, der kein UTF-8 ist („%1“)</translation>
    </message>
    <message>
        <source>an entry that points outside the archive (“%1”)</source>
        <translation>ein Eintrag, der aus dem Archiv hinausführt („%1“)</translation>
    </message>
    <message>
        <source>a link or special file (“%1”)</source>
        <translation>ein Verweis oder eine Spezialdatei („%1“)</translation>
    </message>
    <message>
        <source>a file larger than %1 GB (“%2”)</source>
        <translation>eine Datei größer als %1 GB („%2“)</translation>
    </message>
    <message>
        <source>“%1” holds %2, which no export has; it was not imported.</source>
        <translation>„%1“ enthält etwas, das in keinem Export vorkommt: %2. Es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>two entries named “%1”</source>
        <translation>zwei Einträge namens „%1“</translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport::Reader</name>
    <message>
        <source>“%1” holds “%2”, larger than %3 GB: refused.</source>
        <translation>„%1“ enthält „%2“, größer als %3 GB: abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” expands to more than %2 times its size, as a decompression bomb does: refused.</source>
        <translation>„%1“ entpackt sich auf mehr als das %2-Fache seiner Größe, wie es eine Dekompressionsbombe tut: abgelehnt.</translation>
    </message>
</context>
<context>
    <name>folio::LinkDetailsView</name>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Promote to Page</source>
        <translation>Als &amp;Seite übernehmen</translation>
    </message>
    <message>
        <source>Start a wiki page from this link and the conversation that shared it</source>
        <translation>Eine Wiki-Seite aus diesem Link und dem Gespräch beginnen, in dem er geteilt wurde</translation>
    </message>
    <message>
        <source>Messages that shared the link</source>
        <translation>Nachrichten, die den Link geteilt haben</translation>
    </message>
    <message>
        <source>No link selected</source>
        <translation>Kein Link ausgewählt</translation>
    </message>
    <message>
        <source>Pick a link in the Links panel to see who shared it, where and when.</source>
        <translation>Wählen Sie in der Liste „Links“ einen Link aus, um zu sehen, wer ihn wo und wann geteilt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s)</source>
        <translation>
            <numerusform>%n-mal geteilt</numerusform>
            <numerusform>%n-mal geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>zuerst am %1</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <source>A token or password was removed from this link when it was imported.</source>
        <translation>Beim Import wurde ein Token oder Passwort aus diesem Link entfernt.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source> (bot)</source>
        <translation> (Bot)</translation>
    </message>
    <message>
        <source>quoted by %1</source>
        <translation>zitiert von %1</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Archive Again</source>
        <translation>&amp;Erneut archivieren</translation>
    </message>
    <message>
        <source>&amp;Read Offline</source>
        <translation>Offline &amp;lesen</translation>
    </message>
    <message>
        <source>Read the archived page, with the network off if need be</source>
        <translation>Die archivierte Seite lesen, notfalls ohne Netz</translation>
    </message>
</context>
<context>
    <name>folio::LinkImporter</name>
    <message>
        <source>a link in a system message (a join, a topic, an integration added)</source>
        <translation>ein Link in einer Systemnachricht (ein Beitritt, ein Thema, eine hinzugefügte Integration)</translation>
    </message>
    <message>
        <source>[an address that held a password]</source>
        <translation>[eine Adresse, die ein Passwort enthielt]</translation>
    </message>
    <message>
        <source>a link or special file, not a file the export wrote; not read</source>
        <translation>eine Verknüpfung oder Spezialdatei, keine vom Export geschriebene Datei; nicht gelesen</translation>
    </message>
</context>
<context>
    <name>folio::LinkJson</name>
    <message>
        <source>a message without its platform or id</source>
        <translation>eine Nachricht ohne Plattform oder Kennung</translation>
    </message>
    <message>
        <source>a share without its address</source>
        <translation>ein geteilter Link ohne Adresse</translation>
    </message>
    <message>
        <source>a link without its address</source>
        <translation>ein Link ohne Adresse</translation>
    </message>
    <message>
        <source>a capture without its snapshot or time</source>
        <translation>eine Archivkopie ohne Schnappschuss oder Zeit</translation>
    </message>
</context>
<context>
    <name>folio::LinkPromotion</name>
    <message>
        <source>Link from %1</source>
        <translation>Link von %1</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s); first by %1 in %2 on %3.</source>
        <translation>
            <numerusform>%n-mal geteilt; zuerst von %1 in %2 am %3.</numerusform>
            <numerusform>%n-mal geteilt; zuerst von %1 in %2 am %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it was shared</source>
        <translation>Wo er geteilt wurde</translation>
    </message>
    <message>
        <source>From the page</source>
        <translation>Von der Seite</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>archiviert am %1</translation>
    </message>
    <message>
        <source>(The page&apos;s text goes on; its archived copy holds all of it.)</source>
        <translation>(Der Text der Seite geht weiter; ihre archivierte Kopie enthält ihn ganz.)</translation>
    </message>
</context>
<context>
    <name>folio::LinkQueryParser</name>
    <message>
        <source>%1: takes a date such as 2024-05-01.</source>
        <translation>%1: nimmt ein Datum wie 2024-05-01.</translation>
    </message>
    <message>
        <source>%1: needs a value.</source>
        <translation>%1: braucht einen Wert.</translation>
    </message>
    <message>
        <source>hidden: takes yes or no.</source>
        <translation>hidden: nimmt yes oder no.</translation>
    </message>
    <message>
        <source>too many words: a filter takes at most %1.</source>
        <translation>zu viele Wörter: ein Filter nimmt höchstens %1.</translation>
    </message>
</context>
<context>
    <name>folio::LinkStore</name>
    <message>
        <source>private channel</source>
        <translation>privater Kanal</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>group message</source>
        <translation>Gruppennachricht</translation>
    </message>
</context>
<context>
    <name>folio::LinksCommand</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>folio import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE] [--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]</source>
        <translation>folio import-links PFAD [--format F] [--channels a,b] [--since DATUM] [--until DATUM] [--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]</translation>
    </message>
    <message>
        <source>--since takes a date such as 2024-05-01.</source>
        <translation>--since nimmt ein Datum wie 2024-05-01.</translation>
    </message>
    <message>
        <source>--until takes a date such as 2024-05-01.</source>
        <translation>--until nimmt ein Datum wie 2024-05-01.</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>one export at a time, please.</source>
        <translation>Bitte nur einen Export auf einmal.</translation>
    </message>
    <message>
        <source>which export should I import?</source>
        <translation>Welcher Export soll importiert werden?</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>  messages read:   %1</source>
        <translation>  gelesene Nachrichten:  %1</translation>
    </message>
    <message>
        <source>  links found:     %1</source>
        <translation>  gefundene Links:       %1</translation>
    </message>
    <message>
        <source>  new links:       %1</source>
        <translation>  neue Links:            %1</translation>
    </message>
    <message>
        <source>  new shares:      %1</source>
        <translation>  neu geteilt:           %1</translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n link(s) in code or outside the domain rules</source>
        <translation>
            <numerusform>  ausgelassen: %n Link in Code oder außerhalb der Domain-Regeln</numerusform>
            <numerusform>  ausgelassen: %n Links in Code oder außerhalb der Domain-Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  removed tokens or passwords from %n link(s)</source>
        <translation>
            <numerusform>  Tokens oder Passwörter aus %n Link entfernt</numerusform>
            <numerusform>  Tokens oder Passwörter aus %n Links entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  %1 übersprungen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und wurde übersprungen:</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und wurden übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>folio links [--json] [--limit N] [QUERY]</source>
        <translation>folio links [--json] [--limit N] [ANFRAGE]</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000000.</source>
        <translation>--limit nimmt eine Zahl von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>No links yet. Import a chat export with “folio import-links PATH”.</source>
        <translation>Noch keine Links. Importieren Sie einen Chat-Export mit „folio import-links PFAD“.</translation>
    </message>
    <message>
        <source>No link matches.</source>
        <translation>Kein Link passt.</translation>
    </message>
    <message>
        <source>folio link show URL [--text] [--json]</source>
        <translation>folio link show URL [--text] [--json]</translation>
    </message>
    <message>
        <source>what should I do with the link?</source>
        <translation>Was soll mit dem Link geschehen?</translation>
    </message>
    <message>
        <source>unknown link command “%1”.</source>
        <translation>Unbekannter Linkbefehl „%1“.</translation>
    </message>
    <message>
        <source>one link at a time, please.</source>
        <translation>Bitte nur einen Link auf einmal.</translation>
    </message>
    <message>
        <source>which link?</source>
        <translation>Welcher Link?</translation>
    </message>
    <message>
        <source>folio: no link “%1” was imported.</source>
        <translation>folio: Es wurde kein Link „%1“ importiert.</translation>
    </message>
    <message>
        <source>A token or password was removed from this link when it was imported.</source>
        <translation>Beim Import wurde ein Token oder Passwort aus diesem Link entfernt.</translation>
    </message>
    <message>
        <source>A link into the chat platform itself.</source>
        <translation>Ein Link in die Chat-Plattform selbst.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s):</source>
        <translation>
            <numerusform>%n-mal geteilt:</numerusform>
            <numerusform>%n-mal geteilt:</numerusform>
        </translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) in private channels and direct messages (--include-private imports them)</source>
        <translation>
            <numerusform>  ausgelassen: %n Nachricht in privaten Kanälen und Direktnachrichten (--include-private importiert sie)</numerusform>
            <numerusform>  ausgelassen: %n Nachrichten in privaten Kanälen und Direktnachrichten (--include-private importiert sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) outside --channels, --since or --until</source>
        <translation>
            <numerusform>  ausgelassen: %n Nachricht außerhalb von --channels, --since oder --until</numerusform>
            <numerusform>  ausgelassen: %n Nachrichten außerhalb von --channels, --since oder --until</numerusform>
        </translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n-mal geteilt</numerusform>
            <numerusform>%n-mal geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>first by %1 in %2</source>
        <translation>zuerst von %1 in %2</translation>
    </message>
    <message>
        <source>first by %1</source>
        <translation>zuerst von %1</translation>
    </message>
    <message>
        <source>first in %1</source>
        <translation>zuerst in %1</translation>
    </message>
    <message>
        <source>folio: “%1” is not archived yet; “folio archive %1” keeps it.</source>
        <translation>folio: „%1“ ist noch nicht archiviert; „folio archive %1“ bewahrt es auf.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>folio::LinksModel</name>
    <message>
        <source>Not archived</source>
        <translation>Nicht archiviert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>First shared by</source>
        <translation>Zuerst geteilt von</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>folio::LinksPanel</name>
    <message>
        <source>Filter links (channel:, from:, domain:, after:)</source>
        <translation>Links filtern (channel:, from:, domain:, after:)</translation>
    </message>
    <message>
        <source>Filter links</source>
        <translation>Links filtern</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Most shared</source>
        <translation>Am häufigsten geteilt</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Nach Domain</translation>
    </message>
    <message>
        <source>Order of the links</source>
        <translation>Reihenfolge der Links</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only the links of a channel, a person or a domain</source>
        <translation>Nur die Links eines Kanals, einer Person oder einer Domain anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import the links of a chat export or bookmark file</source>
        <translation>Die Links eines Chat-Exports oder einer Lesezeichendatei importieren</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) match</source>
        <translation>
            <numerusform>%n Link passt</numerusform>
            <numerusform>%n Links passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>No links yet</source>
        <translation>Noch keine Links</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>Schlag&amp;wörter…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Promote to Page</source>
        <translation>Als &amp;Seite übernehmen</translation>
    </message>
    <message>
        <source>Show &amp;Again</source>
        <translation>&amp;Wieder anzeigen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Keep the linked pages for reading offline</source>
        <translation>Die verlinkten Seiten zum Offline-Lesen aufbewahren</translation>
    </message>
    <message>
        <source>Archive &amp;All Links</source>
        <translation>&amp;Alle Links archivieren</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Gescheiterte &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Pause Archiving</source>
        <translation>Archivieren &amp;anhalten</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Archiving progress</source>
        <translation>Fortschritt des Archivierens</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop archiving; the waiting links stay queued</source>
        <translation>Archivieren anhalten; die wartenden Links bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>Res&amp;ume Archiving</source>
        <translation>Archivieren &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Archive &amp;Again</source>
        <translation>&amp;Erneut archivieren</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
</context>
<context>
    <name>folio::LinksWorkspace</name>
    <message>
        <source>Cannot List Links</source>
        <translation>Links können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot Show Link</source>
        <translation>Link kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Cannot Open Link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Copy Link</source>
        <translation>Link kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Cannot Hide Link</source>
        <translation>Link kann nicht ausgeblendet werden</translation>
    </message>
    <message>
        <source>Cannot Tag Link</source>
        <translation>Schlagwörter des Links können nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags of the link, separated by commas:</source>
        <translation>Schlagwörter des Links, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Cannot Create Page</source>
        <translation>Seite kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created the page “%1” from the link.</source>
        <translation>Die Seite „%1“ wurde aus dem Link angelegt.</translation>
    </message>
    <message>
        <source>Link hidden. Type “hidden:yes” in the filter to list hidden links and show them again.</source>
        <translation>Link ausgeblendet. Geben Sie „hidden:yes“ im Filter ein, um ausgeblendete Links aufzulisten und wieder anzuzeigen.</translation>
    </message>
    <message>
        <source>The link is shown again.</source>
        <translation>Der Link wird wieder angezeigt.</translation>
    </message>
    <message>
        <source>Cannot Archive</source>
        <translation>Archivieren nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Show Archived Page</source>
        <translation>Archivierte Seite kann nicht angezeigt werden</translation>
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
        <source>A page titled “%1” already exists.</source>
        <translation>Eine Seite mit dem Titel „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 (new) — Folio</source>
        <translation>%1 (neu) — Folio</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
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
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Search pages and links (Ctrl+K)</source>
        <translation>Seiten und Links durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Archiving: %1 of %2 done</source>
        <translation>Archivieren: %1 von %2 fertig</translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2”; links in %n other page(s) now follow.</source>
        <translation>
            <numerusform>„%1“ in „%2“ umbenannt; Links in %n anderen Seite folgen jetzt.</numerusform>
            <numerusform>„%1“ in „%2“ umbenannt; Links in %n anderen Seiten folgen jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>Seitenstatus</translation>
    </message>
    <message>
        <source>Delete Page</source>
        <translation>Seite löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its history is kept, and Page → Deleted Pages can restore it.</source>
        <translation>„%1“ löschen? Der Verlauf bleibt erhalten, und Seite → Gelöschte Seiten kann sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot Delete Page</source>
        <translation>Seite kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>“%1” is now: %2</source>
        <translation>„%1“ ist jetzt: %2</translation>
    </message>
    <message>
        <source>Cannot Show History</source>
        <translation>Verlauf kann nicht gezeigt werden</translation>
    </message>
    <message>
        <source>Restored an older text of “%1” as a new revision.</source>
        <translation>Einen älteren Text von „%1“ als neue Revision wiederhergestellt.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Cannot Show Page</source>
        <translation>Seite kann nicht gezeigt werden</translation>
    </message>
    <message>
        <source>Kept the saved version of “%1”; your changes were dropped.</source>
        <translation>Die gespeicherte Fassung von „%1“ wurde behalten; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is called “%2” again; links in %n other page(s) changed back.</source>
        <translation>
            <numerusform>„%1“ heißt wieder „%2“; Links in %n anderen Seite wurden zurückgeändert.</numerusform>
            <numerusform>„%1“ heißt wieder „%2“; Links in %n anderen Seiten wurden zurückgeändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Rename (Back to “%1”)</source>
        <translation>&amp;Umbenennen rückgängig (zurück zu „%1“)</translation>
    </message>
    <message>
        <source>&amp;Undo Rename</source>
        <translation>&amp;Umbenennen rückgängig</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>Anhang kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” is no longer in this wiki.</source>
        <translation>„%1“ ist nicht mehr in diesem Wiki.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>„%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <source>Conflicted (View → Conflicts) · %1</source>
        <translation>Konflikt (Ansicht → Konflikte) · %1</translation>
    </message>
    <message>
        <source>Cannot List Links</source>
        <translation>Links können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Copied the link to “%1”.</source>
        <translation>Link zu „%1“ kopiert.</translation>
    </message>
    <message>
        <source>Rename Page</source>
        <translation>Seite umbenennen</translation>
    </message>
    <message>
        <source>New title for “%1”:</source>
        <translation>Neuer Titel für „%1“:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Beim Bearbeiten</translation>
    </message>
    <message>
        <source>Lists and bars</source>
        <translation>Listen und Leisten</translation>
    </message>
    <message>
        <source>From a filter or search field into its list</source>
        <translation>Aus einem Filter- oder Suchfeld in seine Liste</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Back to the filter from the first row</source>
        <translation>Aus der ersten Zeile zurück zum Filter</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Pfeil nach oben</translation>
    </message>
    <message>
        <source>Rename the page chosen in the page list</source>
        <translation>Die in der Seitenliste gewählte Seite umbenennen</translation>
    </message>
    <message>
        <source>Delete the page chosen in the page list</source>
        <translation>Die in der Seitenliste gewählte Seite löschen</translation>
    </message>
    <message>
        <source>Open, copy link, rename or delete (page list)</source>
        <translation>Öffnen, Link kopieren, umbenennen oder löschen (Seitenliste)</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Menütaste</translation>
    </message>
    <message>
        <source>A tag&apos;s pages / back to the tags (Tags panel)</source>
        <translation>Seiten eines Schlagworts / zurück zu den Schlagwörtern (Schlagwörter-Leiste)</translation>
    </message>
    <message>
        <source>Right / Left</source>
        <translation>Pfeil rechts / links</translation>
    </message>
    <message>
        <source>Next / previous match (find bar)</source>
        <translation>Nächster / vorheriger Treffer (Suchleiste)</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Eingabe / Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Close the find bar, leave the search</source>
        <translation>Suchleiste schließen, Suche verlassen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>New Wiki</source>
        <translation>Neues Wiki</translation>
    </message>
    <message>
        <source>team</source>
        <comment>file name</comment>
        <translation>team</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead?</source>
        <translation>„%1“ gibt es schon. Stattdessen öffnen?</translation>
    </message>
    <message>
        <source>Start the new wiki with Folio&apos;s starter pages (a welcome page, a guide to writing pages, a Markdown cheat sheet, an FAQ and page templates)? You can delete them later.</source>
        <translation>Das neue Wiki mit Folios Startseiten beginnen (eine Willkommensseite, eine Anleitung zum Schreiben, ein Markdown-Spickzettel, FAQ und Seitenvorlagen)? Sie lassen sich später löschen.</translation>
    </message>
    <message>
        <source>Cannot Create Wiki</source>
        <translation>Wiki kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Zoom; click for actual size (Ctrl+0)</source>
        <translation>Zoom; Klick für Originalgröße (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>“%1” is in Go → Favorites.</source>
        <translation>„%1“ steht jetzt unter Gehe zu → Favoriten.</translation>
    </message>
    <message>
        <source>“%1” is no longer a favorite.</source>
        <translation>„%1“ ist kein Favorit mehr.</translation>
    </message>
    <message>
        <source>No favorites yet: Page → Favorite Page (Ctrl+D) pins the page on screen.</source>
        <translation>Noch keine Favoriten: Seite → Favorit (Strg+D) merkt sich die angezeigte Seite.</translation>
    </message>
    <message>
        <source>No other page read yet.</source>
        <translation>Noch keine andere Seite gelesen.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved. The new language shows when Folio starts again.</source>
        <translation>Einstellungen gespeichert. Die neue Sprache erscheint beim nächsten Start von Folio.</translation>
    </message>
    <message>
        <source>Cannot Move Page</source>
        <translation>Seite kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Move Page</source>
        <translation>Seite verschieben</translation>
    </message>
    <message>
        <source>Put “%1” under which page? Leave empty to move it to the top.</source>
        <translation>Unter welche Seite soll „%1“? Leer lassen, um sie auf die oberste Ebene zu verschieben.</translation>
    </message>
    <message>
        <source>Search pages and links</source>
        <translation>Seiten und Links durchsuchen</translation>
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
    <message>
        <source>Show Side &amp;Panel</source>
        <translation>Seitenleiste an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>Links &amp;importieren…</translation>
    </message>
    <message>
        <source>Show &amp;Drafts</source>
        <translation>&amp;Entwürfe zeigen</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Send &amp;Back to Draft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <source>P&amp;ublic Page</source>
        <translation>Ö&amp;ffentliche Seite</translation>
    </message>
    <message>
        <source>&amp;Delete Page…</source>
        <translation>Seite &amp;löschen…</translation>
    </message>
    <message>
        <source>Deleted Pa&amp;ges…</source>
        <translation>&amp;Gelöschte Seiten…</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>Page &amp;History</source>
        <translation>Seitenverl&amp;auf</translation>
    </message>
    <message>
        <source>&amp;Undo Rename</source>
        <translation>&amp;Umbenennen rückgängig</translation>
    </message>
    <message>
        <source>&amp;Export Wiki…</source>
        <translation>Wiki &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>&amp;Bündel importieren…</translation>
    </message>
    <message>
        <source>U&amp;ndo Last Import…</source>
        <translation>Letzten Import rückgän&amp;gig machen…</translation>
    </message>
    <message>
        <source>Sync &amp;Folder…</source>
        <translation>Sync-&amp;Ordner…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>S&amp;top Syncing</source>
        <translation>Synchronisieren &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>Zu Seite &amp;gehen…</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>In Seite &amp;suchen…</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Page</source>
        <translation>&amp;Link zur Seite kopieren</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>Als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>New &amp;Wiki…</source>
        <translation>Neues &amp;Wiki…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Favorite Page</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>F&amp;avorites</source>
        <translation>F&amp;avoriten</translation>
    </message>
    <message>
        <source>Recently &amp;Viewed</source>
        <translation>&amp;Zuletzt gelesen</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Rena&amp;me Page…</source>
        <translation>Seite &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Undo &amp;Move</source>
        <translation>&amp;Verschieben rückgängig machen</translation>
    </message>
    <message>
        <source>M&amp;ove Under…</source>
        <translation>&amp;Verschieben unter…</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownEdit</name>
    <message>
        <source>Page titles</source>
        <translation>Seitentitel</translation>
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
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>outside the imported folder, not read</source>
        <translation>außerhalb des importierten Ordners, nicht gelesen</translation>
    </message>
    <message>
        <source>%1: picture “%2”: %3</source>
        <translation>%1: Bild „%2“: %3</translation>
    </message>
</context>
<context>
    <name>folio::MatrixExport</name>
    <message>
        <source>an event without an id or time; skipped</source>
        <translation>ein Ereignis ohne ID oder Zeit; übersprungen</translation>
    </message>
    <message>
        <source>“%1” holds no Element chat export.</source>
        <translation>„%1“ enthält keinen Chat-Export von Element.</translation>
    </message>
    <message>
        <source>Element (Matrix) chat export</source>
        <translation>Chat-Export von Element (Matrix)</translation>
    </message>
</context>
<context>
    <name>folio::MattermostExport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>, reply %1</source>
        <translation>, Antwort %1</translation>
    </message>
    <message>
        <source>a post without a valid time (create_at); skipped</source>
        <translation>ein Beitrag ohne gültige Zeit (create_at); übersprungen</translation>
    </message>
    <message>
        <source>“%1” is not a Mattermost bulk export: no file in it starts with the version line.</source>
        <translation>„%1“ ist kein Mattermost-Bulk-Export: Keine Datei darin beginnt mit der Versionszeile.</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Mattermost-Bulk-Export</translation>
    </message>
</context>
<context>
    <name>folio::NewPageDialog</name>
    <message>
        <source>New Page</source>
        <translation>Neue Seite</translation>
    </message>
    <message>
        <source>What the page is about</source>
        <translation>Worum es auf der Seite geht</translation>
    </message>
    <message>
        <source>Blank page</source>
        <translation>Leere Seite</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
</context>
<context>
    <name>folio::PageCommand</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Falsche Anzahl von Argumenten.</translation>
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
    <message>
        <source>Renamed “%1” to “%2”; links to it still find it.</source>
        <translation>„%1“ in „%2“ umbenannt; Links darauf finden die Seite weiterhin.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) now point to the new title</source>
        <translation>
            <numerusform>%n Link zeigt jetzt auf den neuen Titel</numerusform>
            <numerusform>%n Links zeigen jetzt auf den neuen Titel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n other page(s) changed).</source>
        <translation>
            <numerusform>(%n andere Seite geändert).</numerusform>
            <numerusform>(%n andere Seiten geändert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”; its history is kept. “folio page restore %2” brings it back.</source>
        <translation>„%1“ gelöscht; der Verlauf bleibt erhalten. „folio page restore %2“ holt die Seite zurück.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>„%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>folio: no deleted page is titled “%1”; “folio page deleted” lists them.</source>
        <translation>folio: keine gelöschte Seite heißt „%1“; „folio page deleted“ listet sie auf.</translation>
    </message>
    <message>
        <source>A revision is a number, as “folio page history” lists them.</source>
        <translation>Eine Revision ist eine Zahl, wie „folio page history“ sie auflistet.</translation>
    </message>
    <message>
        <source>“%1” already has the text of revision %2.</source>
        <translation>„%1“ hat bereits den Text von Revision %2.</translation>
    </message>
    <message>
        <source>Restored revision %1 of “%2” as revision %3.</source>
        <translation>Revision %1 von „%2“ als Revision %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>“%1” has only one revision.</source>
        <translation>„%1“ hat nur eine Revision.</translation>
    </message>
    <message>
        <source>folio: “%1” has no revision %2; “folio page history” lists them.</source>
        <translation>folio: „%1“ hat keine Revision %2; „folio page history“ listet sie auf.</translation>
    </message>
    <message>
        <source>%1 (revision %2, %3, %4)</source>
        <translation>%1 (Revision %2, %3, %4)</translation>
    </message>
    <message>
        <source>Choose one: --public or --internal.</source>
        <translation>Bitte nur eines wählen: --public oder --internal.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>Unbekannter Status „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>The text is the same in revisions %1 and %2.</source>
        <translation>Der Text ist in den Revisionen %1 und %2 gleich.</translation>
    </message>
    <message>
        <source>Attached “%1” to “%2” (%3). Link to it from the page with:</source>
        <translation>„%1“ an „%2“ angehängt (%3). Verlinken Sie die Datei auf der Seite so:</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“page” needs a command: list, show, write, history, diff, rename, move, delete, deleted, restore, status, attach or import.</source>
        <translation>„page“ braucht einen Befehl: list, show, write, history, diff, rename, move, delete, deleted, restore, status, attach oder import.</translation>
    </message>
    <message>
        <source>Give the page to move it under, or --top.</source>
        <translation>Nennen Sie die Seite, unter die sie soll, oder --top.</translation>
    </message>
    <message>
        <source>“%1” is already there: %2</source>
        <translation>„%1“ steht schon dort: %2</translation>
    </message>
    <message>
        <source>Moved “%1”: %2</source>
        <translation>„%1“ verschoben: %2</translation>
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
    <message>
        <source>Pages that point here</source>
        <translation>Seiten, die hierher verweisen</translation>
    </message>
    <message>
        <source>Linked from</source>
        <translation>Verlinkt von</translation>
    </message>
    <message>
        <source>Mentioned without a link</source>
        <translation>Ohne Link erwähnt</translation>
    </message>
    <message>
        <source>These pages name “%1” in their text; a link would lead readers here.</source>
        <translation>Diese Seiten nennen „%1“ im Text; ein Link würde Leser hierher führen.</translation>
    </message>
    <message numerus="yes">
        <source>…and about %n more page(s).</source>
        <translation>
            <numerusform>…und etwa %n weitere Seite.</numerusform>
            <numerusform>…und etwa %n weitere Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
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
    <message>
        <source>Page text</source>
        <translation>Seitentext</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>Ü1</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Überschrift 1</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>Ü2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Überschrift 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>Ü3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Überschrift 3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Next Layout</source>
        <translation>Nächste Ansicht</translation>
    </message>
    <message>
        <source>%1 (%2 switches)</source>
        <translation>%1 (%2 wechselt)</translation>
    </message>
    <message>
        <source>Source, split or preview</source>
        <translation>Quelltext, geteilt oder Vorschau</translation>
    </message>
    <message>
        <source>Choose a page to link to</source>
        <translation>Eine Seite zum Verlinken wählen</translation>
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
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — Conflicted: two machines changed the same lines (View → Conflicts)</source>
        <translation>%1 – Konflikt: Zwei Rechner haben dieselben Zeilen geändert (Ansicht → Konflikte)</translation>
    </message>
    <message>
        <source>Guides (%1)</source>
        <translation>Anleitungen (%1)</translation>
    </message>
    <message>
        <source>FAQs (%1)</source>
        <translation>FAQs (%1)</translation>
    </message>
    <message>
        <source>Best practices (%1)</source>
        <translation>Bewährte Verfahren (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
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
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Nach Titel</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Nach Art</translation>
    </message>
    <message>
        <source>By hierarchy</source>
        <translation>Nach Hierarchie</translation>
    </message>
    <message>
        <source>Arrange pages</source>
        <translation>Seiten anordnen</translation>
    </message>
    <message>
        <source>Arrange pages by title, under their kind, or under their parent pages (drag a page onto another to move it there)</source>
        <translation>Seiten nach Titel, unter ihrer Art oder unter ihren übergeordneten Seiten anordnen (eine Seite auf eine andere ziehen, um sie dorthin zu verschieben)</translation>
    </message>
    <message>
        <source>&amp;Move Under…</source>
        <translation>&amp;Verschieben unter…</translation>
    </message>
</context>
<context>
    <name>folio::PageMoves</name>
    <message>
        <source>Cannot Move Page</source>
        <translation>Seite kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>There is no page titled “%1”.</source>
        <translation>Es gibt keine Seite mit dem Titel „%1“.</translation>
    </message>
    <message>
        <source>There is no page titled “%1” to put “%2” under.</source>
        <translation>Es gibt keine Seite mit dem Titel „%1“, unter die „%2“ verschoben werden könnte.</translation>
    </message>
    <message>
        <source>Undo &amp;Move</source>
        <translation>&amp;Verschieben rückgängig machen</translation>
    </message>
    <message>
        <source>Undo &amp;Move (“%1” Back under “%2”)</source>
        <translation>&amp;Verschieben rückgängig machen („%1“ zurück unter „%2“)</translation>
    </message>
    <message>
        <source>Undo &amp;Move (“%1” Back to the Top)</source>
        <translation>&amp;Verschieben rückgängig machen („%1“ zurück auf die oberste Ebene)</translation>
    </message>
    <message>
        <source>Cannot Undo Move</source>
        <translation>Verschieben kann nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>folio::PagePreview</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>folio::PagePrinter</name>
    <message>
        <source>A page is being printed; try again when it is done.</source>
        <translation>Eine Seite wird gerade gedruckt; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>Export Page as PDF</source>
        <translation>Seite als PDF exportieren</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>„%1“ wird geschrieben…</translation>
    </message>
    <message>
        <source>The page could not be turned into a PDF.</source>
        <translation>Aus der Seite konnte kein PDF erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot Export Page</source>
        <translation>Seite kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>Die Seite konnte nicht gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>folio::PageRename</name>
    <message>
        <source>There is no page titled “%1”.</source>
        <translation>Es gibt keine Seite mit dem Titel „%1“.</translation>
    </message>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Umbenannt von „%1“</translation>
    </message>
    <message>
        <source>Links to “%1” now go to “%2”</source>
        <translation>Links auf „%1“ führen jetzt zu „%2“</translation>
    </message>
    <message>
        <source>Undid the rename to “%1”</source>
        <translation>Umbenennung in „%1“ rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>folio::PageStatuses</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
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
    <message>
        <source>“%1” has no revision %2.</source>
        <translation>„%1“ hat keine Revision %2.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Revision %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>That page is not among the deleted pages.</source>
        <translation>Diese Seite ist nicht unter den gelöschten Seiten.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (wiederhergestellt %2)</translation>
    </message>
    <message>
        <source>Restored after deletion</source>
        <translation>Nach dem Löschen wiederhergestellt</translation>
    </message>
    <message>
        <source>Moved to the top level</source>
        <translation>Auf die oberste Ebene verschoben</translation>
    </message>
    <message>
        <source>The page to put “%1” under no longer exists.</source>
        <translation>Die Seite, unter die „%1“ verschoben werden sollte, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” cannot go under “%2”: “%2” is part of it.</source>
        <translation>„%1“ kann nicht unter „%2“ stehen: „%2“ gehört zu ihr.</translation>
    </message>
    <message>
        <source>Moved under “%1”</source>
        <translation>Unter „%1“ verschoben</translation>
    </message>
    <message>
        <source>“%1” cannot go under itself.</source>
        <translation>„%1“ kann nicht unter sich selbst stehen.</translation>
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
    <message>
        <source>Page</source>
        <translation>Seite</translation>
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
    <name>folio::PdfText</name>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>das PDF ist beschädigt oder kein PDF</translation>
    </message>
    <message>
        <source>the PDF is locked with a password</source>
        <translation>das PDF ist mit einem Passwort gesperrt</translation>
    </message>
</context>
<context>
    <name>folio::QuickSwitcher</name>
    <message>
        <source>No page title holds these letters in this order.</source>
        <translation>Kein Seitentitel enthält diese Buchstaben in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>Zu Seite gehen</translation>
    </message>
    <message>
        <source>Type letters of a page title…</source>
        <translation>Buchstaben eines Seitentitels eingeben…</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>Passende Seiten</translation>
    </message>
</context>
<context>
    <name>folio::ReaderDocument</name>
    <message>
        <source>Archived %1 from %2</source>
        <translation>Archiviert am %1 von %2</translation>
    </message>
    <message>
        <source>No readable text was found on this page; its snapshot keeps it as it looked.</source>
        <translation>Auf dieser Seite wurde kein lesbarer Text gefunden; ihr Schnappschuss bewahrt sie, wie sie aussah.</translation>
    </message>
</context>
<context>
    <name>folio::ReviewQueuePanel</name>
    <message>
        <source>Pages in review</source>
        <translation>Seiten in Prüfung</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Eingereicht %1</translation>
    </message>
    <message>
        <source>No page waits for review.</source>
        <translation>Keine Seite wartet auf Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in review</source>
        <translation>
            <numerusform>%n Seite in Prüfung</numerusform>
            <numerusform>%n Seiten in Prüfung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ReviewView</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Send &amp;Back to Draft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Open Page</source>
        <translation>Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>„%1“ prüfen</translation>
    </message>
    <message>
        <source>Changes since readers last saw it (revision %1, published %2):</source>
        <translation>Änderungen, seit Leser sie zuletzt sahen (Revision %1, veröffentlicht %2):</translation>
    </message>
    <message>
        <source>A new page: readers have never seen it.</source>
        <translation>Eine neue Seite: Leser haben sie noch nie gesehen.</translation>
    </message>
</context>
<context>
    <name>folio::ReviewWorkflow</name>
    <message>
        <source>Submitted for review</source>
        <translation>Zur Prüfung eingereicht</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Sent back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Made public</source>
        <translation>Öffentlich gemacht</translation>
    </message>
    <message>
        <source>Made internal</source>
        <translation>Intern gemacht</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot Change the Page&apos;s Status</source>
        <translation>Der Status der Seite kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>folio::RocketChatExport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>a message without a valid time (ts); skipped</source>
        <translation>eine Nachricht ohne gültige Zeit (ts); übersprungen</translation>
    </message>
    <message>
        <source>“%1” holds no Rocket.Chat export.</source>
        <translation>„%1“ enthält keinen Rocket.Chat-Export.</translation>
    </message>
    <message>
        <source>Rocket.Chat export</source>
        <translation>Rocket.Chat-Export</translation>
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
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>folio: %1 Usage: folio search [--limit N] [--drafts] [--json] QUERY</source>
        <translation>folio: %1 Aufruf: folio search [--limit N] [--drafts] [--json] ANFRAGE</translation>
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
        <source>More than %1 pages found</source>
        <translation>Mehr als %1 Seiten gefunden</translation>
    </message>
    <message>
        <source>A search can have at most %1 words.</source>
        <translation>Eine Suche kann höchstens %1 Wörter haben.</translation>
    </message>
    <message>
        <source>No page or link matches.</source>
        <translation>Keine Seite und kein Link passt.</translation>
    </message>
    <message>
        <source>more than %1 links</source>
        <translation>mehr als %1 Links</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 links found</source>
        <translation>Mehr als %1 Links gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) found</source>
        <translation>
            <numerusform>%n Link gefunden</numerusform>
            <numerusform>%n Links gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SearchQuery</name>
    <message>
        <source>kind: takes guide, faq, best-practice or note.</source>
        <translation>kind: nimmt guide, faq, best-practice oder note.</translation>
    </message>
    <message>
        <source>in: takes pages or links.</source>
        <translation>in: nimmt pages oder links.</translation>
    </message>
    <message>
        <source>%1: takes a date such as 2024-05-01.</source>
        <translation>%1: nimmt ein Datum wie 2024-05-01.</translation>
    </message>
</context>
<context>
    <name>folio::SearchResultsModel</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Link · %1</source>
        <translation>Link · %1</translation>
    </message>
    <message>
        <source>Archived page · %1</source>
        <translation>Archivierte Seite · %1</translation>
    </message>
</context>
<context>
    <name>folio::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiv</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Signs the revisions you save. Empty: your login name.</source>
        <translation>Unterzeichnet die Revisionen, die Sie speichern. Leer: Ihr Anmeldename.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect when Folio starts again.</source>
        <translation>Wirkt beim nächsten Start von Folio.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Schrift&amp;art:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Also archive links to &amp;private addresses (intranet, this machine)</source>
        <translation>Auch Links zu &amp;privaten Adressen archivieren (Intranet, dieser Rechner)</translation>
    </message>
    <message>
        <source>any domain</source>
        <translation>jede Domain</translation>
    </message>
    <message>
        <source>&amp;Only these domains:</source>
        <translation>&amp;Nur diese Domains:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Never these domains:</source>
        <translation>&amp;Nie diese Domains:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest &amp;snapshot:</source>
        <translation>Größter &amp;Schnappschuss:</translation>
    </message>
    <message>
        <source>Pages archived at &amp;once:</source>
        <translation>Gleichzeitig &amp;archivierte Seiten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Time per page:</source>
        <translation>&amp;Zeit pro Seite:</translation>
    </message>
    <message>
        <source>No sync folder: this wiki syncs nowhere.</source>
        <translation>Kein Sync-Ordner: Dieses Wiki wird nirgends synchronisiert.</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Sync-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
</context>
<context>
    <name>folio::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>folio::SlackExport</name>
    <message>
        <source>not a message</source>
        <translation>keine Nachricht</translation>
    </message>
    <message>
        <source>a message without a valid time (ts); skipped</source>
        <translation>eine Nachricht ohne gültige Zeit (ts); übersprungen</translation>
    </message>
    <message>
        <source>“%1” is not a Slack export: it has no users.json or channels.json.</source>
        <translation>„%1“ ist kein Slack-Export: Es enthält weder users.json noch channels.json.</translation>
    </message>
    <message>
        <source>Slack workspace export</source>
        <translation>Slack-Workspace-Export</translation>
    </message>
</context>
<context>
    <name>folio::SyncCommand</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Usage: folio export FILE [--published-only] [--public-only] [--tag TAG]… [--kind KIND]…</source>
        <translation>Aufruf: folio export DATEI [--published-only] [--public-only] [--tag TAG]… [--kind ART]…</translation>
    </message>
    <message>
        <source>export needs the file to write.</source>
        <translation>export braucht die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--kind takes %1.</source>
        <translation>--kind nimmt %1.</translation>
    </message>
    <message>
        <source>folio: export cancelled; nothing was written.</source>
        <translation>folio: Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) (%1 deleted), %2 revisions and %3 attachments to “%4”.</source>
        <translation>
            <numerusform>%n Seite (%1 gelöscht), %2 Versionen und %3 Anhänge nach „%4“ exportiert.</numerusform>
            <numerusform>%n Seiten (%1 gelöscht), %2 Versionen und %3 Anhänge nach „%4“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs the bundle to merge.</source>
        <translation>import braucht das Bündel, das zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Conflicted pages hold both texts between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines; edit them to choose.</source>
        <translation>Seiten im Konflikt enthalten beide Texte zwischen Zeilen mit &lt;&lt;&lt;&lt;&lt;&lt;&lt; und &gt;&gt;&gt;&gt;&gt;&gt;&gt;; bearbeiten Sie sie, um zu wählen.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Usage: folio import FILE [--other-wiki] | folio import --undo [--force]</source>
        <translation>Aufruf: folio import DATEI [--other-wiki] | folio import --undo [--force]</translation>
    </message>
    <message>
        <source>--undo takes no file: it undoes the last import.</source>
        <translation>--undo nimmt keine Datei: Es macht den letzten Import rückgängig.</translation>
    </message>
    <message>
        <source>--force goes with --undo.</source>
        <translation>--force gehört zu --undo.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>To merge its pages into this wiki, import it with --other-wiki.</source>
        <translation>Um seine Seiten in dieses Wiki zu übernehmen, importieren Sie es mit --other-wiki.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>The wiki as it was before is kept in “%1”; “folio import --undo” puts it back.</source>
        <translation>Das Wiki, wie es vorher war, liegt in „%1“; „folio import --undo“ stellt es wieder her.</translation>
    </message>
    <message>
        <source>To undo them too, run “folio import --undo --force”.</source>
        <translation>Um auch sie rückgängig zu machen: „folio import --undo --force“.</translation>
    </message>
    <message>
        <source>Undid the import of “%1” (%2): the wiki is as it was before it. The wiki as it was before the undo is kept in “%3”.</source>
        <translation>Import von „%1“ (%2) rückgängig gemacht: Das Wiki ist wie davor. Das Wiki, wie es vor dem Rückgängigmachen war, liegt in „%3“.</translation>
    </message>
    <message>
        <source>Usage: folio sync DIR [--other-wiki]</source>
        <translation>Aufruf: folio sync ORDNER [--other-wiki]</translation>
    </message>
    <message>
        <source>sync needs the folder the machines share.</source>
        <translation>sync braucht den Ordner, den die Rechner teilen.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>%1 wird zusammengeführt</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>folio: sync cancelled; the bundle being merged was not imported.</source>
        <translation>folio: Synchronisieren abgebrochen; das gerade zusammengeführte Bündel wurde nicht importiert.</translation>
    </message>
    <message>
        <source>folio: sync cancelled before this machine&apos;s bundle was written.</source>
        <translation>folio: Synchronisieren abgebrochen, bevor das Bündel dieses Rechners geschrieben wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n bundle(s):</source>
        <translation>
            <numerusform>%n Bündel zusammengeführt:</numerusform>
            <numerusform>%n Bündel zusammengeführt:</numerusform>
        </translation>
    </message>
    <message>
        <source>folio: skipped: %1</source>
        <translation>folio: übersprungen: %1</translation>
    </message>
    <message>
        <source>To merge it into this wiki, sync with --other-wiki.</source>
        <translation>Um es in dieses Wiki zu übernehmen, synchronisieren Sie mit --other-wiki.</translation>
    </message>
    <message>
        <source>Wrote this machine&apos;s bundle “%1”.</source>
        <translation>Bündel dieses Rechners „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>This machine&apos;s bundle “%1” is up to date.</source>
        <translation>Das Bündel dieses Rechners „%1“ ist aktuell.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 merged, %4 conflicted, %5 deleted, %6 restored, %7 renamed, %8 unchanged pages; %9 new attachments.</source>
        <translation>%1 neue, %2 aktualisierte, %3 zusammengeführte, %4 Seiten mit Konflikt, %5 gelöschte, %6 wiederhergestellte, %7 umbenannte, %8 unveränderte Seiten; %9 neue Anhänge.</translation>
    </message>
    <message>
        <source>With %1 links, shared in %2 messages, and %3 archived pages.</source>
        <translation>Dazu %1 Links, geteilt in %2 Nachrichten, und %3 archivierte Seiten.</translation>
    </message>
    <message>
        <source>Links: %1 new, %2 new shares, %3 new archived copies.</source>
        <translation>Links: %1 neu, %2-mal neu geteilt, %3 neue Archivkopien.</translation>
    </message>
</context>
<context>
    <name>folio::SyncController</name>
    <message>
        <source>Pages two machines changed in the same lines: choose what they should say</source>
        <translation>Seiten, deren Zeilen zwei Rechner gleichzeitig geändert haben: Wählen Sie, was dort stehen soll</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Sync-Ordner: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved the conflict in “%1”.</source>
        <translation>Konflikt in „%1“ gelöst.</translation>
    </message>
    <message>
        <source>Choose the Sync Folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>Syncing through “%1”.</source>
        <translation>Synchronisiert über „%1“.</translation>
    </message>
    <message>
        <source>Stopped syncing; the bundles in the folder are left as they are.</source>
        <translation>Synchronisieren beendet; die Bündel im Ordner bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisieren…</translation>
    </message>
    <message>
        <source>Sync folder: %1 File → Import Bundle merges it if you wish.</source>
        <translation>Sync-Ordner: %1 Datei → Bündel importieren übernimmt es, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>Sync folder: skipped: %1</source>
        <translation>Sync-Ordner: übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n page(s) changed on other machines.</source>
        <translation>
            <numerusform>Synchronisiert: %n Seite auf anderen Rechnern geändert.</numerusform>
            <numerusform>Synchronisiert: %n Seiten auf anderen Rechnern geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) need you to choose between two versions.</source>
        <translation>
            <numerusform>Bei %n Seite müssen Sie zwischen zwei Fassungen wählen.</numerusform>
            <numerusform>Bei %n Seiten müssen Sie zwischen zwei Fassungen wählen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n link(s), share(s) or archived copies new from other machines.</source>
        <translation>
            <numerusform>Synchronisiert: %n Link, neu geteilt oder archiviert, von anderen Rechnern.</numerusform>
            <numerusform>Synchronisiert: %n Links, neu geteilt oder archiviert, von anderen Rechnern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SyncDialog</name>
    <message>
        <source>Show &amp;Conflicts</source>
        <translation>&amp;Konflikte zeigen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled. The wiki is as it was.</source>
        <translation>Abgebrochen. Das Wiki ist, wie es war.</translation>
    </message>
    <message>
        <source>Export Wiki</source>
        <translation>Wiki exportieren</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Bündel importieren</translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The wiki goes back to how it was before “%1” was imported (%2).</source>
        <translation>Das Wiki wird so, wie es vor dem Import von „%1“ war (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made since then (edits, drafts, imported links) would be undone too.</source>
        <translation>
            <numerusform>%n seitdem gemachte Änderung (Bearbeitungen, Entwürfe, importierte Links) würde ebenfalls rückgängig gemacht.</numerusform>
            <numerusform>%n seitdem gemachte Änderungen (Bearbeitungen, Entwürfe, importierte Links) würden ebenfalls rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>A .foliobundle file</source>
        <translation>Eine .foliobundle-Datei</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bündel:</translation>
    </message>
    <message>
        <source>Only &amp;published pages</source>
        <translation>Nur &amp;veröffentlichte Seiten</translation>
    </message>
    <message>
        <source>Only p&amp;ublic pages</source>
        <translation>Nur ö&amp;ffentliche Seiten</translation>
    </message>
    <message>
        <source>all pages (or: printers, onboarding)</source>
        <translation>alle Seiten (oder: drucker, einarbeitung)</translation>
    </message>
    <message>
        <source>Only pages &amp;tagged:</source>
        <translation>Nur Seiten mit &amp;Schlagwort:</translation>
    </message>
    <message>
        <source>A filtered bundle carries only the pages, revisions and attachments that pass; links stay in the wiki.</source>
        <translation>Ein gefiltertes Bündel enthält nur die Seiten, Versionen und Anhänge, die durchkommen; Links bleiben im Wiki.</translation>
    </message>
    <message>
        <source>Export Wiki To</source>
        <translation>Wiki exportieren nach</translation>
    </message>
    <message>
        <source>Choose a Bundle</source>
        <translation>Bündel wählen</translation>
    </message>
    <message>
        <source>Folio bundles (*%1);;All files (*)</source>
        <translation>Folio-Bündel (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Wählen Sie zuerst die Bündeldatei.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Bündel wird geschrieben…</translation>
    </message>
    <message>
        <source>Putting the wiki back…</source>
        <translation>Wiki wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Bündel wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Merge Another Wiki?</source>
        <translation>Anderes Wiki übernehmen?</translation>
    </message>
    <message>
        <source>%1

Merge its pages into this wiki? Its pages are added beside yours; pages with the same title get distinct titles. From then on, bundles of either wiki merge into the other without asking.</source>
        <translation>%1

Seine Seiten in dieses Wiki übernehmen? Sie kommen neben Ihre; Seiten mit gleichem Titel bekommen verschiedene Titel. Danach werden Bündel beider Wikis ohne Nachfrage ins jeweils andere übernommen.</translation>
    </message>
    <message>
        <source>Nothing was imported: the bundle is of another wiki.</source>
        <translation>Nichts wurde importiert: Das Bündel gehört zu einem anderen Wiki.</translation>
    </message>
    <message>
        <source>Undo Edits Too?</source>
        <translation>Auch Änderungen rückgängig machen?</translation>
    </message>
    <message>
        <source>%1

Undo the import anyway, with those edits?</source>
        <translation>%1

Den Import trotzdem rückgängig machen, samt dieser Änderungen?</translation>
    </message>
    <message>
        <source>The wiki is as it was.</source>
        <translation>Das Wiki ist, wie es war.</translation>
    </message>
    <message>
        <source>The wiki was not exported: %1</source>
        <translation>Das Wiki wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>The wiki is as it was: %1</source>
        <translation>Das Wiki ist, wie es war: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to “%1”.</source>
        <translation>
            <numerusform>%n Seite nach „%1“ exportiert.</numerusform>
            <numerusform>%n Seiten nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <source>Deleted pages: %1</source>
        <translation>Gelöschte Seiten: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>Imported “%1”. If it was a mistake, File → Undo Last Import puts the wiki back.</source>
        <translation>„%1“ importiert. War das ein Versehen, setzt Datei → Letzten Import rückgängig machen das Wiki zurück.</translation>
    </message>
    <message>
        <source>The import of “%1” was undone. The wiki as it was before the undo is kept in “%2”.</source>
        <translation>Der Import von „%1“ wurde rückgängig gemacht. Das Wiki, wie es davor war, liegt in „%2“.</translation>
    </message>
    <message>
        <source>New pages: %1</source>
        <translation>Neue Seiten: %1</translation>
    </message>
    <message>
        <source>Pages updated with the other machine&apos;s edits: %1</source>
        <translation>Seiten mit den Änderungen des anderen Rechners aktualisiert: %1</translation>
    </message>
    <message>
        <source>Pages edited on both machines, merged: %1</source>
        <translation>Auf beiden Rechnern bearbeitete Seiten, zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Pages where both machines changed the same lines: %1 — both texts are kept; choose in Conflicts.</source>
        <translation>Seiten, bei denen beide Rechner dieselben Zeilen geändert haben: %1 – beide Texte bleiben erhalten; wählen Sie unter Konflikte.</translation>
    </message>
    <message>
        <source>Pages deleted on the other machine: %1</source>
        <translation>Auf dem anderen Rechner gelöschte Seiten: %1</translation>
    </message>
    <message>
        <source>Pages deleted here but edited there, brought back: %1</source>
        <translation>Hier gelöscht, dort bearbeitet, wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Pages renamed to keep titles distinct: %1</source>
        <translation>Umbenannte Seiten, damit Titel verschieden bleiben: %1</translation>
    </message>
    <message>
        <source>New attachments: %1</source>
        <translation>Neue Anhänge: %1</translation>
    </message>
    <message>
        <source>Nothing new: this wiki already had everything in the bundle.</source>
        <translation>Nichts Neues: Dieses Wiki hatte schon alles aus dem Bündel.</translation>
    </message>
    <message>
        <source>Pages unchanged: %1</source>
        <translation>Unveränderte Seiten: %1</translation>
    </message>
    <message>
        <source>Links: %1 (shared in %2 messages; %3 archived pages)</source>
        <translation>Links: %1 (geteilt in %2 Nachrichten; %3 archivierte Seiten)</translation>
    </message>
    <message>
        <source>New links: %1</source>
        <translation>Neue Links: %1</translation>
    </message>
    <message>
        <source>New shares of links: %1</source>
        <translation>Neu geteilt: %1</translation>
    </message>
    <message>
        <source>New archived copies of links: %1</source>
        <translation>Neue Archivkopien von Links: %1</translation>
    </message>
</context>
<context>
    <name>folio::SyncFolder</name>
    <message>
        <source>The sync folder “%1” does not exist or is not a folder.</source>
        <translation>Der Sync-Ordner „%1“ existiert nicht oder ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>folio::SyncWorker</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>folio::TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Pages with the chosen tag</source>
        <translation>Seiten mit dem gewählten Schlagwort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) tagged “%1”</source>
        <translation>
            <numerusform>%n Seite mit dem Schlagwort „%1“</numerusform>
            <numerusform>%n Seiten mit dem Schlagwort „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>No page shown here carries the tag “%1”.</source>
        <translation>Keine hier gezeigte Seite trägt das Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>No page has tags yet.</source>
        <translation>Noch hat keine Seite Schlagwörter.</translation>
    </message>
    <message>
        <source>Choose a tag to see its pages.</source>
        <translation>Wählen Sie ein Schlagwort, um seine Seiten zu sehen.</translation>
    </message>
    <message>
        <source>Pages tagged “%1”:</source>
        <translation>Seiten mit dem Schlagwort „%1“:</translation>
    </message>
</context>
<context>
    <name>folio::TeamsExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>eine Nachricht ohne ID oder Zeit; übersprungen</translation>
    </message>
    <message>
        <source>not valid JSON (%1); skipped</source>
        <translation>kein gültiges JSON (%1); übersprungen</translation>
    </message>
    <message>
        <source>Microsoft Teams messages (Graph JSON)</source>
        <translation>Microsoft-Teams-Nachrichten (Graph-JSON)</translation>
    </message>
</context>
<context>
    <name>folio::TelegramExport</name>
    <message>
        <source>Saved Messages</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <source>a message without an id; skipped</source>
        <translation>eine Nachricht ohne ID; übersprungen</translation>
    </message>
    <message>
        <source>“%1” holds no Telegram result.json.</source>
        <translation>„%1“ enthält keine result.json von Telegram.</translation>
    </message>
    <message>
        <source>Telegram Desktop export</source>
        <translation>Telegram-Desktop-Export</translation>
    </message>
    <message>
        <source>an impossible time (date_unixtime “%1”); the message keeps its written date</source>
        <translation>eine unmögliche Zeit (date_unixtime „%1“); die Nachricht behält ihr geschriebenes Datum</translation>
    </message>
</context>
<context>
    <name>folio::TextMerge</name>
    <message>
        <source>before both</source>
        <translation>vor beiden</translation>
    </message>
    <message>
        <source>&lt;&lt;&lt;&lt;&lt;&lt;&lt; %1
%2=======
%3&gt;&gt;&gt;&gt;&gt;&gt;&gt; %4
</source>
        <translation>&lt;&lt;&lt;&lt;&lt;&lt;&lt; %1
%2=======
%3&gt;&gt;&gt;&gt;&gt;&gt;&gt; %4
</translation>
    </message>
</context>
<context>
    <name>folio::UrlNormalizer</name>
    <message>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <source>an e-mail link without an address</source>
        <translation>ein E-Mail-Link ohne Adresse</translation>
    </message>
    <message>
        <source>a %1: link</source>
        <translation>ein %1:-Link</translation>
    </message>
    <message>
        <source>a redirect to a %1 link</source>
        <translation>eine Weiterleitung auf einen %1 Link</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>defekten</translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation>keine gültige Webadresse</translation>
    </message>
    <message>
        <source>a Telegram bot address, which holds the bot&apos;s token</source>
        <translation>eine Telegram-Bot-Adresse, die das Token des Bots enthält</translation>
    </message>
    <message>
        <source>a webhook address, which works as a password</source>
        <translation>eine Webhook-Adresse, die wie ein Passwort wirkt</translation>
    </message>
    <message>
        <source>an address longer than %1 characters</source>
        <translation>eine Adresse mit mehr als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>folio::WebPageCapturer</name>
    <message>
        <source>more than %1 MB</source>
        <translation>mehr als %1 MB</translation>
    </message>
    <message>
        <source>went to %1: %2</source>
        <translation>ging nach %1: %2</translation>
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
    <message>
        <source>folio: later starts on this wiki will open windows of their own (no local socket could be made)</source>
        <translation>folio: Spätere Starts mit diesem Wiki öffnen eigene Fenster (es ließ sich kein lokaler Socket anlegen)</translation>
    </message>
    <message>
        <source>folio: a Folio already open on this wiki does not answer; this window opens it too</source>
        <translation>folio: Ein Folio, das dieses Wiki schon geöffnet hat, antwortet nicht; dieses Fenster öffnet es ebenfalls</translation>
    </message>
</context>
<context>
    <name>folio::ZipWriter</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>folio::ZulipExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>eine Nachricht ohne ID oder Zeit; übersprungen</translation>
    </message>
    <message>
        <source>“%1” is not a Zulip export: it has no realm.json.</source>
        <translation>„%1“ ist kein Zulip-Export: Es enthält keine realm.json.</translation>
    </message>
    <message>
        <source>“%1”: realm.json is not valid JSON (%2).</source>
        <translation>„%1“: realm.json ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>Zulip organisation export</source>
        <translation>Zulip-Organisationsexport</translation>
    </message>
</context>
</TS>
