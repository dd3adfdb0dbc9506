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
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>{how}: %n rows under the header (row {header}); {recognised} of {columns} columns recognised.</source>
        <translation>
            <numerusform>{how}: %n row under the header (row {header}); {recognised} of {columns} columns recognised.</numerusform>
            <numerusform>{how}: %n rows under the header (row {header}); {recognised} of {columns} columns recognised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families; the first {shown} are shown. Rows of one family have the same number.</source>
        <translation>
            <numerusform>%n row in {families} families; the first {shown} are shown. Rows of one family have the same number.</numerusform>
            <numerusform>%n rows in {families} families; the first {shown} are shown. Rows of one family have the same number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows in {families} families.</source>
        <translation>
            <numerusform>%n row in {families} families.</numerusform>
            <numerusform>%n rows in {families} families.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected (listed below, with the reason).</source>
        <translation>
            <numerusform>%n row is rejected (listed below, with the reason).</numerusform>
            <numerusform>%n rows are rejected (listed below, with the reason).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families have a person who is already recorded.</source>
        <translation>
            <numerusform>%n family has a person who is already recorded.</numerusform>
            <numerusform>%n families have a person who is already recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families will be imported.</source>
        <translation>
            <numerusform>%n family will be imported.</numerusform>
            <numerusform>%n families will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families will be completed.</source>
        <translation>
            <numerusform>%n recorded family will be completed.</numerusform>
            <numerusform>%n recorded families will be completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families imported</source>
        <translation>
            <numerusform>%n family imported</numerusform>
            <numerusform>%n families imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n persons).</source>
        <translation>
            <numerusform>(%n person).</numerusform>
            <numerusform>(%n persons).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded families completed.</source>
        <translation>
            <numerusform>%n recorded family completed.</numerusform>
            <numerusform>%n recorded families completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows left out.</source>
        <translation>
            <numerusform>%n rejected row left out.</numerusform>
            <numerusform>%n rejected rows left out.</numerusform>
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
