<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>clearline::cli::BundleCommand</name>
    <message numerus="yes">
        <source>Wrote %n bundle(s), each locked for the one person it is for (%1 revisions).</source>
        <translation>
            <numerusform>Wrote %n bundle, locked for the one person it is for (%1 revisions).</numerusform>
            <numerusform>Wrote %n bundles, each locked for the one person it is for (%1 revisions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::cli::DisclosureCommand</name>
    <message numerus="yes">
        <source>Unauthorized use reported %n time(s).</source>
        <translation>
            <numerusform>Unauthorized use reported %n time.</numerusform>
            <numerusform>Unauthorized use reported %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::cli::LedgerCommand</name>
    <message numerus="yes">
        <source>Automatic backups in %1, newest first; each was checked when it was made, and %n day(s) of them are kept:</source>
        <translation>
            <numerusform>Automatic backups in %1, newest first; each was checked when it was made, and %n day of them is kept:</numerusform>
            <numerusform>Automatic backups in %1, newest first; each was checked when it was made, and %n days of them are kept:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::cli::RecordsCommand</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are NOT verified; see the verification column.</source>
        <translation>
            <numerusform>It is NOT verified; see the verification column.</numerusform>
            <numerusform>%n of them are NOT verified; see the verification column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n part(s) were written.</source>
        <translation>
            <numerusform>The first part was written.</numerusform>
            <numerusform>The first %n parts were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The paper copy of %n record(s) is too long for one PDF file, so ClearLine wrote it in %1 parts: %2.</source>
        <translation>
            <numerusform>The paper copy of %n record is too long for one PDF file, so ClearLine wrote it in %1 parts: %2.</numerusform>
            <numerusform>The paper copy of %n records is too long for one PDF file, so ClearLine wrote it in %1 parts: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::cli::RetentionVerbs</name>
    <message numerus="yes">
        <source>Records whose retention period has ended by %1: %n record(s)</source>
        <translation>
            <numerusform>Records whose retention period has ended by %1: %n record</numerusform>
            <numerusform>Records whose retention period has ended by %1: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::cli::ReviewCommand</name>
    <message numerus="yes">
        <source>%n day(s) waiting</source>
        <translation>
            <numerusform>%n day waiting</numerusform>
            <numerusform>%n days waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ledger::AutoBackup</name>
    <message numerus="yes">
        <source>on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>on %1 (%n day ago)</numerusform>
            <numerusform>on %1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::records::RecordSheet</name>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) listed are NOT verified.</source>
        <translation>
            <numerusform>%n record listed is NOT verified.</numerusform>
            <numerusform>%n records listed are NOT verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::retention::RetentionPeriod</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ChecklistPage</name>
    <message numerus="yes">
        <source>%n statement(s) still to tick.</source>
        <translation>
            <numerusform>%n statement still to tick.</numerusform>
            <numerusform>%n statements still to tick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::DisclosureView</name>
    <message numerus="yes">
        <source>Misuse of the number reported %n time(s).</source>
        <translation>
            <numerusform>Misuse of the number reported %n time.</numerusform>
            <numerusform>Misuse of the number reported %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::PackEditor</name>
    <message numerus="yes">
        <source>, within %n day(s)</source>
        <translation>
            <numerusform>, within %n day</numerusform>
            <numerusform>, within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s): the pack would be refused. Double-click one to go to it.</source>
        <translation>
            <numerusform>%n mistake: the pack would be refused. Double-click it to go to it.</numerusform>
            <numerusform>%n mistakes: the pack would be refused. Double-click one to go to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileDialog</name>
    <message numerus="yes">
        <source>All %n record(s) check out: every signature and link is intact.</source>
        <translation>
            <numerusform>Your %n record checks out: its signature and links are intact.</numerusform>
            <numerusform>All %n records check out: every signature and link is intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest good backup was made %1: %2. ClearLine makes one each day you work and keeps %n day(s) of them.</source>
        <translation>
            <numerusform>The latest good backup was made %1: %2. ClearLine makes one each day you work and keeps %n day of them.</numerusform>
            <numerusform>The latest good backup was made %1: %2. ClearLine makes one each day you work and keeps %n days of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup yet. ClearLine makes one each day you work, once you have records, and keeps %n day(s) of them.</source>
        <translation>
            <numerusform>No backup yet. ClearLine makes one each day you work, once you have records, and keeps %n day of them.</numerusform>
            <numerusform>No backup yet. ClearLine makes one each day you work, once you have records, and keeps %n days of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordsWindow</name>
    <message numerus="yes">
        <source>%Ln record(s) match.</source>
        <translation>
            <numerusform>%Ln record matches.</numerusform>
            <numerusform>%Ln records match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln record to %1.</numerusform>
            <numerusform>Wrote %Ln records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::RetentionDueDialog</name>
    <message numerus="yes">
        <source>Records whose retention period has ended by %1: %n record(s)</source>
        <translation>
            <numerusform>Records whose retention period has ended by %1: %n record</numerusform>
            <numerusform>Records whose retention period has ended by %1: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ReviewPage</name>
    <message numerus="yes">
        <source>You confirmed all %n statement(s) of the checklist.</source>
        <translation>
            <numerusform>You confirmed the %n statement of the checklist.</numerusform>
            <numerusform>You confirmed all %n statements of the checklist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::ReviewWorkspace</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n to decide</numerusform>
            <numerusform>%n to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n for your information</source>
        <translation>
            <numerusform>, %n for your information</numerusform>
            <numerusform>, %n for your information</numerusform>
        </translation>
    </message>
</context>
</TS>
