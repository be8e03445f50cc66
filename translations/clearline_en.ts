<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>clearline::ui::ProfileDialog</name>
    <message numerus="yes">
        <source>All %n record(s) check out: every signature and link is intact.</source>
        <translation>
            <numerusform>Your %n record checks out: its signature and links are intact.</numerusform>
            <numerusform>All %n records check out: every signature and link is intact.</numerusform>
        </translation>
    </message>
</context>
</TS>
