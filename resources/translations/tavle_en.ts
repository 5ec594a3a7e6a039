<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1 is not sound (%n problem(s)).</source>
        <translation>
            <numerusform>%1 is not sound (%n problem).</numerusform>
            <numerusform>%1 is not sound (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) on %1: </source>
        <translation>
            <numerusform>%n placement on %1: </numerusform>
            <numerusform>%n placements on %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1. Correct them and import again, or use --skip-invalid to import the valid rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1. Correct it and import again, or use --skip-invalid to import the valid rows.</numerusform>
            <numerusform>Nothing was imported: %n problems in %1. Correct them and import again, or use --skip-invalid to import the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped; see the messages above.</source>
        <translation>
            <numerusform>%n row with problems was skipped; see the messages above.</numerusform>
            <numerusform>%n rows with problems were skipped; see the messages above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the due date %1</source>
        <translation>
            <numerusform>%n day after the due date %1</numerusform>
            <numerusform>%n days after the due date %1</numerusform>
        </translation>
    </message>
</context>
</TS>