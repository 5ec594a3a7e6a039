<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionItemRepository</name>
    <message>
        <source>The action item</source>
        <translation>Handlepunktet</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Give the day the calendar starts from (today).</source>
        <translation>Angiv den dag, kalenderen skal starte fra (dags dato).</translation>
    </message>
    <message>
        <source>The reminder before a deadline is 0 (none) to %1 days, not %2.</source>
        <translation>Påmindelsen før en frist skal være fra 0 (ingen) til %1 dage, ikke %2.</translation>
    </message>
    <message>
        <source>The reminder before a meeting is 0 (none) to %1 minutes (a week), not %2.</source>
        <translation>Påmindelsen før et møde skal være fra 0 (ingen) til %1 minutter (en uge), ikke %2.</translation>
    </message>
    <message>
        <source>Tavle: %1</source>
        <translation>Tavle: %1</translation>
    </message>
    <message>
        <source>Tavle</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Could not write the calendar to %1: %2. Choose a folder you can write to.</source>
        <translation>Kunne ikke skrive kalenderen til %1: %2. Vælg en mappe, du har skriveadgang til.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <source>%1
Run &apos;tavle-cli %2 --help&apos; for the options.</source>
        <translation>%1
Kør &apos;tavle-cli %2 --help&apos; for at se valgmulighederne.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.</source>
        <translation>--%1: &apos;%2&apos; er ikke en dato; skriv den som YYYY-MM-DD, f.eks. 2027-03-01.</translation>
    </message>
    <message>
        <source>The Tavle database (default: $TAVLE_DB, else tavle.sqlite in your data folder).</source>
        <translation>Tavle-databasen (standard: $TAVLE_DB, ellers tavle.sqlite i din datamappe).</translation>
    </message>
    <message>
        <source>Creates a Tavle database, or upgrades an older one, and prints its schema version.</source>
        <translation>Opretter en Tavle-database eller opgraderer en ældre og viser dens skemaversion.</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init tager ingen argumenter</translation>
    </message>
    <message>
        <source>Tavle database ready: %1
Schema version: %2</source>
        <translation>Tavle-databasen er klar: %1
Skemaversion: %2</translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and schema version without changing it. Exits with 0 only when the database is sound.</source>
        <translation>Kontrollerer databasens integritet og skemaversion uden at ændre noget. Afslutningskoden er kun 0, når databasen er i orden.</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>check tager ingen argumenter</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Tavle: %2)</source>
        <translation>Skemaversion: %1 (denne version af Tavle: %2)</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Afdelinger: %1</translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation>Personer: %1</translation>
    </message>
    <message>
        <source>Placements: %1</source>
        <translation>Ansættelser: %1</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>Møder: %1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integritet: i orden</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not sound (%n problem(s)).</source>
        <translation>
            <numerusform>%1 er ikke i orden (%n problem).</numerusform>
            <numerusform>%1 er ikke i orden (%n problemer).</numerusform>
        </translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>afholdt %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERSKREDET</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>snart</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>kommende</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>endnu ingen</translation>
    </message>
    <message>
        <source>Shows the expectation-meeting deadline of every placement that has not ended: held, overdue, due within 7 days, or upcoming. Sorted by due date.</source>
        <translation>Viser fristen for forventningsafstemning for hver ansættelse, der ikke er afsluttet: afholdt, overskredet, frist inden for 7 dage eller kommende. Sorteret efter frist.</translation>
    </message>
    <message>
        <source>Count from this date instead of today.</source>
        <translation>Regn fra denne dato i stedet for dags dato.</translation>
    </message>
    <message>
        <source>Show one department only.</source>
        <translation>Vis kun én afdeling.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (standard), csv eller json.</translation>
    </message>
    <message>
        <source>deadlines takes no arguments</source>
        <translation>deadlines tager ingen argumenter</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not table, csv or json.</source>
        <translation>--format: &apos;%1&apos; er hverken table, csv eller json.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Uddannelseslæge</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) on %1: </source>
        <translation>
            <numerusform>%n ansættelse pr. %1: </numerusform>
            <numerusform>%n ansættelser pr. %1: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days, %3 held, %4 without a main supervisor.</source>
        <translation>%1 med overskredet frist, %2 med frist inden for 7 dage, %3 afholdt, %4 uden hovedvejleder.</translation>
    </message>
    <message>
        <source>Fills an empty Tavle database (created when missing) with realistic demo data: departments, trainees, supervisors, placements and expectation meetings. The same seed gives the same data.</source>
        <translation>Fylder en tom Tavle-database (oprettes, hvis den mangler) med realistiske demodata: afdelinger, uddannelseslæger, vejledere, ansættelser og forventningsafstemninger. Samme startværdi giver samme data.</translation>
    </message>
    <message>
        <source>How many trainees (default 250).</source>
        <translation>Antal uddannelseslæger (standard 250).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Startværdi for tilfældighedsgeneratoren (standard 1).</translation>
    </message>
    <message>
        <source>Build the data around this date instead of today.</source>
        <translation>Dan dataene ud fra denne dato i stedet for dags dato.</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo tager ingen argumenter</translation>
    </message>
    <message>
        <source>--trainees: &apos;%1&apos; is not a positive whole number.</source>
        <translation>--trainees: &apos;%1&apos; er ikke et positivt heltal.</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation>--seed: &apos;%1&apos; er ikke et heltal på 0 eller derover.</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 departments, %3 trainees, %4 supervisors, %5 placements, %6 meetings (seed %7, today %8).</source>
        <translation>Demodata skrevet til %1: %2 afdelinger, %3 uddannelseslæger, %4 vejledere, %5 ansættelser, %6 møder (startværdi %7, dags dato %8).</translation>
    </message>
    <message>
        <source>Placements: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Ansættelser: %1 nye, %2 opdaterede, %3 uændrede.</translation>
    </message>
    <message>
        <source>Persons: %1 new, %2 updated. Departments: %3 new.</source>
        <translation>Personer: %1 nye, %2 opdaterede. Afdelinger: %3 nye.</translation>
    </message>
    <message>
        <source>Imports the department&apos;s roster from a CSV file (Excel: Save As, CSV). Columns, by name in any order: Navn, Uddannelsestrin, Afdeling, Startdato (required), Slutdato, Hovedvejleder, Email. By default the import is all or nothing.</source>
        <translation>Importerer afdelingens personaleliste fra en CSV-fil (Excel: Gem som, CSV). Kolonner efter navn i vilkårlig rækkefølge: Navn, Uddannelsestrin, Afdeling, Startdato (påkrævede), Slutdato, Hovedvejleder, Email. Som standard importeres alt eller intet.</translation>
    </message>
    <message>
        <source>The word &apos;roster&apos;.</source>
        <translation>Ordet &apos;roster&apos;.</translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation>Filen med personalelisten.</translation>
    </message>
    <message>
        <source>Check the file and show what would change; write nothing.</source>
        <translation>Kontrollér filen, og vis hvad der ville blive ændret, uden at gemme noget.</translation>
    </message>
    <message>
        <source>Import the valid rows even when some rows are bad.</source>
        <translation>Importér de gyldige rækker, selv om nogle rækker er fejlbehæftede.</translation>
    </message>
    <message>
        <source>usage: tavle-cli import roster FILE [--dry-run] [--skip-invalid]</source>
        <translation>brug: tavle-cli import roster FILE [--dry-run] [--skip-invalid]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file name and that you may read it.</source>
        <translation>Kan ikke læse %1: %2. Kontrollér filnavnet, og at du har adgang til at læse filen.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read as a roster.</source>
        <translation>Intet blev importeret: %1 kan ikke læses som en personaleliste.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1. Correct them and import again, or use --skip-invalid to import the valid rows.</source>
        <translation>
            <numerusform>Intet blev importeret: %n problem i %1. Ret det og importér igen, eller brug --skip-invalid for at importere de gyldige rækker.</numerusform>
            <numerusform>Intet blev importeret: %n problemer i %1. Ret dem og importér igen, eller brug --skip-invalid for at importere de gyldige rækker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Importing %1 would make these changes:</source>
        <translation>Prøvekørsel: intet er gemt. Import af %1 ville medføre disse ændringer:</translation>
    </message>
    <message>
        <source>(no changes: the database already matches the file)</source>
        <translation>(ingen ændringer: databasen svarer allerede til filen)</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3.</source>
        <translation>%1 af %2 rækker importeret fra %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped; see the messages above.</source>
        <translation>
            <numerusform>%n række med problemer blev sprunget over; se meddelelserne ovenfor.</numerusform>
            <numerusform>%n rækker med problemer blev sprunget over; se meddelelserne ovenfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>ukendt valgmulighed %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>ukendt kommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 for %2 (%3, %4, started %5)</source>
        <translation>%1 for %2 (%3, %4, start %5)</translation>
    </message>
    <message>
        <source>on time (due %1)</source>
        <translation>til tiden (frist %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the due date %1</source>
        <translation>
            <numerusform>%n dag efter fristen %1</numerusform>
            <numerusform>%n dage efter fristen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Registers a meeting as held for a trainee&apos;s placement; by default the expectation meeting (Forventningsafstemning).</source>
        <translation>Registrerer et møde som afholdt for en uddannelseslæges ansættelse; som standard mødetypen Forventningsafstemning.</translation>
    </message>
    <message>
        <source>The word &apos;held&apos;.</source>
        <translation>Ordet &apos;held&apos;.</translation>
    </message>
    <message>
        <source>The trainee&apos;s name or e-mail address.</source>
        <translation>Uddannelseslægens navn eller e-mailadresse.</translation>
    </message>
    <message>
        <source>The day it was held.</source>
        <translation>Den dag, mødet blev afholdt.</translation>
    </message>
    <message>
        <source>The meeting type (default: the expectation meeting).</source>
        <translation>Mødetypen (standard: forventningsafstemning).</translation>
    </message>
    <message>
        <source>The department, when the trainee has placements in several.</source>
        <translation>Afdelingen, når uddannelseslægen har ansættelser i flere.</translation>
    </message>
    <message>
        <source>What was agreed: goals, tasks, deadlines, responsibilities.</source>
        <translation>Hvad der blev aftalt: mål, opgaver, frister, ansvar.</translation>
    </message>
    <message>
        <source>Treat this date as today (a meeting cannot be held after today).</source>
        <translation>Regn denne dato som dags dato (et møde kan ikke være afholdt senere end dags dato).</translation>
    </message>
    <message>
        <source>usage: tavle-cli meeting held --trainee NAME --date YYYY-MM-DD [--type NAME]</source>
        <translation>brug: tavle-cli meeting held --trainee NAME --date YYYY-MM-DD [--type NAME]</translation>
    </message>
    <message>
        <source>--trainee is required.</source>
        <translation>--trainee skal angives.</translation>
    </message>
    <message>
        <source>--date is required.</source>
        <translation>--date skal angives.</translation>
    </message>
    <message>
        <source>Registered: %1, held on %2, %3.</source>
        <translation>Registreret: %1, afholdt %2, %3.</translation>
    </message>
    <message>
        <source>Corrected: %1, held on %2 (was %3), %4.</source>
        <translation>Rettet: %1, afholdt %2 (tidligere %3), %4.</translation>
    </message>
    <message>
        <source>Already registered: %1, held on %2. Nothing changed.</source>
        <translation>Allerede registreret: %1, afholdt %2. Intet er ændret.</translation>
    </message>
    <message>
        <source>--department: there is no department &apos;%1&apos;. Departments: %2.</source>
        <translation>--department: der findes ingen afdeling &apos;%1&apos;. Afdelinger: %2.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number of %3 from 0 (no reminder) to %4.</source>
        <translation>--%1: &apos;%2&apos; er ikke et antal %3 fra 0 (ingen påmindelse) til %4.</translation>
    </message>
    <message>
        <source>Writes the calendar as an iCalendar file (.ics) for Outlook, Thunderbird or any calendar program: the open expectation-meeting deadlines as all-day events on the due date, the meetings from today on, and each series as one recurring event naming its meeting leaders. Every event keeps its identity, so importing a newer export updates the events instead of adding them twice. Meeting notes are personal data and stay out unless --include-notes is given.</source>
        <translation>Skriver kalenderen som en iCalendar-fil (.ics) til Outlook, Thunderbird eller et andet kalenderprogram: de åbne frister for forventningsafstemning som heldagsbegivenheder på fristdatoen, møderne fra dags dato og frem og hver mødeserie som én tilbagevendende begivenhed med navnene på mødelederne. Hver begivenhed beholder sin identitet, så når du importerer en nyere eksport, bliver begivenhederne opdateret i stedet for at blive tilføjet to gange. Mødenoter er personoplysninger og kommer kun med, hvis --include-notes er angivet.</translation>
    </message>
    <message>
        <source>The format: ics (iCalendar).</source>
        <translation>Formatet: ics (iCalendar).</translation>
    </message>
    <message>
        <source>The file to write, e.g. tavle.ics (replaced whole).</source>
        <translation>Filen, der skal skrives, f.eks. tavle.ics (erstattes helt).</translation>
    </message>
    <message>
        <source>Export from this date instead of today.</source>
        <translation>Eksportér fra denne dato i stedet for dags dato.</translation>
    </message>
    <message>
        <source>Export one department only.</source>
        <translation>Eksportér kun én afdeling.</translation>
    </message>
    <message>
        <source>Remind this many days before a deadline (default 1; 0: no reminder).</source>
        <translation>Påmindelse dette antal dage før en frist (standard 1; 0: ingen påmindelse).</translation>
    </message>
    <message>
        <source>Remind this many minutes before a meeting (default 15; 0: no reminder).</source>
        <translation>Påmindelse dette antal minutter før et møde (standard 15; 0: ingen påmindelse).</translation>
    </message>
    <message>
        <source>Put meeting notes and decisions in the events. They are personal data: only for a calendar nobody else reads.</source>
        <translation>Medtag mødenoter og beslutninger i begivenhederne. De er personoplysninger: brug det kun til en kalender, som ingen andre læser.</translation>
    </message>
    <message>
        <source>usage: tavle-cli export ics --out FILE [--today YYYY-MM-DD] [--department NAME]; ics is the only format.</source>
        <translation>brug: tavle-cli export ics --out FILE [--today YYYY-MM-DD] [--department NAME]; ics er det eneste format.</translation>
    </message>
    <message>
        <source>--out is required: the file to write, e.g. --out tavle.ics.</source>
        <translation>--out skal angives: filen, der skal skrives, f.eks. --out tavle.ics.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <source>Wrote the calendar to %1.</source>
        <translation>Kalenderen er skrevet til %1.</translation>
    </message>
    <message>
        <source>Events: %1 (deadlines: %2, meetings: %3, series: %4, changed occurrences of a series: %5).</source>
        <translation>Begivenheder: %1 (frister: %2, møder: %3, mødeserier: %4, ændrede enkeltmøder i en serie: %5).</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>brug: %1</translation>
    </message>
    <message>
        <source>--type: there is no meeting type &apos;%1&apos;. Meeting types: %2.</source>
        <translation>--type: der findes ingen mødetype &apos;%1&apos;. Mødetyper: %2.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>Lists the department meetings of a period: every logged or cancelled meeting, and every occurrence of a series not logged yet (state planned), by date and time. The period defaults to 30 days before today to 60 days after.</source>
        <translation>Viser afdelingens møder i en periode: alle registrerede eller aflyste møder og alle møder i en mødeserie, der endnu ikke er registreret (status planlagt), efter dato og tidspunkt. Som standard går perioden fra 30 dage før dags dato til 60 dage efter.</translation>
    </message>
    <message>
        <source>The word &apos;list&apos;.</source>
        <translation>Ordet &apos;list&apos;.</translation>
    </message>
    <message>
        <source>The first day (default: today - 30 days).</source>
        <translation>Den første dag (standard: dags dato - 30 dage).</translation>
    </message>
    <message>
        <source>The last day, included (default: today + 60 days).</source>
        <translation>Den sidste dag, medregnet (standard: dags dato + 60 dage).</translation>
    </message>
    <message>
        <source>One meeting type only, by name or code (e.g. Ventil, education_team).</source>
        <translation>Kun én mødetype, angivet ved navn eller kode (f.eks. Ventil, education_team).</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the period is empty.</source>
        <translation>--from %1 ligger efter --to %2: perioden er tom.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) from %1 to %2: </source>
        <translation>
            <numerusform>%n møde fra %1 til %2: </numerusform>
            <numerusform>%n møder fra %1 til %2: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 held, %2 planned, %3 cancelled.</source>
        <translation>%1 afholdt, %2 planlagt, %3 aflyst.</translation>
    </message>
    <message>
        <source>Lists the action items of every meeting: open, overdue (not done and due before today) and done, by due date (none last).</source>
        <translation>Viser handlepunkterne fra alle møder: åbne, over fristen (ikke udført og med frist før dags dato) og udførte, efter frist (punkter uden frist sidst).</translation>
    </message>
    <message>
        <source>Only the items not done yet: open and overdue.</source>
        <translation>Kun de punkter, der endnu ikke er udført: åbne og over fristen.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Handlepunkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) on %1: </source>
        <translation>
            <numerusform>%n handlepunkt pr. %1: </numerusform>
            <numerusform>%n handlepunkter pr. %1: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, of which %2 overdue; %3 done.</source>
        <translation>%1 ikke udført, heraf %2 over fristen; %3 udført.</translation>
    </message>
    <message>
        <source>Usage:
  tavle-cli goals template list
  tavle-cli goals template load NAME
  tavle-cli goals list [--format table|csv|json]
  tavle-cli goals set --department NAME|ALL --goal CODE --status STATUS [--date YYYY-MM-DD] [--note TEXT]
  tavle-cli goals status [--date YYYY-MM-DD] [--format table|csv|json]

STATUS is achieved, in_progress, not_started or not_applicable. A goal for the whole hospital takes --department ALL.
Run &apos;tavle-cli goals SUBCOMMAND --help&apos; for its options.
</source>
        <translation>Brug:
  tavle-cli goals template list
  tavle-cli goals template load NAME
  tavle-cli goals list [--format table|csv|json]
  tavle-cli goals set --department NAME|ALL --goal CODE --status STATUS [--date YYYY-MM-DD] [--note TEXT]
  tavle-cli goals status [--date YYYY-MM-DD] [--format table|csv|json]

STATUS er achieved (opnået), in_progress (i gang), not_started (ikke startet) eller not_applicable (ikke relevant). Et mål for hele hospitalet angives med --department ALL.
Kør &apos;tavle-cli goals SUBCOMMAND --help&apos; for at se underkommandoens valgmuligheder.
</translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation>Regn denne dato som dags dato.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>No strategy is loaded yet. Load the hospital&apos;s strategy first: tavle-cli goals template load %1</source>
        <translation>Der er endnu ikke indlæst nogen strategi. Indlæs først hospitalets strategi: tavle-cli goals template load %1</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hele hospitalet</translation>
    </message>
    <message>
        <source>department</source>
        <translation>hver afdeling</translation>
    </message>
    <message>
        <source>Lists the built-in strategy templates: their focus areas, goals, and whether one is loaded in the database already.</source>
        <translation>Viser de indbyggede strategiskabeloner: deres indsatsområder og mål, og om en skabelon allerede er indlæst i databasen.</translation>
    </message>
    <message>
        <source>usage: tavle-cli goals template list</source>
        <translation>brug: tavle-cli goals template list</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Indsatsområder</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Indlæst</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Green at %</source>
        <translation>Grøn ved %</translation>
    </message>
    <message>
        <source>Loads a built-in strategy template as the strategy in use: its focus areas and goals, all at once. A template is loaded only once.</source>
        <translation>Indlæser en indbygget strategiskabelon som den strategi, der er i brug: alle dens indsatsområder og mål på én gang. En skabelon kan kun indlæses én gang.</translation>
    </message>
    <message>
        <source>The word &apos;load&apos;.</source>
        <translation>Ordet &apos;load&apos;.</translation>
    </message>
    <message>
        <source>The template&apos;s code, e.g. mvh (see goals template list).</source>
        <translation>Skabelonens kode, f.eks. mvh (se goals template list).</translation>
    </message>
    <message>
        <source>usage: tavle-cli goals template load NAME; the names are in &apos;tavle-cli goals template list&apos;.</source>
        <translation>brug: tavle-cli goals template load NAME; navnene står i &apos;tavle-cli goals template list&apos;.</translation>
    </message>
    <message>
        <source>Loaded the strategy &apos;%1&apos; from template %2.</source>
        <translation>Strategien &apos;%1&apos; er indlæst fra skabelonen %2.</translation>
    </message>
    <message>
        <source>Focus areas: %1; goals: %2 (per department: %3, for the whole hospital: %4); green at %5 %.</source>
        <translation>Indsatsområder: %1; mål: %2 (pr. afdeling: %3, for hele hospitalet: %4); grøn ved %5 %.</translation>
    </message>
    <message>
        <source>goals template: give list or load NAME</source>
        <translation>goals template: angiv list eller load NAME</translation>
    </message>
    <message>
        <source>goals template: unknown subcommand &apos;%1&apos;; give list or load NAME</source>
        <translation>goals template: ukendt underkommando &apos;%1&apos;; angiv list eller load NAME</translation>
    </message>
    <message>
        <source>Lists the goals of the strategy in use by focus area, retired ones included (with the day they were retired).</source>
        <translation>Viser målene i den strategi, der er i brug, ordnet efter indsatsområde, inklusive udfasede mål (med den dag, de blev udfaset).</translation>
    </message>
    <message>
        <source>usage: tavle-cli goals list [--format table|csv|json]</source>
        <translation>brug: tavle-cli goals list [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Indsatsområde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Gælder for</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udfaset</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 af %2 %3</translation>
    </message>
    <message>
        <source>Strategy &apos;%1&apos;: goals: %2 (retired: %3); green at %4 %.</source>
        <translation>Strategi &apos;%1&apos;: mål: %2 (udfasede: %3); grøn ved %4 %.</translation>
    </message>
    <message>
        <source>Records the status of a goal for a department, or for the hospital (--department ALL) when the goal holds for the whole hospital. Every change is kept as a dated row, so the status at any earlier day can be shown.</source>
        <translation>Registrerer status for et mål i en afdeling eller for hospitalet (--department ALL), når målet gælder for hele hospitalet. Hver ændring gemmes som en dateret række, så status på en hvilken som helst tidligere dag kan vises.</translation>
    </message>
    <message>
        <source>The word &apos;set&apos;.</source>
        <translation>Ordet &apos;set&apos;.</translation>
    </message>
    <message>
        <source>The department, by name in any case; ALL for a goal of the whole hospital.</source>
        <translation>Afdelingen, angivet ved navn uanset store og små bogstaver; ALL for et mål, der gælder hele hospitalet.</translation>
    </message>
    <message>
        <source>The goal&apos;s code, e.g. 3.2.</source>
        <translation>Målets kode, f.eks. 3.2.</translation>
    </message>
    <message>
        <source>achieved, in_progress, not_started or not_applicable.</source>
        <translation>achieved (opnået), in_progress (i gang), not_started (ikke startet) eller not_applicable (ikke relevant).</translation>
    </message>
    <message>
        <source>The day the status holds from (default: today).</source>
        <translation>Den dag, status gælder fra (standard: dags dato).</translation>
    </message>
    <message>
        <source>A note or the evidence, e.g. where the minutes are.</source>
        <translation>En note eller dokumentation, f.eks. hvor referatet ligger.</translation>
    </message>
    <message>
        <source>usage: tavle-cli goals set --department NAME|ALL --goal CODE --status STATUS [--date YYYY-MM-DD] [--note TEXT]</source>
        <translation>brug: tavle-cli goals set --department NAME|ALL --goal CODE --status STATUS [--date YYYY-MM-DD] [--note TEXT]</translation>
    </message>
    <message>
        <source>--%1 is required; run &apos;tavle-cli goals set --help&apos;.</source>
        <translation>--%1 skal angives; kør &apos;tavle-cli goals set --help&apos;.</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status. Give achieved, in_progress, not_started or not_applicable.</source>
        <translation>--status: &apos;%1&apos; er ikke en status. Angiv achieved, in_progress, not_started eller not_applicable.</translation>
    </message>
    <message>
        <source>--date: %1 is after today (%2); a status holds from today or an earlier day.</source>
        <translation>--date: %1 ligger efter dags dato (%2); en status gælder fra dags dato eller en tidligere dag.</translation>
    </message>
    <message>
        <source>--goal: there is no goal &apos;%1&apos;. Goals: %2 (see &apos;tavle-cli goals list&apos;).</source>
        <translation>--goal: der findes intet mål &apos;%1&apos;. Mål: %2 (se &apos;tavle-cli goals list&apos;).</translation>
    </message>
    <message>
        <source>--department: goal %1 holds for the whole hospital; give --department ALL.</source>
        <translation>--department: mål %1 gælder for hele hospitalet; angiv --department ALL.</translation>
    </message>
    <message>
        <source>--department: goal %1 holds for each department, not for the whole hospital; give the department&apos;s name. Departments: %2.</source>
        <translation>--department: mål %1 gælder for hver afdeling, ikke for hele hospitalet; angiv afdelingens navn. Afdelinger: %2.</translation>
    </message>
    <message>
        <source>the hospital</source>
        <translation>hospitalet</translation>
    </message>
    <message>
        <source>Goal %1 (%2) for %3: %4 from %5.</source>
        <translation>Mål %1 (%2) for %3: %4 fra %5.</translation>
    </message>
    <message>
        <source>The roll-up of the strategy goals on a day: per department the goals achieved out of those that apply, the percent and whether it is green; the last row (ALL) is the whole hospital: every department&apos;s goals and the hospital&apos;s own.</source>
        <translation>Opgørelsen af strategiens mål på en given dag: for hver afdeling de opnåede mål ud af de relevante, procentdelen, og om afdelingen er grøn; den sidste række (ALL) er hele hospitalet: alle afdelingers mål og hospitalets egne.</translation>
    </message>
    <message>
        <source>The word &apos;status&apos;.</source>
        <translation>Ordet &apos;status&apos;.</translation>
    </message>
    <message>
        <source>The day to count on (default: today).</source>
        <translation>Den dag, der skal opgøres pr. (standard: dags dato).</translation>
    </message>
    <message>
        <source>usage: tavle-cli goals status [--date YYYY-MM-DD] [--format table|csv|json]</source>
        <translation>brug: tavle-cli goals status [--date YYYY-MM-DD] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>ALL (hospital)</source>
        <translation>ALL (hele hospitalet)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Strategy &apos;%1&apos; on %2; green at %3 %.</source>
        <translation>Strategi &apos;%1&apos; pr. %2; grøn ved %3 %.</translation>
    </message>
    <message>
        <source>goals: give a subcommand</source>
        <translation>goals: angiv en underkommando</translation>
    </message>
    <message>
        <source>goals: unknown subcommand &apos;%1&apos;</source>
        <translation>goals: ukendt underkommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Writes the status report of the strategy goals as a PDF file (A4): the figure and whether it is green, a table per focus area, the goals not yet achieved with their notes, and the trend per month. For one department, or without --department for the whole hospital with every department&apos;s figure.</source>
        <translation>Skriver statusrapporten for strategiens mål som en PDF-fil (A4): målopfyldelsen, og om den er grøn, en tabel pr. indsatsområde, de mål, der endnu ikke er opnået, med deres noter, og udviklingen måned for måned. For én afdeling eller, uden --department, for hele hospitalet med tallene for hver afdeling.</translation>
    </message>
    <message>
        <source>The report: goals.</source>
        <translation>Rapporten: goals.</translation>
    </message>
    <message>
        <source>The department, by name in any case (default: the hospital report).</source>
        <translation>Afdelingen, angivet ved navn uanset store og små bogstaver (standard: rapporten for hele hospitalet).</translation>
    </message>
    <message>
        <source>The file to write, e.g. status.pdf (replaced whole).</source>
        <translation>Filen, der skal skrives, f.eks. status.pdf (erstattes helt).</translation>
    </message>
    <message>
        <source>The day the report shows (default: today).</source>
        <translation>Den dag, rapporten skal vise (standard: dags dato).</translation>
    </message>
    <message>
        <source>usage: tavle-cli report goals [--department NAME] --out FILE.pdf [--date YYYY-MM-DD]; goals is the only report.</source>
        <translation>brug: tavle-cli report goals [--department NAME] --out FILE.pdf [--date YYYY-MM-DD]; goals er den eneste rapport.</translation>
    </message>
    <message>
        <source>--out is required: the file to write, e.g. --out status.pdf.</source>
        <translation>--out skal angives: filen, der skal skrives, f.eks. --out status.pdf.</translation>
    </message>
    <message>
        <source>--date: %1 is after today (%2); a report shows today or an earlier day.</source>
        <translation>--date: %1 ligger efter dags dato (%2); en rapport viser dags dato eller en tidligere dag.</translation>
    </message>
    <message>
        <source>No strategy is loaded yet, so there is nothing to report. Load the hospital&apos;s strategy first: tavle-cli goals template load mvh</source>
        <translation>Der er endnu ikke indlæst nogen strategi, så der er intet at rapportere om. Indlæs først hospitalets strategi: tavle-cli goals template load mvh</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapporten er skrevet til %1.</translation>
    </message>
    <message>
        <source>Goals achieved on %1: %2 of %3; green: %4.</source>
        <translation>Opnåede mål pr. %1: %2 af %3; grøn: %4.</translation>
    </message>
    <message>
        <source>Copies a whole Tavle database into an empty one: a file to a server database, a server database to a file, or a file to a file. Counts every table on both sides and keeps the copy only when the counts agree. The source is only read.</source>
        <translation>Kopierer en hel Tavle-database over i en tom: en fil til en serverdatabase, en serverdatabase til en fil eller en fil til en fil. Tæller alle tabeller på begge sider og beholder kun kopien, når tallene stemmer. Kilden bliver kun læst.</translation>
    </message>
    <message>
        <source>The database to copy: a file, or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Databasen, der skal kopieres: en fil eller postgresql://BRUGER@VÆRT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database to copy into: a new file, or an empty database on a server.</source>
        <translation>Databasen, der skal kopieres til: en ny fil eller en tom database på en server.</translation>
    </message>
    <message>
        <source>copy takes no arguments; give the databases with --from and --to.</source>
        <translation>copy tager ingen argumenter; angiv databaserne med --from og --to.</translation>
    </message>
    <message>
        <source>copy does not use --db; give the databases with --from and --to.</source>
        <translation>copy bruger ikke --db; angiv databaserne med --from og --to.</translation>
    </message>
    <message>
        <source>copy needs both --from SOURCE and --to TARGET.
Run &apos;tavle-cli copy --help&apos; for the options.</source>
        <translation>copy skal have både --from KILDE og --to MÅL.
Kør &apos;tavle-cli copy --help&apos; for at se tilvalgene.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation>Rækker i kilden</translation>
    </message>
    <message>
        <source>Target rows</source>
        <translation>Rækker i målet</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; every table&apos;s count matches.</source>
        <translation>Kopierede %1 rækker fra %2 til %3; alle tabellers antal stemmer.</translation>
    </message>
    <message>
        <source>Usage:
  tavle-cli --db postgresql://USER@HOST:PORT/DATABASE server roles
  tavle-cli --db postgresql://USER@HOST:PORT/DATABASE server whoami

roles sets up Tavle&apos;s four roles on the server and prints what each may do; run it as the user who created the database, and again after an upgrade.
whoami prints the user and their Tavle role.
</source>
        <translation>Brug:
  tavle-cli --db postgresql://BRUGER@VÆRT:PORT/DATABASE server roles
  tavle-cli --db postgresql://BRUGER@VÆRT:PORT/DATABASE server whoami

roles opretter Tavles fire roller på serveren og viser, hvad hver må; kør det som den bruger, der oprettede databasen, og igen efter en opgradering.
whoami viser brugeren og brugerens Tavle-rolle.
</translation>
    </message>
    <message>
        <source>read</source>
        <translation>læse</translation>
    </message>
    <message>
        <source>read (not %1)</source>
        <translation>læse (ikke %1)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>tilføje</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>rette</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>slette</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>server %1: %2 is not a database on a server. Tavle&apos;s roles exist only on a PostgreSQL server: give --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>server %1: %2 er ikke en database på en server. Tavles roller findes kun på en PostgreSQL-server: angiv --db postgresql://BRUGER@VÆRT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Sets up Tavle&apos;s four roles on the PostgreSQL server (tavle_cheflaege, tavle_uao, tavle_ukyl, tavle_readonly) and grants each its share of the tables; prints what each may do. Run it as the user who created the database, and again after an upgrade of Tavle. Running it twice changes nothing.</source>
        <translation>Opretter Tavles fire roller på PostgreSQL-serveren (tavle_cheflaege, tavle_uao, tavle_ukyl, tavle_readonly) og giver hver sin del af tabellerne; viser, hvad hver må. Kør det som den bruger, der oprettede databasen, og igen efter en opgradering af Tavle. At køre det to gange ændrer intet.</translation>
    </message>
    <message>
        <source>The word &apos;roles&apos;.</source>
        <translation>Ordet &apos;roles&apos;.</translation>
    </message>
    <message>
        <source>usage: tavle-cli server roles</source>
        <translation>brug: tavle-cli server roles</translation>
    </message>
    <message>
        <source>Tavle&apos;s roles are set up on %1.</source>
        <translation>Tavles roller er oprettet på %1.</translation>
    </message>
    <message>
        <source>What each role may do, as the server enforces it:</source>
        <translation>Hvad hver rolle må, sådan som serveren håndhæver det:</translation>
    </message>
    <message>
        <source>Give each person a login in one of the roles, e.g.:
  CREATE ROLE anna LOGIN PASSWORD &apos;...&apos; IN ROLE tavle_ukyl;</source>
        <translation>Giv hver person et login i en af rollerne, fx:
  CREATE ROLE anna LOGIN PASSWORD &apos;...&apos; IN ROLE tavle_ukyl;</translation>
    </message>
    <message>
        <source>Prints the user the database is opened as and their Tavle role.</source>
        <translation>Viser den bruger, databasen er åbnet som, og brugerens Tavle-rolle.</translation>
    </message>
    <message>
        <source>The word &apos;whoami&apos;.</source>
        <translation>Ordet &apos;whoami&apos;.</translation>
    </message>
    <message>
        <source>usage: tavle-cli server whoami</source>
        <translation>brug: tavle-cli server whoami</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Bruger: %1</translation>
    </message>
    <message>
        <source>Tavle role: %1</source>
        <translation>Tavle-rolle: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Rights: %1</source>
        <translation>Rettigheder: %1</translation>
    </message>
    <message>
        <source>Tavle role: none. The owner of the database and the server&apos;s administrators may do everything; anyone else needs one of Tavle&apos;s roles (tavle-cli server roles).</source>
        <translation>Tavle-rolle: ingen. Databasens ejer og serverens administratorer må alt; alle andre skal have en af Tavles roller (tavle-cli server roles).</translation>
    </message>
    <message>
        <source>Tavle role: none. A file has no roles: whoever may open it may change everything in it.</source>
        <translation>Tavle-rolle: ingen. En fil har ingen roller: den, der må åbne den, kan ændre alt i den.</translation>
    </message>
    <message>
        <source>server: give a subcommand</source>
        <translation>server: angiv en underkommando</translation>
    </message>
    <message>
        <source>server: unknown subcommand &apos;%1&apos;</source>
        <translation>server: ukendt underkommando &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: tavle-cli [--db PATH] COMMAND ...

Commands:
  init                    create or upgrade the database; prints the schema version
  demo                    fill an empty database with realistic demo data
  import roster FILE      import the department&apos;s roster (CSV from Excel)
  deadlines               the expectation-meeting deadline board
  meeting held            register a meeting as held
  meetings list           the meeting log of a period
  actions list            the action items of every meeting
  export ics --out FILE   the calendar: deadlines, meetings, series
  goals template list     the built-in strategy templates (&apos;load NAME&apos; loads one)
  goals list              the strategy&apos;s goals
  goals set               set a goal&apos;s status for a department or ALL
  goals status            achieved goals per department, green or not
  report goals --out FILE the strategy status report as PDF
  copy --from DB --to DB  copy a whole database, e.g. from a file to a server
  server roles            set up the Tavle roles on a PostgreSQL server
  server whoami           your user and Tavle role on a server
  check                   check integrity and schema version

Options:
  --db PATH|URL           the Tavle database: a file, or postgresql://USER@HOST:PORT/DATABASE
                          (default: $TAVLE_DB, else tavle.sqlite in your data folder)
  --version               show the version
  -h, --help              show this help

Run &apos;tavle-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Brug: tavle-cli [--db PATH] COMMAND ...

Kommandoer:
  init                    opret eller opgradér databasen; viser skemaversionen
  demo                    fyld en tom database med realistiske demodata
  import roster FILE      importér afdelingens personaleliste (CSV fra Excel)
  deadlines               fristoversigten for forventningsafstemninger
  meeting held            registrér et møde som afholdt
  meetings list           møderne i en periode
  actions list            handlepunkterne fra alle møder
  export ics --out FILE   kalenderen: frister, møder, mødeserier
  goals template list     de indbyggede strategiskabeloner (&apos;load NAME&apos; indlæser en)
  goals list              strategiens mål
  goals set               sæt status for et mål i en afdeling eller for ALL
  goals status            opnåede mål pr. afdeling, grøn eller ej
  report goals --out FILE statusrapporten for strategien som PDF
  copy --from DB --to DB  kopiér en hel database, fx fra en fil til en server
  server roles            opret Tavles roller på en PostgreSQL-server
  server whoami           din bruger og Tavle-rolle på en server
  check                   kontrollér integritet og skemaversion

Valgmuligheder:
  --db PATH|URL           Tavle-databasen: en fil eller postgresql://BRUGER@VÆRT:PORT/DATABASE
                          (standard: $TAVLE_DB, ellers tavle.sqlite i din datamappe)
  --version               vis versionen
  -h, --help              vis denne hjælp

Kør &apos;tavle-cli COMMAND --help&apos; for at se en kommandos valgmuligheder.
</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>none</source>
        <comment>no date</comment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no person</comment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>• %1 was changed</source>
        <translation>• %1 er ændret</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload to see the data as it is now, then make your change again if it still holds.</source>
        <translation>Din ændring blev ikke gemt. Genindlæs for at se data, som de er nu, og foretag så din ændring igen, hvis den stadig gælder.</translation>
    </message>
    <message>
        <source>Someone else has deleted the placement of %1 since you read it.</source>
        <translation>En anden har slettet ansættelsen for %1, siden du læste den.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Uddannelsestrin</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>Someone else has changed the placement of %1 since you read it:</source>
        <translation>En anden har ændret ansættelsen for %1, siden du læste den:</translation>
    </message>
    <message>
        <source>Someone else has deleted the meeting since you read it.</source>
        <translation>En anden har slettet mødet, siden du læste det.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no time</comment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>Dagsordenen</translation>
    </message>
    <message>
        <source>The decisions</source>
        <translation>Beslutningerne</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Noterne</translation>
    </message>
    <message>
        <source>• Who came was changed</source>
        <translation>• Fremmødet er ændret</translation>
    </message>
    <message>
        <source>Someone else has changed the meeting since you read it:</source>
        <translation>En anden har ændret mødet, siden du læste det:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty; export the roster from Excel as CSV with a header row</source>
        <translation>filen er tom; eksportér personalelisten fra Excel som CSV med en overskriftsrække</translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx), not a CSV file; in Excel choose Save As, CSV (semicolon separated), and import that file</source>
        <translation>dette er en Excel-projektmappe (.xlsx), ikke en CSV-fil; vælg Gem som, CSV (semikolonsepareret) i Excel, og importér den fil</translation>
    </message>
    <message>
        <source>this is not a CSV text file (it holds binary data); export the roster from Excel as CSV</source>
        <translation>dette er ikke en CSV-tekstfil (den indeholder binære data); eksportér personalelisten fra Excel som CSV</translation>
    </message>
    <message>
        <source>a quoted field is never closed; check for a missing &quot; on this line</source>
        <translation>et felt i anførselstegn bliver aldrig afsluttet; kontrollér, om der mangler et &quot; i denne række</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a Tavle database file.</source>
        <translation>%1 er en mappe, ikke en databasefil. Angiv stien til en Tavle-databasefil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Kan ikke læse %1: %2. Kontrollér, at filen findes, og at du har adgang til at læse den.</translation>
    </message>
    <message>
        <source>%1 is not a Tavle database (it is not an SQLite database file). The file has not been changed; choose a Tavle database, or a new file name to create one.</source>
        <translation>%1 er ikke en Tavle-database (det er ikke en SQLite-databasefil). Filen er ikke ændret; vælg en Tavle-database, eller angiv et nyt filnavn for at oprette en.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tavle database. The file has not been changed; choose another file.</source>
        <translation>%1 er en SQLite-database fra et andet program, ikke en Tavle-database. Filen er ikke ændret; vælg en anden fil.</translation>
    </message>
    <message>
        <source>%1 is not a Tavle database. The file has not been changed; choose another file.</source>
        <translation>%1 er ikke en Tavle-database. Filen er ikke ændret; vælg en anden fil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>There is no Tavle database at %1. Create one first, or choose another file.</source>
        <translation>Der findes ingen Tavle-database på %1. Opret en først, eller vælg en anden fil.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1. Check the path and your permissions.</source>
        <translation>Kan ikke oprette mappen til %1. Kontrollér stien og dine adgangsrettigheder.</translation>
    </message>
    <message>
        <source>%1 holds no Tavle data yet. Create the database first.</source>
        <translation>%1 indeholder endnu ingen Tavle-data. Opret databasen først.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tavle (schema version %2; this version knows up to %3). The file has not been changed; open it with the newer Tavle.</source>
        <translation>%1 er skrevet af en nyere version af Tavle (skemaversion %2; denne version understøtter højst %3). Filen er ikke ændret; åbn den med den nyere version af Tavle.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2: %3. The database was left at version %4.</source>
        <translation>Kunne ikke opgradere %1 til skemaversion %2: %3. Databasen er forblevet på version %4.</translation>
    </message>
    <message>
        <source>Could not record schema version %1 in %2: %3</source>
        <translation>Kunne ikke gemme skemaversion %1 i %2: %3</translation>
    </message>
    <message>
        <source>Could not start writing to %1: %2</source>
        <translation>Kunne ikke begynde at skrive til %1: %2</translation>
    </message>
    <message>
        <source>The schema is at version %1; this Tavle uses version %2. Open the database once for writing to upgrade it.</source>
        <translation>Skemaet er på version %1; denne version af Tavle bruger version %2. Åbn databasen én gang med skriveadgang for at opgradere den.</translation>
    </message>
    <message>
        <source>Internal error: migration %1 is missing.</source>
        <translation>Intern fejl: migrering %1 mangler.</translation>
    </message>
    <message>
        <source>Internal error: cannot read migration %1.</source>
        <translation>Intern fejl: kan ikke læse migrering %1.</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>Kunne ikke konfigurere databasen: %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>Tabel %1, række %2 henviser til en manglende række i %3.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Transaktionen er allerede afsluttet.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Kunne ikke gemme ændringerne: %1</translation>
    </message>
    <message>
        <source>Could not record the identity of %1: %2</source>
        <translation>Kunne ikke gemme identiteten for %1: %2</translation>
    </message>
    <message>
        <source>Cannot watch %1 for changes by others: %2</source>
        <translation>Kan ikke holde øje med andres ændringer i %1: %2</translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2</source>
        <translation>Kunne ikke opgradere %1: %2</translation>
    </message>
    <message>
        <source>This Tavle cannot reach PostgreSQL servers: the Qt driver QPSQL is missing. Install the package libqt6sql6-psql.</source>
        <translation>Denne Tavle kan ikke forbinde til PostgreSQL-servere: Qt-driveren QPSQL mangler. Installér pakken libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The server at %1 wants a password for %2. Give it when asked, or put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Serveren %1 vil have en adgangskode for %2. Skriv den, når du bliver spurgt, eller læg den i ~/.pgpass eller PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password for %2. Check the user name and the password.</source>
        <translation>Serveren %1 godtog ikke adgangskoden for %2. Kontrollér brugernavnet og adgangskoden.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address, that the server is running and that the database exists.</source>
        <translation>Kan ikke forbinde til %1: %2. Kontrollér adressen, at serveren kører, og at databasen findes.</translation>
    </message>
    <message>
        <source>%1 is a Tavle database, but %2 has no Tavle role on it. Ask the person who manages the Tavle server to give you one (docs/SERVER.md).</source>
        <translation>%1 er en Tavle-database, men %2 har ingen Tavle-rolle i den. Bed den, der står for Tavle-serveren, om at give dig en (docs/SERVER.md).</translation>
    </message>
    <message>
        <source>%1 is not a Tavle database. Nothing has been changed; choose another database.</source>
        <translation>%1 er ikke en Tavle-database. Intet er blevet ændret; vælg en anden database.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Tavle database. Nothing has been changed; give Tavle a database of its own.</source>
        <translation>%1 indeholder et andet programs tabeller, ikke en Tavle-database. Intet er blevet ændret; giv Tavle sin egen database.</translation>
    </message>
    <message>
        <source>%1 holds no Tavle data yet. Create the database first (tavle-cli init).</source>
        <translation>%1 indeholder endnu ingen Tavle-data. Opret databasen først (tavle-cli init).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tavle (schema version %2; this version knows up to %3). Nothing has been changed; use the newer Tavle.</source>
        <translation>%1 er skrevet af en nyere version af Tavle (skemaversion %2; denne version kender op til %3). Intet er blevet ændret; brug den nyere Tavle.</translation>
    </message>
    <message>
        <source>Table %1: the next new row would reuse id %2.</source>
        <translation>Tabel %1: den næste nye række ville genbruge id %2.</translation>
    </message>
    <message>
        <source>%1 is not a usable server address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 er ikke en brugbar serveradresse: %2. Skriv den som postgresql://BRUGER@VÆRT:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>det er ikke en gyldig URL</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>værten mangler</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>databasenavnet mangler</translation>
    </message>
    <message>
        <source>the port is not a number</source>
        <translation>porten er ikke et tal</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1: %2 rows in the source, %3 read, %4 in the copy</source>
        <translation>%1: %2 rækker i kilden, %3 læst, %4 i kopien</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Tavle copies version %3 only. Open it once with Tavle (or run tavle-cli --db %1 init) to upgrade it, then copy again. Nothing has been copied.</source>
        <translation>%1 har skemaversion %2; denne Tavle kopierer kun version %3. Åbn den én gang med Tavle (eller kør tavle-cli --db %1 init) for at opgradere den, og kopiér så igen. Intet er blevet kopieret.</translation>
    </message>
    <message>
        <source>%1 is not open for writing at schema version %2, so nothing can be copied into it.</source>
        <translation>%1 er ikke åben for skrivning i skemaversion %2, så der kan ikke kopieres noget ind i den.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same database. Copy into another file or server database.</source>
        <translation>%1 og %2 er den samme database. Kopiér til en anden fil eller serverdatabase.</translation>
    </message>
    <message>
        <source>Could not copy the table %1 from %2 to %3: %4. Nothing has been copied.</source>
        <translation>Kunne ikke kopiere tabellen %1 fra %2 til %3: %4. Intet er blevet kopieret.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds data of its own (%2). Nothing has been copied; copy into a new file or an empty server database.</source>
        <translation>%1 indeholder allerede sine egne data (%2). Intet er blevet kopieret; kopiér til en ny fil eller en tom serverdatabase.</translation>
    </message>
    <message>
        <source>it has no database_id</source>
        <translation>den har intet database_id</translation>
    </message>
    <message>
        <source>Could not count the rows in %1 and %2: %3. Nothing has been copied.</source>
        <translation>Kunne ikke tælle rækkerne i %1 og %2: %3. Intet er blevet kopieret.</translation>
    </message>
    <message>
        <source>The copy in %1 does not match %2 (%3). Nothing has been copied.</source>
        <translation>Kopien i %1 stemmer ikke med %2 (%3). Intet er blevet kopieret.</translation>
    </message>
</context>
<context>
    <name>DeadlineBoard</name>
    <message>
        <source>The database has no expectation-meeting type. Run the integrity check and restore from a backup.</source>
        <translation>Databasen mangler mødetypen forventningsafstemning. Kør integritetskontrollen og gendan fra en sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>DeadlineEvents</name>
    <message>
        <source>Level: %1</source>
        <translation>Trin: %1</translation>
    </message>
    <message>
        <source>Main supervisor: none assigned yet</source>
        <translation>Hovedvejleder: endnu ikke tildelt</translation>
    </message>
    <message>
        <source>Main supervisor: %1</source>
        <translation>Hovedvejleder: %1</translation>
    </message>
    <message>
        <source>Placement: %1 to %2</source>
        <translation>Ansættelse: %1 til %2</translation>
    </message>
    <message>
        <source>Placement: from %1</source>
        <translation>Ansættelse: fra %1</translation>
    </message>
    <message>
        <source>Expectation meeting due: %1</source>
        <translation>Frist for forventningsafstemning: %1</translation>
    </message>
    <message>
        <source>The expectation meeting of %1 with the main supervisor is due on %2.</source>
        <translation>Forventningsafstemningen mellem %1 og hovedvejlederen skal være afholdt senest %2.</translation>
    </message>
    <message>
        <source>KBU (foundation year)</source>
        <translation>KBU (klinisk basisuddannelse)</translation>
    </message>
    <message>
        <source>Introductory post</source>
        <translation>Introduktionsstilling</translation>
    </message>
    <message>
        <source>Specialist training (HU)</source>
        <translation>Hoveduddannelse (HU)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo data needs a valid date to build around; give today&apos;s date.</source>
        <translation>Demodataene kræver en gyldig dato at tage udgangspunkt i; angiv dags dato.</translation>
    </message>
    <message>
        <source>The number of trainees must be from 1 to %1; %2 was given.</source>
        <translation>Antallet af uddannelseslæger skal være fra 1 til %1; der blev angivet %2.</translation>
    </message>
    <message>
        <source>%1 already holds departments or persons. Demo data is only written to an empty database; choose a new file name to create one.</source>
        <translation>%1 indeholder allerede afdelinger eller personer. Demodata skrives kun til en tom database; vælg et nyt filnavn for at oprette en.</translation>
    </message>
    <message>
        <source>The database has no expectation-meeting type. Run the integrity check and restore from a backup.</source>
        <translation>Databasen mangler mødetypen forventningsafstemning. Kør integritetskontrollen og gendan fra en sikkerhedskopi.</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>The department</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <source>count the placements</source>
        <translation>tælle ansættelserne</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Fra %1 til %2</translation>
    </message>
    <message>
        <source>From %1, no end date yet</source>
        <translation>Fra %1, endnu ingen slutdato</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n current trainee(s))</source>
        <translation>
            <numerusform>%1 (%n aktuel uddannelseslæge)</numerusform>
            <numerusform>%1 (%n aktuelle uddannelseslæger)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSource</name>
    <message>
        <source>The database %1 has no identity yet, so its calendar events would not be told apart from another database&apos;s. Open it once with Tavle (not read-only) to upgrade it, then export again.</source>
        <translation>Databasen %1 har endnu ingen identitet, så dens kalenderbegivenheder ikke kan skelnes fra en anden databases. Åbn den én gang i Tavle (ikke skrivebeskyttet) for at opgradere den, og eksportér derefter igen.</translation>
    </message>
    <message>
        <source>The department to export (number %1) does not exist; choose another one.</source>
        <translation>Afdelingen, der skal eksporteres (nummer %1), findes ikke; vælg en anden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Afdeling: %1</translation>
    </message>
    <message>
        <source>Meeting leader: %1</source>
        <translation>Mødeleder: %1</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Dagsorden:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Beslutninger:</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>%1 has been changed or deleted by someone else since; this step cannot be undone or redone. Reload and make the change by hand.</source>
        <translation>%1 er siden blevet ændret eller slettet af en anden; dette trin kan ikke fortrydes eller gentages. Indlæs igen, og foretag ændringen manuelt.</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Mødet</translation>
    </message>
    <message>
        <source>The placement</source>
        <translation>Ansættelsen</translation>
    </message>
    <message>
        <source>The series</source>
        <translation>Mødeserien</translation>
    </message>
    <message>
        <source>The action item</source>
        <translation>Handlepunktet</translation>
    </message>
</context>
<context>
    <name>GoalActions</name>
    <message>
        <source>status %1 of goal %2 for %3</source>
        <translation>status %1 for mål %2 (%3)</translation>
    </message>
    <message>
        <source>goal %1 moved up</source>
        <translation>flytning af mål %1 op</translation>
    </message>
    <message>
        <source>goal %1 moved down</source>
        <translation>flytning af mål %1 ned</translation>
    </message>
    <message>
        <source>Retire goal %1</source>
        <translation>Udfas mål %1</translation>
    </message>
    <message>
        <source>Retire goal %1 &quot;%2&quot; from today, %3?

It stops counting from today in every department; its history is kept. Edit the goal to choose another day.</source>
        <translation>Vil du udfase mål %1 &quot;%2&quot; fra i dag, %3?

Fra i dag tæller målet ikke længere med i nogen afdeling; dets historik bevares. Rediger målet, hvis du vil vælge en anden dag.</translation>
    </message>
    <message>
        <source>goal %1 retired</source>
        <translation>udfasning af mål %1</translation>
    </message>
    <message>
        <source>goal status %1 %2.pdf</source>
        <translation>målstatus %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export goal status report</source>
        <translation>Eksportér statusrapport for målene</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Goal status %1</source>
        <translation>Målstatus %1</translation>
    </message>
</context>
<context>
    <name>GoalReport</name>
    <message>
        <source>The report needs a graphical application object for its fonts.</source>
        <translation>Rapporten kræver et grafisk programobjekt for at kunne bruge skrifttyper.</translation>
    </message>
    <message>
        <source>The department of the report does not exist any more.</source>
        <translation>Rapportens afdeling findes ikke længere.</translation>
    </message>
    <message>
        <source>All (hospital)</source>
        <translation>I alt (hospitalet)</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>Siden er for lille til rapporten.</translation>
    </message>
    <message>
        <source>Cannot draw the report on the printer or file.</source>
        <translation>Kan ikke tegne rapporten på printeren eller i filen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Kan ikke begynde på side %1 i rapporten.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Cannot finish the report.</source>
        <translation>Kan ikke færdiggøre rapporten.</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Kan ikke skrive rapporten til %1: %2</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Hospital: all departments</source>
        <translation>Hospitalet: alle afdelinger</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 goals achieved (%3)</source>
        <translation>%1 af %2 mål opnået (%3)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Not green</source>
        <translation>Ikke grøn</translation>
    </message>
    <message>
        <source>The strategy is green when at least %1 % of the goals that apply are achieved. Goals that do not apply and retired goals are left out; a goal without a status counts as not started.</source>
        <translation>Strategien er grøn, når mindst %1 % af de relevante mål er opnået. Mål, der ikke er relevante, og udfasede mål tælles ikke med; et mål uden status tæller som ikke startet.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Hospital-wide goals</source>
        <translation>Mål for hele hospitalet</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Måldato: %1</translation>
    </message>
    <message>
        <source>Target: %1 %2; now: %3</source>
        <translation>Måltal: %1 %2; nu: %3</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>ikke opgjort</translation>
    </message>
    <message>
        <source>Achieved in %1 of %2 departments</source>
        <translation>Opnået i %1 af %2 afdelinger</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Goals not yet achieved</source>
        <translation>Mål, der endnu ikke er opnået</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Ingen note.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>target date %1</source>
        <translation>måldato %1</translation>
    </message>
    <message>
        <source>Every goal is achieved.</source>
        <translation>Alle mål er opnået.</translation>
    </message>
    <message>
        <source>Every hospital-wide goal is achieved.</source>
        <translation>Alle mål for hele hospitalet er opnået.</translation>
    </message>
    <message>
        <source>The hospital-wide goals; each department&apos;s report lists its own.</source>
        <translation>Målene for hele hospitalet; hver afdelings rapport viser afdelingens egne mål.</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation>Status pr. %1</translation>
    </message>
    <message>
        <source>Goals by focus area</source>
        <translation>Mål pr. indsatsområde</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Percent of the goals achieved at the end of each month, and on %1.</source>
        <translation>Procentdel af målene, der var opnået ved udgangen af hver måned og pr. %1.</translation>
    </message>
</context>
<context>
    <name>GoalStyle</name>
    <message>
        <source>on target (%1 % or more achieved)</source>
        <translation>i mål (mindst %1 % opnået)</translation>
    </message>
    <message>
        <source>close: under %1 %, within %2 points</source>
        <translation>tæt på: under %1 %, men inden for %2 procentpoint</translation>
    </message>
    <message>
        <source>more than %1 points under %2 %</source>
        <translation>mere end %1 procentpoint under %2 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n goal(s) achieved · %2</source>
        <translation>
            <numerusform>%1 af %n mål opnået · %2</numerusform>
            <numerusform>%1 af %n mål opnået · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 af %2 · %3</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <source>No goals</source>
        <translation>Ingen mål</translation>
    </message>
    <message>
        <source>no goal applies</source>
        <translation>intet mål er relevant</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>The time zone Europe/Copenhagen was not found. Install the time zone data (the tzdata package, /usr/share/zoneinfo) and export again.</source>
        <translation>Tidszonen Europe/Copenhagen blev ikke fundet. Installér tidszonedataene (pakken tzdata, /usr/share/zoneinfo), og eksportér igen.</translation>
    </message>
    <message>
        <source>libical could not write the calendar: %1</source>
        <translation>libical kunne ikke skrive kalenderen: %1</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new placement(s)</source>
        <translation>
            <numerusform>%n ny ansættelse</numerusform>
            <numerusform>%n nye ansættelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>placements</comment>
        <translation>
            <numerusform>%n opdateret</numerusform>
            <numerusform>%n opdaterede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>placements</comment>
        <translation>
            <numerusform>%n uændret</numerusform>
            <numerusform>%n uændrede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n ny person</numerusform>
            <numerusform>%n nye personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) updated</source>
        <translation>
            <numerusform>%n person opdateret</numerusform>
            <numerusform>%n personer opdateret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n ny afdeling</numerusform>
            <numerusform>%n nye afdelinger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold mødet</translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation>Mødeserien er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <source>Cancel %1? It stays in the list as cancelled; Undo brings it back.</source>
        <translation>Vil du aflyse %1? Mødet bliver stående på listen som aflyst. Du kan fortryde med Fortryd.</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Aflys mødet</translation>
    </message>
    <message>
        <source>cancellation of %1</source>
        <translation>aflysning af %1</translation>
    </message>
    <message>
        <source>Delete %1 with its attendance, decisions and action items? The series shows the date as planned again. Undo brings it back.</source>
        <translation>Vil du slette %1 med fremmøde, beslutninger og handlepunkter? Mødeserien viser igen datoen som planlagt. Du kan fortryde med Fortryd.</translation>
    </message>
    <message>
        <source>Delete %1 with its attendance, decisions and action items? Undo brings it back.</source>
        <translation>Vil du slette %1 med fremmøde, beslutninger og handlepunkter? Du kan fortryde med Fortryd.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>deletion of the meeting %1</source>
        <translation>sletning af mødet %1</translation>
    </message>
</context>
<context>
    <name>MeetingEditing</name>
    <message>
        <source>The database has no expectation-meeting type. Run the integrity check and restore from a backup.</source>
        <translation>Databasen mangler mødetypen forventningsafstemning. Kør integritetskontrollen og gendan fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Vælg mødetypen.</translation>
    </message>
    <message>
        <source>A meeting belongs to a placement or a department.</source>
        <translation>Et møde hører til en ansættelse eller en afdeling.</translation>
    </message>
    <message>
        <source>Give the date the meeting is planned for or was held.</source>
        <translation>Angiv datoen, hvor mødet er planlagt eller blev afholdt.</translation>
    </message>
    <message>
        <source>%1 is in the future. Register a meeting as held once it has taken place.</source>
        <translation>%1 ligger i fremtiden. Registrér først et møde som afholdt, når det har fundet sted.</translation>
    </message>
</context>
<context>
    <name>MeetingEvents</name>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
</context>
<context>
    <name>MeetingLog</name>
    <message>
        <source>An action item needs a text: what is to be done.</source>
        <translation>Et handlepunkt skal have en tekst: hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The meeting type of the series %1 no longer exists.</source>
        <translation>Mødetypen for mødeserien %1 findes ikke længere.</translation>
    </message>
    <message>
        <source>The meeting has been deleted by someone else.</source>
        <translation>Mødet er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>A cancelled meeting was not held: clear one of them.</source>
        <translation>Et aflyst møde kan ikke være afholdt: fjern den ene af de to angivelser.</translation>
    </message>
    <message>
        <source>Choose the date of the series meeting.</source>
        <translation>Vælg datoen for mødet i mødeserien.</translation>
    </message>
    <message>
        <source>A person is listed twice among the participants.</source>
        <translation>En person står to gange blandt deltagerne.</translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation>Mødeserien er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>The series %1 does not meet on %2.</source>
        <translation>Mødeserien %1 har ikke møde den %2.</translation>
    </message>
    <message>
        <source>The meeting of %1 on %2 is logged already: open it to change it.</source>
        <translation>%1 den %2 er allerede registreret: åbn mødet for at ændre det.</translation>
    </message>
</context>
<context>
    <name>MeetingRegistration</name>
    <message>
        <source>Give the date the meeting was held.</source>
        <translation>Angiv datoen, hvor mødet blev afholdt.</translation>
    </message>
    <message>
        <source>%1 is in the future. Register a meeting as held once it has taken place.</source>
        <translation>%1 ligger i fremtiden. Registrér først et møde som afholdt, når det har fundet sted.</translation>
    </message>
    <message>
        <source>There is no meeting type &apos;%1&apos; held per placement. Known types: %2.</source>
        <translation>Der findes ingen mødetype &apos;%1&apos;, der afholdes pr. ansættelse. Kendte typer: %2.</translation>
    </message>
    <message>
        <source>There is no trainee named %1. Check the spelling, or give the e-mail address.</source>
        <translation>Der findes ingen uddannelseslæge ved navn %1. Kontrollér stavemåden, eller angiv e-mailadressen.</translation>
    </message>
    <message>
        <source>%1 (no e-mail)</source>
        <translation>%1 (ingen e-mailadresse)</translation>
    </message>
    <message>
        <source>%1 trainees are named %2: %3. Give the e-mail address instead of the name.</source>
        <translation>%1 uddannelseslæger hedder %2: %3. Angiv e-mailadressen i stedet for navnet.</translation>
    </message>
    <message>
        <source>%1 has no placement in %2.</source>
        <translation>%1 har ingen ansættelse i %2.</translation>
    </message>
    <message>
        <source>%1 has placements in several departments (%2). Name the department.</source>
        <translation>%1 har ansættelser i flere afdelinger (%2). Angiv afdelingen.</translation>
    </message>
    <message>
        <source>%1 has no placement that had not ended by %2.</source>
        <translation>%1 har ingen ansættelse, som endnu ikke var afsluttet den %2.</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting</source>
        <translation>Mødet</translation>
    </message>
</context>
<context>
    <name>MeetingSeriesRepository</name>
    <message>
        <source>The series</source>
        <translation>Mødeserien</translation>
    </message>
</context>
<context>
    <name>PeopleEditing</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Angiv personens navn.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address. Correct it, or leave the field empty.</source>
        <translation>&apos;%1&apos; er ikke en gyldig e-mailadresse. Ret den, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <source>Choose the trainee of the placement.</source>
        <translation>Vælg uddannelseslægen til ansættelsen.</translation>
    </message>
    <message>
        <source>Choose the department of the placement.</source>
        <translation>Vælg afdelingen for ansættelsen.</translation>
    </message>
    <message>
        <source>Give the start date of the placement.</source>
        <translation>Angiv ansættelsens startdato.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Slutdatoen %1 ligger før startdatoen %2.</translation>
    </message>
    <message>
        <source>%1 already has a placement in this department from %2.</source>
        <translation>%1 har allerede en ansættelse i denne afdeling fra %2.</translation>
    </message>
    <message>
        <source>Choose the department of the supervisor.</source>
        <translation>Vælg vejlederens afdeling.</translation>
    </message>
    <message>
        <source>Give the department&apos;s name.</source>
        <translation>Angiv afdelingens navn.</translation>
    </message>
    <message>
        <source>There is already a department named %1.</source>
        <translation>Der findes allerede en afdeling ved navn %1.</translation>
    </message>
    <message numerus="yes">
        <source>The department still has %n placement(s). Move or delete them first.</source>
        <translation>
            <numerusform>Afdelingen har stadig %n ansættelse. Flyt eller slet den først.</numerusform>
            <numerusform>Afdelingen har stadig %n ansættelser. Flyt eller slet dem først.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>The placement</source>
        <translation>Ansættelsen</translation>
    </message>
</context>
<context>
    <name>RecurrenceRules</name>
    <message>
        <source>Give the series a title.</source>
        <translation>Giv mødeserien en titel.</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>Vælg mødetypen.</translation>
    </message>
    <message>
        <source>Choose the department of the series.</source>
        <translation>Vælg mødeseriens afdeling.</translation>
    </message>
    <message>
        <source>Give the date of the first meeting.</source>
        <translation>Angiv datoen for det første møde.</translation>
    </message>
    <message>
        <source>Give the time the meetings start.</source>
        <translation>Angiv mødernes starttidspunkt.</translation>
    </message>
    <message>
        <source>Give how long a meeting lasts, in minutes.</source>
        <translation>Angiv mødets varighed i minutter.</translation>
    </message>
    <message>
        <source>A series repeats every 1 to 52 weeks or months, not every %1.</source>
        <translation>En mødeserie gentages med 1 til 52 ugers eller måneders mellemrum, ikke %1.</translation>
    </message>
    <message>
        <source>The series ends on %1, before its first meeting on %2.</source>
        <translation>Mødeserien slutter den %1, før dens første møde den %2.</translation>
    </message>
</context>
<context>
    <name>RecurrenceText</name>
    <message>
        <source>%1th</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal number</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>last %1</source>
        <comment>the last Friday of a month</comment>
        <translation>sidste %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the 2nd Tuesday of a month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every week on %1</source>
        <translation>hver %1</translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation>hver %1. %2</translation>
    </message>
    <message>
        <source>every %1 of the month</source>
        <translation>den %1 i hver måned</translation>
    </message>
    <message>
        <source>the %1 of every %2 month</source>
        <translation>den %1 i hver %2 måned</translation>
    </message>
    <message>
        <source>on the %1 of each month</source>
        <translation>den %1 i hver måned</translation>
    </message>
    <message>
        <source>on the %1 of every %2 month</source>
        <translation>den %1 i hver %2 måned</translation>
    </message>
    <message>
        <source>%1: months without a %2 have no meeting</source>
        <translation>%1: i måneder uden den %2 er der intet møde</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Ugentligt, hver %1</translation>
    </message>
    <message>
        <source>Monthly on the %1</source>
        <translation>Månedligt, den %1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>prepare a statement</source>
        <translation>forberede en forespørgsel</translation>
    </message>
    <message>
        <source>run a query</source>
        <translation>udføre en forespørgsel</translation>
    </message>
    <message>
        <source>read the new row&apos;s id</source>
        <translation>læse id&apos;et for den nye række</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Kunne ikke %1: %2</translation>
    </message>
    <message>
        <source>%1 has been changed or deleted by someone else since it was read. Reload it and make your change again.</source>
        <translation>%1 er blevet ændret eller slettet af en anden, efter at oplysningerne blev indlæst. Indlæs oplysningerne igen, og foretag din ændring på ny.</translation>
    </message>
    <message>
        <source>The server refused: your database role may not read this.</source>
        <translation>Serveren afviste: din databaserolle må ikke læse dette.</translation>
    </message>
    <message>
        <source>The server refused: your database role may not read this (%1).</source>
        <translation>Serveren afviste: din databaserolle må ikke læse dette (%1).</translation>
    </message>
    <message>
        <source>The server refused: your database role may not change this. Nothing was saved.</source>
        <translation>Serveren afviste: din databaserolle må ikke ændre dette. Intet blev gemt.</translation>
    </message>
    <message>
        <source>The server refused: your database role may not change this (%1). Nothing was saved.</source>
        <translation>Serveren afviste: din databaserolle må ikke ændre dette (%1). Intet blev gemt.</translation>
    </message>
    <message>
        <source>Ask the person who manages the Tavle server for the right role.</source>
        <translation>Bed den, der står for Tavle-serveren, om den rette rolle.</translation>
    </message>
</context>
<context>
    <name>RoleAssignmentRepository</name>
    <message>
        <source>The role</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <source>new department %1</source>
        <translation>ny afdeling %1</translation>
    </message>
    <message>
        <source>new trainee %1</source>
        <translation>ny uddannelseslæge %1</translation>
    </message>
    <message>
        <source>name changed from %1 to %2</source>
        <translation>navn ændret fra %1 til %2</translation>
    </message>
    <message>
        <source>e-mail of %1 set to %2</source>
        <translation>e-mailadresse for %1 sat til %2</translation>
    </message>
    <message>
        <source>new supervisor %1 in %2</source>
        <translation>ny vejleder %1 i %2</translation>
    </message>
    <message>
        <source>new placement: %1, %2, %3 from %4</source>
        <translation>ny ansættelse: %1, %2, %3 fra %4</translation>
    </message>
    <message>
        <source>level %1 → %2</source>
        <translation>uddannelsestrin %1 → %2</translation>
    </message>
    <message>
        <source>end date %1 → %2</source>
        <translation>slutdato %1 → %2</translation>
    </message>
    <message>
        <source>main supervisor %1 → %2</source>
        <translation>hovedvejleder %1 → %2</translation>
    </message>
    <message>
        <source>placement of %1 in %2 from %3 updated: %4</source>
        <translation>ansættelse for %1 i %2 fra %3 opdateret: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file name and that you may read it.</source>
        <translation>Kan ikke læse %1: %2. Kontrollér filnavnet, og at du har adgang til at læse filen.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only.</source>
        <translation>Databasen %1 er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Line %1 could not be saved, so nothing was imported: %2</source>
        <translation>Række %1 kunne ikke gemmes, så intet blev importeret: %2</translation>
    </message>
</context>
<context>
    <name>RosterParser</name>
    <message>
        <source>&apos;%1&apos; is not a date; write it as dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd</source>
        <translation>&apos;%1&apos; er ikke en dato; skriv den som dd-mm-åååå, dd.mm.åååå, dd/mm/åååå eller åååå-mm-dd</translation>
    </message>
    <message>
        <source>the date %1 does not exist</source>
        <translation>datoen %1 findes ikke</translation>
    </message>
    <message>
        <source>the column %1 appears twice; keep one</source>
        <translation>kolonnen %1 forekommer to gange; behold kun den ene</translation>
    </message>
    <message>
        <source>the required column %1 is missing (it may also be called %2); the header row must name the columns Navn, Uddannelsestrin, Afdeling and Startdato</source>
        <translation>den påkrævede kolonne %1 mangler (den kan også hedde %2); overskriftsrækken skal indeholde kolonnerne Navn, Uddannelsestrin, Afdeling og Startdato</translation>
    </message>
    <message>
        <source>the name (Navn) is empty</source>
        <translation>navnet (Navn) er tomt</translation>
    </message>
    <message>
        <source>the level (Uddannelsestrin) is empty; use KBU, intro or HU</source>
        <translation>uddannelsestrinnet (Uddannelsestrin) er tomt; brug KBU, intro eller HU</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;; use KBU, intro (introduktionsstilling, I-læge) or HU (hoveduddannelse, H-læge)</source>
        <translation>ukendt uddannelsestrin &apos;%1&apos;; brug KBU, intro (introduktionsstilling, I-læge) eller HU (hoveduddannelse, H-læge)</translation>
    </message>
    <message>
        <source>the department (Afdeling) is empty</source>
        <translation>afdelingen (Afdeling) er tom</translation>
    </message>
    <message>
        <source>the start date (Startdato) is empty</source>
        <translation>startdatoen (Startdato) er tom</translation>
    </message>
    <message>
        <source>start date: %1</source>
        <translation>startdato: %1</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>slutdatoen %1 ligger før startdatoen %2</translation>
    </message>
    <message>
        <source>end date: %1</source>
        <translation>slutdato: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address</source>
        <translation>&apos;%1&apos; er ikke en gyldig e-mailadresse</translation>
    </message>
    <message>
        <source>the same placement (trainee, department and start date) as on line %1; remove one of them</source>
        <translation>samme ansættelse (uddannelseslæge, afdeling og startdato) som i række %1; fjern den ene af dem</translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation>filen har en overskriftsrække, men ingen rækker at importere</translation>
    </message>
</context>
<context>
    <name>SeriesDrafts</name>
    <message>
        <source>Meeting leader %1: choose a person, or remove the row with Delete.</source>
        <translation>Mødeleder %1: vælg en person, eller fjern rækken med Delete.</translation>
    </message>
    <message>
        <source>Meeting leader %1: give the first and the last day.</source>
        <translation>Mødeleder %1: angiv første og sidste dag.</translation>
    </message>
    <message>
        <source>Meeting leader %1: the period ends on %2, before it starts on %3.</source>
        <translation>Mødeleder %1: perioden slutter den %2, før den starter den %3.</translation>
    </message>
    <message>
        <source>%1 at %2 · %3</source>
        <translation>%1 kl. %2 · %3</translation>
    </message>
    <message>
        <source>no meeting leader</source>
        <translation>ingen mødeleder</translation>
    </message>
    <message>
        <source>No more meetings: the series has ended.</source>
        <translation>Ikke flere møder: mødeserien er slut.</translation>
    </message>
</context>
<context>
    <name>SeriesEditing</name>
    <message>
        <source>Choose who leads each period.</source>
        <translation>Vælg, hvem der er mødeleder i hver periode.</translation>
    </message>
    <message>
        <source>A leader period runs from its first to its last day: %1 to %2 does not.</source>
        <translation>En mødelederperiode skal gå fra sin første til sin sidste dag, og det gør %1 til %2 ikke.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server refused to set up the roles: %1. Run this as the user who created the Tavle database (e.g. tavle_admin). Nothing was changed.</source>
        <translation>Serveren afviste at oprette rollerne: %1. Kør det som den bruger, der oprettede Tavle-databasen (fx tavle_admin). Intet blev ændret.</translation>
    </message>
    <message>
        <source>Could not set up the roles on %1: %2. Nothing was changed.</source>
        <translation>Kunne ikke oprette rollerne på %1: %2. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Only the owner of the Tavle tables may set up the roles, and %1 does not own them. Connect as the user who created the database (e.g. tavle_admin) and run this again. Nothing was changed.</source>
        <translation>Kun ejeren af Tavles tabeller må oprette rollerne, og %1 ejer dem ikke. Forbind som den bruger, der oprettede databasen (fx tavle_admin), og kør det igen. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The roles %1 do not exist on the server yet, and %2 may not create roles. Ask the server&apos;s administrator to allow it (ALTER ROLE %2 CREATEROLE) or to create them. Nothing was changed.</source>
        <translation>Rollerne %1 findes endnu ikke på serveren, og %2 må ikke oprette roller. Bed serverens administrator om at give lov (ALTER ROLE %2 CREATEROLE) eller om at oprette dem. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Head of department (cheflæge)</source>
        <translation>Cheflæge</translation>
    </message>
    <message>
        <source>Consultant responsible for education (UAO)</source>
        <translation>Uddannelsesansvarlig overlæge (UAO)</translation>
    </message>
    <message>
        <source>Junior doctor coordinating education (UKYL)</source>
        <translation>Uddannelseskoordinerende yngre læge (UKYL)</translation>
    </message>
    <message>
        <source>Read-only, e.g. the education council</source>
        <translation>Kun læseadgang, fx uddannelsesrådet</translation>
    </message>
    <message>
        <source>Reads and changes everything: the strategy, its goals and their status, people, placements and the meeting log.</source>
        <translation>Læser og ændrer alt: strategien, dens mål og deres status, personer, ansættelser og mødeloggen.</translation>
    </message>
    <message>
        <source>Reads everything. Changes trainees, supervisors, placements, departments, roles, deadline rules and the meeting log, and sets the departments&apos; goal statuses. Cannot change the strategy or its goals.</source>
        <translation>Læser alt. Ændrer uddannelseslæger, vejledere, ansættelser, afdelinger, roller, fristregler og mødeloggen, og sætter afdelingernes målstatus. Kan ikke ændre strategien eller dens mål.</translation>
    </message>
    <message>
        <source>Reads everything. Logs meetings: attendance, notes, decisions, action items, series and meeting types. Cannot change people, placements or goals.</source>
        <translation>Læser alt. Logger møder: fremmøde, noter, beslutninger, handlepunkter, mødeserier og mødetyper. Kan ikke ændre personer, ansættelser eller mål.</translation>
    </message>
    <message>
        <source>Reads everything except meeting notes. Changes nothing.</source>
        <translation>Læser alt undtagen mødenoter. Ændrer intet.</translation>
    </message>
    <message>
        <source>%1 is a file: Tavle&apos;s roles exist only on a PostgreSQL server. On a file, everyone who may open it may change everything in it.</source>
        <translation>%1 er en fil: Tavles roller findes kun på en PostgreSQL-server. I en fil kan alle, der må åbne den, ændre alt i den.</translation>
    </message>
    <message>
        <source>%1 is open read-only: open it for writing to set up the roles.</source>
        <translation>%1 er åbnet skrivebeskyttet: åbn den med skriveadgang for at oprette rollerne.</translation>
    </message>
    <message>
        <source>Could not set up the roles on %1: it has no schema to work in.</source>
        <translation>Kunne ikke oprette rollerne på %1: den har intet skema at arbejde i.</translation>
    </message>
    <message>
        <source>Could not read the role of %1 on %2: %3</source>
        <translation>Kunne ikke læse rollen for %1 på %2: %3</translation>
    </message>
    <message>
        <source>Could not read the roles&apos; rights on %1: %2</source>
        <translation>Kunne ikke læse rollernes rettigheder på %1: %2</translation>
    </message>
</context>
<context>
    <name>StrategyGoals</name>
    <message>
        <source>The goal has been deleted by someone else.</source>
        <translation>Målet er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>Goal %1 holds for the whole hospital: set its status for the hospital, not for one department.</source>
        <translation>Mål %1 gælder for hele hospitalet: angiv dets status for hospitalet, ikke for en enkelt afdeling.</translation>
    </message>
    <message>
        <source>Goal %1 holds for each department: choose the department.</source>
        <translation>Mål %1 gælder for hver afdeling: vælg afdelingen.</translation>
    </message>
    <message>
        <source>Give the date the status holds from.</source>
        <translation>Angiv den dato, status gælder fra.</translation>
    </message>
    <message>
        <source>%1 is in the future. A status holds from today or an earlier day.</source>
        <translation>%1 ligger i fremtiden. En status gælder fra i dag eller en tidligere dag.</translation>
    </message>
    <message>
        <source>Give the goal a code, such as 3.2.</source>
        <translation>Giv målet en kode, f.eks. 3.2.</translation>
    </message>
    <message>
        <source>Give the goal a title.</source>
        <translation>Giv målet en titel.</translation>
    </message>
    <message>
        <source>Choose the focus area of the goal.</source>
        <translation>Vælg målets indsatsområde.</translation>
    </message>
    <message>
        <source>Give the day the goal counts from.</source>
        <translation>Angiv den dag, målet tæller med fra.</translation>
    </message>
    <message>
        <source>A goal is retired after the day it counts from (%1).</source>
        <translation>Et mål kan først udfases efter den dag, det tæller med fra (%1).</translation>
    </message>
    <message>
        <source>A numeric target is a number above 0.</source>
        <translation>Et måltal skal være et tal over 0.</translation>
    </message>
    <message>
        <source>The current value is 0 or more.</source>
        <translation>Den aktuelle værdi skal være 0 eller derover.</translation>
    </message>
    <message>
        <source>Goal %1 exists already: give the goal another code.</source>
        <translation>Mål %1 findes allerede: giv målet en anden kode.</translation>
    </message>
    <message>
        <source>The goal was changed by someone else since you opened it. Reload to see the change.</source>
        <translation>Målet er blevet ændret af en anden, efter at du åbnede det. Indlæs igen for at se ændringen.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>%1 set goal %2 to &quot;%3&quot; at %4 since you read it.</source>
        <translation>%1 satte mål %2 til &quot;%3&quot; den %4, efter du læste det.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>StrategyRepository</name>
    <message>
        <source>The goal</source>
        <translation>Målet</translation>
    </message>
    <message>
        <source>The goal status</source>
        <translation>Målets status</translation>
    </message>
</context>
<context>
    <name>StrategyTemplates</name>
    <message>
        <source>Cannot read the strategy template %1: %2</source>
        <translation>Kan ikke læse strategiskabelonen %1: %2</translation>
    </message>
    <message>
        <source>The strategy template %1 is not valid JSON: %2</source>
        <translation>Strategiskabelonen %1 er ikke gyldig JSON: %2</translation>
    </message>
    <message>
        <source>The strategy template %1 is incomplete: %2</source>
        <translation>Strategiskabelonen %1 er ufuldstændig: %2</translation>
    </message>
    <message>
        <source>it needs a code, a name and a period_from date.</source>
        <translation>den skal have en kode, et navn og en startdato (period_from).</translation>
    </message>
    <message>
        <source>a focus area has no title.</source>
        <translation>et indsatsområde mangler en titel.</translation>
    </message>
    <message>
        <source>goal &apos;%1&apos; needs a code, a title and a scope (department or hospital).</source>
        <translation>målet &apos;%1&apos; skal have en kode, en titel og et gyldighedsområde (scope: department eller hospital).</translation>
    </message>
    <message>
        <source>it has no focus areas.</source>
        <translation>den har ingen indsatsområder.</translation>
    </message>
    <message>
        <source>There is no strategy template &apos;%1&apos;. The templates are: %2.</source>
        <translation>Der findes ingen strategiskabelon &apos;%1&apos;. Skabelonerne er: %2.</translation>
    </message>
    <message>
        <source>The strategy template &apos;%1&apos; is loaded already: its goals are in the database.</source>
        <translation>Strategiskabelonen &apos;%1&apos; er allerede indlæst: dens mål findes i databasen.</translation>
    </message>
</context>
<context>
    <name>SummaryRepository</name>
    <message>
        <source>count the rows</source>
        <translation>tælle rækkerne</translation>
    </message>
</context>
<context>
    <name>TrendPainter</name>
    <message>
        <source>Green at %1 %</source>
        <translation>Grøn ved %1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>tavle::ui::AbsenceReportModel</name>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Did not come, with notice</source>
        <translation>Kom ikke, meldte afbud</translation>
    </message>
    <message>
        <source>Did not come, without notice</source>
        <translation>Kom ikke, meldte ikke afbud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemDialog</name>
    <message>
        <source>Action item</source>
        <translation>Handlepunkt</translation>
    </message>
    <message>
        <source>Not from a meeting.</source>
        <translation>Ikke knyttet til et møde.</translation>
    </message>
    <message>
        <source>From the meeting: %1</source>
        <translation>Fra mødet: %1</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Hvad skal gøres</translation>
    </message>
    <message>
        <source>&amp;What is to be done:</source>
        <translation>&amp;Hvad skal gøres:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Udført den %1.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;: choose the owner from the list, or (nobody).</source>
        <translation>Der er ingen, der hedder &quot;%1&quot;: vælg den ansvarlige på listen, eller vælg (ingen).</translation>
    </message>
    <message>
        <source>change of action item &quot;%1&quot;</source>
        <translation>ændring af handlepunktet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Strategy goal</source>
        <translation>Strategimål</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Strategy &amp;goal:</source>
        <translation>Strategi&amp;mål:</translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemEditor</name>
    <message>
        <source>Action items</source>
        <translation>Handlepunkter</translation>
    </message>
    <message>
        <source>Insert adds an action item, Delete removes one; Tab moves between its fields</source>
        <translation>Insert tilføjer et handlepunkt, Delete fjerner et, og Tab skifter mellem felterne</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>Insert adds an item, Delete removes it, Tab moves between fields.</source>
        <translation>Insert tilføjer et punkt, Delete fjerner det, og Tab skifter mellem felterne.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Fjern punkt</translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemModel</name>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n dag over fristen)</numerusform>
            <numerusform>%1 (%n dage over fristen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Afsluttet %1</translation>
    </message>
    <message>
        <source>Nobody is named yet: choose Edit to give it an owner.</source>
        <translation>Der er endnu ingen ansvarlig: vælg Rediger for at angive en.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Handlepunkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Strategy goal %1: %2</source>
        <translation>Strategimål %1: %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemTableModel</name>
    <message>
        <source>Done on %1</source>
        <translation>Udført den %1</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Handlepunkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemsView</name>
    <message>
        <source>Action items</source>
        <translation>Handlepunkter</translation>
    </message>
    <message>
        <source>Show action items</source>
        <translation>Vis handlepunkter</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Åbne og overskredne</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredne</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udførte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Vi&amp;s:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Search action item, owner or meeting</source>
        <translation>Søg efter handlepunkt, ansvarlig eller møde</translation>
    </message>
    <message>
        <source>Search action items</source>
        <translation>Søg blandt handlepunkter</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markér som &amp;udført</translation>
    </message>
    <message>
        <source>Close the action item with today&apos;s date (Ctrl+D)</source>
        <translation>Afslut handlepunktet med dags dato (Ctrl+D)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <source>Make a done action item open again</source>
        <translation>Gør et udført handlepunkt åbent igen</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>R&amp;ediger...</translation>
    </message>
    <message>
        <source>Change the text, owner or due date (Enter or double-click)</source>
        <translation>Ret teksten, den ansvarlige eller fristen (Enter eller dobbeltklik)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <source>Delete the action item (Delete); Undo brings it back</source>
        <translation>Slet handlepunktet (Delete); du kan hente det tilbage med Fortryd</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Open: %1, of which overdue: %2. Done: %3.</source>
        <translation>Åbne: %1, heraf over fristen: %2. Udførte: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n action item(s).</source>
        <translation>
            <numerusform>Viser %1 af %n handlepunkt.</numerusform>
            <numerusform>Viser %1 af %n handlepunkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; done</source>
        <translation>markering af handlepunktet &quot;%1&quot; som udført</translation>
    </message>
    <message>
        <source>reopening of action item &quot;%1&quot;</source>
        <translation>genåbning af handlepunktet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>deletion of action item &quot;%1&quot;</source>
        <translation>sletning af handlepunktet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tavle::ui::AssignSupervisorDialog</name>
    <message>
        <source>Main supervisor: %1</source>
        <translation>Hovedvejleder: %1</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>&amp;Main supervisor:</source>
        <translation>&amp;Hovedvejleder:</translation>
    </message>
    <message>
        <source>%1 as main supervisor of %2</source>
        <translation>%1 som hovedvejleder for %2</translation>
    </message>
    <message>
        <source>removal of the main supervisor of %1</source>
        <translation>fjernelse af hovedvejlederen for %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceChart</name>
    <message>
        <source>Attendance per meeting</source>
        <translation>Fremmøde pr. møde</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Fremmøde (%)</translation>
    </message>
    <message>
        <source>Meeting (day-month)</source>
        <translation>Møde (dag-måned)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceChecklist</name>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>A&amp;dd person:</source>
        <translation>T&amp;ilføj person:</translation>
    </message>
    <message>
        <source>Name of someone else who came, then Enter</source>
        <translation>Navn på en anden deltager, og tryk Enter</translation>
    </message>
    <message>
        <source>Add a person by name</source>
        <translation>Tilføj en person efter navn</translation>
    </message>
    <message>
        <source>Nobody of the department is called %1.</source>
        <translation>Ingen i afdelingen hedder %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match %1: type more of the name.</source>
        <translation>
            <numerusform>%n person matcher %1: skriv mere af navnet.</numerusform>
            <numerusform>%n personer matcher %1: skriv mere af navnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list: add people by name.</source>
        <translation>Ingen på listen: tilføj personer efter navn.</translation>
    </message>
    <message>
        <source>%1 present, %2 absent, %3 excused</source>
        <translation>%1 til stede, %2 fraværende, %3 med afbud</translation>
    </message>
    <message>
        <source>Arrow keys move; %1</source>
        <translation>Piletasterne flytter; %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceListModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>P</source>
        <comment>the key that marks a person present; one letter, not A or E&apos;s letter</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the key that marks a person absent; one letter</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>E</source>
        <comment>the key that marks a person excused; one letter</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>%1: present, %2: absent, %3: excused, Space: the next of these</source>
        <translation>%1: til stede, %2: fraværende, %3: afbud, mellemrum: skift til den næste</translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceView</name>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens første dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sidste dag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Fr&amp;a:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Last &amp;6 months</source>
        <translation>Seneste &amp;6 måneder</translation>
    </message>
    <message>
        <source>The period from 6 months ago up to today</source>
        <translation>Perioden fra for 6 måneder siden til i dag</translation>
    </message>
    <message>
        <source>Attendance per person</source>
        <translation>Fremmøde pr. person</translation>
    </message>
    <message>
        <source>Attendance per &amp;person</source>
        <translation>Fremmøde pr. &amp;person</translation>
    </message>
    <message>
        <source>Absence report</source>
        <translation>Fraværsrapport</translation>
    </message>
    <message>
        <source>A&amp;bsence report</source>
        <translation>Fraværsrapp&amp;ort</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>Eksportér &amp;CSV...</translation>
    </message>
    <message>
        <source>Save the absence report as shown, for Excel or for the region</source>
        <translation>Gem fraværsrapporten, som den vises, til Excel eller til regionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All meetings of the department</source>
        <translation>Alle afdelingens møder</translation>
    </message>
    <message>
        <source>All meetings of every department</source>
        <translation>Alle møder i alle afdelinger</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>%1: attendance %2</source>
        <translation>%1: fremmøde %2</translation>
    </message>
    <message>
        <source>%1: no meeting was held %2.</source>
        <translation>%1: der blev ikke afholdt noget møde %2.</translation>
    </message>
    <message>
        <source>No held meetings in the period.</source>
        <translation>Ingen afholdte møder i perioden.</translation>
    </message>
    <message numerus="yes">
        <source>%n held meeting(s); present at %1 of %2 expected places (%3).</source>
        <translation>
            <numerusform>%n afholdt møde; til stede ved %1 af %2 forventede deltagelser (%3).</numerusform>
            <numerusform>%n afholdte møder; til stede ved %1 af %2 forventede deltagelser (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 absent, %2 excused, %n person(s).</source>
        <translation>
            <numerusform>%1 fraværende, %2 afbud, %n person.</numerusform>
            <numerusform>%1 fraværende, %2 afbud, %n personer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export absence report</source>
        <translation>Eksportér fraværsrapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>absence-report-%1-%2.csv</source>
        <translation>fraværsrapport-%1-%2.csv</translation>
    </message>
    <message>
        <source>Could not write the absence report to %1: %2. Choose another folder.</source>
        <translation>Kunne ikke skrive fraværsrapporten til %1: %2. Vælg en anden mappe.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Eksportér kalender</translation>
    </message>
    <message>
        <source>Writes the open expectation-meeting deadlines, the meetings from %1 on and the series with their meeting leaders to an iCalendar file (.ics) for Outlook or Thunderbird. Export again to bring that calendar up to date: the events keep their identity, so they are updated, not added twice.</source>
        <translation>Skriver de åbne frister for forventningsafstemninger, møderne fra %1 og frem og mødeserierne med deres mødeledere til en iCalendar-fil (.ics) til Outlook eller Thunderbird. Eksportér igen for at opdatere kalenderen: hver begivenhed beholder sit id, så den bliver opdateret i stedet for at blive tilføjet to gange.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Reminder before a deadline, in days</source>
        <translation>Påmindelse før en frist, i dage</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ingen påmindelse</translation>
    </message>
    <message>
        <source>Reminder before a dead&amp;line (days):</source>
        <translation>Påmindelse før en fr&amp;ist (dage):</translation>
    </message>
    <message>
        <source>Reminder before a meeting, in minutes</source>
        <translation>Påmindelse før et møde, i minutter</translation>
    </message>
    <message>
        <source>Reminder before a &amp;meeting (minutes):</source>
        <translation>Påmindelse før et &amp;møde (minutter):</translation>
    </message>
    <message>
        <source>Include meeting &amp;notes and decisions</source>
        <translation>Medtag &amp;noter og beslutninger fra møderne</translation>
    </message>
    <message>
        <source>Notes and decisions are personal data about the people in the meetings. Leave them out of a calendar that others can see or that is kept in a cloud service.</source>
        <translation>Noter og beslutninger er personoplysninger om mødedeltagerne. Udelad dem fra en kalender, som andre kan se, eller som ligger i en cloudtjeneste.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write the calendar to.</source>
        <translation>Vælg den fil, kalenderen skal gemmes i.</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Åbn først en database.</translation>
    </message>
    <message>
        <source>Wrote the calendar to %1.
Events: %2 (deadlines: %3, meetings: %4, series: %5). Import the file in Outlook or Thunderbird.</source>
        <translation>Kalenderen er gemt i %1.
Begivenheder: %2 (frister: %3, møder: %4, mødeserier: %5). Importér filen i Outlook eller Thunderbird.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>tavle::ui::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Forbind til server</translation>
    </message>
    <message>
        <source>Open a shared Tavle database on a PostgreSQL server. The server&apos;s administrator tells you its address and your user name.</source>
        <translation>Åbn en fælles Tavle-database på en PostgreSQL-server. Serverens administrator oplyser dens adresse og dit brugernavn.</translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation>&amp;Tidligere forbindelser:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>Optional (else from ~/.pgpass or PGPASSWORD)</source>
        <translation>Valgfri (ellers fra ~/.pgpass eller PGPASSWORD)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Ad&amp;gangskode:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Adgangskode for %1:</translation>
    </message>
    <message>
        <source>Fill in the server: its host name, for example db.hospital.local.</source>
        <translation>Udfyld serveren: dens værtsnavn, for eksempel db.hospital.local.</translation>
    </message>
    <message>
        <source>Fill in the name of the database on the server.</source>
        <translation>Udfyld navnet på databasen på serveren.</translation>
    </message>
    <message>
        <source>Fill in your user name on the server.</source>
        <translation>Udfyld dit brugernavn på serveren.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is not a host name Tavle can use. Write only its name or address, for example db.hospital.local.</source>
        <translation>Serveren &quot;%1&quot; er ikke et værtsnavn, Tavle kan bruge. Skriv kun dens navn eller adresse, for eksempel db.hospital.local.</translation>
    </message>
    <message>
        <source>The server wants a password for %1. Type it in the password field and connect again.</source>
        <translation>Serveren vil have en adgangskode for %1. Skriv den i feltet Adgangskode, og forbind igen.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::DeadlineBoardModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation>Frist inden for en uge</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>KBU (foundation year)</source>
        <translation>KBU (klinisk basisuddannelse)</translation>
    </message>
    <message>
        <source>Introductory post</source>
        <translation>Introduktionsstilling</translation>
    </message>
    <message>
        <source>Specialist training (HU)</source>
        <translation>Hoveduddannelse (HU)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dage over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (week %2)</source>
        <translation>%1 (uge %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation>Afholdt %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No main supervisor: open the placement to assign one.</source>
        <translation>Ingen hovedvejleder: åbn ansættelsen for at tildele en.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Uddannelseslæge</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tavle::ui::DeadlinesWorkspace</name>
    <message>
        <source>Deadline board</source>
        <translation>Fristoversigt</translation>
    </message>
    <message>
        <source>%1 (week %2)</source>
        <translation>%1 (uge %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dage over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation>Afholdt %1</translation>
    </message>
    <message>
        <source>Search trainee, e-mail or supervisor (Ctrl+F)</source>
        <translation>Søg efter uddannelseslæge, e-mail eller vejleder (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Søg i fristoversigten</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle trin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Ikke afholdt endnu</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Nulstil filtre</translation>
    </message>
    <message>
        <source>%1  overdue</source>
        <translation>%1  overskredet</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  due within a week</source>
        <translation>%1  med frist inden for en uge</translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation>
            <numerusform>%n med frist inden for en uge</numerusform>
            <numerusform>%n med frist inden for en uge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  without main supervisor</source>
        <translation>%1  uden hovedvejleder</translation>
    </message>
    <message numerus="yes">
        <source>%n without main supervisor</source>
        <translation>
            <numerusform>%n uden hovedvejleder</numerusform>
            <numerusform>%n uden hovedvejleder</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1, week %2</source>
        <translation>I dag: %1, uge %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n placement(s).</source>
        <translation>
            <numerusform>Viser %1 af %n ansættelse.</numerusform>
            <numerusform>Viser %1 af %n ansættelser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavle::ui::EndPlacementDialog</name>
    <message>
        <source>End placement: %1</source>
        <translation>Afslut ansættelse: %1</translation>
    </message>
    <message>
        <source>Last day of the placement</source>
        <translation>Ansættelsens sidste dag</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sidste dag:</translation>
    </message>
    <message>
        <source>&amp;End placement</source>
        <translation>&amp;Afslut ansættelse</translation>
    </message>
    <message>
        <source>end of the placement of %1 on %2</source>
        <translation>afslutning af ansættelsen for %1 den %2</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalDetailPanel</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (nu %1)</translation>
    </message>
    <message>
        <source>Target: %1 by %2%3</source>
        <translation>Måltal: %1 senest %2%3</translation>
    </message>
    <message>
        <source>Target: %1%2</source>
        <translation>Måltal: %1%2</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Måldato: %1</translation>
    </message>
    <message>
        <source>Choose a goal to see its detail and history.</source>
        <translation>Vælg et mål for at se detaljer og historik.</translation>
    </message>
    <message>
        <source>Holds for the whole hospital</source>
        <translation>Gælder for hele hospitalet</translation>
    </message>
    <message>
        <source>Holds for each department</source>
        <translation>Gælder for hver afdeling</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation>Udfaset den %1</translation>
    </message>
    <message>
        <source>the hospital</source>
        <translation>hospitalet</translation>
    </message>
    <message>
        <source>&amp;History for %1</source>
        <translation>H&amp;istorik for %1</translation>
    </message>
    <message>
        <source>&amp;History for %1: no status set yet</source>
        <translation>H&amp;istorik for %1: endnu ingen status angivet</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalDialog</name>
    <message>
        <source>Edit goal %1</source>
        <translation>Rediger mål %1</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>such as 3.2</source>
        <translation>f.eks. 3.2</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Indsatsområde</translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation>&amp;Indsatsområde:</translation>
    </message>
    <message>
        <source>Holds for</source>
        <translation>Gælder for</translation>
    </message>
    <message>
        <source>Each department</source>
        <translation>Hver afdeling</translation>
    </message>
    <message>
        <source>The whole hospital</source>
        <translation>Hele hospitalet</translation>
    </message>
    <message>
        <source>&amp;Holds for:</source>
        <translation>&amp;Gælder for:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Mål&amp;dato:</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Numeric target</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>unit, such as facilitators</source>
        <translation>enhed, f.eks. facilitatorer</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktuel værdi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>&amp;now:</source>
        <translation>&amp;nu:</translation>
    </message>
    <message>
        <source>&amp;Numeric target:</source>
        <translation>&amp;Måltal:</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>Tæller med fra</translation>
    </message>
    <message>
        <source>Counts f&amp;rom:</source>
        <translation>Tæller med f&amp;ra:</translation>
    </message>
    <message>
        <source>R&amp;etired on:</source>
        <translation>&amp;Udfaset den:</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Udfaset den</translation>
    </message>
    <message>
        <source>A retired goal stops counting from that day; its history is kept.</source>
        <translation>Et udfaset mål tæller ikke med fra den dag; historikken bevares.</translation>
    </message>
    <message>
        <source>changes to goal %1</source>
        <translation>ændringer af mål %1</translation>
    </message>
    <message>
        <source>new goal %1</source>
        <translation>nyt mål %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Sat af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalMatrixModel</name>
    <message>
        <source>Hospital</source>
        <translation>Hele hospitalet</translation>
    </message>
    <message>
        <source>The hospital-scope goals; its figure is the hospital-wide one: every department&apos;s goals and the hospital-scope goals.</source>
        <translation>Mål, der gælder for hele hospitalet. Procenttallet gælder hele hospitalet: alle afdelingers mål og hospitalets egne mål.</translation>
    </message>
    <message>
        <source>%1 holds for the whole hospital: see the hospital row.</source>
        <translation>%1 gælder for hele hospitalet: se rækken Hele hospitalet.</translation>
    </message>
    <message>
        <source>%1 holds for each department.</source>
        <translation>%1 gælder for hver afdeling.</translation>
    </message>
    <message>
        <source>%1 %2
%3: %4</source>
        <translation>%1 %2
%3: %4</translation>
    </message>
    <message>
        <source>Since %1, set by %2</source>
        <translation>Siden %1, sat af %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>No status set yet.</source>
        <translation>Endnu ingen status angivet.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation>Trafiklys</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalStatusButtons</name>
    <message>
        <source>Set status:</source>
        <translation>Angiv status:</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Set status %1</source>
        <translation>Angiv status %1</translation>
    </message>
    <message>
        <source>Key %1 in the goal list</source>
        <translation>Tasten %1 i mållisten</translation>
    </message>
    <message>
        <source>Note or evidence for the status</source>
        <translation>Note eller dokumentation for status</translation>
    </message>
    <message>
        <source>Note or evidence (optional)</source>
        <translation>Note eller dokumentation (valgfrit)</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalSummaryHeader</name>
    <message>
        <source>Goals achieved</source>
        <translation>Opnåede mål</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The hospital, all departments · %1</source>
        <translation>Hospitalet, alle afdelinger · %1</translation>
    </message>
    <message>
        <source>No status changed since %1.</source>
        <translation>Ingen statusændringer siden %1.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Changed since %1 (marked ● in the list): %2</source>
        <translation>Ændret siden %1 (markeret med ● på listen): %2</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalTreeModel</name>
    <message>
        <source>%1 → %2 on %3 by %4</source>
        <translation>%1 → %2 den %3 af %4</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>● was %1</source>
        <translation>● var %1</translation>
    </message>
    <message>
        <source>What changed since %1 (a month ago)</source>
        <translation>Hvad der er ændret siden %1 (for en måned siden)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalTrendChart</name>
    <message>
        <source>Goals achieved over time</source>
        <translation>Opnåede mål over tid</translation>
    </message>
    <message>
        <source>Share of goals achieved, %1 to %2</source>
        <translation>Andel opnåede mål, %1 til %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Achieved (%)</source>
        <translation>Opnået (%)</translation>
    </message>
    <message>
        <source>Hospital-wide</source>
        <translation>Hele hospitalet</translation>
    </message>
    <message>
        <source>Green at %1 %</source>
        <translation>Grøn ved %1 %</translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalsWorkspace</name>
    <message>
        <source>No education strategy yet</source>
        <translation>Endnu ingen uddannelsesstrategi</translation>
    </message>
    <message>
        <source>Here the head of department follows the strategy goals: each goal&apos;s status in the department, green when at least 90 % are achieved, and the trend over time.

Start from the hospital&apos;s strategy &quot;Sammen om lægelig videreuddannelse&quot;: its six focus areas and their goals. You can add, rename, reorder and retire goals afterwards.</source>
        <translation>Her følger cheflægen strategimålene: status for hvert mål i afdelingen, om afdelingen er grøn (mindst 90 % af målene opnået), og udviklingen over tid.

Begynd med hospitalets strategi &quot;Sammen om lægelig videreuddannelse&quot;: dens seks indsatsområder og deres mål. Bagefter kan du tilføje, omdøbe, flytte og udfase mål.</translation>
    </message>
    <message>
        <source>&amp;Load the hospital strategy (template)</source>
        <translation>&amp;Indlæs hospitalets strategi (skabelon)</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>Må&amp;l</translation>
    </message>
    <message>
        <source>Goals per department</source>
        <translation>Mål pr. afdeling</translation>
    </message>
    <message>
        <source>Hospital &amp;matrix</source>
        <translation>Hospitals&amp;oversigt</translation>
    </message>
    <message>
        <source>T&amp;rend</source>
        <translation>&amp;Udvikling</translation>
    </message>
    <message>
        <source>&amp;Add goal...</source>
        <translation>&amp;Tilføj mål...</translation>
    </message>
    <message>
        <source>&amp;Edit goal...</source>
        <translation>R&amp;ediger mål...</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Fl&amp;yt op</translation>
    </message>
    <message>
        <source>Alt+Up in the goal list</source>
        <translation>Alt+Pil op i mållisten</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Alt+Down in the goal list</source>
        <translation>Alt+Pil ned i mållisten</translation>
    </message>
    <message>
        <source>Re&amp;tire goal...</source>
        <translation>Udf&amp;as mål...</translation>
    </message>
    <message>
        <source>Export report (&amp;PDF)...</source>
        <translation>E&amp;ksportér rapport (PDF)...</translation>
    </message>
    <message>
        <source>Pr&amp;int...</source>
        <translation>Ud&amp;skriv...</translation>
    </message>
    <message>
        <source>Goals by focus area</source>
        <translation>Mål pr. indsatsområde</translation>
    </message>
    <message>
        <source>The hospital</source>
        <translation>Hospitalet</translation>
    </message>
    <message>
        <source>Goal %1 is first in its focus area already.</source>
        <translation>Mål %1 er allerede det første i sit indsatsområde.</translation>
    </message>
    <message>
        <source>Goal %1 is last in its focus area already.</source>
        <translation>Mål %1 er allerede det sidste i sit indsatsområde.</translation>
    </message>
    <message>
        <source>There is no strategy to report on.</source>
        <translation>Der er ingen strategi at rapportere om.</translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <translation>Rapporten er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::ImportRosterWizard</name>
    <message>
        <source>Import roster</source>
        <translation>Importér personaleliste</translation>
    </message>
</context>
<context>
    <name>tavle::ui::LeaderPeriodEditor</name>
    <message>
        <source>Meeting leaders</source>
        <translation>Mødeledere</translation>
    </message>
    <message>
        <source>Insert adds a period, Delete removes one; Tab moves between its fields</source>
        <translation>Insert tilføjer en periode, Delete fjerner en; Tab flytter mellem periodens felter</translation>
    </message>
    <message>
        <source>Insert adds a period, Delete removes it.</source>
        <translation>Insert tilføjer en periode, Delete fjerner den.</translation>
    </message>
    <message>
        <source>R&amp;otate among:</source>
        <translation>Skift &amp;mellem:</translation>
    </message>
    <message>
        <source>People who lead in turn</source>
        <translation>Personer, der skiftes til at være mødeleder</translation>
    </message>
    <message>
        <source>Space checks a person; they lead in the order of the list.</source>
        <translation>Mellemrum markerer en person; de markerede er mødeleder i listens rækkefølge.</translation>
    </message>
    <message>
        <source>e&amp;very</source>
        <translation>hv&amp;er</translation>
    </message>
    <message>
        <source>Months each person leads</source>
        <translation>Antal måneder, hver person er mødeleder</translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>måned</numerusform>
            <numerusform>måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill lead&amp;ers</source>
        <translation>&amp;Udfyld mødeledere</translation>
    </message>
    <message>
        <source>From the first meeting until the end of the series, or for a year</source>
        <translation>Fra det første møde til seriens afslutning eller for et år</translation>
    </message>
</context>
<context>
    <name>tavle::ui::LeaderPeriodModel</name>
    <message>
        <source>(choose a person)</source>
        <translation>(vælg en person)</translation>
    </message>
    <message>
        <source>Meeting leader</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>tavle::ui::LogMeetingDialog</name>
    <message>
        <source>Add a department before logging its meetings.</source>
        <translation>Tilføj en afdeling, før du logger dens møder.</translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation>Mødeserien er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Log møde</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Enter gemmer.</translation>
    </message>
    <message>
        <source>None: a meeting on its own</source>
        <translation>Ingen: et enkeltstående møde</translation>
    </message>
    <message>
        <source>%1, the meeting of %2</source>
        <translation>%1, mødet %2</translation>
    </message>
    <message>
        <source>changes to the meeting %1 %2</source>
        <translation>ændringer af mødet %1 den %2</translation>
    </message>
    <message>
        <source>cancellation of %1 %2</source>
        <translation>aflysning af %1 den %2</translation>
    </message>
    <message>
        <source>new meeting %1 %2</source>
        <translation>nyt møde %1 den %2</translation>
    </message>
    <message>
        <source>Action item %1 has no text: write what is to be done, or remove the row with Delete.</source>
        <translation>Handlepunkt %1 mangler tekst: skriv, hvad der skal gøres, eller fjern rækken med Delete.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::LogMeetingForm</name>
    <message>
        <source>Type of meeting</source>
        <translation>Mødetype</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Serie:</translation>
    </message>
    <message>
        <source>Date and time the meeting starts</source>
        <translation>Dato og klokkeslæt for mødets start</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>L&amp;ength:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>Meeting leader</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>Meeting &amp;leader:</source>
        <translation>Møde&amp;leder:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Fremmøde:</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Afholdt</translation>
    </message>
    <message>
        <source>Pla&amp;nned</source>
        <translation>&amp;Planlagt</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>Afl&amp;yst</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Ét punkt pr. linje</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Da&amp;gsorden:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Kept in the database only; exported only when asked</source>
        <translation>Gemmes kun i databasen; eksporteres kun, når du beder om det</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>One decision per line</source>
        <translation>Én beslutning pr. linje</translation>
    </message>
    <message>
        <source>Dec&amp;isions:</source>
        <translation>&amp;Beslutninger:</translation>
    </message>
    <message>
        <source>Action ite&amp;ms:</source>
        <translation>Handlep&amp;unkter:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>tavle::ui::MainWindow</name>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Ny database...</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Åbn database...</translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <translation>&amp;Importér personaleliste...</translation>
    </message>
    <message>
        <source>Add &amp;department...</source>
        <translation>Tilføj a&amp;fdeling...</translation>
    </message>
    <message>
        <source>Open de&amp;mo data</source>
        <translation>Åbn de&amp;modata</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>I&amp;ndstillinger...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About Tavle</source>
        <translation>&amp;Om Tavle</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>&amp;New trainee...</source>
        <translation>&amp;Ny uddannelseslæge...</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Frister</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Møder</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>M&amp;ål</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbejdsområder</translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>%1 – Tavle</source>
        <translation>%1 – Tavle</translation>
    </message>
    <message>
        <source>Open a Tavle database</source>
        <translation>Åbn en Tavle-database</translation>
    </message>
    <message>
        <source>Tavle databases (*.sqlite *.db);;All files (*)</source>
        <translation>Tavle-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>New Tavle database</source>
        <translation>Ny Tavle-database</translation>
    </message>
    <message>
        <source>Tavle databases (*.sqlite)</source>
        <translation>Tavle-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Tilføj afdeling</translation>
    </message>
    <message>
        <source>Name of the department:</source>
        <translation>Afdelingens navn:</translation>
    </message>
    <message>
        <source>This is demo data in %1. Open your own database again from the File menu.</source>
        <translation>Dette er demodata i %1. Åbn din egen database igen fra menuen Filer.</translation>
    </message>
    <message>
        <source>About Tavle</source>
        <translation>Om Tavle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tavle %1&lt;/h3&gt;&lt;p&gt;The education team&apos;s board: expectation-meeting deadlines, meetings and the education strategy of a hospital department.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tavle %1&lt;/h3&gt;&lt;p&gt;Uddannelsesteamets tavle: frister for forventningsafstemninger, møder og uddannelsesstrategien i en hospitalsafdeling.&lt;/p&gt;&lt;p&gt;Fri software under GNU General Public License, version 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>new department %1</source>
        <translation>ny afdeling %1</translation>
    </message>
    <message>
        <source>&amp;Export calendar...</source>
        <translation>&amp;Eksportér kalender...</translation>
    </message>
    <message>
        <source>&amp;Log meeting...</source>
        <translation>&amp;Log møde...</translation>
    </message>
    <message>
        <source>Connect to ser&amp;ver...</source>
        <translation>Forbind til ser&amp;ver...</translation>
    </message>
    <message>
        <source>%1 on %2 – Tavle</source>
        <translation>%1 på %2 – Tavle</translation>
    </message>
    <message>
        <source>Connected as %1 to %2</source>
        <translation>Forbundet som %1 til %2</translation>
    </message>
</context>
<context>
    <name>tavle::ui::MeetingListModel</name>
    <message>
        <source>%1 present, %2 absent, %3 excused</source>
        <translation>%1 til stede, %2 fraværende, %3 med afbud</translation>
    </message>
    <message>
        <source>An occurrence of the series, not logged yet: press Enter to log it.</source>
        <translation>Et møde i serien, som endnu ikke er logget: tryk på Enter for at logge det.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Meeting leader</source>
        <translation>Mødeleder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>%1 %2 · week %3</source>
        <translation>%1 %2 · uge %3</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
</context>
<context>
    <name>tavle::ui::MeetingsWorkspace</name>
    <message>
        <source>Meetin&amp;gs</source>
        <translation>Mød&amp;er</translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation>Handlepun&amp;kter</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Fremm&amp;øde</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Search series, type or meeting leader (Ctrl+F)</source>
        <translation>Søg efter serie, type eller mødeleder (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the meetings</source>
        <translation>Søg i møderne</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Mødetype</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>&amp;Log meeting...</source>
        <translation>&amp;Log møde...</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ope&amp;n...</source>
        <translation>Å&amp;bn...</translation>
    </message>
    <message>
        <source>Enter: log the planned meeting, or open the logged one</source>
        <translation>Enter: log det planlagte møde, eller åbn det loggede</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting...</source>
        <translation>Afl&amp;ys møde...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Slet...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New &amp;series...</source>
        <translation>&amp;Ny serie...</translation>
    </message>
    <message>
        <source>Edit se&amp;ries...</source>
        <translation>Redi&amp;ger serie...</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n meeting(s) from %2 to %3.</source>
        <translation>
            <numerusform>Viser %1 af %n møde fra %2 til %3.</numerusform>
            <numerusform>Viser %1 af %n møder fra %2 til %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log occurre&amp;nce...</source>
        <translation>L&amp;og mødet...</translation>
    </message>
</context>
<context>
    <name>tavle::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Luk beskeden</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>Read the data again as it is stored now</source>
        <translation>Læs data igen, som de er gemt nu</translation>
    </message>
</context>
<context>
    <name>tavle::ui::PeopleWorkspace</name>
    <message>
        <source>Trainees and their placements</source>
        <translation>Uddannelseslæger og deres ansættelser</translation>
    </message>
    <message>
        <source>T&amp;rainees and placements</source>
        <translation>&amp;Uddannelseslæger og ansættelser</translation>
    </message>
    <message>
        <source>Search trainee, e-mail or main supervisor (Ctrl+F)</source>
        <translation>Søg efter uddannelseslæge, e-mail eller hovedvejleder (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search trainees</source>
        <translation>Søg blandt uddannelseslæger</translation>
    </message>
    <message>
        <source>Sho&amp;w ended placements</source>
        <translation>Vis af&amp;sluttede ansættelser</translation>
    </message>
    <message>
        <source>&amp;New trainee...</source>
        <translation>&amp;Ny uddannelseslæge...</translation>
    </message>
    <message>
        <source>Add a trainee with a first placement (Ctrl+N)</source>
        <translation>Tilføj en uddannelseslæge med en første ansættelse (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it placement...</source>
        <translation>R&amp;et ansættelse...</translation>
    </message>
    <message>
        <source>Change the trainee&apos;s name, e-mail, level, dates or main supervisor (Enter or double-click)</source>
        <translation>Ret uddannelseslægens navn, e-mail, trin, datoer eller hovedvejleder (Enter eller dobbeltklik)</translation>
    </message>
    <message>
        <source>En&amp;d placement...</source>
        <translation>Afslu&amp;t ansættelse...</translation>
    </message>
    <message>
        <source>Set the last day of the placement</source>
        <translation>Angiv ansættelsens sidste dag</translation>
    </message>
    <message>
        <source>&amp;Assign main supervisor...</source>
        <translation>Tildel h&amp;ovedvejleder...</translation>
    </message>
    <message>
        <source>Choose the main supervisor of the placement</source>
        <translation>Vælg hovedvejleder for ansættelsen</translation>
    </message>
    <message>
        <source>Supervisors and their load</source>
        <translation>Vejledere og deres belastning</translation>
    </message>
    <message>
        <source>Double-click a supervisor to list their trainees.</source>
        <translation>Dobbeltklik på en vejleder for at se vejlederens uddannelseslæger.</translation>
    </message>
    <message>
        <source>Su&amp;pervisors</source>
        <translation>Vej&amp;ledere</translation>
    </message>
    <message>
        <source>New &amp;supervisor...</source>
        <translation>Ny ve&amp;jleder...</translation>
    </message>
    <message>
        <source>Add a supervisor to the department chosen at the top</source>
        <translation>Tilføj en vejleder til den afdeling, der er valgt øverst</translation>
    </message>
    <message>
        <source>Choose a department at the top first: a supervisor is added to one department.</source>
        <translation>Vælg først en afdeling øverst: en vejleder tilføjes til én afdeling.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n placement(s).</source>
        <translation>
            <numerusform>Viser %1 af %n ansættelse.</numerusform>
            <numerusform>Viser %1 af %n ansættelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n current and coming placement(s).</source>
        <translation>
            <numerusform>Viser %1 af %n aktuel og kommende ansættelse.</numerusform>
            <numerusform>Viser %1 af %n aktuelle og kommende ansættelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervisor(s).</source>
        <translation>
            <numerusform>%n vejleder.</numerusform>
            <numerusform>%n vejledere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavle::ui::PeriodSelector</name>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fr&amp;a</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Første viste dag</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;il</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Sidste viste dag</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <source>Around today</source>
        <translation>Omkring i dag</translation>
    </message>
    <message>
        <source>From %1 weeks back to %2 weeks ahead</source>
        <translation>Fra %1 uger tilbage til %2 uger frem</translation>
    </message>
</context>
<context>
    <name>tavle::ui::PersonAttendanceModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Present at %1 of %n meeting(s) where expected</source>
        <translation>
            <numerusform>Til stede ved %1 af %n forventet møde</numerusform>
            <numerusform>Til stede ved %1 af %n forventede møder</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Andel</translation>
    </message>
</context>
<context>
    <name>tavle::ui::PlacementDialog</name>
    <message>
        <source>Placement: %1</source>
        <translation>Ansættelse: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>%1: due %2 (week %3). %4.</source>
        <translation>%1: frist %2 (uge %3). %4.</translation>
    </message>
    <message>
        <source>%1: no deadline.</source>
        <translation>%1: ingen frist.</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n current trainee(s))</source>
        <translation>
            <numerusform>%1 (%n aktuel uddannelseslæge)</numerusform>
            <numerusform>%1 (%n aktuelle uddannelseslæger)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Main supervisor:</source>
        <translation>&amp;Hovedvejleder:</translation>
    </message>
    <message>
        <source>&amp;Not scheduled yet</source>
        <translation>&amp;Ikke planlagt endnu</translation>
    </message>
    <message>
        <source>&amp;Scheduled for</source>
        <translation>&amp;Planlagt til</translation>
    </message>
    <message>
        <source>Date and time of the meeting</source>
        <translation>Mødets dato og tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Afholdt den</translation>
    </message>
    <message>
        <source>Date the meeting was held</source>
        <translation>Datoen, hvor mødet blev afholdt</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source>What was &amp;agreed:</source>
        <translation>Hvad blev af&amp;talt:</translation>
    </message>
    <message>
        <source>Goals, tasks, deadlines, responsibilities and how to work together</source>
        <translation>Mål, opgaver, frister, ansvar og samarbejde</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Hvad blev aftalt</translation>
    </message>
    <message>
        <source>%1 (trainee)</source>
        <translation>%1 (uddannelseslæge)</translation>
    </message>
    <message>
        <source>%1 (main supervisor)</source>
        <translation>%1 (hovedvejleder)</translation>
    </message>
    <message>
        <source>main supervisor change for %1</source>
        <translation>skift af hovedvejleder for %1</translation>
    </message>
    <message>
        <source>registration of the expectation meeting with %1 as held</source>
        <translation>registrering af forventningsafstemningen med %1 som afholdt</translation>
    </message>
    <message>
        <source>scheduling of the expectation meeting with %1</source>
        <translation>planlægning af forventningsafstemningen med %1</translation>
    </message>
    <message>
        <source>removal of the expectation meeting with %1</source>
        <translation>fjernelse af forventningsafstemningen med %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::PlacementListModel</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation>Endnu ingen slutdato</translation>
    </message>
    <message>
        <source>No main supervisor: choose Assign main supervisor to give one.</source>
        <translation>Ingen hovedvejleder: vælg Tildel hovedvejleder for at give en.</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (afsluttet)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Uddannelseslæge</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterFilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation>Vælg personalelisten</translation>
    </message>
    <message>
        <source>The roster is the department&apos;s list of trainees and their placements, as HR sends it.</source>
        <translation>Personalelisten er afdelingens liste over uddannelseslæger og deres ansættelser, som HR sender den.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tavle reads the roster as a CSV file. In Excel, choose &lt;b&gt;Save As&lt;/b&gt; and the type &lt;b&gt;CSV (semicolon separated)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The first row names the columns, in any order:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;required: &lt;b&gt;Navn&lt;/b&gt; (the trainee), &lt;b&gt;Uddannelsestrin&lt;/b&gt; (the level: KBU, intro or HU), &lt;b&gt;Afdeling&lt;/b&gt; (the department) and &lt;b&gt;Startdato&lt;/b&gt; (the start of the placement);&lt;/li&gt;&lt;li&gt;optional: &lt;b&gt;Slutdato&lt;/b&gt; (the end), &lt;b&gt;Hovedvejleder&lt;/b&gt; (the main supervisor) and &lt;b&gt;Email&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Other columns are ignored. Dates may be written as dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd. Trainees and placements already in Tavle are updated, not duplicated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tavle læser personalelisten som en CSV-fil. Vælg &lt;b&gt;Gem som&lt;/b&gt; i Excel og filtypen &lt;b&gt;CSV (semikolonsepareret)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Første række navngiver kolonnerne i vilkårlig rækkefølge:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;påkrævet: &lt;b&gt;Navn&lt;/b&gt; (uddannelseslægen), &lt;b&gt;Uddannelsestrin&lt;/b&gt; (KBU, intro eller HU), &lt;b&gt;Afdeling&lt;/b&gt; og &lt;b&gt;Startdato&lt;/b&gt; (ansættelsens start);&lt;/li&gt;&lt;li&gt;valgfrit: &lt;b&gt;Slutdato&lt;/b&gt;, &lt;b&gt;Hovedvejleder&lt;/b&gt; og &lt;b&gt;Email&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Andre kolonner ignoreres. Datoer kan skrives som dd-mm-åååå, dd.mm.åååå, dd/mm/åååå eller åååå-mm-dd. Uddannelseslæger og ansættelser, som Tavle allerede kender, bliver opdateret, ikke dubleret.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roster &amp;file:</source>
        <translation>&amp;Fil med personaleliste:</translation>
    </message>
    <message>
        <source>The path of a .csv file</source>
        <translation>Stien til en .csv-fil</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Fil med personaleliste</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Gennemse...</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the roster file in it.</source>
        <translation>%1 er en mappe. Vælg filen med personalelisten i den.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file name and that you may read it.</source>
        <translation>Kan ikke læse %1: %2. Kontrollér filnavnet, og at du har adgang til at læse filen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>række %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a roster: %2.</source>
        <translation>%1 kan ikke læses som en personaleliste: %2.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterPreviewModel</name>
    <message>
        <source>not imported</source>
        <translation>importeres ikke</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>Line %1 is not imported: %2</source>
        <translation>Række %1 importeres ikke: %2</translation>
    </message>
    <message>
        <source>Line %1, with a problem</source>
        <translation>Række %1, med et problem</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Række %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Uddannelseslæge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Hvad importen gør</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterPreviewPage</name>
    <message>
        <source>Check what the import does</source>
        <translation>Kontrollér, hvad importen gør</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Vis kun rækker med &amp;problemer</translation>
    </message>
    <message>
        <source>Roster preview</source>
        <translation>Forhåndsvisning af personalelisten</translation>
    </message>
    <message>
        <source>Every row of the file with what the import does on it; rows with a problem are marked and not imported.</source>
        <translation>Hver række i filen med det, importen gør ved den; rækker med et problem er markeret og importeres ikke.</translation>
    </message>
    <message>
        <source>Import &amp;nothing; correct the file first (then choose Back and pick the corrected file)</source>
        <translation>Importér &amp;intet; ret filen først (vælg derefter Tilbage, og vælg den rettede fil)</translation>
    </message>
    <message>
        <source>An import cannot be undone with Ctrl+Z; you saw every change above.</source>
        <translation>En import kan ikke fortrydes med Ctrl+Z; du har set hver ændring ovenfor.</translation>
    </message>
    <message>
        <source>%1: read as %2, with %3 between the columns. Nothing has been written yet.</source>
        <translation>%1: læst som %2 med %3 mellem kolonnerne. Intet er gemt endnu.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>kommaer</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikoloner</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åben.</translation>
    </message>
    <message>
        <source>The preview could not be made, so nothing can be imported: %1</source>
        <translation>Forhåndsvisningen kunne ikke laves, så intet kan importeres: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n række</numerusform>
            <numerusform>%n rækker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n række med problemer</numerusform>
            <numerusform>%n rækker med problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>Besides the placements: %1.</source>
        <translation>Ud over ansættelserne: %1.</translation>
    </message>
    <message>
        <source>Tavle already holds everything in the file.</source>
        <translation>Tavle indeholder allerede alt i filen.</translation>
    </message>
    <message numerus="yes">
        <source>The import is all or nothing: as %n row(s) have problems, nothing is imported unless you choose to leave them out.</source>
        <translation>
            <numerusform>Importen er alt eller intet: da %n række har et problem, importeres intet, medmindre du vælger at udelade den.</numerusform>
            <numerusform>Importen er alt eller intet: da %n rækker har problemer, importeres intet, medmindre du vælger at udelade dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the rows can be imported. Correct the file, then choose Back and pick it again.</source>
        <translation>Ingen af rækkerne kan importeres. Ret filen, vælg derefter Tilbage, og vælg den igen.</translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;only the %n valid row(s), and leave out the rows with problems</source>
        <translation>
            <numerusform>Importér &amp;kun den %n gyldige række, og udelad rækkerne med problemer</numerusform>
            <numerusform>Importér &amp;kun de %n gyldige rækker, og udelad rækkerne med problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; the database was left as it was. %1</source>
        <translation>Importen mislykkedes; databasen er uændret. %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterResultPage</name>
    <message>
        <source>Roster imported</source>
        <translation>Personalelisten er importeret</translation>
    </message>
    <message>
        <source>%1 was imported into Tavle.</source>
        <translation>%1 er importeret i Tavle.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n row(s) from %2.</source>
        <translation>
            <numerusform>%1 af %n række importeret fra %2.</numerusform>
            <numerusform>%1 af %n rækker importeret fra %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Besides the placements: %1.</source>
        <translation>Ud over ansættelserne: %1.</translation>
    </message>
    <message>
        <source>Nothing changed: Tavle already held everything in the file.</source>
        <translation>Intet blev ændret: Tavle indeholdt allerede alt i filen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were left out. Correct them in the file and import it again: the rows imported now are recognised, not duplicated.</source>
        <translation>
            <numerusform>%n række med problemer blev udeladt. Ret den i filen, og importér filen igen: de rækker, der er importeret nu, bliver genkendt og ikke dubleret.</numerusform>
            <numerusform>%n rækker med problemer blev udeladt. Ret dem i filen, og importér filen igen: de rækker, der er importeret nu, bliver genkendt og ikke dubleret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline board and the lists show the new data now.</source>
        <translation>Fristoversigten og listerne viser nu de nye data.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::SeriesDialog</name>
    <message>
        <source>Add a department before giving it a series of meetings.</source>
        <translation>Tilføj en afdeling, før du opretter en mødeserie til den.</translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation>Mødeserien er blevet slettet af en anden.</translation>
    </message>
    <message>
        <source>Edit series: %1</source>
        <translation>Rediger mødeserie: %1</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Ny mødeserie</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Mødetype</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <source>Date of the first meeting</source>
        <translation>Dato for det første møde</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Første møde:</translation>
    </message>
    <message>
        <source>How the series repeats</source>
        <translation>Hvordan serien gentages</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Gentages:</translation>
    </message>
    <message>
        <source>Repeat every how many weeks or months</source>
        <translation>Antal uger eller måneder mellem møderne</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>&amp;Hver:</translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation>Seriens sidste dag</translation>
    </message>
    <message>
        <source>&amp;No end date</source>
        <translation>I&amp;ngen slutdato</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;Slut:</translation>
    </message>
    <message>
        <source>Time the meetings start</source>
        <translation>Klokkeslæt, hvor møderne begynder</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Sta&amp;rttidspunkt:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>Next meetings:</source>
        <translation>Næste møder:</translation>
    </message>
    <message>
        <source>Rotating meeting leader</source>
        <translation>Skiftende mødeleder</translation>
    </message>
    <message>
        <source>Meeting &amp;leaders:</source>
        <translation>Møde&amp;ledere:</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>uge</numerusform>
            <numerusform>uger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>måned</numerusform>
            <numerusform>måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets %1.</source>
        <translation>Mødes %1.</translation>
    </message>
    <message>
        <source>changes to the series %1</source>
        <translation>ændringer af mødeserien %1</translation>
    </message>
    <message>
        <source>new series %1</source>
        <translation>ny mødeserie %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::Session</name>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åben.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>As the system (Danish on a Danish system)</source>
        <translation>Som systemet (dansk på et dansk system)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>A new language takes effect when Tavle starts again.</source>
        <translation>Et nyt sprog træder i kraft, næste gang Tavle starter.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::SupervisorChoiceModel</name>
    <message>
        <source>All supervisors</source>
        <translation>Alle vejledere</translation>
    </message>
    <message>
        <source>Without main supervisor</source>
        <translation>Uden hovedvejleder</translation>
    </message>
</context>
<context>
    <name>tavle::ui::SupervisorDialog</name>
    <message>
        <source>Choose a department first.</source>
        <translation>Vælg først en afdeling.</translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation>Ny vejleder</translation>
    </message>
    <message>
        <source>The supervisor can be main supervisor of trainees in %1 from today, %2.</source>
        <translation>Vejlederen kan være hovedvejleder for uddannelseslæger i %1 fra i dag, %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.dk (optional)</source>
        <translation>navn@eksempel.dk (valgfrit)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>%1 is already a supervisor in %2.</source>
        <translation>%1 er allerede vejleder i %2.</translation>
    </message>
    <message>
        <source>new supervisor %1</source>
        <translation>ny vejleder %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::SupervisorListModel</name>
    <message numerus="yes">
        <source>Main supervisor of %n current trainee(s)</source>
        <translation>
            <numerusform>Hovedvejleder for %n aktuel uddannelseslæge</numerusform>
            <numerusform>Hovedvejleder for %n aktuelle uddannelseslæger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Main supervisor of %n trainee(s) who have not started yet</source>
        <translation>
            <numerusform>Hovedvejleder for %n uddannelseslæge, der endnu ikke er startet</numerusform>
            <numerusform>Hovedvejleder for %n uddannelseslæger, der endnu ikke er startet</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Current trainees</source>
        <translation>Aktuelle uddannelseslæger</translation>
    </message>
    <message>
        <source>Coming trainees</source>
        <translation>Kommende uddannelseslæger</translation>
    </message>
</context>
<context>
    <name>tavle::ui::TableItemDelegate</name>
    <message>
        <source>Choose a person</source>
        <translation>Vælg en person</translation>
    </message>
    <message>
        <source>A date as dd-mm-yyyy</source>
        <translation>En dato som dd-mm-åååå</translation>
    </message>
    <message>
        <source>Give a date as dd-mm-yyyy.</source>
        <translation>Angiv en dato som dd-mm-åååå.</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as dd-mm-yyyy.</source>
        <translation>%1 er ikke en dato: skriv den som dd-mm-åååå.</translation>
    </message>
</context>
<context>
    <name>tavle::ui::TrafficLight</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation>Trafiklys: %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::TraineeDialog</name>
    <message>
        <source>Edit placement: %1</source>
        <translation>Rediger ansættelse: %1</translation>
    </message>
    <message>
        <source>New trainee</source>
        <translation>Ny uddannelseslæge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.dk (optional)</source>
        <translation>navn@eksempel.dk (valgfrit)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Choose a level</source>
        <translation>Vælg et trin</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Trin:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation>Vælg en afdeling</translation>
    </message>
    <message>
        <source>A placement stays in its department.</source>
        <translation>En ansættelse bliver i sin afdeling.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>N&amp;o end date yet</source>
        <translation>Endnu &amp;ingen slutdato</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>S&amp;lutdato:</translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation>Hovedvejleder</translation>
    </message>
    <message>
        <source>&amp;Main supervisor:</source>
        <translation>&amp;Hovedvejleder:</translation>
    </message>
    <message>
        <source>A person already known by this e-mail address gets the new placement; no second person is made.</source>
        <translation>En person, der allerede er kendt med denne e-mailadresse, får den nye ansættelse; der oprettes ikke en ny person.</translation>
    </message>
    <message>
        <source>Choose the level of the placement.</source>
        <translation>Vælg ansættelsens trin.</translation>
    </message>
    <message>
        <source>new trainee %1</source>
        <translation>ny uddannelseslæge %1</translation>
    </message>
    <message>
        <source>changes to the placement of %1</source>
        <translation>ændringer af ansættelsen for %1</translation>
    </message>
</context>
<context>
    <name>tavle::ui::WelcomePage</name>
    <message>
        <source>Welcome to Tavle</source>
        <translation>Velkommen til Tavle</translation>
    </message>
    <message>
        <source>&amp;Import a roster</source>
        <translation>&amp;Importér en personaleliste</translation>
    </message>
    <message>
        <source>Read the spreadsheet HR sends (CSV from Excel): trainees, levels, start dates and main supervisors. You see every change before anything is saved.</source>
        <translation>Læs regnearket fra HR (CSV fra Excel): uddannelseslæger, trin, startdatoer og hovedvejledere. Du ser hver ændring, før noget bliver gemt.</translation>
    </message>
    <message>
        <source>&amp;Add a department by hand</source>
        <translation>&amp;Tilføj en afdeling manuelt</translation>
    </message>
    <message>
        <source>Start with an empty department and add trainees and supervisors one by one.</source>
        <translation>Begynd med en tom afdeling, og tilføj uddannelseslæger og vejledere én ad gangen.</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>Åbn &amp;demodata</translation>
    </message>
    <message>
        <source>Try Tavle on a separate database of invented trainees. Your own database is not touched.</source>
        <translation>Prøv Tavle på en separat database med opdigtede uddannelseslæger. Din egen database bliver ikke rørt.</translation>
    </message>
    <message>
        <source>&amp;Open another database</source>
        <translation>Åbn en &amp;anden database</translation>
    </message>
    <message>
        <source>Choose a Tavle database file, for example one a colleague shares with you.</source>
        <translation>Vælg en Tavle-databasefil, for eksempel en, som en kollega deler med dig.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åben.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Tavle keeps track of your department&apos;s trainees: every expectation-meeting deadline, who is overdue, and who has no main supervisor.</source>
        <translation>Tavle holder styr på afdelingens uddannelseslæger: hver frist for forventningsafstemning, hvem der er over fristen, og hvem der mangler en hovedvejleder.</translation>
    </message>
    <message>
        <source>%1 This database is still empty. How do you want to begin?</source>
        <translation>%1 Databasen er endnu tom. Hvordan vil du begynde?</translation>
    </message>
    <message>
        <source>%1 No database is open. Open one, or try the demo data.</source>
        <translation>%1 Ingen database er åben. Åbn en, eller prøv demodataene.</translation>
    </message>
</context>
</TS>
