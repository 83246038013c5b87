<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the current section&apos;s page as it will print</source>
        <translation>Die Seite des aktuellen Bereichs so ansehen, wie sie gedruckt wird</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the current section on one page</source>
        <translation>Den aktuellen Bereich auf einer Seite drucken</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the current section&apos;s page as a PDF</source>
        <translation>Die Seite des aktuellen Bereichs als PDF speichern</translation>
    </message>
    <message>
        <source>Export &amp;All Sections as PDF…</source>
        <translation>&amp;Alle Bereiche als PDF exportieren…</translation>
    </message>
    <message>
        <source>One PDF with a page for every section</source>
        <translation>Ein PDF mit einer Seite je Bereich</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>Papier&amp;format</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>US-&amp;Letter</translation>
    </message>
    <message>
        <source>This tab has no printed page</source>
        <translation>Für diesen Reiter gibt es keine Druckseite</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>KPI planner</source>
        <translation>KPI-Planer</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>smplanner</source>
        <translation>smplanner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new plan: a worked example or a blank one</source>
        <translation>Einen neuen Plan beginnen: ein ausgearbeitetes Beispiel oder ein leerer Plan</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>&amp;Planer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Example plan</source>
        <translation>&amp;Beispielplan</translation>
    </message>
    <message>
        <source>Start from a worked example of a B2B plan</source>
        <translation>Mit einem ausgearbeiteten B2B-Beispielplan beginnen</translation>
    </message>
    <message>
        <source>&amp;Blank plan</source>
        <translation>&amp;Leerer Plan</translation>
    </message>
    <message>
        <source>Start with the default catalogues and no planner rows</source>
        <translation>Mit den Standardkatalogen und ohne Planerzeilen beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a plan workbook (.xlsx)</source>
        <translation>Eine Plan-Arbeitsmappe (.xlsx) öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the plan as an Excel workbook</source>
        <translation>Den Plan als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>Den Plan unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close smplanner</source>
        <translation>smplanner schließen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Copy the selected cells and empty them</source>
        <translation>Die ausgewählten Zellen kopieren und leeren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text for Excel or LibreOffice</source>
        <translation>Die ausgewählten Zellen als tabulatorgetrennten Text für Excel oder LibreOffice kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste cells copied from here, Excel or LibreOffice at the current cell</source>
        <translation>Aus smplanner, Excel oder LibreOffice kopierte Zellen an der aktuellen Zelle einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Die ausgewählten Zellen leeren</translation>
    </message>
    <message>
        <source>&amp;About smplanner</source>
        <translation>&amp;Über smplanner</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
</context>
</TS>
