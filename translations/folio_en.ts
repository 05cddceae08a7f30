<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>folio::MainWindow</name>
    <message numerus="yes">
        <source>%n page(s) · %1</source>
        <translation>
            <numerusform>%n page · %1</numerusform>
            <numerusform>%n pages · %1</numerusform>
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
    <name>folio::SearchPanel</name>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n page found</numerusform>
            <numerusform>%n pages found</numerusform>
        </translation>
    </message>
</context>
</TS>
