<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionItemRepository</name>
    <message>
        <source>The action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Give the day the calendar starts from (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder before a deadline is 0 (none) to %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder before a meeting is 0 (none) to %1 minutes (a week), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the calendar to %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Run &apos;tavle-cli %2 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tavle database (default: $TAVLE_DB, else tavle.sqlite in your data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a Tavle database, or upgrades an older one, and prints its schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle database ready: %1
Schema version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the database&apos;s integrity and schema version without changing it. Exits with 0 only when the database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this Tavle: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the expectation-meeting deadline of every placement that has not ended: held, overdue, due within 7 days, or upcoming. Sorted by due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count from this date instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one department only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within 7 days, %3 held, %4 without a main supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty Tavle database (created when missing) with realistic demo data: departments, trainees, supervisors, placements and expectation meetings. The same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many trainees (default 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the data around this date instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trainees: &apos;%1&apos; is not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 departments, %3 trainees, %4 supervisors, %5 placements, %6 meetings (seed %7, today %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placements: %1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons: %1 new, %2 updated. Departments: %3 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the department&apos;s roster from a CSV file (Excel: Save As, CSV). Columns, by name in any order: Navn, Uddannelsestrin, Afdeling, Startdato (required), Slutdato, Hovedvejleder, Email. By default the import is all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;roster&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and show what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows even when some rows are bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli import roster FILE [--dry-run] [--skip-invalid]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read as a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Importing %1 would make these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no changes: the database already matches the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 (%3, %4, started %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a meeting as held for a trainee&apos;s placement; by default the expectation meeting (Forventningsafstemning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;held&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainee&apos;s name or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting type (default: the expectation meeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department, when the trainee has placements in several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed: goals, tasks, deadlines, responsibilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat this date as today (a meeting cannot be held after today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli meeting held --trainee NAME --date YYYY-MM-DD [--type NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trainee is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1, held on %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: %1, held on %2 (was %3), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered: %1, held on %2. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--department: there is no department &apos;%1&apos;. Departments: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number of %3 from 0 (no reminder) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the calendar as an iCalendar file (.ics) for Outlook, Thunderbird or any calendar program: the open expectation-meeting deadlines as all-day events on the due date, the meetings from today on, and each series as one recurring event naming its meeting leaders. Every event keeps its identity, so importing a newer export updates the events instead of adding them twice. Meeting notes are personal data and stay out unless --include-notes is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format: ics (iCalendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, e.g. tavle.ics (replaced whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export from this date instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one department only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind this many days before a deadline (default 1; 0: no reminder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind this many minutes before a meeting (default 15; 0: no reminder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put meeting notes and decisions in the events. They are personal data: only for a calendar nobody else reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli export ics --out FILE [--today YYYY-MM-DD] [--department NAME]; ics is the only format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required: the file to write, e.g. --out tavle.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the calendar to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1 (deadlines: %2, meetings: %3, series: %4, changed occurrences of a series: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: there is no meeting type &apos;%1&apos;. Meeting types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the department meetings of a period: every logged or cancelled meeting, and every occurrence of a series not logged yet (state planned), by date and time. The period defaults to 30 days before today to 60 days after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (default: today - 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day, included (default: today + 60 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One meeting type only, by name or code (e.g. Ventil, education_team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the period is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) from %1 to %2: </source>
        <translation>
            <numerusform>%n meeting from %1 to %2: </numerusform>
            <numerusform>%n meetings from %1 to %2: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 held, %2 planned, %3 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the action items of every meeting: open, overdue (not done and due before today) and done, by due date (none last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items not done yet: open and overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) on %1: </source>
        <translation>
            <numerusform>%n action item on %1: </numerusform>
            <numerusform>%n action items on %1: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, of which %2 overdue; %3 done.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategy is loaded yet. Load the hospital&apos;s strategy first: tavle-cli goals template load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the built-in strategy templates: their focus areas, goals, and whether one is loaded in the database already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli goals template list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green at %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads a built-in strategy template as the strategy in use: its focus areas and goals, all at once. A template is loaded only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;load&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s code, e.g. mvh (see goals template list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli goals template load NAME; the names are in &apos;tavle-cli goals template list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the strategy &apos;%1&apos; from template %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas: %1; goals: %2 (per department: %3, for the whole hospital: %4); green at %5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals template: give list or load NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals template: unknown subcommand &apos;%1&apos;; give list or load NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the goals of the strategy in use by focus area, retired ones included (with the day they were retired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli goals list [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy &apos;%1&apos;: goals: %2 (retired: %3); green at %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the status of a goal for a department, or for the hospital (--department ALL) when the goal holds for the whole hospital. Every change is kept as a dated row, so the status at any earlier day can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department, by name in any case; ALL for a goal of the whole hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s code, e.g. 3.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved, in_progress, not_started or not_applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the status holds from (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note or the evidence, e.g. where the minutes are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli goals set --department NAME|ALL --goal CODE --status STATUS [--date YYYY-MM-DD] [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required; run &apos;tavle-cli goals set --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status. Give achieved, in_progress, not_started or not_applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: %1 is after today (%2); a status holds from today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--goal: there is no goal &apos;%1&apos;. Goals: %2 (see &apos;tavle-cli goals list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--department: goal %1 holds for the whole hospital; give --department ALL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--department: goal %1 holds for each department, not for the whole hospital; give the department&apos;s name. Departments: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 (%2) for %3: %4 from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll-up of the strategy goals on a day: per department the goals achieved out of those that apply, the percent and whether it is green; the last row (ALL) is the whole hospital: every department&apos;s goals and the hospital&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;status&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to count on (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli goals status [--date YYYY-MM-DD] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALL (hospital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy &apos;%1&apos; on %2; green at %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals: give a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals: unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the status report of the strategy goals as a PDF file (A4): the figure and whether it is green, a table per focus area, the goals not yet achieved with their notes, and the trend per month. For one department, or without --department for the whole hospital with every department&apos;s figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report: goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department, by name in any case (default: the hospital report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, e.g. status.pdf (replaced whole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the report shows (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli report goals [--department NAME] --out FILE.pdf [--date YYYY-MM-DD]; goals is the only report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required: the file to write, e.g. --out status.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: %1 is after today (%2); a report shows today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategy is loaded yet, so there is nothing to report. Load the hospital&apos;s strategy first: tavle-cli goals template load mvh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved on %1: %2 of %3; green: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a whole Tavle database into an empty one: a file to a server database, a server database to a file, or a file to a file. Counts every table on both sides and keeps the copy only when the counts agree. The source is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy: a file, or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy into: a new file, or an empty database on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy takes no arguments; give the databases with --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy does not use --db; give the databases with --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs both --from SOURCE and --to TARGET.
Run &apos;tavle-cli copy --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3; every table&apos;s count matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  tavle-cli --db postgresql://USER@HOST:PORT/DATABASE server roles
  tavle-cli --db postgresql://USER@HOST:PORT/DATABASE server whoami

roles sets up Tavle&apos;s four roles on the server and prints what each may do; run it as the user who created the database, and again after an upgrade.
whoami prints the user and their Tavle role.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read (not %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: %2 is not a database on a server. Tavle&apos;s roles exist only on a PostgreSQL server: give --db postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets up Tavle&apos;s four roles on the PostgreSQL server (tavle_cheflaege, tavle_uao, tavle_ukyl, tavle_readonly) and grants each its share of the tables; prints what each may do. Run it as the user who created the database, and again after an upgrade of Tavle. Running it twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;roles&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli server roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle&apos;s roles are set up on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role may do, as the server enforces it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each person a login in one of the roles, e.g.:
  CREATE ROLE anna LOGIN PASSWORD &apos;...&apos; IN ROLE tavle_ukyl;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the user the database is opened as and their Tavle role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word &apos;whoami&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: tavle-cli server whoami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle role: none. The owner of the database and the server&apos;s administrators may do everything; anyone else needs one of Tavle&apos;s roles (tavle-cli server roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle role: none. A file has no roles: whoever may open it may change everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: give a subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>none</source>
        <comment>no date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no person</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved. Reload to see the data as it is now, then make your change again if it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has deleted the placement of %1 since you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has changed the placement of %1 since you read it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has deleted the meeting since you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Who came was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has changed the meeting since you read it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is empty; export the roster from Excel as CSV with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an Excel workbook (.xlsx), not a CSV file; in Excel choose Save As, CSV (semicolon separated), and import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a CSV text file (it holds binary data); export the roster from Excel as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed; check for a missing &quot; on this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a Tavle database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tavle database (it is not an SQLite database file). The file has not been changed; choose a Tavle database, or a new file name to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tavle database. The file has not been changed; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tavle database. The file has not been changed; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Tavle database at %1. Create one first, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1. Check the path and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Tavle data yet. Create the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tavle (schema version %2; this version knows up to %3). The file has not been changed; open it with the newer Tavle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2: %3. The database was left at version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record schema version %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1; this Tavle uses version %2. Open the database once for writing to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the identity of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch %1 for changes by others: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Tavle cannot reach PostgreSQL servers: the Qt driver QPSQL is missing. Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 wants a password for %2. Give it when asked, or put it in ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not accept the password for %2. Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. Check the address, that the server is running and that the database exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Tavle database, but %2 has no Tavle role on it. Ask the person who manages the Tavle server to give you one (docs/SERVER.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tavle database. Nothing has been changed; choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Tavle database. Nothing has been changed; give Tavle a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Tavle data yet. Create the database first (tavle-cli init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tavle (schema version %2; this version knows up to %3). Nothing has been changed; use the newer Tavle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: the next new row would reuse id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable server address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1: %2 rows in the source, %3 read, %4 in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Tavle copies version %3 only. Open it once with Tavle (or run tavle-cli --db %1 init) to upgrade it, then copy again. Nothing has been copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not open for writing at schema version %2, so nothing can be copied into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same database. Copy into another file or server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the table %1 from %2 to %3: %4. Nothing has been copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data of its own (%2). Nothing has been copied; copy into a new file or an empty server database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no database_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the rows in %1 and %2: %3. Nothing has been copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in %1 does not match %2 (%3). Nothing has been copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineBoard</name>
    <message>
        <source>The database has no expectation-meeting type. Run the integrity check and restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineEvents</name>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor: none assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement: from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation meeting due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expectation meeting of %1 with the main supervisor is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBU (foundation year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductory post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist training (HU)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo data needs a valid date to build around; give today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of trainees must be from 1 to %1; %2 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds departments or persons. Demo data is only written to an empty database; choose a new file name to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no expectation-meeting type. Run the integrity check and restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>The department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the placements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, no end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n current trainee(s))</source>
        <translation type="unfinished">
            <numerusform>%1 (%n current trainee)</numerusform>
            <numerusform>%1 (%n current trainees)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSource</name>
    <message>
        <source>The database %1 has no identity yet, so its calendar events would not be told apart from another database&apos;s. Open it once with Tavle (not read-only) to upgrade it, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department to export (number %1) does not exist; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting leader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>%1 has been changed or deleted by someone else since; this step cannot be undone or redone. Reload and make the change by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalActions</name>
    <message>
        <source>status %1 of goal %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 moved up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 moved down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire goal %1 &quot;%2&quot; from today, %3?

It stops counting from today in every department; its history is kept. Edit the goal to choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal status %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export goal status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalReport</name>
    <message>
        <source>The report needs a graphical application object for its fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department of the report does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (hospital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the report on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital: all departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals achieved (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy is green when at least %1 % of the goals that apply are achieved. Goals that do not apply and retired goals are left out; a goal without a status counts as not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital-wide goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 %2; now: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved in %1 of %2 departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals not yet achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every goal is achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hospital-wide goal is achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital-wide goals; each department&apos;s report lists its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals by focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of the goals achieved at the end of each month, and on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStyle</name>
    <message>
        <source>on target (%1 % or more achieved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close: under %1 %, within %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 points under %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n goal(s) achieved · %2</source>
        <translation>
            <numerusform>%1 of %n goal achieved · %2</numerusform>
            <numerusform>%1 of %n goals achieved · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal applies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>The time zone Europe/Copenhagen was not found. Install the time zone data (the tzdata package, /usr/share/zoneinfo) and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical could not write the calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new placement(s)</source>
        <translation>
            <numerusform>%n new placement</numerusform>
            <numerusform>%n new placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>placements</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>placements</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) updated</source>
        <translation>
            <numerusform>%n person updated</numerusform>
            <numerusform>%n persons updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n new department</numerusform>
            <numerusform>%n new departments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1? It stays in the list as cancelled; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its attendance, decisions and action items? The series shows the date as planned again. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with its attendance, decisions and action items? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion of the meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditing</name>
    <message>
        <source>The database has no expectation-meeting type. Run the integrity check and restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting belongs to a placement or a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the meeting is planned for or was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. Register a meeting as held once it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEvents</name>
    <message>
        <source>%1 %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingLog</name>
    <message>
        <source>An action item needs a text: what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting type of the series %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled meeting was not held: clear one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the series meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is listed twice among the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series %1 does not meet on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 on %2 is logged already: open it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRegistration</name>
    <message>
        <source>Give the date the meeting was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. Register a meeting as held once it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting type &apos;%1&apos; held per placement. Known types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trainee named %1. Check the spelling, or give the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trainees are named %2: %3. Give the e-mail address instead of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no placement in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has placements in several departments (%2). Name the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no placement that had not ended by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSeriesRepository</name>
    <message>
        <source>The series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEditing</name>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address. Correct it, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trainee of the placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department of the placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the start date of the placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a placement in this department from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department of the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the department&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a department named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The department still has %n placement(s). Move or delete them first.</source>
        <translation>
            <numerusform>The department still has %n placement. Move or delete it first.</numerusform>
            <numerusform>The department still has %n placements. Move or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>The placement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceRules</name>
    <message>
        <source>Give the series a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department of the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the meetings start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give how long a meeting lasts, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series repeats every 1 to 52 weeks or months, not every %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series ends on %1, before its first meeting on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceText</name>
    <message>
        <source>%1th</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <comment>the last Friday of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the 2nd Tuesday of a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of every %2 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 of every %2 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: months without a %2 have no meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new row&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been changed or deleted by someone else since it was read. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: your database role may not read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: your database role may not read this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: your database role may not change this. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: your database role may not change this (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person who manages the Tavle server for the right role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleAssignmentRepository</name>
    <message>
        <source>The role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <source>new department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new trainee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail of %1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new supervisor %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new placement: %1, %2, %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main supervisor %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement of %1 in %2 from %3 updated: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be saved, so nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterParser</name>
    <message>
        <source>&apos;%1&apos; is not a date; write it as dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 appears twice; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column %1 is missing (it may also be called %2); the header row must name the columns Navn, Uddannelsestrin, Afdeling and Startdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name (Navn) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level (Uddannelsestrin) is empty; use KBU, intro or HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;; use KBU, intro (introduktionsstilling, I-læge) or HU (hoveduddannelse, H-læge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department (Afdeling) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date (Startdato) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same placement (trainee, department and start date) as on line %1; remove one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesDrafts</name>
    <message>
        <source>Meeting leader %1: choose a person, or remove the row with Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting leader %1: give the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting leader %1: the period ends on %2, before it starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more meetings: the series has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesEditing</name>
    <message>
        <source>Choose who leads each period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leader period runs from its first to its last day: %1 to %2 does not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server refused to set up the roles: %1. Run this as the user who created the Tavle database (e.g. tavle_admin). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the roles on %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the Tavle tables may set up the roles, and %1 does not own them. Connect as the user who created the database (e.g. tavle_admin) and run this again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles %1 do not exist on the server yet, and %2 may not create roles. Ask the server&apos;s administrator to allow it (ALTER ROLE %2 CREATEROLE) or to create them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of department (cheflæge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant responsible for education (UAO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior doctor coordinating education (UKYL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only, e.g. the education council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and changes everything: the strategy, its goals and their status, people, placements and the meeting log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads everything. Changes trainees, supervisors, placements, departments, roles, deadline rules and the meeting log, and sets the departments&apos; goal statuses. Cannot change the strategy or its goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads everything. Logs meetings: attendance, notes, decisions, action items, series and meeting types. Cannot change people, placements or goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads everything except meeting notes. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: Tavle&apos;s roles exist only on a PostgreSQL server. On a file, everyone who may open it may change everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: open it for writing to set up the roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the roles on %1: it has no schema to work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the role of %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the roles&apos; rights on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyGoals</name>
    <message>
        <source>The goal has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 holds for the whole hospital: set its status for the hospital, not for one department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 holds for each department: choose the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the status holds from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future. A status holds from today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a code, such as 3.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the focus area of the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the goal counts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal is retired after the day it counts from (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numeric target is a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current value is 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 exists already: give the goal another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was changed by someone else since you opened it. Reload to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set goal %2 to &quot;%3&quot; at %4 since you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyRepository</name>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyTemplates</name>
    <message>
        <source>Cannot read the strategy template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy template %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy template %1 is incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a code, a name and a period_from date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a focus area has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal &apos;%1&apos; needs a code, a title and a scope (department or hospital).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no focus areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no strategy template &apos;%1&apos;. The templates are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategy template &apos;%1&apos; is loaded already: its goals are in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryRepository</name>
    <message>
        <source>count the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPainter</name>
    <message>
        <source>Green at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::AbsenceReportModel</name>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come, with notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come, without notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemDialog</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is to be done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;: choose the owner from the list, or (nobody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of action item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemEditor</name>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds an action item, Delete removes one; Tab moves between its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds an item, Delete removes it, Tab moves between fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n day overdue)</numerusform>
            <numerusform>%1 (%n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is named yet: choose Edit to give it an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemTableModel</name>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::ActionItemsView</name>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search action item, owner or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the action item with today&apos;s date (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a done action item open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text, owner or due date (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action item (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1, of which overdue: %2. Done: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n action item(s).</source>
        <translation>
            <numerusform>Showing %1 of %n action item.</numerusform>
            <numerusform>Showing %1 of %n action items.</numerusform>
        </translation>
    </message>
    <message>
        <source>action item &quot;%1&quot; done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening of action item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion of action item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::AssignSupervisorDialog</name>
    <message>
        <source>Main supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as main supervisor of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of the main supervisor of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceChart</name>
    <message>
        <source>Attendance per meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting (day-month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceChecklist</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of someone else who came, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of the department is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match %1: type more of the name.</source>
        <translation>
            <numerusform>%n person matches %1: type more of the name.</numerusform>
            <numerusform>%n people match %1: type more of the name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list: add people by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present, %2 absent, %3 excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceListModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>the key that marks a person present; one letter, not A or E&apos;s letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>the key that marks a person absent; one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>the key that marks a person excused; one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: present, %2: absent, %3: excused, Space: the next of these</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::AttendanceView</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period from 6 months ago up to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bsence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the absence report as shown, for Excel or for the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings of the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings of every department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attendance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no meeting was held %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held meetings in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held meeting(s); present at %1 of %2 expected places (%3).</source>
        <translation>
            <numerusform>%n held meeting; present at %1 of %2 expected places (%3).</numerusform>
            <numerusform>%n held meetings; present at %1 of %2 expected places (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 absent, %2 excused, %n person(s).</source>
        <translation>
            <numerusform>%1 absent, %2 excused, %n person.</numerusform>
            <numerusform>%1 absent, %2 excused, %n persons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export absence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence-report-%1-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the absence report to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the open expectation-meeting deadlines, the meetings from %1 on and the series with their meeting leaders to an iCalendar file (.ics) for Outlook or Thunderbird. Export again to bring that calendar up to date: the events keep their identity, so they are updated, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder before a deadline, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder before a dead&amp;line (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder before a meeting, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder before a &amp;meeting (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include meeting &amp;notes and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and decisions are personal data about the people in the meetings. Leave them out of a calendar that others can see or that is kept in a cloud service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the calendar to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the calendar to %1.
Events: %2 (deadlines: %3, meetings: %4, series: %5). Import the file in Outlook or Thunderbird.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared Tavle database on a PostgreSQL server. The server&apos;s administrator tells you its address and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional (else from ~/.pgpass or PGPASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server: its host name, for example db.hospital.local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is not a host name Tavle can use. Write only its name or address, for example db.hospital.local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a password for %1. Type it in the password field and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::DeadlineBoardModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KBU (foundation year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductory post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist training (HU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (week %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main supervisor: open the placement to assign one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::DeadlinesWorkspace</name>
    <message>
        <source>Deadline board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (week %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search trainee, e-mail or supervisor (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation type="unfinished">
            <numerusform>%n due within a week</numerusform>
            <numerusform>%n due within a week</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  without main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without main supervisor</source>
        <translation type="unfinished">
            <numerusform>%n without main supervisor</numerusform>
            <numerusform>%n without main supervisor</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n placement(s).</source>
        <translation type="unfinished">
            <numerusform>Showing %1 of %n placement.</numerusform>
            <numerusform>Showing %1 of %n placements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavle::ui::EndPlacementDialog</name>
    <message>
        <source>End placement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the placement of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalDetailPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goal to see its detail and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds for the whole hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds for each department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History for %1: no status set yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalDialog</name>
    <message>
        <source>Edit goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as 3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit, such as facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numeric target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired goal stops counting from that day; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes to goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new goal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalMatrixModel</name>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital-scope goals; its figure is the hospital-wide one: every department&apos;s goals and the hospital-scope goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds for the whole hospital: see the hospital row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds for each department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1, set by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalStatusButtons</name>
    <message>
        <source>Set status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 in the goal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note or evidence for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note or evidence (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalSummaryHeader</name>
    <message>
        <source>Goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital, all departments · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since %1 (marked ● in the list): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalTreeModel</name>
    <message>
        <source>%1 → %2 on %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since %1 (a month ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalTrendChart</name>
    <message>
        <source>Goals achieved over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of goals achieved, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::GoalsWorkspace</name>
    <message>
        <source>No education strategy yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the head of department follows the strategy goals: each goal&apos;s status in the department, green when at least 90 % are achieved, and the trend over time.

Start from the hospital&apos;s strategy &quot;Sammen om lægelig videreuddannelse&quot;: its six focus areas and their goals. You can add, rename, reorder and retire goals afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the hospital strategy (template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital &amp;matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up in the goal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down in the goal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report (&amp;PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals by focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 is first in its focus area already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 is last in its focus area already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no strategy to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::ImportRosterWizard</name>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::LeaderPeriodEditor</name>
    <message>
        <source>Meeting leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds a period, Delete removes one; Tab moves between its fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds a period, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate among:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who lead in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space checks a person; they lead in the order of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months each person leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill lead&amp;ers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first meeting until the end of the series, or for a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::LeaderPeriodModel</name>
    <message>
        <source>(choose a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::LogMeetingDialog</name>
    <message>
        <source>Add a department before logging its meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a meeting on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the meeting of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes to the meeting %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new meeting %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item %1 has no text: write what is to be done, or remove the row with Delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::LogMeetingForm</name>
    <message>
        <source>Type of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time the meeting starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;nned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the database only; exported only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One decision per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;isions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action ite&amp;ms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::MainWindow</name>
    <message>
        <source>&amp;New database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;department...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open de&amp;mo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tavle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New trainee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Tavle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Tavle database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tavle database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is demo data in %1. Open your own database again from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tavle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tavle %1&lt;/h3&gt;&lt;p&gt;The education team&apos;s board: expectation-meeting deadlines, meetings and the education strategy of a hospital department.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to ser&amp;ver...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 – Tavle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::MeetingListModel</name>
    <message>
        <source>%1 present, %2 absent, %3 excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An occurrence of the series, not logged yet: press Enter to log it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · week %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::MeetingsWorkspace</name>
    <message>
        <source>Meetin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search series, type or meeting leader (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ope&amp;n...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: log the planned meeting, or open the logged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;series...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit se&amp;ries...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n meeting(s) from %2 to %3.</source>
        <translation>
            <numerusform>Showing %1 of %n meeting from %2 to %3.</numerusform>
            <numerusform>Showing %1 of %n meetings from %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log occurre&amp;nce...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the data again as it is stored now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::PeopleWorkspace</name>
    <message>
        <source>Trainees and their placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainees and placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search trainee, e-mail or main supervisor (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w ended placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New trainee...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a trainee with a first placement (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it placement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the trainee&apos;s name, e-mail, level, dates or main supervisor (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d placement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the last day of the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign main supervisor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the main supervisor of the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors and their load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a supervisor to list their trainees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;supervisor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supervisor to the department chosen at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department at the top first: a supervisor is added to one department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n placement(s).</source>
        <translation type="unfinished">
            <numerusform>Showing %1 of %n placement.</numerusform>
            <numerusform>Showing %1 of %n placements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n current and coming placement(s).</source>
        <translation>
            <numerusform>Showing %1 of %n current and coming placement.</numerusform>
            <numerusform>Showing %1 of %n current and coming placements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervisor(s).</source>
        <translation>
            <numerusform>%n supervisor.</numerusform>
            <numerusform>%n supervisors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavle::ui::PeriodSelector</name>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 weeks back to %2 weeks ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::PersonAttendanceModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Present at %1 of %n meeting(s) where expected</source>
        <translation>
            <numerusform>Present at %1 of %n meeting where expected</numerusform>
            <numerusform>Present at %1 of %n meetings where expected</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::PlacementDialog</name>
    <message>
        <source>Placement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due %2 (week %3). %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n current trainee(s))</source>
        <translation type="unfinished">
            <numerusform>%1 (%n current trainee)</numerusform>
            <numerusform>%1 (%n current trainees)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Main supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not scheduled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the meeting was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, tasks, deadlines, responsibilities and how to work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trainee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (main supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main supervisor change for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration of the expectation meeting with %1 as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduling of the expectation meeting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal of the expectation meeting with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::PlacementListModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main supervisor: choose Assign main supervisor to give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterFilePage</name>
    <message>
        <source>Choose the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is the department&apos;s list of trainees and their placements, as HR sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Tavle reads the roster as a CSV file. In Excel, choose &lt;b&gt;Save As&lt;/b&gt; and the type &lt;b&gt;CSV (semicolon separated)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The first row names the columns, in any order:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;required: &lt;b&gt;Navn&lt;/b&gt; (the trainee), &lt;b&gt;Uddannelsestrin&lt;/b&gt; (the level: KBU, intro or HU), &lt;b&gt;Afdeling&lt;/b&gt; (the department) and &lt;b&gt;Startdato&lt;/b&gt; (the start of the placement);&lt;/li&gt;&lt;li&gt;optional: &lt;b&gt;Slutdato&lt;/b&gt; (the end), &lt;b&gt;Hovedvejleder&lt;/b&gt; (the main supervisor) and &lt;b&gt;Email&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Other columns are ignored. Dates may be written as dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd. Trainees and placements already in Tavle are updated, not duplicated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the roster file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a roster: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterPreviewModel</name>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterPreviewPage</name>
    <message>
        <source>Check what the import does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file with what the import does on it; rows with a problem are marked and not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing; correct the file first (then choose Back and pick the corrected file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import cannot be undone with Ctrl+Z; you saw every change above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read as %2, with %3 between the columns. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made, so nothing can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Besides the placements: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle already holds everything in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import is all or nothing: as %n row(s) have problems, nothing is imported unless you choose to leave them out.</source>
        <translation>
            <numerusform>The import is all or nothing: as %n row has a problem, nothing is imported unless you choose to leave it out.</numerusform>
            <numerusform>The import is all or nothing: as %n rows have problems, nothing is imported unless you choose to leave them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the rows can be imported. Correct the file, then choose Back and pick it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;only the %n valid row(s), and leave out the rows with problems</source>
        <translation>
            <numerusform>Import &amp;only the %n valid row, and leave out the rows with problems</numerusform>
            <numerusform>Import &amp;only the %n valid rows, and leave out the rows with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; the database was left as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::RosterResultPage</name>
    <message>
        <source>Roster imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported into Tavle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n row(s) from %2.</source>
        <translation>
            <numerusform>Imported %1 of %n row from %2.</numerusform>
            <numerusform>Imported %1 of %n rows from %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Besides the placements: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: Tavle already held everything in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were left out. Correct them in the file and import it again: the rows imported now are recognised, not duplicated.</source>
        <translation>
            <numerusform>%n row with problems was left out. Correct it in the file and import it again: the rows imported now are recognised, not duplicated.</numerusform>
            <numerusform>%n rows with problems were left out. Correct them in the file and import it again: the rows imported now are recognised, not duplicated.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline board and the lists show the new data now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::SeriesDialog</name>
    <message>
        <source>Add a department before giving it a series of meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the series repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every how many weeks or months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the meetings start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating meeting leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;leaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes to the series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new series %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::Session</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (Danish on a Danish system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Tavle starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::SupervisorChoiceModel</name>
    <message>
        <source>All supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::SupervisorDialog</name>
    <message>
        <source>Choose a department first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor can be main supervisor of trainees in %1 from today, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.dk (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a supervisor in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::SupervisorListModel</name>
    <message numerus="yes">
        <source>Main supervisor of %n current trainee(s)</source>
        <translation>
            <numerusform>Main supervisor of %n current trainee</numerusform>
            <numerusform>Main supervisor of %n current trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Main supervisor of %n trainee(s) who have not started yet</source>
        <translation>
            <numerusform>Main supervisor of %n trainee who has not started yet</numerusform>
            <numerusform>Main supervisor of %n trainees who have not started yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming trainees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::TableItemDelegate</name>
    <message>
        <source>Choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date as dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as dd-mm-yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::TrafficLight</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic light: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::TraineeDialog</name>
    <message>
        <source>Edit placement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.dk (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placement stays in its department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person already known by this e-mail address gets the new placement; no second person is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level of the placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new trainee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes to the placement of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tavle::ui::WelcomePage</name>
    <message>
        <source>Welcome to Tavle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the spreadsheet HR sends (CSV from Excel): trainees, levels, start dates and main supervisors. You see every change before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a department by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty department and add trainees and supervisors one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Tavle on a separate database of invented trainees. Your own database is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Tavle database file, for example one a colleague shares with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavle keeps track of your department&apos;s trainees: every expectation-meeting deadline, who is overdue, and who has no main supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This database is still empty. How do you want to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No database is open. Open one, or try the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
