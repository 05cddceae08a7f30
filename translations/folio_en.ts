<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>folio::ArchiveCommand</name>
    <message numerus="yes">
        <source>Stopped: %n link(s) wait; “folio archive --pending” goes on.</source>
        <translation>
            <numerusform>Stopped: %n link waits; “folio archive --pending” goes on.</numerusform>
            <numerusform>Stopped: %n links wait; “folio archive --pending” goes on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ArchiveRunner</name>
    <message numerus="yes">
        <source>Archiving paused; %n link(s) wait.</source>
        <translation>
            <numerusform>Archiving paused; %n link waits.</numerusform>
            <numerusform>Archiving paused; %n links wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ConflictsDialog</name>
    <message numerus="yes">
        <source>%n page(s) were changed on two machines in the same lines. Compare both versions, then keep one or edit the merged text.</source>
        <translation>
            <numerusform>%n page was changed on two machines in the same lines. Compare both versions, then keep one or edit the merged text.</numerusform>
            <numerusform>%n pages were changed on two machines in the same lines. Compare both versions, then keep one or edit the merged text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::HistoryView</name>
    <message numerus="yes">
        <source>Revision %1 by %2: %n line(s) added, %3 removed.</source>
        <translation>
            <numerusform>Revision %1 by %2: %n line added, %3 removed.</numerusform>
            <numerusform>Revision %1 by %2: %n lines added, %3 removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ImportLinksDialog</name>
    <message numerus="yes">
        <source>Imported %1: %n new link(s).</source>
        <translation>
            <numerusform>Imported %1: %n new link.</numerusform>
            <numerusform>Imported %1: %n new links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n link(s) in code or outside the domain rules.</source>
        <translation>
            <numerusform>Left out: %n link in code or outside the domain rules.</numerusform>
            <numerusform>Left out: %n links in code or outside the domain rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tokens or passwords removed from %n link(s).</source>
        <translation>
            <numerusform>Tokens or passwords removed from %n link.</numerusform>
            <numerusform>Tokens or passwords removed from %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n item could not be read and was skipped:</numerusform>
            <numerusform>%n items could not be read and were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) in private channels and direct messages (the box above imports them).</source>
        <translation>
            <numerusform>Left out: %n message in private channels and direct messages (the box above imports them).</numerusform>
            <numerusform>Left out: %n messages in private channels and direct messages (the box above imports them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) outside the channels or dates asked for.</source>
        <translation>
            <numerusform>Left out: %n message outside the channels or dates asked for.</numerusform>
            <numerusform>Left out: %n messages outside the channels or dates asked for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ImportUndo</name>
    <message numerus="yes">
        <source>Undoing the import of “%1” would also undo %n change(s) made after it.</source>
        <translation>
            <numerusform>Undoing the import of “%1” would also undo %n change made after it.</numerusform>
            <numerusform>Undoing the import of “%1” would also undo %n changes made after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::JsonReading</name>
    <message numerus="yes">
        <source>the file is cut off; the %n complete item(s) before the cut were read</source>
        <translation>
            <numerusform>the file is cut off; the %n complete item before the cut was read</numerusform>
            <numerusform>the file is cut off; the %n complete items before the cut were read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file stops being JSON (%1); the %n item(s) before were read</source>
        <translation>
            <numerusform>the file stops being JSON (%1); the %n item before was read</numerusform>
            <numerusform>the file stops being JSON (%1); the %n items before were read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::LinkDetailsView</name>
    <message numerus="yes">
        <source>Shared %n time(s)</source>
        <translation>
            <numerusform>Shared %n time</numerusform>
            <numerusform>Shared %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::LinkPromotion</name>
    <message numerus="yes">
        <source>Shared %n time(s); first by %1 in %2 on %3.</source>
        <translation>
            <numerusform>Shared %n time; first by %1 in %2 on %3.</numerusform>
            <numerusform>Shared %n times; first by %1 in %2 on %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::LinksCommand</name>
    <message numerus="yes">
        <source>  left out: %n link(s) in code or outside the domain rules</source>
        <translation>
            <numerusform>  left out: %n link in code or outside the domain rules</numerusform>
            <numerusform>  left out: %n links in code or outside the domain rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  removed tokens or passwords from %n link(s)</source>
        <translation>
            <numerusform>  removed tokens or passwords from %n link</numerusform>
            <numerusform>  removed tokens or passwords from %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n item could not be read and was skipped:</numerusform>
            <numerusform>%n items could not be read and were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s):</source>
        <translation>
            <numerusform>Shared %n time:</numerusform>
            <numerusform>Shared %n times:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) in private channels and direct messages (--include-private imports them)</source>
        <translation>
            <numerusform>  left out: %n message in private channels and direct messages (--include-private imports them)</numerusform>
            <numerusform>  left out: %n messages in private channels and direct messages (--include-private imports them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) outside --channels, --since or --until</source>
        <translation>
            <numerusform>  left out: %n message outside --channels, --since or --until</numerusform>
            <numerusform>  left out: %n messages outside --channels, --since or --until</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n share</numerusform>
            <numerusform>%n shares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::LinksPanel</name>
    <message numerus="yes">
        <source>%n link(s) match</source>
        <translation>
            <numerusform>%n link matches</numerusform>
            <numerusform>%n links match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::MainWindow</name>
    <message numerus="yes">
        <source>%n page(s) · %1</source>
        <translation>
            <numerusform>%n page · %1</numerusform>
            <numerusform>%n pages · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2”; links in %n other page(s) now follow.</source>
        <translation>
            <numerusform>Renamed “%1” to “%2”; links in %n other page now follow.</numerusform>
            <numerusform>Renamed “%1” to “%2”; links in %n other pages now follow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is called “%2” again; links in %n other page(s) changed back.</source>
        <translation>
            <numerusform>“%1” is called “%2” again; links in %n other page changed back.</numerusform>
            <numerusform>“%1” is called “%2” again; links in %n other pages changed back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::PageCommand</name>
    <message numerus="yes">
        <source>Imported %n file(s) in %1 s: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Imported %n file in %1 s: %2 new, %3 updated, %4 unchanged.</numerusform>
            <numerusform>Imported %n files in %1 s: %2 new, %3 updated, %4 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) now point to the new title</source>
        <translation>
            <numerusform>%n link now points to the new title</numerusform>
            <numerusform>%n links now point to the new title</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n other page(s) changed).</source>
        <translation>
            <numerusform>(%n other page changed).</numerusform>
            <numerusform>(%n other pages changed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::PageDocument</name>
    <message numerus="yes">
        <source>…and about %n more page(s).</source>
        <translation>
            <numerusform>…and about %n more page.</numerusform>
            <numerusform>…and about %n more pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::PageListPanel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s)</source>
        <translation>
            <numerusform>%1 of %n page</numerusform>
            <numerusform>%1 of %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ReviewQueuePanel</name>
    <message numerus="yes">
        <source>%n page(s) in review</source>
        <translation>
            <numerusform>%n page in review</numerusform>
            <numerusform>%n pages in review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SearchPanel</name>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n page found</numerusform>
            <numerusform>%n pages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) found</source>
        <translation>
            <numerusform>%n link found</numerusform>
            <numerusform>%n links found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SyncCommand</name>
    <message numerus="yes">
        <source>Exported %n page(s) (%1 deleted), %2 revisions and %3 attachments to “%4”.</source>
        <translation>
            <numerusform>Exported %n page (%1 deleted), %2 revisions and %3 attachments to “%4”.</numerusform>
            <numerusform>Exported %n pages (%1 deleted), %2 revisions and %3 attachments to “%4”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n bundle(s):</source>
        <translation>
            <numerusform>Merged %n bundle:</numerusform>
            <numerusform>Merged %n bundles:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SyncController</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n page(s) changed on other machines.</source>
        <translation>
            <numerusform>Synced: %n page changed on other machines.</numerusform>
            <numerusform>Synced: %n pages changed on other machines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) need you to choose between two versions.</source>
        <translation>
            <numerusform>%n page needs you to choose between two versions.</numerusform>
            <numerusform>%n pages need you to choose between two versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n link(s), share(s) or archived copies new from other machines.</source>
        <translation>
            <numerusform>Synced: %n link, share or archived copy new from other machines.</numerusform>
            <numerusform>Synced: %n links, shares or archived copies new from other machines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SyncDialog</name>
    <message numerus="yes">
        <source>%n change(s) made since then (edits, drafts, imported links) would be undone too.</source>
        <translation>
            <numerusform>%n change made since then (edits, drafts, imported links) would be undone too.</numerusform>
            <numerusform>%n changes made since then (edits, drafts, imported links) would be undone too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n page to “%1”.</numerusform>
            <numerusform>Exported %n pages to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::TagsPanel</name>
    <message numerus="yes">
        <source>%n page(s) tagged “%1”</source>
        <translation>
            <numerusform>%n page tagged “%1”</numerusform>
            <numerusform>%n pages tagged “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>
