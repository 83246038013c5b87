<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name></name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Podgląd &amp;wydruku…</translation>
    </message>
    <message>
        <source>See the current section&apos;s page as it will print</source>
        <translation>Zobacz stronę bieżącej sekcji tak, jak zostanie wydrukowana</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the current section on one page</source>
        <translation>Wydrukuj bieżącą sekcję na jednej stronie</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj do PDF…</translation>
    </message>
    <message>
        <source>Save the current section&apos;s page as a PDF</source>
        <translation>Zapisz stronę bieżącej sekcji jako PDF</translation>
    </message>
    <message>
        <source>Export &amp;All Sections as PDF…</source>
        <translation>Eksportuj &amp;wszystkie sekcje do PDF…</translation>
    </message>
    <message>
        <source>One PDF with a page for every section</source>
        <translation>Jeden PDF ze stroną dla każdej sekcji</translation>
    </message>
    <message>
        <source>Paper &amp;Size</source>
        <translation>&amp;Rozmiar papieru</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>US &amp;Letter</translation>
    </message>
    <message>
        <source>This tab has no printed page</source>
        <translation>Ta karta nie ma strony do druku</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Dojrzałość</translation>
    </message>
    <message>
        <source>KPI planner</source>
        <translation>Planer KPI</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Zaproszenia</translation>
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
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>Start a new plan: a worked example or a blank one</source>
        <translation>Zacznij nowy plan: gotowy przykład albo pusty plan</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>Pla&amp;ner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>&amp;Example plan</source>
        <translation>&amp;Przykładowy plan</translation>
    </message>
    <message>
        <source>Start from a worked example of a B2B plan</source>
        <translation>Zacznij od gotowego przykładu planu B2B</translation>
    </message>
    <message>
        <source>&amp;Blank plan</source>
        <translation>Pu&amp;sty plan</translation>
    </message>
    <message>
        <source>Start with the default catalogues and no planner rows</source>
        <translation>Zacznij od domyślnych katalogów, bez wierszy planera</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open a plan workbook (.xlsx)</source>
        <translation>Otwórz skoroszyt planu (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the plan as an Excel workbook</source>
        <translation>Zapisz plan jako skoroszyt Excela</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>Zapisz plan pod nową nazwą</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Close smplanner</source>
        <translation>Zamknij smplanner</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>Copy the selected cells and empty them</source>
        <translation>Skopiuj zaznaczone komórki i wyczyść je</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text for Excel or LibreOffice</source>
        <translation>Skopiuj zaznaczone komórki jako tekst rozdzielony tabulatorami dla Excela lub LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Paste cells copied from here, Excel or LibreOffice at the current cell</source>
        <translation>Wklej w bieżącej komórce komórki skopiowane stąd, z Excela lub LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Wyczyść zaznaczone komórki</translation>
    </message>
    <message>
        <source>&amp;About smplanner</source>
        <translation>&amp;O programie smplanner</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Wersja i licencje</translation>
    </message>
</context>
</TS>
