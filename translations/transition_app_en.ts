<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecklistView</name>
    <message numerus="yes">
        <source>… and %n earlier changes</source>
        <translation>
            <numerusform>… and %n earlier change</numerusform>
            <numerusform>… and %n earlier changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n steps overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message numerus="yes">
        <source>The family list was saved (%n rows) in {file}.</source>
        <translation>
            <numerusform>The family list was saved (%n row) in {file}.</numerusform>
            <numerusform>The family list was saved (%n rows) in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The due list was saved (%n rows) in {file}.</source>
        <translation>
            <numerusform>The due list was saved (%n row) in {file}.</numerusform>
            <numerusform>The due list was saved (%n rows) in {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dashboard was saved (%n rows) in {file}.</source>
        <translation>
            <numerusform>The dashboard was saved (%n row) in {file}.</numerusform>
            <numerusform>The dashboard was saved (%n rows) in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{shown} of %Ln families</source>
        <translation>
            <numerusform>{shown} of %Ln family</numerusform>
            <numerusform>{shown} of %Ln families</numerusform>
        </translation>
    </message>
</context>
</TS>
