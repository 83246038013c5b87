<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name></name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
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
        <translation>Eksportuj wszystkie sekcje do &amp;PDF…</translation>
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
        <source>Pages print on A4 paper</source>
        <translation>Strony drukują się na papierze A4</translation>
    </message>
    <message>
        <source>Pages print on US Letter paper</source>
        <translation>Strony drukują się na papierze US Letter</translation>
    </message>
    <message>
        <source>This tab has no printed page</source>
        <translation>Ta karta nie ma strony do druku</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Podgląd wydruku — {title}</translation>
    </message>
    <message>
        <source>Sent &apos;{title}&apos; to the printer</source>
        <translation>Wysłano „{title}” do drukarki</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nie wydrukowano</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuj PDF</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nie wyeksportowano: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to {name}</source>
        <translation>
            <numerusform>Wyeksportowano %n stronę do {name}</numerusform>
            <numerusform>Wyeksportowano %n strony do {name}</numerusform>
            <numerusform>Wyeksportowano %n stron do {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planner row(s)</source>
        <translation>
            <numerusform>%n wiersz planera</numerusform>
            <numerusform>%n wiersze planera</numerusform>
            <numerusform>%n wierszy planera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etap</numerusform>
            <numerusform>%n etapy</numerusform>
            <numerusform>%n etapów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n cel</numerusform>
            <numerusform>%n cele</numerusform>
            <numerusform>%n celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s)</source>
        <translation>
            <numerusform>%n taktyka</numerusform>
            <numerusform>%n taktyki</numerusform>
            <numerusform>%n taktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n sieć</numerusform>
            <numerusform>%n sieci</numerusform>
            <numerusform>%n sieci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konta</numerusform>
            <numerusform>%n kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile item(s)</source>
        <translation>
            <numerusform>%n element profilu</numerusform>
            <numerusform>%n elementy profilu</numerusform>
            <numerusform>%n elementów profilu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status row(s)</source>
        <translation>
            <numerusform>%n wiersz statusu</numerusform>
            <numerusform>%n wiersze statusu</numerusform>
            <numerusform>%n wierszy statusu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n zaproszenie</numerusform>
            <numerusform>%n zaproszenia</numerusform>
            <numerusform>%n zaproszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n interakcja</numerusform>
            <numerusform>%n interakcje</numerusform>
            <numerusform>%n interakcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {noun}(s)</source>
        <translation>
            <numerusform>%n × {noun}</numerusform>
            <numerusform>%n × {noun}</numerusform>
            <numerusform>%n × {noun}</numerusform>
        </translation>
    </message>
    <message>
        <source>{listed} and {last}</source>
        <translation>{listed} i {last}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} i {count} więcej</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Cofnij (Ctrl+Z) przywraca wszystko.</translation>
    </message>
    <message>
        <source>{names} has {uses} of its own. Delete it with them?</source>
        <translation>Do wpisu {names} należą: {uses}. Usunąć go razem z nimi?</translation>
    </message>
    <message>
        <source>{names} has {uses} of its own. Delete it with it?</source>
        <translation>Do wpisu {names} należy: {uses}. Usunąć go razem z tym?</translation>
    </message>
    <message>
        <source>{names} have {uses} of their own. Delete them with them?</source>
        <translation>Do wpisów {names} należą: {uses}. Usunąć je razem z nimi?</translation>
    </message>
    <message>
        <source>{names} have {uses} of their own. Delete them with it?</source>
        <translation>Do wpisów {names} należy: {uses}. Usunąć je razem z tym?</translation>
    </message>
    <message>
        <source>from all of them</source>
        <translation>we wszystkich tych miejscach</translation>
    </message>
    <message>
        <source>from that {noun}</source>
        <translation>w tym miejscu</translation>
    </message>
    <message>
        <source>from those rows</source>
        <translation>w tych wierszach</translation>
    </message>
    <message>
        <source>from those {noun}s</source>
        <translation>w tych miejscach</translation>
    </message>
    <message>
        <source>{names} is used by {uses}.</source>
        <translation>Wpis {names} jest używany w: {uses}.</translation>
    </message>
    <message>
        <source>{names} are used by {uses}.</source>
        <translation>Wpisy {names} są używane w: {uses}.</translation>
    </message>
    <message>
        <source>Their {uses} go with them.</source>
        <translation>Należące do nich wpisy ({uses}) zostaną usunięte razem z nimi.</translation>
    </message>
    <message>
        <source>Delete it and clear it {where}?</source>
        <translation>Usunąć i wyczyścić {where}?</translation>
    </message>
    <message>
        <source>Delete them and clear them {where}?</source>
        <translation>Usunąć i wyczyścić {where}?</translation>
    </message>
    <message>
        <source>&amp;Add {noun}</source>
        <translation>&amp;Dodaj: {noun}</translation>
    </message>
    <message>
        <source>Add a new {noun} below the selection</source>
        <translation>Dodaj nowy wpis ({noun}) pod zaznaczeniem</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Usuń zaznaczone</translation>
    </message>
    <message>
        <source>Delete the selected {noun}s, clearing them wherever they are used</source>
        <translation>Usuń zaznaczone wpisy i wyczyść je wszędzie, gdzie są używane</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przenieś w d&amp;ół</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit a cell; a new name is used everywhere in the plan.</source>
        <translation>Kliknij dwukrotnie lub naciśnij F2, aby edytować komórkę; nowa nazwa jest stosowana w całym planie.</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Nowy wpis</translation>
    </message>
    <message>
        <source>Add {noun} &apos;{name}&apos;</source>
        <translation>Dodaj wpis „{name}” ({noun})</translation>
    </message>
    <message numerus="yes">
        <source>Delete {noun}(s)?</source>
        <translation>
            <numerusform>Usunąć wpis ({noun})?</numerusform>
            <numerusform>Usunąć wpisy?</numerusform>
            <numerusform>Usunąć wpisy?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {noun} &apos;{name}&apos;</source>
        <translation>Usuń wpis „{name}” ({noun})</translation>
    </message>
    <message>
        <source>Deleted &apos;{name}&apos;; Undo (Ctrl+Z) brings it back</source>
        <translation>Usunięto „{name}”; Cofnij (Ctrl+Z) go przywraca</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n {noun}(s)</source>
        <translation>
            <numerusform>Usuń %n wpis</numerusform>
            <numerusform>Usuń %n wpisy</numerusform>
            <numerusform>Usuń %n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n {noun}(s); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>Usunięto %n wpis; Cofnij (Ctrl+Z) go przywraca</numerusform>
            <numerusform>Usunięto %n wpisy; Cofnij (Ctrl+Z) je przywraca</numerusform>
            <numerusform>Usunięto %n wpisów; Cofnij (Ctrl+Z) je przywraca</numerusform>
        </translation>
    </message>
    <message>
        <source>Select neighbouring rows to move them together</source>
        <translation>Zaznacz sąsiednie wiersze, aby przesunąć je razem</translation>
    </message>
    <message numerus="yes">
        <source>Move {noun}(s) up</source>
        <translation>
            <numerusform>Przesuń wpis ({noun}) w górę</numerusform>
            <numerusform>Przesuń wpisy w górę</numerusform>
            <numerusform>Przesuń wpisy w górę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move {noun}(s) down</source>
        <translation>
            <numerusform>Przesuń wpis ({noun}) w dół</numerusform>
            <numerusform>Przesuń wpisy w dół</numerusform>
            <numerusform>Przesuń wpisy w dół</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <source>Make the lists your own first: the buyer-journey stages, your goals, the tactics you use, your networks and the KPIs you can count. Every other tab offers these names.</source>
        <translation>Najpierw dostosuj listy: etapy ścieżki zakupowej, swoje cele, stosowane taktyki, swoje sieci i KPI, które możesz mierzyć. Wszystkie pozostałe karty korzystają z tych nazw.</translation>
    </message>
    <message>
        <source>Add a row per stage, goal and tactic you work on (Insert), then mark the KPIs that judge it: P for primary (one to three a row), S for secondary. A row marked ⚠ has no primary KPI or too many.</source>
        <translation>Dodaj wiersz dla każdego etapu, celu i taktyki, nad którymi pracujesz (Insert), a potem oznacz KPI, według których jest oceniany: P — główny (od jednego do trzech w wierszu), S — pomocniczy. Wiersz oznaczony ⚠ nie ma głównego KPI albo ma ich za dużo.</translation>
    </message>
    <message>
        <source>Rate where the team stands (C) and wants to be (T) on each dimension, tick the evidence that proves it, and answer the readiness check before you automate.</source>
        <translation>Oceń w każdym wymiarze, gdzie zespół jest (O) i dokąd chce dojść (D), zaznacz dowody, które to potwierdzają, i odpowiedz na pytania sprawdzenia gotowości, zanim zaczniesz automatyzować.</translation>
    </message>
    <message>
        <source>Check each of your accounts against the profile checklist; fix the gaps.</source>
        <translation>Sprawdź każde ze swoich kont według listy kontrolnej profilu i uzupełnij braki.</translation>
    </message>
    <message>
        <source>Note incoming connection requests and decide: accept, reply first or ignore.</source>
        <translation>Zapisuj przychodzące zaproszenia do kontaktu i decyduj: zaakceptuj, najpierw odpowiedz lub zignoruj.</translation>
    </message>
    <message>
        <source>Set the currency and the periods, then type target and actual per network and KPI each period; add the costs of the work and the returns it brought.</source>
        <translation>Ustaw walutę i okresy, a potem w każdym okresie wpisuj cel i wynik dla każdej sieci i KPI; dodaj koszty pracy i zwroty, jakie przyniosła.</translation>
    </message>
    <message>
        <source>Read what it all cost and returned: ROI and the cost per follower, MQC and SQO, period by period.</source>
        <translation>Sprawdź, ile to wszystko kosztowało i ile przyniosło: ROI oraz koszt na obserwującego, MQC i SQO, okres po okresie.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Pierwsze kroki</translation>
    </message>
    <message>
        <source>A plan says which social media work judges itself by which KPIs, and then proves what it returned. Fill in the tabs in this order:</source>
        <translation>Plan określa, według których KPI oceniane są poszczególne działania w mediach społecznościowych, a potem pokazuje, co przyniosły. Wypełniaj karty w tej kolejności:</translation>
    </message>
    <message>
        <source>Every edit can be undone (Ctrl+Z). The plan is saved as an Excel workbook your colleagues can open; each tab prints as a one-page chart (File &gt; Print or Export PDF). To see a finished plan, choose Help &gt; Open Example Plan.</source>
        <translation>Każdą zmianę można cofnąć (Ctrl+Z). Plan jest zapisywany jako skoroszyt Excela, który mogą otworzyć współpracownicy; każda karta drukuje się jako jednostronicowy wykres (Plik &gt; Drukuj lub Eksportuj do PDF). Aby zobaczyć gotowy plan, wybierz Pomoc &gt; Otwórz przykładowy plan.</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <source>The keys of the whole window, then of each tab (those work while its table has the focus). The same commands are in the menus and on right-click.</source>
        <translation>Klawisze całego okna, a potem poszczególnych kart (działają, gdy ich tabela ma fokus). Te same polecenia są w menu i pod prawym przyciskiem myszy.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Pierwsze kroki</translation>
    </message>
    <message>
        <source>The tabs in the order to fill them in</source>
        <translation>Karty w kolejności wypełniania</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Every key of the window and its tabs</source>
        <translation>Wszystkie klawisze okna i jego kart</translation>
    </message>
    <message>
        <source>Open &amp;Example Plan</source>
        <translation>Otwórz przykładowy pl&amp;an</translation>
    </message>
    <message>
        <source>Look around a finished plan (asks to save your changes first)</source>
        <translation>Obejrzyj gotowy plan (najpierw zapyta o zapisanie zmian)</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Pierwsze kroki</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <source>Click a level, then C for current or T for target (again to clear); F2 edits a text</source>
        <translation>Kliknij poziom, a potem O (obecny) lub D (docelowy); ponownie, aby wyczyścić; F2 edytuje tekst</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Dojrzałość</translation>
    </message>
    <message>
        <source>C</source>
        <translation>O</translation>
    </message>
    <message>
        <source>T</source>
        <translation>D</translation>
    </message>
    <message>
        <source>No dimension rated yet: click the level that describes the team today and press C, then the level it wants to reach and press T.</source>
        <translation>Żaden wymiar nie jest jeszcze oceniony: kliknij poziom opisujący dziś zespół i naciśnij O, potem poziom, który chce osiągnąć, i naciśnij D.</translation>
    </message>
    <message>
        <source>Rate the first dimension</source>
        <translation>Oceń pierwszy wymiar</translation>
    </message>
    <message>
        <source>Press C if this level describes the team today, T for its target</source>
        <translation>Naciśnij O, jeśli ten poziom opisuje dziś zespół, D dla poziomu docelowego</translation>
    </message>
    <message>
        <source>Whose ratings the grid and the chart show</source>
        <translation>Czyje oceny pokazują siatka i wykres</translation>
    </message>
    <message>
        <source>Rater:</source>
        <translation>Oceniający:</translation>
    </message>
    <message>
        <source>The rounded-down mean of the current levels, beside the weakest dimension: a chain is as strong as its weakest link</source>
        <translation>Zaokrąglona w dół średnia obecnych poziomów, obok najsłabszego wymiaru: łańcuch jest tak mocny, jak jego najsłabsze ogniwo</translation>
    </message>
    <message>
        <source>Set &amp;current</source>
        <translation>Ustaw &amp;obecny</translation>
    </message>
    <message>
        <source>Mark the chosen level as where the team stands today</source>
        <translation>Oznacz wybrany poziom jako obecny stan zespołu</translation>
    </message>
    <message>
        <source>Set &amp;target</source>
        <translation>Ustaw &amp;docelowy</translation>
    </message>
    <message>
        <source>Mark the chosen level as where the team wants to be</source>
        <translation>Oznacz wybrany poziom jako cel zespołu</translation>
    </message>
    <message>
        <source>&amp;Add dimension</source>
        <translation>Dod&amp;aj wymiar</translation>
    </message>
    <message>
        <source>Add a dimension of your own</source>
        <translation>Dodaj własny wymiar</translation>
    </message>
    <message>
        <source>&amp;Delete dimension</source>
        <translation>&amp;Usuń wymiar</translation>
    </message>
    <message>
        <source>Delete the chosen dimension with its evidence and ratings</source>
        <translation>Usuń wybrany wymiar wraz z jego dowodami i ocenami</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Opisz…</translation>
    </message>
    <message>
        <source>Say what the chosen dimension covers (shown as its tooltip)</source>
        <translation>Opisz, co obejmuje wybrany wymiar (pokazywane jako podpowiedź)</translation>
    </message>
    <message>
        <source>Move the dimension up</source>
        <translation>Przenieś wymiar w górę</translation>
    </message>
    <message>
        <source>Move the dimension down</source>
        <translation>Przenieś wymiar w dół</translation>
    </message>
    <message>
        <source>Add rater…</source>
        <translation>Dodaj oceniającego…</translation>
    </message>
    <message>
        <source>Let another person rate the dimensions independently</source>
        <translation>Pozwól innej osobie niezależnie ocenić wymiary</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM capability maturity&lt;/b&gt; — where the team stands, where it wants to be, and whether it is ready to automate</source>
        <translation>&lt;b&gt;Dojrzałość kompetencji CRM&lt;/b&gt; — gdzie jest zespół, dokąd chce dojść i czy jest gotowy na automatyzację</translation>
    </message>
    <message>
        <source>current</source>
        <translation>obecny</translation>
    </message>
    <message>
        <source>target</source>
        <translation>docelowy</translation>
    </message>
    <message>
        <source>evidenced</source>
        <translation>potwierdzony</translation>
    </message>
    <message>
        <source>Current: where the chosen rater says the team stands; Target: where it wants to be; Evidenced: levels whose evidence (and all below) is confirmed</source>
        <translation>Obecny: gdzie według wybranego oceniającego jest zespół; Docelowy: dokąd chce dojść; Potwierdzony: poziomy, których dowody (i wszystkich niższych) są potwierdzone</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>levels of {rater}</source>
        <translation>poziomy: {rater}</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Dodaj stwierdzenie</translation>
    </message>
    <message>
        <source>Add an evidence statement for this dimension</source>
        <translation>Dodaj stwierdzenie dowodowe dla tego wymiaru</translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation>Usuń stwierdzenie</translation>
    </message>
    <message>
        <source>Delete the selected statements</source>
        <translation>Usuń zaznaczone stwierdzenia</translation>
    </message>
    <message>
        <source>Add rater</source>
        <translation>Dodaj oceniającego</translation>
    </message>
    <message>
        <source>Add a person who rates independently</source>
        <translation>Dodaj osobę, która ocenia niezależnie</translation>
    </message>
    <message>
        <source>Delete rater</source>
        <translation>Usuń oceniającego</translation>
    </message>
    <message>
        <source>Delete the selected rater and their ratings</source>
        <translation>Usuń zaznaczonego oceniającego i jego oceny</translation>
    </message>
    <message>
        <source>: click the level that describes the team today and press C, then the level it wants to reach and press T</source>
        <translation>: kliknij poziom opisujący dziś zespół i naciśnij O, potem poziom, który chce osiągnąć, i naciśnij D</translation>
    </message>
    <message>
        <source>target {level}</source>
        <translation>cel {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n rated above the evidence</source>
        <translation>
            <numerusform>%n oceniony wyżej niż dowody</numerusform>
            <numerusform>%n ocenione wyżej niż dowody</numerusform>
            <numerusform>%n ocenionych wyżej niż dowody</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a dimension to see its evidence</source>
        <translation>Wybierz wymiar, aby zobaczyć jego dowody</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Evidence for {dimension}&lt;/b&gt;: {confirmed} of %n statement(s) confirmed; evidenced level {level}</source>
        <translation>
            <numerusform>&lt;b&gt;Dowody: {dimension}&lt;/b&gt;: potwierdzono {confirmed} z %n stwierdzenia; poziom potwierdzony dowodami {level}</numerusform>
            <numerusform>&lt;b&gt;Dowody: {dimension}&lt;/b&gt;: potwierdzono {confirmed} z %n stwierdzeń; poziom potwierdzony dowodami {level}</numerusform>
            <numerusform>&lt;b&gt;Dowody: {dimension}&lt;/b&gt;: potwierdzono {confirmed} z %n stwierdzeń; poziom potwierdzony dowodami {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a second rater (for example the sales lead and the marketing lead) to compare independent ratings: each rater&apos;s level, the mean and the spread.</source>
        <translation>Dodaj drugiego oceniającego (na przykład szefa sprzedaży i szefa marketingu), aby porównać niezależne oceny: poziom każdego oceniającego, średnią i rozrzut.</translation>
    </message>
    <message numerus="yes">
        <source>The raters are %n level(s) apart on {dimension}: talk it through before acting on the mean</source>
        <translation>
            <numerusform>Oceny wymiaru {dimension} różnią się o %n poziom: omów to, zanim oprzesz się na średniej</numerusform>
            <numerusform>Oceny wymiaru {dimension} różnią się o %n poziomy: omów to, zanim oprzesz się na średniej</numerusform>
            <numerusform>Oceny wymiaru {dimension} różnią się o %n poziomów: omów to, zanim oprzesz się na średniej</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Rozrzut</translation>
    </message>
    <message>
        <source>Current level given by {rater}</source>
        <translation>Obecny poziom według: {rater}</translation>
    </message>
    <message>
        <source>Mean of the raters&apos; current levels</source>
        <translation>Średnia obecnych poziomów oceniających</translation>
    </message>
    <message>
        <source>Highest minus lowest level</source>
        <translation>Najwyższy minus najniższy poziom</translation>
    </message>
    <message numerus="yes">
        <source>Current levels by rater. %n dimension(s) where raters are two levels or more apart (highlighted).</source>
        <translation>
            <numerusform>Obecne poziomy według oceniających. %n wymiar, w którym oceny różnią się o dwa poziomy lub więcej (wyróżniony).</numerusform>
            <numerusform>Obecne poziomy według oceniających. %n wymiary, w których oceny różnią się o dwa poziomy lub więcej (wyróżnione).</numerusform>
            <numerusform>Obecne poziomy według oceniających. %n wymiarów, w których oceny różnią się o dwa poziomy lub więcej (wyróżnione).</numerusform>
        </translation>
    </message>
    <message>
        <source>Current levels by rater; no dimension where raters are two levels or more apart.</source>
        <translation>Obecne poziomy według oceniających; żaden wymiar nie ma ocen różniących się o dwa poziomy lub więcej.</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Werdykt: {verdict}</translation>
    </message>
    <message>
        <source>Choose a level cell (I to V) first</source>
        <translation>Najpierw wybierz komórkę poziomu (I do V)</translation>
    </message>
    <message>
        <source>Add a rater first</source>
        <translation>Najpierw dodaj oceniającego</translation>
    </message>
    <message>
        <source>Clear current level of {dimension}</source>
        <translation>Wyczyść obecny poziom: {dimension}</translation>
    </message>
    <message>
        <source>Clear target level of {dimension}</source>
        <translation>Wyczyść poziom docelowy: {dimension}</translation>
    </message>
    <message>
        <source>Set current level of {dimension} to {code}</source>
        <translation>Ustaw obecny poziom ({dimension}) na {code}</translation>
    </message>
    <message>
        <source>Set target level of {dimension} to {code}</source>
        <translation>Ustaw poziom docelowy ({dimension}) na {code}</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Nowy wymiar</translation>
    </message>
    <message>
        <source>Add dimension &apos;{name}&apos;</source>
        <translation>Dodaj wymiar „{name}”</translation>
    </message>
    <message>
        <source>Name the dimension, then describe its levels and add evidence</source>
        <translation>Nazwij wymiar, potem opisz jego poziomy i dodaj dowody</translation>
    </message>
    <message>
        <source>Describe dimension</source>
        <translation>Opisz wymiar</translation>
    </message>
    <message>
        <source>What does &apos;{name}&apos; cover?</source>
        <translation>Co obejmuje „{name}”?</translation>
    </message>
    <message>
        <source>Describe dimension &apos;{name}&apos;</source>
        <translation>Opisz wymiar „{name}”</translation>
    </message>
    <message>
        <source>Delete dimension &apos;{name}&apos;</source>
        <translation>Usuń wymiar „{name}”</translation>
    </message>
    <message>
        <source>Deleted &apos;{name}&apos; with its evidence and ratings; Undo (Ctrl+Z) brings them back</source>
        <translation>Usunięto „{name}” wraz z dowodami i ocenami; Cofnij (Ctrl+Z) je przywróci</translation>
    </message>
    <message>
        <source>Move dimension up</source>
        <translation>Przenieś wymiar w górę</translation>
    </message>
    <message>
        <source>Move dimension down</source>
        <translation>Przenieś wymiar w dół</translation>
    </message>
    <message>
        <source>Choose a dimension first</source>
        <translation>Najpierw wybierz wymiar</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nowe stwierdzenie</translation>
    </message>
    <message>
        <source>Add evidence for {dimension}</source>
        <translation>Dodaj dowód: {dimension}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n evidence statement(s)</source>
        <translation>
            <numerusform>Usuń %n stwierdzenie dowodowe</numerusform>
            <numerusform>Usuń %n stwierdzenia dowodowe</numerusform>
            <numerusform>Usuń %n stwierdzeń dowodowych</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted; Undo (Ctrl+Z) brings it back</source>
        <translation>Usunięto; Cofnij (Ctrl+Z) to przywróci</translation>
    </message>
    <message>
        <source>New rater</source>
        <translation>Nowy oceniający</translation>
    </message>
    <message>
        <source>Add rater &apos;{name}&apos;</source>
        <translation>Dodaj oceniającego „{name}”</translation>
    </message>
    <message>
        <source>Type the rater&apos;s name and role; choose them above the grid to rate</source>
        <translation>Wpisz imię i rolę oceniającego; wybierz go nad siatką, aby oceniać</translation>
    </message>
    <message>
        <source>Keep at least one rater: someone must rate</source>
        <translation>Zostaw co najmniej jednego oceniającego: ktoś musi oceniać</translation>
    </message>
    <message>
        <source>Delete rater &apos;{name}&apos;</source>
        <translation>Usuń oceniającego „{name}”</translation>
    </message>
    <message>
        <source>Deleted rater &apos;{name}&apos; and their ratings; Undo (Ctrl+Z) brings them back</source>
        <translation>Usunięto oceniającego „{name}” i jego oceny; Cofnij (Ctrl+Z) je przywróci</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rater(s)</source>
        <translation>
            <numerusform>Usuń %n oceniającego</numerusform>
            <numerusform>Usuń %n oceniających</numerusform>
            <numerusform>Usuń %n oceniających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rater(s) and their ratings; Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>Usunięto %n oceniającego i jego oceny; Cofnij (Ctrl+Z) je przywróci</numerusform>
            <numerusform>Usunięto %n oceniających i ich oceny; Cofnij (Ctrl+Z) je przywróci</numerusform>
            <numerusform>Usunięto %n oceniających i ich oceny; Cofnij (Ctrl+Z) je przywróci</numerusform>
        </translation>
    </message>
    <message>
        <source>Add statements first: the paste runs past this dimension&apos;s last</source>
        <translation>Najpierw dodaj stwierdzenia: wklejany tekst wykracza poza ostatnie stwierdzenie tego wymiaru</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Pomocniczy</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Inne kanały</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <source>Channels that are not social networks: e-mail, events, the website, calls</source>
        <translation>Kanały, które nie są sieciami społecznościowymi: e-mail, wydarzenia, strona internetowa, rozmowy telefoniczne</translation>
    </message>
    <message>
        <source>The channel&apos;s name</source>
        <translation>Nazwa kanału</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Co oznacza</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>transakcja</translation>
    </message>
    <message>
        <source>The sales pipeline: each deal once, with its value, stage and close date</source>
        <translation>Lejek sprzedaży: każda transakcja raz, z wartością, etapem i datą zamknięcia</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>ID transakcji</translation>
    </message>
    <message>
        <source>The deal&apos;s id, as in the CRM; each deal once</source>
        <translation>ID transakcji, jak w CRM; każda transakcja tylko raz</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nazwa transakcji</translation>
    </message>
    <message>
        <source>What is sold</source>
        <translation>Co jest sprzedawane</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>What the deal is worth; empty counts as 0</source>
        <translation>Wartość transakcji; puste liczy się jako 0</translation>
    </message>
    <message>
        <source>A stage of the Pipeline stages sheet; its probability weighs the deal, and only won deals (the 100 % stage) bring a return</source>
        <translation>Etap z arkusza „Pipeline stages”; jego prawdopodobieństwo waży transakcję, a zwrot przynoszą tylko wygrane transakcje (etap 100%)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>When the deal was opened</source>
        <translation>Kiedy transakcja została utworzona</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Zamknięcie</translation>
    </message>
    <message>
        <source>When the deal closed (won or lost) or is expected to; a won deal&apos;s return counts in the period of this date</source>
        <translation>Kiedy transakcja została zamknięta (wygrana lub przegrana) albo ma zostać zamknięta; zwrot z wygranej transakcji liczy się w okresie tej daty</translation>
    </message>
    <message>
        <source>Who sells it</source>
        <translation>Kto sprzedaje</translation>
    </message>
    <message>
        <source>Anything worth knowing</source>
        <translation>Wszystko, co warto wiedzieć</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>touch</source>
        <translation>interakcja</translation>
    </message>
    <message>
        <source>Each deal&apos;s campaign history: when a channel met the buyer</source>
        <translation>Historia kampanii każdej transakcji: kiedy kanał zetknął się z kupującym</translation>
    </message>
    <message>
        <source>The deal touched (from the Deals sheet)</source>
        <translation>Transakcja, której dotyczy interakcja (z arkusza „Deals”)</translation>
    </message>
    <message>
        <source>Touch date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>When it happened; touches after the deal&apos;s close date are not credited</source>
        <translation>Kiedy to nastąpiło; interakcje po dacie zamknięcia transakcji nie są uwzględniane</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>A social network of the plan, or another channel (Other channels)</source>
        <translation>Sieć społecznościowa z planu lub inny kanał (Inne kanały)</translation>
    </message>
    <message>
        <source>Campaign or tactic</source>
        <translation>Kampania lub taktyka</translation>
    </message>
    <message>
        <source>The campaign, post or tactic behind the touch</source>
        <translation>Kampania, post lub taktyka stojąca za interakcją</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>first touch</source>
        <translation>pierwsza interakcja</translation>
    </message>
    <message>
        <source>last touch</source>
        <translation>ostatnia interakcja</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>liniowy</translation>
    </message>
    <message>
        <source>position-based</source>
        <translation>według pozycji</translation>
    </message>
    <message>
        <source>time decay</source>
        <translation>rozkład czasowy</translation>
    </message>
    <message>
        <source>data-driven (Markov)</source>
        <translation>oparty na danych (Markov)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <source>Buyer journey stages, in funnel order</source>
        <translation>Etapy ścieżki zakupowej, w kolejności lejka</translation>
    </message>
    <message>
        <source>The stage&apos;s name</source>
        <translation>Nazwa etapu</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Taktyki</translation>
    </message>
    <message>
        <source>tactic</source>
        <translation>taktyka</translation>
    </message>
    <message>
        <source>The kinds of social media work you do</source>
        <translation>Rodzaje działań w mediach społecznościowych, które prowadzisz</translation>
    </message>
    <message>
        <source>The tactic&apos;s name</source>
        <translation>Nazwa taktyki</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Sieci</translation>
    </message>
    <message>
        <source>network</source>
        <translation>sieć</translation>
    </message>
    <message>
        <source>The social networks and channels you use</source>
        <translation>Sieci społecznościowe i kanały, z których korzystasz</translation>
    </message>
    <message>
        <source>The network&apos;s name</source>
        <translation>Nazwa sieci</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>What a planner row sets out to achieve</source>
        <translation>Co ma osiągnąć wiersz planera</translation>
    </message>
    <message>
        <source>The goal&apos;s name</source>
        <translation>Nazwa celu</translation>
    </message>
    <message>
        <source>Key KPIs</source>
        <translation>Kluczowe KPI</translation>
    </message>
    <message>
        <source>The KPIs this goal is judged by, best fit first; used by Suggest KPIs</source>
        <translation>KPI, według których oceniany jest ten cel, od najlepiej pasującego; używane przez „Zaproponuj KPI”</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>The key performance indicators a plan can use</source>
        <translation>Kluczowe wskaźniki efektywności, których może używać plan</translation>
    </message>
    <message>
        <source>The KPI&apos;s name</source>
        <translation>Nazwa KPI</translation>
    </message>
    <message>
        <source>The group the KPI belongs to; the planner groups its columns by it</source>
        <translation>Grupa, do której należy KPI; planer grupuje według niej kolumny</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>How the KPI is measured</source>
        <translation>Jak mierzony jest KPI</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Lepiej, gdy</translation>
    </message>
    <message>
        <source>Whether a higher (up) or lower (down) value is better</source>
        <translation>Czy lepsza jest wartość wyższa (up), czy niższa (down)</translation>
    </message>
    <message>
        <source>Usual stages</source>
        <translation>Typowe etapy</translation>
    </message>
    <message>
        <source>The buyer journey stages this KPI usually serves; used by Suggest KPIs</source>
        <translation>Etapy ścieżki zakupowej, którym zwykle służy ten KPI; używane przez „Zaproponuj KPI”</translation>
    </message>
    <message>
        <source>What it means and how to count it</source>
        <translation>Co oznacza i jak go liczyć</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Na okres</translation>
    </message>
    <message>
        <source>How daily values make a period&apos;s: level (the last, as followers), count (the sum, as leads) or rate (the mean); empty: from the name and unit</source>
        <translation>Jak z wartości dziennych powstaje wartość okresu: level (ostatnia, jak obserwujący), count (suma, jak leady) lub rate (średnia); puste: na podstawie nazwy i jednostki</translation>
    </message>
    <message>
        <source>KPI planner</source>
        <translation>Planer KPI</translation>
    </message>
    <message>
        <source>planner row</source>
        <translation>wiersz planera</translation>
    </message>
    <message>
        <source>Which KPIs judge each stage, goal and tactic</source>
        <translation>Które KPI oceniają każdy etap, cel i taktykę</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>The buyer journey stage</source>
        <translation>Etap ścieżki zakupowej</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>What the row sets out to achieve</source>
        <translation>Co ma osiągnąć ten wiersz</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Taktyka</translation>
    </message>
    <message>
        <source>The social media work that serves the goal</source>
        <translation>Działania w mediach społecznościowych służące celowi</translation>
    </message>
    <message>
        <source>{lever} × {goal}</source>
        <translation>{lever} × {goal}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Who does what, how often</source>
        <translation>Kto co robi i jak często</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>On a status: D done · P partly · M missing · N not applicable · Delete clears · F6 next pane</source>
        <translation>Na statusie: D zrobione · P częściowo · M brak · N nie dotyczy · Delete czyści · F6 następny panel</translation>
    </message>
    <message>
        <source>Choose the account&apos;s network (F2 on its Network cell).</source>
        <translation>Wybierz sieć konta (F2 w jego komórce Sieć).</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>No accounts yet: add your company page and your own profiles, then check each profile item.</source>
        <translation>Brak kont: dodaj stronę firmową i swoje profile, a potem sprawdź każdy element profilu.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Enter or double-click: go to the item</source>
        <translation>Enter lub dwuklik: przejdź do elementu</translation>
    </message>
    <message>
        <source>The share of the account&apos;s applicable items done (partly counts half), weighted by each item&apos;s weight</source>
        <translation>Odsetek wykonanych elementów, które dotyczą konta (częściowo liczy się w połowie), ważony wagą każdego elementu</translation>
    </message>
    <message>
        <source>Where the selected account stands on this item; empty: not checked yet</source>
        <translation>Status wybranego konta w tym elemencie; puste: jeszcze niesprawdzone</translation>
    </message>
    <message>
        <source>A note on this item for the selected account</source>
        <translation>Notatka do tego elementu dla wybranego konta</translation>
    </message>
    <message>
        <source>No item applies to this account</source>
        <translation>Żaden element nie dotyczy tego konta</translation>
    </message>
    <message>
        <source>{score}; {count} to do</source>
        <translation>{score}; do zrobienia: {count}</translation>
    </message>
    <message>
        <source>All {network} accounts: {score}</source>
        <translation>Wszystkie konta w sieci {network}: {score}</translation>
    </message>
    <message>
        <source>Does not apply on {network} (see Not for networks)</source>
        <translation>Nie dotyczy sieci {network} (zob. „Nie dla sieci”)</translation>
    </message>
    <message>
        <source>Not checked yet: counts as missing (D, P, M or N sets it)</source>
        <translation>Jeszcze niesprawdzone: liczy się jako brak (ustaw klawiszem D, P, M lub N)</translation>
    </message>
    <message>
        <source>Add an account first (Insert in the accounts list)</source>
        <translation>Najpierw dodaj konto (Insert na liście kont)</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; does not apply to this account&apos;s network</source>
        <translation>„{item}” nie dotyczy sieci tego konta</translation>
    </message>
    <message>
        <source>Not set: {problem}</source>
        <translation>Nie ustawiono: {problem}</translation>
    </message>
    <message>
        <source>Set status of &apos;{item}&apos; for &apos;{account}&apos;</source>
        <translation>Ustaw status „{item}” dla „{account}”</translation>
    </message>
    <message>
        <source>Set note of &apos;{item}&apos; for &apos;{account}&apos;</source>
        <translation>Ustaw notatkę do „{item}” dla „{account}”</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) only: the rest was left out</source>
        <translation>
            <numerusform>Tylko %n element: resztę pominięto</numerusform>
            <numerusform>Tylko %n elementy: resztę pominięto</numerusform>
            <numerusform>Tylko %n elementów: resztę pominięto</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{item}&apos; does not apply here</source>
        <translation>„{item}” nie ma tu zastosowania</translation>
    </message>
    <message>
        <source>{edit} for &apos;{account}&apos;</source>
        <translation>{edit} dla „{account}”</translation>
    </message>
    <message>
        <source>&lt;b&gt;No account chosen&lt;/b&gt; — add your accounts on the left (Insert), then check each profile item</source>
        <translation>&lt;b&gt;Nie wybrano konta&lt;/b&gt; — dodaj swoje konta po lewej (Insert), a potem sprawdź każdy element profilu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{account}&lt;/b&gt; ({network}, {kind}): score &lt;b&gt;{score}&lt;/b&gt;, {count} to do</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt; ({network}, {kind}): wynik &lt;b&gt;{score}&lt;/b&gt;, do zrobienia: {count}</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niesprawdzone</translation>
    </message>
    <message>
        <source>{item} — {state} (weight {weight})</source>
        <translation>{item} — {state} (waga {weight})</translation>
    </message>
    <message>
        <source>Nothing left to do</source>
        <translation>Nic więcej do zrobienia</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Nie wybrano konta</translation>
    </message>
    <message>
        <source>To do for this account, most valuable first</source>
        <translation>Do zrobienia dla tego konta, najcenniejsze najpierw</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Month / network</source>
        <translation>Miesiąc / sieć</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Zaproszenia</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Zaakceptuj</translation>
    </message>
    <message>
        <source>Reply first</source>
        <translation>Najpierw odpowiedz</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zignoruj</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Zignorowane</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number}%</translation>
    </message>
    <message>
        <source>The share of the requests you ignore</source>
        <translation>Odsetek zaproszeń, które ignorujesz</translation>
    </message>
    <message>
        <source>No requests logged yet</source>
        <translation>Nie dodano jeszcze żadnych zaproszeń</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Wszystkie miesiące</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <source>Proofreading</source>
        <translation>Korekta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Przebieg kariery</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>The profile photo: missing, poor, over-posed or provocative is a warning sign. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Zdjęcie profilowe: brak, słabe, przesadnie pozowane lub prowokacyjne to sygnał ostrzegawczy. W porządku (fine), wątpliwe (doubtful) lub czerwona flaga (red flag); puste: jeszcze nieocenione</translation>
    </message>
    <message>
        <source>Contact details: none, incomplete or dodgy ones are a warning sign. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Dane kontaktowe: brak, niepełne lub podejrzane to sygnał ostrzegawczy. W porządku (fine), wątpliwe (doubtful) lub czerwona flaga (red flag); puste: jeszcze nieocenione</translation>
    </message>
    <message>
        <source>Spelling, grammar and awkward prose in the profile and message. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Pisownia, gramatyka i niezgrabny styl w profilu i wiadomości. W porządku (fine), wątpliwe (doubtful) lub czerwona flaga (red flag); puste: jeszcze nieocenione</translation>
    </message>
    <message>
        <source>Work history: scant, missing, with unexplained breaks or without detail. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Przebieg kariery: skąpy, brak, z niewyjaśnionymi przerwami lub bez szczegółów. W porządku (fine), wątpliwe (doubtful) lub czerwona flaga (red flag); puste: jeszcze nieocenione</translation>
    </message>
    <message>
        <source>Their connections: suspicious ones, none in common, or mutual ones you do not recognise. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Kontakty tej osoby: podejrzane, brak wspólnych albo wspólne, których nie znasz. W porządku (fine), wątpliwe (doubtful) lub czerwona flaga (red flag); puste: jeszcze nieocenione</translation>
    </message>
    <message>
        <source>Their message: none, generic, or a call to action with a suspicious link. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Wiadomość tej osoby: brak, ogólnikowa lub wezwanie do działania z podejrzanym linkiem. W porządku (fine), wątpliwe (doubtful) lub czerwona flaga (red flag); puste: jeszcze nieocenione</translation>
    </message>
    <message>
        <source>Their activity: scant, of low value or suspicious. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Aktywność tej osoby: znikoma, mało wartościowa lub podejrzana. W porządku (fine), wątpliwe (doubtful) lub czerwona flaga (red flag); puste: jeszcze nieocenione</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>Your profiles and pages</source>
        <translation>Twoje profile i strony</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>A name for the account, e.g. &apos;LinkedIn personal&apos; or &apos;Acme on X&apos;</source>
        <translation>Nazwa konta, np. „LinkedIn osobiste” lub „Acme na X”</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>The network the account is on (from the Networks catalogue)</source>
        <translation>Sieć, w której jest konto (z katalogu Sieci)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>A personal profile or a company page</source>
        <translation>Profil osobisty (personal) lub strona firmowa (company page)</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Adres profilu</translation>
    </message>
    <message>
        <source>Where the profile is (its link)</source>
        <translation>Gdzie jest profil (jego link)</translation>
    </message>
    <message>
        <source>Profile items</source>
        <translation>Elementy profilu</translation>
    </message>
    <message>
        <source>profile item</source>
        <translation>element profilu</translation>
    </message>
    <message>
        <source>What a strong profile has</source>
        <translation>Co ma mocny profil</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>What the profile should have</source>
        <translation>Co profil powinien mieć</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>How much it matters to buyers, 1 (nice to have) to 5 (essential); scores weigh items by it and to-dos list the heaviest first</source>
        <translation>Jak bardzo liczy się dla kupujących, od 1 (mile widziane) do 5 (niezbędne); wyniki ważą elementy według niej, a lista do zrobienia zaczyna od najważniejszych</translation>
    </message>
    <message>
        <source>Not for networks</source>
        <translation>Nie dla sieci</translation>
    </message>
    <message>
        <source>Networks where the item does not apply (LinkedIn-only features, say)</source>
        <translation>Sieci, w których element nie ma zastosowania (np. funkcje dostępne tylko na LinkedIn)</translation>
    </message>
    <message>
        <source>How to do it well</source>
        <translation>Jak zrobić to dobrze</translation>
    </message>
    <message>
        <source>What good looks like</source>
        <translation>Jak wygląda dobre wykonanie</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Status profilu</translation>
    </message>
    <message>
        <source>status row</source>
        <translation>wiersz statusu</translation>
    </message>
    <message>
        <source>Where each account stands on each profile item</source>
        <translation>Status każdego konta w każdym elemencie profilu</translation>
    </message>
    <message>
        <source>The account (from the Accounts sheet)</source>
        <translation>Konto (z arkusza „Accounts”)</translation>
    </message>
    <message>
        <source>The profile item (from the Profile items sheet)</source>
        <translation>Element profilu (z arkusza „Profile items”)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done, partly, missing or not applicable; empty means not checked yet</source>
        <translation>Zrobione (done), częściowo (partly), brak (missing) lub nie dotyczy (not applicable); puste oznacza jeszcze niesprawdzone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>What is left to do, or why</source>
        <translation>Co zostało do zrobienia albo dlaczego nie</translation>
    </message>
    <message>
        <source>Connection requests</source>
        <translation>Zaproszenia do kontaktu</translation>
    </message>
    <message>
        <source>request</source>
        <translation>zaproszenie</translation>
    </message>
    <message>
        <source>Incoming connection requests, their warning signs and what to do</source>
        <translation>Przychodzące zaproszenia do kontaktu, ich sygnały ostrzegawcze i co z nimi zrobić</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>When the request came in (year-month-day)</source>
        <translation>Kiedy przyszło zaproszenie (rok-miesiąc-dzień)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Who sent the request</source>
        <translation>Kto wysłał zaproszenie</translation>
    </message>
    <message>
        <source>Where the request came from</source>
        <translation>Skąd przyszło zaproszenie</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>How you know them: an ally or acquaintance you have really exchanged value with, a colleague, collaborator or client, or a stranger (sharing a group without real dialogue does not count)</source>
        <translation>Skąd znasz tę osobę: sojusznik (ally) lub znajomy (acquaintance), z którym łączy Cię realna wymiana wartości, kolega, współpracownik lub klient (colleague/collaborator/client) albo nieznajomy (stranger); wspólna grupa bez prawdziwego dialogu się nie liczy</translation>
    </message>
    <message>
        <source>Personal message</source>
        <translation>Osobista wiadomość</translation>
    </message>
    <message>
        <source>Their message says why connecting is of value to you (counts in their favour)</source>
        <translation>Wiadomość mówi, dlaczego kontakt jest dla Ciebie wartościowy (przemawia na korzyść nadawcy)</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Twoja decyzja</translation>
    </message>
    <message>
        <source>Leave empty to follow the verdict; or accept, reply first or ignore whatever it says</source>
        <translation>Zostaw puste, aby zastosować zalecenie; albo niezależnie od niego zaakceptuj (accept), najpierw odpowiedz (reply first) lub zignoruj (ignore)</translation>
    </message>
    <message>
        <source>What you replied, what they said</source>
        <translation>Twoja odpowiedź i odpowiedź tej osoby</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>zdjęcie</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>dane kontaktowe</translation>
    </message>
    <message>
        <source>proofreading</source>
        <translation>korekta</translation>
    </message>
    <message>
        <source>history</source>
        <translation>przebieg kariery</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <source>message</source>
        <translation>wiadomość</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktywność</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>w porządku</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>wątpliwe</translation>
    </message>
    <message>
        <source>red flag</source>
        <translation>czerwona flaga</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>zaakceptuj</translation>
    </message>
    <message>
        <source>reply first</source>
        <translation>najpierw odpowiedz</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>zignoruj</translation>
    </message>
    <message>
        <source>ally</source>
        <translation>sojusznik</translation>
    </message>
    <message>
        <source>acquaintance</source>
        <translation>znajomy</translation>
    </message>
    <message>
        <source>colleague/collaborator/client</source>
        <translation>kolega/współpracownik/klient</translation>
    </message>
    <message>
        <source>stranger</source>
        <translation>nieznajomy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Wolumen</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Treści</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Społeczność</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Bigger deals: a small sale costs almost as much to close</source>
        <translation>Większe transakcje: zamknięcie małej sprzedaży kosztuje prawie tyle samo</translation>
    </message>
    <message>
        <source>More deal flow</source>
        <translation>Więcej transakcji w lejku</translation>
    </message>
    <message>
        <source>Faster deals: speed becomes a flywheel</source>
        <translation>Szybsze transakcje: tempo staje się kołem zamachowym</translation>
    </message>
    <message>
        <source>Relevant content draws the buyers most likely to benefit</source>
        <translation>Trafne treści przyciągają kupujących, którzy najwięcej na tym zyskają</translation>
    </message>
    <message>
        <source>Content that resonates builds a community and a dialogue</source>
        <translation>Treści, które trafiają do odbiorców, budują społeczność i dialog</translation>
    </message>
    <message>
        <source>Converting well teaches how to improve engagement and the product</source>
        <translation>Dobra konwersja uczy, jak poprawić zaangażowanie i produkt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>uzgodnione</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Współpraca</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>Where a marketing lever meets a sales goal: the question from both sides, its owner, status, due date and the agreed action</source>
        <translation>Miejsce, w którym dźwignia marketingu spotyka cel sprzedaży: pytanie z obu stron, osoba odpowiedzialna, status, termin i uzgodnione działanie</translation>
    </message>
    <message>
        <source>Marketing lever</source>
        <translation>Dźwignia marketingu</translation>
    </message>
    <message>
        <source>Content, Community or Conversion</source>
        <translation>Treści, Społeczność lub Konwersja</translation>
    </message>
    <message>
        <source>Sales goal</source>
        <translation>Cel sprzedaży</translation>
    </message>
    <message>
        <source>Value, Volume or Velocity</source>
        <translation>Wartość, Wolumen lub Tempo</translation>
    </message>
    <message>
        <source>Marketing asks</source>
        <translation>Marketing pyta</translation>
    </message>
    <message>
        <source>The question from marketing&apos;s side</source>
        <translation>Pytanie ze strony marketingu</translation>
    </message>
    <message>
        <source>Sales asks</source>
        <translation>Sprzedaż pyta</translation>
    </message>
    <message>
        <source>The same question from sales&apos; side</source>
        <translation>To samo pytanie ze strony sprzedaży</translation>
    </message>
    <message>
        <source>Who answers for this crossing</source>
        <translation>Kto odpowiada za to pole</translation>
    </message>
    <message>
        <source>open, in progress, agreed or done; empty counts as open</source>
        <translation>otwarte, w toku, uzgodnione lub zrobione; puste liczy się jako otwarte</translation>
    </message>
    <message>
        <source>When the action should be done; empty: no date</source>
        <translation>Do kiedy działanie ma być wykonane; puste: bez terminu</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Uzgodnione działanie</translation>
    </message>
    <message>
        <source>What both sides agreed to do</source>
        <translation>Co obie strony uzgodniły</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Wszystko inne, co warto zachować</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>częściowo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nie dotyczy</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>osobiste</translation>
    </message>
    <message>
        <source>company page</source>
        <translation>strona firmowa</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s): {signs}</source>
        <translation>
            <numerusform>%n czerwona flaga: {signs}</numerusform>
            <numerusform>%n czerwone flagi: {signs}</numerusform>
            <numerusform>%n czerwonych flag: {signs}</numerusform>
        </translation>
    </message>
    <message>
        <source>known {relationship}, no red flag</source>
        <translation>znana relacja ({relationship}), brak czerwonych flag</translation>
    </message>
    <message>
        <source>1 red flag: {sign}</source>
        <translation>1 czerwona flaga: {sign}</translation>
    </message>
    <message>
        <source>doubtful: {signs}</source>
        <translation>wątpliwe: {signs}</translation>
    </message>
    <message>
        <source>no known relationship</source>
        <translation>brak znanej relacji</translation>
    </message>
    <message>
        <source>a personalised message in their favour</source>
        <translation>spersonalizowana wiadomość przemawia na korzyść nadawcy</translation>
    </message>
    <message>
        <source>{reasons} — ask what the connection is for</source>
        <translation>{reasons} — zapytaj, czemu ma służyć kontakt</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez daty</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>bez sieci</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>b.d.</translation>
    </message>
    <message>
        <source>No primary KPI: mark the one to three KPIs this row is judged by (P).</source>
        <translation>Brak głównego KPI: oznacz od jednego do trzech KPI, według których oceniany jest ten wiersz (P).</translation>
    </message>
    <message numerus="yes">
        <source>%n primary KPIs: a row judged by more than {maximum} has no focus; make the others secondary (S).</source>
        <translation>
            <numerusform>%n główny KPI: wiersz oceniany według więcej niż {maximum} KPI jest nieprecyzyjny; oznacz pozostałe jako pomocnicze (S).</numerusform>
            <numerusform>%n główne KPI: wiersz oceniany według więcej niż {maximum} KPI jest nieprecyzyjny; oznacz pozostałe jako pomocnicze (S).</numerusform>
            <numerusform>%n głównych KPI: wiersz oceniany według więcej niż {maximum} KPI jest nieprecyzyjny; oznacz pozostałe jako pomocnicze (S).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest KPIs for row {row}</source>
        <translation>Zaproponuj KPI dla wiersza {row}</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Początkowy</translation>
    </message>
    <message>
        <source>Repeatable</source>
        <translation>Powtarzalny</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Zdefiniowany</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Zarządzany</translation>
    </message>
    <message>
        <source>Optimizing</source>
        <translation>Optymalizowany</translation>
    </message>
    <message>
        <source>Are the basic sales and marketing processes in place?</source>
        <translation>Czy podstawowe procesy sprzedaży i marketingu są wdrożone?</translation>
    </message>
    <message>
        <source>Are those processes working?</source>
        <translation>Czy te procesy działają?</translation>
    </message>
    <message>
        <source>Are there people, time and money to close the gaps?</source>
        <translation>Czy są ludzie, czas i pieniądze, aby zamknąć luki?</translation>
    </message>
    <message>
        <source>the basic processes are not in place</source>
        <translation>podstawowe procesy nie są wdrożone</translation>
    </message>
    <message>
        <source>the processes are not working</source>
        <translation>procesy nie działają</translation>
    </message>
    <message>
        <source>there are no resources to close the gaps</source>
        <translation>brakuje zasobów, aby zamknąć luki</translation>
    </message>
    <message>
        <source>whether the basic processes are in place</source>
        <translation>czy podstawowe procesy są wdrożone</translation>
    </message>
    <message>
        <source>whether they work</source>
        <translation>czy działają</translation>
    </message>
    <message>
        <source>whether there are resources to close the gaps</source>
        <translation>czy są zasoby, aby zamknąć luki</translation>
    </message>
    <message>
        <source>Do a readiness project first</source>
        <translation>Najpierw przeprowadź projekt gotowości</translation>
    </message>
    <message>
        <source>Ready to implement</source>
        <translation>Gotowe do wdrożenia</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} i {last}</translation>
    </message>
    <message>
        <source>{reasons}: do not automate a missing or broken process.</source>
        <translation>{reasons}: nie automatyzuj brakującego ani wadliwego procesu.</translation>
    </message>
    <message>
        <source>Not yet known {whether}: find out before buying automation.</source>
        <translation>Jeszcze nie wiadomo, {whether}: ustal to przed zakupem automatyzacji.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ani </translation>
    </message>
    <message>
        <source>The processes are in place, they work, and there are resources.</source>
        <translation>Procesy są wdrożone, działają i są na nie zasoby.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Rated {rated}, but the evidence supports only {evidenced}.</source>
        <translation>Oceniono na {rated}, ale dowody potwierdzają tylko {evidenced}.</translation>
    </message>
    <message>
        <source>Rated {rated}, but the evidence supports no level yet.</source>
        <translation>Oceniono na {rated}, ale dowody nie potwierdzają jeszcze żadnego poziomu.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i %n więcej</numerusform>
            <numerusform>… i %n więcej</numerusform>
            <numerusform>… i %n więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to confirm at level {level}:</source>
        <translation>Do potwierdzenia na poziomie {level}:</translation>
    </message>
    <message>
        <source>Level {level} has no evidence statements yet.</source>
        <translation>Poziom {level} nie ma jeszcze stwierdzeń dowodowych.</translation>
    </message>
    <message>
        <source>No dimension rated yet</source>
        <translation>Nie oceniono jeszcze żadnego wymiaru</translation>
    </message>
    <message>
        <source>Overall level {level}</source>
        <translation>Poziom ogólny {level}</translation>
    </message>
    <message>
        <source>; weakest: {names} ({level})</source>
        <translation>; najsłabsze: {names} ({level})</translation>
    </message>
    <message>
        <source>I Initial</source>
        <translation>I Początkowy</translation>
    </message>
    <message>
        <source>II Repeatable</source>
        <translation>II Powtarzalny</translation>
    </message>
    <message>
        <source>III Defined</source>
        <translation>III Zdefiniowany</translation>
    </message>
    <message>
        <source>IV Managed</source>
        <translation>IV Zarządzany</translation>
    </message>
    <message>
        <source>V Optimizing</source>
        <translation>V Optymalizowany</translation>
    </message>
    <message>
        <source>What level I (Initial) looks like in this dimension</source>
        <translation>Jak wygląda poziom I (Początkowy) w tym wymiarze</translation>
    </message>
    <message>
        <source>What level II (Repeatable) looks like in this dimension</source>
        <translation>Jak wygląda poziom II (Powtarzalny) w tym wymiarze</translation>
    </message>
    <message>
        <source>What level III (Defined) looks like in this dimension</source>
        <translation>Jak wygląda poziom III (Zdefiniowany) w tym wymiarze</translation>
    </message>
    <message>
        <source>What level IV (Managed) looks like in this dimension</source>
        <translation>Jak wygląda poziom IV (Zarządzany) w tym wymiarze</translation>
    </message>
    <message>
        <source>What level V (Optimizing) looks like in this dimension</source>
        <translation>Jak wygląda poziom V (Optymalizowany) w tym wymiarze</translation>
    </message>
    <message>
        <source>Maturity dimensions</source>
        <translation>Wymiary dojrzałości</translation>
    </message>
    <message>
        <source>What each dimension looks like at each of the five levels</source>
        <translation>Jak wygląda każdy wymiar na każdym z pięciu poziomów</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Wymiar</translation>
    </message>
    <message>
        <source>What is rated</source>
        <translation>Co jest oceniane</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>What the dimension covers</source>
        <translation>Co obejmuje wymiar</translation>
    </message>
    <message>
        <source>Maturity evidence</source>
        <translation>Dowody dojrzałości</translation>
    </message>
    <message>
        <source>Checkable statements that prove a level; a level counts only when its statements and those of every level below are confirmed</source>
        <translation>Sprawdzalne stwierdzenia dowodzące poziomu; poziom liczy się dopiero, gdy potwierdzono jego stwierdzenia i stwierdzenia wszystkich niższych poziomów</translation>
    </message>
    <message>
        <source>The dimension this statement is evidence for</source>
        <translation>Wymiar, którego dowodem jest to stwierdzenie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>The level this statement proves</source>
        <translation>Poziom, którego dowodzi to stwierdzenie</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stwierdzenie</translation>
    </message>
    <message>
        <source>What must be true</source>
        <translation>Co musi być prawdą</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Ticked when the statement is true today and someone could show it</source>
        <translation>Zaznaczone, gdy stwierdzenie jest dziś prawdziwe i ktoś mógłby to pokazać</translation>
    </message>
    <message>
        <source>Where to see it</source>
        <translation>Gdzie to zobaczyć</translation>
    </message>
    <message>
        <source>The report, record or document</source>
        <translation>Raport, rekord lub dokument</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <source>The people who rate the dimensions, each independently</source>
        <translation>Osoby, które oceniają wymiary, każda niezależnie</translation>
    </message>
    <message>
        <source>Who rates</source>
        <translation>Kto ocenia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>For example Sales lead or Marketing lead</source>
        <translation>Na przykład szef sprzedaży lub szef marketingu</translation>
    </message>
    <message>
        <source>Maturity ratings</source>
        <translation>Oceny dojrzałości</translation>
    </message>
    <message>
        <source>Each rater&apos;s current and target level per dimension</source>
        <translation>Obecny i docelowy poziom każdego oceniającego w każdym wymiarze</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <source>Who gave this rating</source>
        <translation>Kto wystawił tę ocenę</translation>
    </message>
    <message>
        <source>The dimension rated</source>
        <translation>Oceniany wymiar</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <source>Where the team stands today</source>
        <translation>Gdzie zespół jest dziś</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Where the team wants to be</source>
        <translation>Dokąd zespół chce dojść</translation>
    </message>
    <message>
        <source>Why this rating</source>
        <translation>Dlaczego taka ocena</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Sprawdzenie gotowości</translation>
    </message>
    <message>
        <source>Whether the team is ready to automate: any no means a readiness project first</source>
        <translation>Czy zespół jest gotowy na automatyzację: każde „nie” oznacza, że najpierw potrzebny jest projekt gotowości</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>yes, no or unsure (unsure is not a yes)</source>
        <translation>yes, no lub unsure (niepewne to nie „tak”)</translation>
    </message>
    <message>
        <source>What the answer rests on</source>
        <translation>Na czym opiera się odpowiedź</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Obserwujący</translation>
    </message>
    <message>
        <source>MQC</source>
        <translation>MQC</translation>
    </message>
    <message>
        <source>SQO</source>
        <translation>SQO</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tydzień</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartał</translation>
    </message>
    <message>
        <source>organic</source>
        <translation>organiczne</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>płatne</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>narzędzia</translation>
    </message>
    <message>
        <source>content</source>
        <translation>treści</translation>
    </message>
    <message>
        <source>staff time</source>
        <translation>czas pracy</translation>
    </message>
    <message>
        <source>ad spend</source>
        <translation>budżet reklamowy</translation>
    </message>
    <message>
        <source>ad production</source>
        <translation>produkcja reklam</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>originating source</source>
        <translation>źródło pierwotne</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>wsparcie</translation>
    </message>
    <message>
        <source>conversion point</source>
        <translation>punkt konwersji</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Ustawienia planu</translation>
    </message>
    <message>
        <source>settings row</source>
        <translation>wiersz ustawień</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Shown with every amount</source>
        <translation>Wyświetlana przy każdej kwocie</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>Jednostka okresu</translation>
    </message>
    <message>
        <source>How long one tracking period is</source>
        <translation>Długość jednego okresu śledzenia</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Pierwszy okres</translation>
    </message>
    <message>
        <source>When period 1 starts, as 2026-01 (a month), 2026-W05 (a week) or 2026-Q1; leave empty to number the periods</source>
        <translation>Początek okresu 1, jako 2026-01 (miesiąc), 2026-W05 (tydzień) lub 2026-Q1; pozostaw puste, aby ponumerować okresy</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Liczba okresów</translation>
    </message>
    <message>
        <source>How many periods the plan tracks; trends are judged over six</source>
        <translation>Ile okresów obejmuje plan; trendy ocenia się na podstawie sześciu</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stawka godzinowa</translation>
    </message>
    <message>
        <source>What an hour of staff time costs; staff time lines are hours x this rate</source>
        <translation>Koszt godziny pracy; pozycje czasu pracy to godziny x ta stawka</translation>
    </message>
    <message>
        <source>Currency, periods, the hourly rate and how deals are credited (one row)</source>
        <translation>Waluta, okresy, stawka godzinowa i sposób przypisywania transakcji (jeden wiersz)</translation>
    </message>
    <message>
        <source>Attribution model</source>
        <translation>Model atrybucji</translation>
    </message>
    <message>
        <source>How a won deal&apos;s value is shared among its touches; the return of social media is what the networks are credited</source>
        <translation>Jak wartość wygranej transakcji dzieli się między jej interakcje; zwrot z mediów społecznościowych to wartość przypisana sieciom</translation>
    </message>
    <message>
        <source>Time decay half-life (days)</source>
        <translation>Okres półtrwania w rozkładzie czasowym (dni)</translation>
    </message>
    <message>
        <source>Time decay: a touch this many days earlier counts half as much</source>
        <translation>Rozkład czasowy: interakcja o tyle dni wcześniejsza liczy się o połowę mniej</translation>
    </message>
    <message>
        <source>CLV: annual revenue</source>
        <translation>CLV: roczny przychód</translation>
    </message>
    <message>
        <source>Customer lifetime value input: revenue per customer and year</source>
        <translation>Dane do wartości klienta w czasie: przychód na klienta rocznie</translation>
    </message>
    <message>
        <source>CLV: gross margin %</source>
        <translation>CLV: marża brutto %</translation>
    </message>
    <message>
        <source>Customer lifetime value input: gross margin, in per cent</source>
        <translation>Dane do wartości klienta w czasie: marża brutto w procentach</translation>
    </message>
    <message>
        <source>CLV: years</source>
        <translation>CLV: lata</translation>
    </message>
    <message>
        <source>Customer lifetime value input: how many years a customer stays</source>
        <translation>Dane do wartości klienta w czasie: ile lat klient zostaje</translation>
    </message>
    <message>
        <source>CLV: referrals</source>
        <translation>CLV: polecenia</translation>
    </message>
    <message>
        <source>Customer lifetime value input: referrals a customer brings</source>
        <translation>Dane do wartości klienta w czasie: polecenia, które przynosi klient</translation>
    </message>
    <message>
        <source>CLV: value of a referral</source>
        <translation>CLV: wartość polecenia</translation>
    </message>
    <message>
        <source>Customer lifetime value input: what one referral is worth</source>
        <translation>Dane do wartości klienta w czasie: ile jest warte jedno polecenie</translation>
    </message>
    <message>
        <source>Amber band %</source>
        <translation>Strefa żółta %</translation>
    </message>
    <message>
        <source>How far short of its target, in per cent, a KPI is amber rather than red; on target or better is green</source>
        <translation>O ile procent KPI może nie osiągnąć celu, aby był żółty, a nie czerwony; cel osiągnięty lub przekroczony to kolor zielony</translation>
    </message>
    <message>
        <source>Qualification framework</source>
        <translation>Model kwalifikacji</translation>
    </message>
    <message>
        <source>MAN, BANT or SCOTSMAN: the criteria a deal must meet to be a sales qualified opportunity (a deal may name its own on the Qualification sheet)</source>
        <translation>MAN, BANT lub SCOTSMAN: kryteria, które transakcja musi spełnić, aby była szansą sprzedaży zakwalifikowaną przez dział sprzedaży (transakcja może wskazać własny model w arkuszu „Qualification”)</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Cel przychodu</translation>
    </message>
    <message>
        <source>The revenue to win in the plan&apos;s periods; the funnel worked backwards says how many deals, SQO, MQC and followers it takes</source>
        <translation>Przychód do zdobycia w okresach planu; lejek liczony wstecz pokazuje, ilu transakcji, SQO, MQC i obserwujących to wymaga</translation>
    </message>
    <message>
        <source>Win rate % (typed)</source>
        <translation>Wskaźnik wygranych % (wpisany)</translation>
    </message>
    <message>
        <source>Won deals per 100 closed (won or lost); empty: worked out from the Deals sheet</source>
        <translation>Wygrane transakcje na 100 zamkniętych (wygranych lub przegranych); puste: wyliczane z arkusza „Deals”</translation>
    </message>
    <message>
        <source>Average deal size (typed)</source>
        <translation>Średnia wartość transakcji (wpisana)</translation>
    </message>
    <message>
        <source>What a won deal brings on average; empty: worked out from the won deals</source>
        <translation>Ile średnio przynosi wygrana transakcja; puste: wyliczana z wygranych transakcji</translation>
    </message>
    <message>
        <source>SQO / MQC % (typed)</source>
        <translation>SQO / MQC % (wpisany)</translation>
    </message>
    <message>
        <source>SQO per 100 MQC; empty: worked out from the latest tracked counts</source>
        <translation>SQO na 100 MQC; puste: wyliczany z ostatnich śledzonych wartości</translation>
    </message>
    <message>
        <source>MQC / Followers % (typed)</source>
        <translation>MQC / Obserwujący % (wpisany)</translation>
    </message>
    <message>
        <source>MQC per 100 followers; empty: worked out from the latest tracked counts</source>
        <translation>MQC na 100 obserwujących; puste: wyliczany z ostatnich śledzonych wartości</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <source>tracking value</source>
        <translation>wartość śledzenia</translation>
    </message>
    <message>
        <source>Target and actual of a KPI on a network in a period; empty means no data</source>
        <translation>Cel i wynik KPI w sieci w danym okresie; puste pole oznacza brak danych</translation>
    </message>
    <message>
        <source>The network measured</source>
        <translation>Mierzona sieć</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>The KPI measured</source>
        <translation>Mierzony KPI</translation>
    </message>
    <message>
        <source>The period number, 1 for the first</source>
        <translation>Numer okresu, 1 dla pierwszego</translation>
    </message>
    <message>
        <source>What you aim for at the end of the period; empty: no target</source>
        <translation>Wartość, którą chcesz osiągnąć na koniec okresu; puste: brak celu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>What you counted at the end of the period; empty: no data (not zero)</source>
        <translation>Wartość zmierzona na koniec okresu; puste: brak danych (nie zero)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <source>cost line</source>
        <translation>pozycja kosztu</translation>
    </message>
    <message>
        <source>The investment: what social media work cost, per period and network</source>
        <translation>Inwestycja: koszt pracy w mediach społecznościowych według okresu i sieci</translation>
    </message>
    <message>
        <source>The period the money was spent in</source>
        <translation>Okres, w którym wydano pieniądze</translation>
    </message>
    <message>
        <source>The network the cost is for; empty: shared by all networks</source>
        <translation>Sieć, której dotyczy koszt; puste: wspólny dla wszystkich sieci</translation>
    </message>
    <message>
        <source>Organic or paid</source>
        <translation>Organiczne czy płatne</translation>
    </message>
    <message>
        <source>Organic work, or paid promotion (ads)</source>
        <translation>Praca organiczna lub płatna promocja (reklamy)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Tools, content, staff time (hours x hourly rate), ad spend, ad production or other</source>
        <translation>Narzędzia, treści, czas pracy (godziny x stawka godzinowa), budżet reklamowy, produkcja reklam lub inne</translation>
    </message>
    <message>
        <source>Money spent; empty counts as 0</source>
        <translation>Wydane pieniądze; puste liczy się jako 0</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Staff time in hours, valued at the plan&apos;s hourly rate</source>
        <translation>Czas pracy w godzinach, wyceniany według stawki godzinowej planu</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Czego dotyczył</translation>
    </message>
    <message>
        <source>{rows} and {last}</source>
        <translation>{rows} i {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking value(s)</source>
        <translation>
            <numerusform>%n wartość śledzenia</numerusform>
            <numerusform>%n wartości śledzenia</numerusform>
            <numerusform>%n wartości śledzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost line(s)</source>
        <translation>
            <numerusform>%n pozycja kosztu</numerusform>
            <numerusform>%n pozycje kosztów</numerusform>
            <numerusform>%n pozycji kosztów</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the number of periods to {periods}</source>
        <translation>Ustaw liczbę okresów na {periods}</translation>
    </message>
    <message>
        <source>{table} has no row {row}</source>
        <translation>W tabeli „{table}” nie ma wiersza {row}</translation>
    </message>
    <message>
        <source>{table} has no column {name}</source>
        <translation>W tabeli „{table}” nie ma kolumny {name}</translation>
    </message>
    <message>
        <source>A {noun} name cannot hold a comma, semicolon or line break: they separate names in lists</source>
        <translation>Nazwa ({noun}) nie może zawierać przecinka, średnika ani podziału wiersza: rozdzielają one nazwy na listach</translation>
    </message>
    <message>
        <source>There is already a {noun} called &apos;{name}&apos;</source>
        <translation>Istnieje już {noun} o nazwie „{name}”</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a column of the {table}; choose another</source>
        <translation>„{name}” to już kolumna w tabeli „{table}”; wybierz inną nazwę</translation>
    </message>
    <message>
        <source>Cannot insert at row {row} of {table}</source>
        <translation>Nie można wstawić w wierszu {row} tabeli „{table}”</translation>
    </message>
    <message>
        <source>Cannot move rows {first}..{last} of {table}</source>
        <translation>Nie można przenieść wierszy {first}..{last} tabeli „{table}”</translation>
    </message>
    <message>
        <source>Rows cannot be moved into themselves</source>
        <translation>Wierszy nie można przenieść w obręb ich samych</translation>
    </message>
    <message>
        <source>A {noun} needs a name</source>
        <translation>Nazwa jest wymagana ({noun})</translation>
    </message>
    <message>
        <source>{value} is not allowed; expected {expected}</source>
        <translation>Wartość {value} jest niedozwolona; oczekiwano: {expected}</translation>
    </message>
    <message>
        <source>a list of the names on the {sheet} sheet (it is empty)</source>
        <translation>lista nazw z arkusza {sheet} (jest pusty)</translation>
    </message>
    <message>
        <source>one of the names on the {sheet} sheet (it is empty)</source>
        <translation>jedna z nazw z arkusza {sheet} (jest pusty)</translation>
    </message>
    <message>
        <source>a list of {values}, or empty</source>
        <translation>lista spośród: {values} albo puste</translation>
    </message>
    <message>
        <source>a list of {values}</source>
        <translation>lista spośród: {values}</translation>
    </message>
    <message>
        <source>one of {values}, or empty</source>
        <translation>jedno z: {values} albo puste</translation>
    </message>
    <message>
        <source>one of {values}</source>
        <translation>jedno z: {values}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>a number from {minimum} to {maximum}</source>
        <translation>liczba od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>a number of at least {minimum}</source>
        <translation>liczba nie mniejsza niż {minimum}</translation>
    </message>
    <message>
        <source>a number of at most {maximum}</source>
        <translation>liczba nie większa niż {maximum}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>liczba całkowita od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>a whole number of at least {minimum}</source>
        <translation>liczba całkowita nie mniejsza niż {minimum}</translation>
    </message>
    <message>
        <source>a whole number of at most {maximum}</source>
        <translation>liczba całkowita nie większa niż {maximum}</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>tak lub nie</translation>
    </message>
    <message>
        <source>a date such as 2026-03-31 (year-month-day), or empty</source>
        <translation>data, np. 2026-03-31 (rok-miesiąc-dzień), albo puste</translation>
    </message>
    <message>
        <source>a date such as 2026-03-31 (year-month-day)</source>
        <translation>data, np. 2026-03-31 (rok-miesiąc-dzień)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>some text</source>
        <translation>jakiś tekst</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>najwyżej {count} znaków</translation>
    </message>
    <message>
        <source>Plan B2B social media work, judge it by the right KPIs and prove its return; plans are Excel workbooks your colleagues can open.</source>
        <translation>Planuj działania B2B w mediach społecznościowych, oceniaj je właściwymi KPI i wykazuj ich zwrot; plany to skoroszyty Excela, które otworzą Twoi współpracownicy.</translation>
    </message>
    <message>
        <source>smplanner is free software under the MIT licence. It is built on:</source>
        <translation>smplanner to wolne oprogramowanie na licencji MIT. Korzysta z:</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>Twoje pliki</translation>
    </message>
    <message>
        <source>Settings: {path}</source>
        <translation>Ustawienia: {path}</translation>
    </message>
    <message>
        <source>Recovery copies of unsaved plans: {path}</source>
        <translation>Kopie odzyskiwania niezapisanych planów: {path}</translation>
    </message>
    <message>
        <source>About smplanner</source>
        <translation>O programie smplanner</translation>
    </message>
    <message>
        <source>the example plan</source>
        <translation>przykładowy plan</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otwieranie: {name}…</translation>
    </message>
    <message>
        <source>smplanner could not start</source>
        <translation>Nie udało się uruchomić smplanner</translation>
    </message>
    <message>
        <source>Recovery copy saved at {time}</source>
        <translation>Kopię do odzyskania zapisano o {time}</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}; save the plan to keep your changes</source>
        <translation>Autozapis nie powiódł się: {reason}; zapisz plan, aby zachować zmiany</translation>
    </message>
    <message>
        <source>Evidenced</source>
        <translation>Potwierdzony</translation>
    </message>
    <message>
        <source>Credit per channel under each model</source>
        <translation>Udział kanałów w każdym modelu</translation>
    </message>
    <message>
        <source>Point at the chart to read its values</source>
        <translation>Wskaż wykres, aby odczytać jego wartości</translation>
    </message>
    <message>
        <source>credited ({currency})</source>
        <translation>przypisano ({currency})</translation>
    </message>
    <message>
        <source>Funnel: Followers → MQC → SQO (latest counts)</source>
        <translation>Lejek: Obserwujący → MQC → SQO (ostatnie wartości)</translation>
    </message>
    <message>
        <source>{rate} of followers</source>
        <translation>{rate} obserwujących</translation>
    </message>
    <message>
        <source>{rate} of MQC</source>
        <translation>{rate} MQC</translation>
    </message>
    <message>
        <source>Trend per network</source>
        <translation>Trend według sieci</translation>
    </message>
    <message>
        <source>The measure to follow over the periods</source>
        <translation>Wskaźnik śledzony w kolejnych okresach</translation>
    </message>
    <message>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <source>{level} (count)</source>
        <translation>{level} (liczba)</translation>
    </message>
    <message>
        <source>No counts yet: fill in the Tracking grid</source>
        <translation>Brak wartości: wypełnij siatkę śledzenia</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <source>Investment and return per period</source>
        <translation>Inwestycja i zwrot w okresach</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Inwestycja</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>amount ({currency})</source>
        <translation>kwota ({currency})</translation>
    </message>
    <message>
        <source>{period}: investment {investment}, return {returned}, ROI {roi}</source>
        <translation>{period}: inwestycja {investment}, zwrot {returned}, ROI {roi}</translation>
    </message>
    <message>
        <source>period ({unit})</source>
        <translation>okres ({unit})</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>Wklej do %n komórki</numerusform>
            <numerusform>Wklej do %n komórek</numerusform>
            <numerusform>Wklej do %n komórek</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block is wider than the table: its right edge was left out</source>
        <translation>Wklejany blok jest szerszy niż tabela: jego prawą krawędź pominięto</translation>
    </message>
    <message>
        <source>These figures are worked out: change what they come from instead</source>
        <translation>Te wartości są wyliczane: zmień zamiast tego dane, z których wynikają</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Wklej %n komórkę</numerusform>
            <numerusform>Wklej %n komórki</numerusform>
            <numerusform>Wklej %n komórek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Wyczyść %n komórkę</numerusform>
            <numerusform>Wyczyść %n komórki</numerusform>
            <numerusform>Wyczyść %n komórek</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the date or pick it (Alt+Down); Enter to keep, Esc to cancel</source>
        <translation>Wpisz datę lub ją wybierz (Alt+Strzałka w dół); Enter zatwierdza, Esc anuluje</translation>
    </message>
    <message>
        <source>Tick the names that apply; Enter to keep, Esc to cancel</source>
        <translation>Zaznacz pasujące nazwy; Enter zatwierdza, Esc anuluje</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan bez tytułu</translation>
    </message>
    <message>
        <source>{file}, read-only</source>
        <translation>{file}, tylko do odczytu</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>tylko do odczytu</translation>
    </message>
    <message>
        <source>It has been open there since {since} (process {process} on {host}). Read-only lets you look and Save As a copy. Editing in both windows means one of you will have to choose whose changes to keep.</source>
        <translation>Plik jest tam otwarty od {since} (proces {process} na komputerze {host}). Tryb tylko do odczytu pozwala przejrzeć plan i zapisać kopię przez „Zapisz jako”. Edycja w obu oknach oznacza, że ktoś będzie musiał wybrać, czyje zmiany zachować.</translation>
    </message>
    <message>
        <source>Plan already open</source>
        <translation>Plan jest już otwarty</translation>
    </message>
    <message>
        <source>{name} is open in another smplanner window.</source>
        <translation>Plik {name} jest otwarty w innym oknie smplanner.</translation>
    </message>
    <message>
        <source>Read-only lets you look and Save As a copy. If you both edit it, the one who saves last replaces the other&apos;s changes.</source>
        <translation>W trybie tylko do odczytu możesz przeglądać plan i zapisać kopię poleceniem „Zapisz jako”. Jeśli edytujecie go oboje, kto zapisze ostatni, zastąpi zmiany drugiej osoby.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>Edit Anyway</source>
        <translation>Edytuj mimo to</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user} on {host} since {since}.</source>
        <translation>Plik {name} jest otwarty w programie {program} od {since} (użytkownik: {user}, komputer: {host}).</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user} on {host}.</source>
        <translation>Plik {name} jest otwarty w programie {program} (użytkownik: {user}, komputer: {host}).</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user} since {since}.</source>
        <translation>Plik {name} jest otwarty w programie {program} od {since} (użytkownik: {user}).</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user}.</source>
        <translation>Plik {name} jest otwarty w programie {program} (użytkownik: {user}).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop opening; the plan that is open stays as it is</source>
        <translation>Przerwij otwieranie; otwarty plan pozostaje bez zmian</translation>
    </message>
    <message>
        <source>Saving; the window closes once the plan is saved…</source>
        <translation>Zapisywanie; okno zamknie się po zapisaniu planu…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Zapisać zmiany w {name} przed zamknięciem?</translation>
    </message>
    <message>
        <source>New example plan</source>
        <translation>Nowy przykładowy plan</translation>
    </message>
    <message>
        <source>New blank plan</source>
        <translation>Nowy pusty plan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Otwórz plan</translation>
    </message>
    <message>
        <source>{name} was not opened</source>
        <translation>Nie otwarto pliku {name}</translation>
    </message>
    <message>
        <source>Stopped opening {name}; nothing changed</source>
        <translation>Przerwano otwieranie {name}; nic się nie zmieniło</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Nie można otworzyć planu</translation>
    </message>
    <message>
        <source>{name} (opened with problems)</source>
        <translation>{name} (otwarty z problemami)</translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n cell(s) left empty; Save asks for a new name, so your file stays as it is</source>
        <translation>
            <numerusform>Otwarto {name}; komórki pozostawione puste: %n. Zapis zapyta o nową nazwę, więc Twój plik pozostanie bez zmian</numerusform>
            <numerusform>Otwarto {name}; komórki pozostawione puste: %n. Zapis zapyta o nową nazwę, więc Twój plik pozostanie bez zmian</numerusform>
            <numerusform>Otwarto {name}; komórki pozostawione puste: %n. Zapis zapyta o nową nazwę, więc Twój plik pozostanie bez zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {name} read-only (it is open in another window); Save As makes your own copy</source>
        <translation>Otwarto {name} tylko do odczytu (plik jest otwarty w innym oknie); „Zapisz jako” utworzy Twoją własną kopię</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Otwarto {name}</translation>
    </message>
    <message numerus="yes">
        <source>; note: {note} (and %n more)</source>
        <translation>
            <numerusform>; uwaga: {note} (i jeszcze %n)</numerusform>
            <numerusform>; uwaga: {note} (i jeszcze %n)</numerusform>
            <numerusform>; uwaga: {note} (i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>; note: {note}</source>
        <translation>; uwaga: {note}</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Nie znaleziono planu</translation>
    </message>
    <message>
        <source>{name} is no longer there; it was removed from the recent plans.</source>
        <translation>Plik {name} już nie istnieje; usunięto go z listy ostatnich planów.</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Brak ostatnich planów</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Wyczyść listę</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Zapisz plan jako</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>{name} is open in another smplanner window. Save under another name, or close it there first.</source>
        <translation>Plik {name} jest otwarty w innym oknie smplanner. Zapisz pod inną nazwą albo najpierw zamknij go tam.</translation>
    </message>
    <message>
        <source>Not saved: {name} is open in another window</source>
        <translation>Nie zapisano: plik {name} jest otwarty w innym oknie</translation>
    </message>
    <message>
        <source>Save under another name, or close it there first.</source>
        <translation>Zapisz pod inną nazwą albo najpierw zamknij plik tam.</translation>
    </message>
    <message>
        <source>Not saved: {name} is open in {program}</source>
        <translation>Nie zapisano: plik {name} jest otwarty w programie {program}</translation>
    </message>
    <message>
        <source>Not saved: {name} was changed on disk</source>
        <translation>Nie zapisano: plik {name} został zmieniony na dysku</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Zapisywanie {name}…</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>Nie można zapisać pliku {name}: {reason}</translation>
    </message>
    <message>
        <source>{reason}

The plan is still open with all its changes; use Save As to save it somewhere else.</source>
        <translation>{reason}

Plan jest nadal otwarty ze wszystkimi zmianami; użyj „Zapisz jako”, aby zapisać go w innym miejscu.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Zapisano {name}</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Zmieniono na dysku</translation>
    </message>
    <message>
        <source>{name} was changed on disk since you opened it, perhaps by a colleague or in Excel.</source>
        <translation>Plik {name} został zmieniony na dysku od czasu otwarcia, być może przez współpracownika lub w Excelu.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Replace Their Version</source>
        <translation>Zastąp tamtą wersję</translation>
    </message>
    <message>
        <source>Saving now would replace that version with yours. Save As keeps both.</source>
        <translation>Zapisanie teraz zastąpi tamtą wersję Twoją. „Zapisz jako” zachowa obie.</translation>
    </message>
    <message>
        <source>Reload opens that version and drops your unsaved changes. Save As keeps your version in a new file. Keep Mine goes on with yours; saving will ask before replacing theirs.</source>
        <translation>„Wczytaj ponownie” otwiera tamtą wersję i odrzuca Twoje niezapisane zmiany. „Zapisz jako” zachowuje Twoją wersję w nowym pliku. „Zachowaj moją” pozwala dalej pracować na Twojej wersji; przed zastąpieniem tamtej wersji zapis poprosi o potwierdzenie.</translation>
    </message>
    <message>
        <source>You have no unsaved changes here; Reload shows the new version.</source>
        <translation>Nie masz tu niezapisanych zmian; „Wczytaj ponownie” pokaże nową wersję.</translation>
    </message>
    <message>
        <source>{name} was changed on disk by another program.</source>
        <translation>Plik {name} został zmieniony na dysku przez inny program.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Zachowaj moją</translation>
    </message>
    <message>
        <source>Kept your version of {name}; not saved yet</source>
        <translation>Zachowano Twoją wersję {name}; jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Period {period} is after the plan&apos;s last ({periods}): this line is left out of every figure until the plan has that many periods</source>
        <translation>Okres {period} wypada po ostatnim okresie planu ({periods}): ta pozycja jest pomijana we wszystkich wskaźnikach, dopóki plan nie będzie miał tylu okresów</translation>
    </message>
    <message>
        <source>Hours count only on a staff time line; here they cost nothing</source>
        <translation>Godziny liczą się tylko w pozycji czasu pracy; tutaj nic nie kosztują</translation>
    </message>
    <message>
        <source>{category} is paid spend: set Organic or paid to paid</source>
        <translation>{category} to wydatek płatny: ustaw Organiczne czy płatne na płatne</translation>
    </message>
    <message>
        <source>Period {number}: {name}</source>
        <translation>Okres {number}: {name}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencje…</translation>
    </message>
    <message>
        <source>Autosave, language, the currency of new plans and the paper size</source>
        <translation>Autozapis, język, waluta nowych planów i rozmiar papieru</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Pasek narzędzi</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Pokaż lub ukryj pasek narzędzi</translation>
    </message>
    <message>
        <source>&amp;Undo {command}</source>
        <translation>&amp;Cofnij: {command}</translation>
    </message>
    <message>
        <source>&amp;Redo {command}</source>
        <translation>&amp;Ponów: {command}</translation>
    </message>
    <message>
        <source>Read-only: another window has this plan open; use Save As</source>
        <translation>Tylko do odczytu: ten plan jest otwarty w innym oknie; użyj „Zapisz jako”</translation>
    </message>
    <message>
        <source>Save the plan to its file</source>
        <translation>Zapisz plan w jego pliku</translation>
    </message>
    <message>
        <source>Unsaved changes are now autosaved after {seconds} s of quiet</source>
        <translation>Niezapisane zmiany będą teraz zapisywane automatycznie po {seconds} s bez edycji</translation>
    </message>
    <message>
        <source>A dimension of your own</source>
        <translation>Własny wymiar</translation>
    </message>
    <message>
        <source>Level {code} {name} — evidenced</source>
        <translation>Poziom {code} {name} — potwierdzony dowodami</translation>
    </message>
    <message>
        <source>Level {code} {name}</source>
        <translation>Poziom {code} {name}</translation>
    </message>
    <message>
        <source>C sets the current level, T the target; F2 edits the text</source>
        <translation>C ustawia obecny poziom, T docelowy; F2 edytuje tekst</translation>
    </message>
    <message>
        <source>Lead pool</source>
        <translation>Pula leadów</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Open, and its close date has passed: move the date or the stage so the forecast stays true</source>
        <translation>Otwarta, a jej data zamknięcia minęła: przesuń datę lub zmień etap, aby prognoza była wiarygodna</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <source>Worked out from the deals; edit them in the list or on the Deals tab</source>
        <translation>Wyliczane z transakcji; edytuj je na liście lub na karcie Transakcje</translation>
    </message>
    <message>
        <source>Value x stage probability; empty for a closed deal</source>
        <translation>Wartość x prawdopodobieństwo etapu; puste dla zamkniętej transakcji</translation>
    </message>
    <message>
        <source>The lead pool whose stages hold the deal&apos;s stage</source>
        <translation>Pula leadów, do której etapów należy etap transakcji</translation>
    </message>
    <message>
        <source>Sourced by social: its first touch was on a social network; influenced: some touch was</source>
        <translation>Pozyskana z mediów społecznościowych: pierwsza interakcja była w sieci społecznościowej; pod ich wpływem: była tam co najmniej jedna interakcja</translation>
    </message>
    <message>
        <source>Open deals whose close date has passed</source>
        <translation>Otwarte transakcje, których data zamknięcia minęła</translation>
    </message>
    <message>
        <source>Write the weighted pipeline sourced and influenced by social, per network and period of expected close, into the Tracking actuals (one undo step)</source>
        <translation>Wpisz ważony lejek sprzedaży pozyskany z mediów społecznościowych i pod ich wpływem, według sieci i okresu oczekiwanego zamknięcia, do wyników w Śledzeniu (jeden krok cofania)</translation>
    </message>
    <message>
        <source>Show all deals</source>
        <translation>Pokaż wszystkie transakcje</translation>
    </message>
    <message>
        <source>Clear the stage, pool and source filters</source>
        <translation>Wyczyść filtry etapu, puli i źródła</translation>
    </message>
    <message>
        <source>List the deals of one stage (or click a stage above)</source>
        <translation>Pokaż transakcje jednego etapu (lub kliknij etap powyżej)</translation>
    </message>
    <message>
        <source>List the deals of one lead pool</source>
        <translation>Pokaż transakcje jednej puli leadów</translation>
    </message>
    <message>
        <source>Sourced by social, influenced by social (sourced ones too), or other</source>
        <translation>Pozyskane z mediów społecznościowych, pod ich wpływem (w tym pozyskane) lub inne</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>Lead &amp;pool:</source>
        <translation>&amp;Pula leadów:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Funnel worked backwards</source>
        <translation>Lejek liczony wstecz</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Wąskie gardła</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s): weighted {weighted}, best case {best}, commit {commit}. Sourced by social {sourced}, influenced by social {influenced} (weighted).</source>
        <translation>
            <numerusform>%n otwarta transakcja: wartość ważona {weighted}, najlepszy przypadek {best}, pewne {commit}. Pozyskane z mediów społecznościowych {sourced}, pod ich wpływem {influenced} (ważone).</numerusform>
            <numerusform>%n otwarte transakcje: wartość ważona {weighted}, najlepszy przypadek {best}, pewne {commit}. Pozyskane z mediów społecznościowych {sourced}, pod ich wpływem {influenced} (ważone).</numerusform>
            <numerusform>%n otwartych transakcji: wartość ważona {weighted}, najlepszy przypadek {best}, pewne {commit}. Pozyskane z mediów społecznościowych {sourced}, pod ich wpływem {influenced} (ważone).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open deal(s) overdue&lt;/b&gt; ({value}): their close date has passed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n otwarta transakcja po terminie&lt;/b&gt; ({value}): jej data zamknięcia minęła.</numerusform>
            <numerusform>&lt;b&gt;%n otwarte transakcje po terminie&lt;/b&gt; ({value}): ich data zamknięcia minęła.</numerusform>
            <numerusform>&lt;b&gt;%n otwartych transakcji po terminie&lt;/b&gt; ({value}): ich data zamknięcia minęła.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) close outside the plan&apos;s periods (or have no close date).</source>
        <translation>
            <numerusform>%n otwarta transakcja zamyka się poza okresami planu (lub nie ma daty zamknięcia).</numerusform>
            <numerusform>%n otwarte transakcje zamykają się poza okresami planu (lub nie mają daty zamknięcia).</numerusform>
            <numerusform>%n otwartych transakcji zamyka się poza okresami planu (lub nie ma daty zamknięcia).</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>Wszystkie pule</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Dowolne źródło</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {all} deal(s)</source>
        <translation>
            <numerusform>Wyświetlono %n z {all} transakcji</numerusform>
            <numerusform>Wyświetlono %n z {all} transakcji</numerusform>
            <numerusform>Wyświetlono %n z {all} transakcji</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing filled</source>
        <translation>Nic nie wpisano</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Wszystkie cele</translation>
    </message>
    <message>
        <source>All tactics</source>
        <translation>Wszystkie taktyki</translation>
    </message>
    <message>
        <source>Show only the rows of one stage</source>
        <translation>Pokaż tylko wiersze jednego etapu</translation>
    </message>
    <message>
        <source>Show only the planner rows of one stage</source>
        <translation>Pokaż tylko wiersze planera jednego etapu</translation>
    </message>
    <message>
        <source>Show only the rows of one goal</source>
        <translation>Pokaż tylko wiersze jednego celu</translation>
    </message>
    <message>
        <source>Show only the planner rows of one goal</source>
        <translation>Pokaż tylko wiersze planera jednego celu</translation>
    </message>
    <message>
        <source>Show only the rows of one tactic</source>
        <translation>Pokaż tylko wiersze jednej taktyki</translation>
    </message>
    <message>
        <source>Show only the planner rows of one tactic</source>
        <translation>Pokaż tylko wiersze planera jednej taktyki</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Szukaj wierszy</translation>
    </message>
    <message>
        <source>Show only the rows whose stage, goal, tactic or notes hold this</source>
        <translation>Pokaż tylko wiersze, których etap, cel, taktyka lub notatki zawierają ten tekst</translation>
    </message>
    <message>
        <source>Type to show only the rows that contain the text</source>
        <translation>Wpisz tekst, aby pokazać tylko zawierające go wiersze</translation>
    </message>
    <message>
        <source>Primary: the row is judged by this KPI (one to three per row)</source>
        <translation>Główny: wiersz jest oceniany według tego KPI (od jednego do trzech na wiersz)</translation>
    </message>
    <message>
        <source>Secondary: the KPI is watched, not judged by</source>
        <translation>Pomocniczy: KPI jest obserwowany, ale nie służy do oceny</translation>
    </message>
    <message>
        <source>Row needs focus</source>
        <translation>Wiersz do doprecyzowania</translation>
    </message>
    <message>
        <source>The row has no primary KPI or more than three; hover its number for why</source>
        <translation>Wiersz nie ma głównego KPI albo ma ich więcej niż trzy; wskaż jego numer, aby zobaczyć dlaczego</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>im wyżej, tym lepiej</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>im niżej, tym lepiej</translation>
    </message>
    <message>
        <source>Unit: {unit}; {direction}</source>
        <translation>Jednostka: {unit}; {direction}</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>Usual stages: {stages}</source>
        <translation>Typowe etapy: {stages}</translation>
    </message>
    <message>
        <source>Click a cell: Primary, Secondary, empty. Or type P, S, Delete.</source>
        <translation>Kliknij komórkę: główny, pomocniczy, pusty. Albo naciśnij P, S, Delete.</translation>
    </message>
    <message>
        <source>Choose the {missing} of this row.</source>
        <translation>Wybierz dla tego wiersza: {missing}.</translation>
    </message>
    <message>
        <source>{kpi}: Primary, row {row} is judged by it</source>
        <translation>{kpi}: główny, wiersz {row} jest według niego oceniany</translation>
    </message>
    <message>
        <source>{kpi}: Secondary, watched in row {row}</source>
        <translation>{kpi}: pomocniczy, obserwowany w wierszu {row}</translation>
    </message>
    <message>
        <source>{kpi}: click, or type P or S</source>
        <translation>{kpi}: kliknij albo naciśnij P lub S</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>After this many seconds without an edit, an unsaved plan is copied to a recovery file (never over your own file). If smplanner or the computer stops, the next start offers the copy back.</source>
        <translation>Po tylu sekundach bez edycji niezapisany plan jest kopiowany do pliku odzyskiwania (nigdy w miejsce Twojego pliku). Jeśli smplanner lub komputer przestanie działać, przy następnym uruchomieniu kopia zostanie zaproponowana do odzyskania.</translation>
    </message>
    <message>
        <source>&amp;Autosave after</source>
        <translation>&amp;Autozapis po</translation>
    </message>
    <message>
        <source>Unsaved changes are copied to a recovery file once you stop editing for this long; saving, or closing without saving, removes the copy.</source>
        <translation>Niezapisane zmiany są kopiowane do pliku odzyskiwania, gdy przez tyle czasu nic nie edytujesz; zapisanie lub zamknięcie bez zapisywania usuwa kopię.</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systemowy ({language})</translation>
    </message>
    <message>
        <source>Takes effect when smplanner starts again</source>
        <translation>Zadziała po ponownym uruchomieniu smplanner</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>As the locale has it ({paper})</source>
        <translation>Według ustawień regionalnych ({paper})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>The language of menus and messages; numbers follow your country</source>
        <translation>Język menu i komunikatów; liczby są zapisywane zgodnie z Twoim krajem</translation>
    </message>
    <message>
        <source>C&amp;urrency of new plans</source>
        <translation>&amp;Waluta nowych planów</translation>
    </message>
    <message>
        <source>The code or symbol shown with amounts in a new blank plan (EUR, USD, zł); a plan keeps its own, which Measuring changes</source>
        <translation>Kod lub symbol wyświetlany przy kwotach w nowym pustym planie (EUR, USD, zł); plan zachowuje własną walutę, którą zmienia się na karcie Pomiary</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Rozmiar papieru</translation>
    </message>
    <message>
        <source>The paper printed and exported pages are laid out for</source>
        <translation>Papier, pod który układane są drukowane i eksportowane strony</translation>
    </message>
    <message>
        <source>The new language shows when smplanner starts again</source>
        <translation>Nowy język pojawi się po ponownym uruchomieniu smplanner</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Komórka</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Oczekiwano</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>Problemy w pliku {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n value(s) that smplanner cannot use.</source>
        <translation>
            <numerusform>{name} zawiera %n wartość, której smplanner nie może użyć.</numerusform>
            <numerusform>{name} zawiera %n wartości, których smplanner nie może użyć.</numerusform>
            <numerusform>{name} zawiera %n wartości, których smplanner nie może użyć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in Excel or LibreOffice and open the file again, or open it now with those cells left empty. It then opens as a new, unsaved plan, so your file stays as it is.</source>
        <translation>Popraw je w Excelu lub LibreOffice i otwórz plik ponownie albo otwórz go teraz, zostawiając te komórki puste. Otworzy się wtedy jako nowy, niezapisany plan, więc Twój plik pozostanie bez zmian.</translation>
    </message>
    <message>
        <source>Open anyway with these cells left empty</source>
        <translation>Otwórz mimo to, zostawiając te komórki puste</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Kopiuj listę</translation>
    </message>
    <message>
        <source>Copy every problem as text, to keep while fixing the file</source>
        <translation>Skopiuj wszystkie problemy jako tekst, aby mieć je pod ręką podczas poprawiania pliku</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>(skoroszyt)</translation>
    </message>
    <message>
        <source>Note: {message}</source>
        <translation>Uwaga: {message}</translation>
    </message>
    <message>
        <source>… and {count} more; Copy list copies them all</source>
        <translation>… i {count} więcej; „Kopiuj listę” kopiuje wszystkie</translation>
    </message>
    <message>
        <source>Its file is {path}.</source>
        <translation>Jego plik to {path}.</translation>
    </message>
    <message>
        <source>It was never saved to a file.</source>
        <translation>Plan nigdy nie został zapisany w pliku.</translation>
    </message>
    <message>
        <source>A copy was autosaved on {when}. {where} Recover opens it with every change up to then; Discard deletes the copy; Decide Later asks again at the next start.</source>
        <translation>Kopia została zapisana automatycznie {when}. {where} „Odzyskaj” otwiera ją ze wszystkimi zmianami do tej chwili; „Odrzuć” usuwa kopię; „Zdecyduj później” zapyta ponownie przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Odzyskaj niezapisaną pracę</translation>
    </message>
    <message>
        <source>smplanner closed without saving the plan “{name}”.</source>
        <translation>smplanner zamknął się bez zapisania planu „{name}”.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Odzyskaj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Zdecyduj później</translation>
    </message>
    <message>
        <source>Discarded the recovery copy of {name}</source>
        <translation>Odrzucono kopię do odzyskania planu {name}</translation>
    </message>
    <message>
        <source>The recovery copy of {name} cannot be read: {error}

It is kept in {folder}.</source>
        <translation>Nie można odczytać kopii do odzyskania planu {name}: {error}

Kopia pozostaje w folderze {folder}.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Nie można odzyskać</translation>
    </message>
    <message>
        <source>; {path} is open in another window, so Save asks for a name</source>
        <translation>; plik {path} jest otwarty w innym oknie, więc zapis zapyta o nazwę</translation>
    </message>
    <message>
        <source>Recovered {name} as autosaved at {time}</source>
        <translation>Odzyskano {name} w wersji z autozapisu o {time}</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>sieć</translation>
    </message>
    <message>
        <source>Give it {what}.</source>
        <translation>Do uzupełnienia: {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>Not rated yet: {signs}.</source>
        <translation>Jeszcze nieocenione: {signs}.</translation>
    </message>
    <message>
        <source>{sign}: not rated yet (F fine, D doubtful, R red flag)</source>
        <translation>{sign}: jeszcze nieocenione (F w porządku, D wątpliwe, R czerwona flaga)</translation>
    </message>
    <message>
        <source>{sign}: {rating}</source>
        <translation>{sign}: {rating}</translation>
    </message>
    <message>
        <source>Your decision: {decision} (the rule says {rule})</source>
        <translation>Twoja decyzja: {decision} (reguła mówi: {rule})</translation>
    </message>
    <message>
        <source>The rule says {decision}: {reason}</source>
        <translation>Reguła: {decision} — {reason}</translation>
    </message>
    <message>
        <source>Your decision: {decision}. {rule}</source>
        <translation>Twoja decyzja: {decision}. {rule}</translation>
    </message>
    <message>
        <source>{decision} (yours)</source>
        <translation>{decision} (Twój wybór)</translation>
    </message>
    <message>
        <source>No scores yet: add an account</source>
        <translation>Brak wyników: dodaj konto</translation>
    </message>
    <message>
        <source>each won deal to the channel that brought it in</source>
        <translation>każda wygrana transakcja dla kanału, który ją pozyskał</translation>
    </message>
    <message>
        <source>each won deal to its last touch before the close</source>
        <translation>każda wygrana transakcja dla jej ostatniej interakcji przed zamknięciem</translation>
    </message>
    <message>
        <source>each won deal shared equally among its touches</source>
        <translation>każda wygrana transakcja dzielona po równo między jej interakcje</translation>
    </message>
    <message>
        <source>40 % to the first touch, 40 % to the last, 20 % to those between</source>
        <translation>40% dla pierwszej interakcji, 40% dla ostatniej, 20% dla tych pomiędzy</translation>
    </message>
    <message>
        <source>recent touches weigh more (see the half-life)</source>
        <translation>nowsze interakcje ważą więcej (zob. okres półtrwania)</translation>
    </message>
    <message>
        <source>by how many conversions are lost when a channel is taken out of every path</source>
        <translation>według tego, ile konwersji zostaje utraconych, gdy kanał zostanie usunięty z każdej ścieżki</translation>
    </message>
    <message>
        <source>What the plan&apos;s social media work cost in its periods</source>
        <translation>Koszt pracy w mediach społecznościowych w okresach planu</translation>
    </message>
    <message>
        <source>Revenue counted by the rule chosen above</source>
        <translation>Przychód liczony według reguły wybranej powyżej</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(return - investment) / investment; n/a without investment</source>
        <translation>(zwrot - inwestycja) / inwestycja; b.d. bez inwestycji</translation>
    </message>
    <message>
        <source>Cost per follower gained</source>
        <translation>Koszt na pozyskanego obserwującego</translation>
    </message>
    <message>
        <source>Investment / growth in followers</source>
        <translation>Inwestycja / przyrost obserwujących</translation>
    </message>
    <message>
        <source>Cost per MQC</source>
        <translation>Koszt na MQC</translation>
    </message>
    <message>
        <source>Investment / marketing qualified contacts (latest count)</source>
        <translation>Inwestycja / kontakty zakwalifikowane marketingowo (ostatni stan)</translation>
    </message>
    <message>
        <source>Cost per SQO</source>
        <translation>Koszt na SQO</translation>
    </message>
    <message>
        <source>Investment / sales qualified opportunities (latest count)</source>
        <translation>Inwestycja / szanse sprzedaży zakwalifikowane przez dział sprzedaży (ostatni stan)</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Wartość klienta w czasie</translation>
    </message>
    <message>
        <source>Annual revenue x margin x years + referrals x value</source>
        <translation>Roczny przychód x marża x lata + polecenia x wartość</translation>
    </message>
    <message>
        <source>Not applicable: the figure divides by zero or lacks data</source>
        <translation>Brak danych: wskaźnik dzieli przez zero lub brakuje danych</translation>
    </message>
    <message>
        <source>ROI dashboard</source>
        <translation>Pulpit ROI</translation>
    </message>
    <message>
        <source>By network</source>
        <translation>Według sieci</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Według okresu</translation>
    </message>
    <message>
        <source>Nothing to chart yet: enter costs, targets and results per period on the Measuring tab.</source>
        <translation>Brak danych do wykresu: wpisz koszty, cele i wyniki w poszczególnych okresach na karcie Pomiary.</translation>
    </message>
    <message>
        <source>Go to Measuring</source>
        <translation>Przejdź do Pomiarów</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n tydzień</numerusform>
            <numerusform>%n tygodnie</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n kwartał</numerusform>
            <numerusform>%n kwartały</numerusform>
            <numerusform>%n kwartałów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Organic {organic} · paid {paid}</source>
        <translation>Organicznie {organic} · płatnie {paid}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) after the last period left out</source>
        <translation>
            <numerusform>%n pozycja po ostatnim okresie pominięta</numerusform>
            <numerusform>%n pozycje po ostatnim okresie pominięte</numerusform>
            <numerusform>%n pozycji po ostatnim okresie pominiętych</numerusform>
        </translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <source>Not tied to a network</source>
        <translation>Bez przypisanej sieci</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organicznie</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Płatnie</translation>
    </message>
    <message>
        <source>Returns are not split into organic and paid</source>
        <translation>Zwroty nie są dzielone na organiczne i płatne</translation>
    </message>
    <message>
        <source>The dashboard is worked out from the Measuring tab; edit there</source>
        <translation>Pulpit jest wyliczany z karty Pomiary; edytuj dane tam</translation>
    </message>
    <message>
        <source>Type a number to fill a cell, Enter for the next KPI below, Tab for the next column; Delete empties a cell (no data, not zero). Paste a block from a spreadsheet: its columns go to the next periods, its rows to the next KPIs.</source>
        <translation>Wpisz liczbę, aby wypełnić komórkę; Enter przechodzi do następnego KPI poniżej, Tab do następnej kolumny; Delete opróżnia komórkę (brak danych, nie zero). Wklej blok z arkusza kalkulacyjnego: jego kolumny trafią do kolejnych okresów, a wiersze do kolejnych KPI.</translation>
    </message>
    <message>
        <source>The network to track another KPI on</source>
        <translation>Sieć, w której ma być śledzony kolejny KPI</translation>
    </message>
    <message>
        <source>Any KPI of the catalogue; Followers, MQC and SQO are always there</source>
        <translation>Dowolny KPI z katalogu; Obserwujący, MQC i SQO są zawsze obecne</translation>
    </message>
    <message>
        <source>Track {kpi} on {network}</source>
        <translation>Śledź {kpi} w {network}</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Dodaj wiersz</translation>
    </message>
    <message>
        <source>Add a row for the chosen KPI on the chosen network</source>
        <translation>Dodaj wiersz dla wybranego KPI w wybranej sieci</translation>
    </message>
    <message>
        <source>Only networks with data</source>
        <translation>Tylko sieci z danymi</translation>
    </message>
    <message>
        <source>Hide the networks nothing is tracked on yet; add a row to bring one back</source>
        <translation>Ukryj sieci, w których nic jeszcze nie jest śledzone; dodaj wiersz, aby przywrócić sieć</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Usuń wiersz</translation>
    </message>
    <message>
        <source>Stop tracking the KPI of the current row, with all its values</source>
        <translation>Przestań śledzić KPI bieżącego wiersza wraz ze wszystkimi jego wartościami</translation>
    </message>
    <message>
        <source>{kpi} is already tracked on {network}</source>
        <translation>{kpi} jest już śledzony w {network}</translation>
    </message>
    <message>
        <source>Worked-out rows follow the KPIs above them</source>
        <translation>Wiersze wyliczane wynikają z KPI powyżej</translation>
    </message>
    <message>
        <source>{kpi} is always tracked; empty its cells instead</source>
        <translation>{kpi} jest śledzony zawsze; zamiast tego opróżnij jego komórki</translation>
    </message>
    <message>
        <source>Stop tracking {kpi} on {network}</source>
        <translation>Przestań śledzić {kpi} w {network}</translation>
    </message>
    <message>
        <source>Stop tracking {kpi} on {network}; Undo (Ctrl+Z) brings its values back</source>
        <translation>Zakończono śledzenie {kpi} w {network}; Cofnij (Ctrl+Z) przywróci jego wartości</translation>
    </message>
    <message>
        <source>Paste into a Target or Actual cell of a KPI row</source>
        <translation>Wklej do komórki Cel lub Wynik w wierszu KPI</translation>
    </message>
    <message>
        <source>The pasted block is larger than the grid: its edge was left out</source>
        <translation>Wklejony blok jest większy niż siatka: jego brzeg pominięto</translation>
    </message>
    <message>
        <source>Add a cost line below the current one, for the same period and network</source>
        <translation>Dodaj pozycję kosztu pod bieżącą, dla tego samego okresu i sieci</translation>
    </message>
    <message>
        <source>Delete the selected cost lines</source>
        <translation>Usuń zaznaczone pozycje kosztów</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Dodaj pozycję</translation>
    </message>
    <message>
        <source>&amp;Delete lines</source>
        <translation>&amp;Usuń pozycje</translation>
    </message>
    <message>
        <source>Investment {investment}: organic {organic}, paid {paid}</source>
        <translation>Inwestycja {investment}: organicznie {organic}, płatnie {paid}</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Dodaj pozycję kosztu</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cost line(s)</source>
        <translation>
            <numerusform>Usuń %n pozycję kosztu</numerusform>
            <numerusform>Usuń %n pozycje kosztów</numerusform>
            <numerusform>Usuń %n pozycji kosztów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cost line(s); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>Usunięto %n pozycję kosztu; Cofnij (Ctrl+Z) ją przywróci</numerusform>
            <numerusform>Usunięto %n pozycje kosztów; Cofnij (Ctrl+Z) je przywróci</numerusform>
            <numerusform>Usunięto %n pozycji kosztów; Cofnij (Ctrl+Z) je przywróci</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <source>Periods numbered {first} to {last}</source>
        <translation>Okresy numerowane od {first} do {last}</translation>
    </message>
    <message>
        <source>{table} is not a catalogue</source>
        <translation>„{table}” nie jest katalogiem</translation>
    </message>
    <message>
        <source>The other plan has no {noun} called &apos;{name}&apos;</source>
        <translation>W drugim planie nie ma wpisu „{name}” ({noun})</translation>
    </message>
    <message>
        <source>This plan has no {noun} called &apos;{name}&apos;</source>
        <translation>W tym planie nie ma wpisu „{name}” ({noun})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be taken as &apos;{target}&apos;: {reason}</source>
        <translation>Nie można przyjąć „{name}” jako „{target}”: {reason}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>wiersz {row}</translation>
    </message>
    <message>
        <source>Every conflicting value needs a choice: mine or theirs</source>
        <translation>Każda sprzeczna wartość wymaga wyboru: moja czy ich</translation>
    </message>
    <message>
        <source>Merge plans</source>
        <translation>Scal plany</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>wiersze {first}–{last}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>rows {listed} and {last}</source>
        <translation>wiersze {listed} i {last}</translation>
    </message>
    <message>
        <source>Planner row</source>
        <translation>Wiersz planera</translation>
    </message>
    <message>
        <source>Rows in the plan (and how many the filter shows); rows marked ⚠ have no primary KPI or more than three</source>
        <translation>Wiersze planu (i ile z nich pokazuje filtr); wiersze oznaczone ⚠ nie mają głównego KPI albo mają ich więcej niż trzy</translation>
    </message>
    <message>
        <source>Click selects · P, S, Delete mark the selection · Space or a double-click cycles Primary, Secondary, empty</source>
        <translation>Kliknięcie zaznacza · P, S, Delete oznaczają zaznaczenie · Spacja lub dwuklik przełącza: główny, pomocniczy, puste</translation>
    </message>
    <message>
        <source>No rows yet: a row names a stage of the buyer&apos;s journey, a goal and a tactic, and marks the KPIs that judge it.</source>
        <translation>Brak wierszy: wiersz określa etap ścieżki zakupowej, cel i taktykę oraz oznacza KPI, według których jest oceniany.</translation>
    </message>
    <message>
        <source>Add your first row</source>
        <translation>Dodaj pierwszy wiersz</translation>
    </message>
    <message>
        <source>Right-click for the marks and row commands; Alt+Up and Alt+Down move rows</source>
        <translation>Prawy przycisk myszy: oznaczenia i polecenia wierszy; Alt+↑ i Alt+↓ przesuwają wiersze</translation>
    </message>
    <message>
        <source>Mark &amp;primary</source>
        <translation>&amp;Oznacz jako główny</translation>
    </message>
    <message>
        <source>Mark the selected KPI cells primary: the KPIs that judge the row</source>
        <translation>Oznacz zaznaczone komórki KPI jako główne: KPI, według których oceniany jest wiersz</translation>
    </message>
    <message>
        <source>Mark &amp;secondary</source>
        <translation>Oznacz jako &amp;pomocniczy</translation>
    </message>
    <message>
        <source>Mark the selected KPI cells secondary: KPIs watched alongside</source>
        <translation>Oznacz zaznaczone komórki KPI jako pomocnicze: KPI obserwowane dodatkowo</translation>
    </message>
    <message>
        <source>&amp;Next mark</source>
        <translation>&amp;Następne oznaczenie</translation>
    </message>
    <message>
        <source>Give the selection the current cell&apos;s next mark: primary, secondary, empty</source>
        <translation>Nadaj zaznaczeniu następne oznaczenie bieżącej komórki: główny, pomocniczy, puste</translation>
    </message>
    <message>
        <source>&amp;Clear marks</source>
        <translation>Wy&amp;czyść oznaczenia</translation>
    </message>
    <message>
        <source>Clear the marks of the selected KPI cells (Delete)</source>
        <translation>Wyczyść oznaczenia zaznaczonych komórek KPI (Delete)</translation>
    </message>
    <message>
        <source>Add a row below the current one, with its stage and goal</source>
        <translation>Dodaj wiersz pod bieżącym, z tym samym etapem i celem</translation>
    </message>
    <message>
        <source>D&amp;uplicate rows</source>
        <translation>Dup&amp;likuj wiersze</translation>
    </message>
    <message>
        <source>Copy the selected rows, marks and all, below them</source>
        <translation>Skopiuj zaznaczone wiersze wraz z oznaczeniami pod nimi</translation>
    </message>
    <message>
        <source>De&amp;lete rows</source>
        <translation>&amp;Usuń wiersze</translation>
    </message>
    <message>
        <source>Delete the selected rows (undo brings them back)</source>
        <translation>Usuń zaznaczone wiersze (Cofnij je przywraca)</translation>
    </message>
    <message>
        <source>Move rows &amp;up</source>
        <translation>Przesuń wiersze w &amp;górę</translation>
    </message>
    <message>
        <source>Move the selected rows up</source>
        <translation>Przesuń zaznaczone wiersze w górę</translation>
    </message>
    <message>
        <source>Move rows do&amp;wn</source>
        <translation>Prze&amp;suń wiersze w dół</translation>
    </message>
    <message>
        <source>Move the selected rows down</source>
        <translation>Przesuń zaznaczone wiersze w dół</translation>
    </message>
    <message>
        <source>&amp;Suggest KPIs</source>
        <translation>&amp;Zaproponuj KPI</translation>
    </message>
    <message>
        <source>Mark the KPIs that fit each selected row&apos;s stage and goal (replaces its marks)</source>
        <translation>Oznacz KPI pasujące do etapu i celu każdego zaznaczonego wiersza (zastępuje jego oznaczenia)</translation>
    </message>
    <message>
        <source>&amp;Filter rows…</source>
        <translation>&amp;Filtruj wiersze…</translation>
    </message>
    <message>
        <source>Search the rows by stage, goal, tactic or notes</source>
        <translation>Szukaj wierszy według etapu, celu, taktyki lub notatek</translation>
    </message>
    <message>
        <source>Show &amp;all rows</source>
        <translation>Pokaż &amp;wszystkie wiersze</translation>
    </message>
    <message>
        <source>Clear the filter and show every row</source>
        <translation>Wyczyść filtr i pokaż wszystkie wiersze</translation>
    </message>
    <message>
        <source>Add planner row</source>
        <translation>Dodaj wiersz planera</translation>
    </message>
    <message>
        <source>Added row {row}: choose its stage, goal and tactic (F2), then mark its KPIs</source>
        <translation>Dodano wiersz {row}: wybierz jego etap, cel i taktykę (F2), a potem oznacz jego KPI</translation>
    </message>
    <message>
        <source>The filter was cleared to show the new row</source>
        <translation>Filtr wyczyszczono, aby pokazać nowy wiersz</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n planner row(s)</source>
        <translation>
            <numerusform>Duplikuj %n wiersz planera</numerusform>
            <numerusform>Duplikuj %n wiersze planera</numerusform>
            <numerusform>Duplikuj %n wierszy planera</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated {rows} as {copies}</source>
        <translation>Zduplikowano: {rows} jako {copies}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n planner row(s)</source>
        <translation>
            <numerusform>Usuń %n wiersz planera</numerusform>
            <numerusform>Usuń %n wiersze planera</numerusform>
            <numerusform>Usuń %n wierszy planera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) — Undo with Ctrl+Z</source>
        <translation>
            <numerusform>Usunięto %n wiersz — cofnij za pomocą Ctrl+Z</numerusform>
            <numerusform>Usunięto %n wiersze — cofnij za pomocą Ctrl+Z</numerusform>
            <numerusform>Usunięto %n wierszy — cofnij za pomocą Ctrl+Z</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one block of neighbouring rows to move</source>
        <translation>Zaznacz jeden blok sąsiednich wierszy do przesunięcia</translation>
    </message>
    <message>
        <source>Already the first row shown</source>
        <translation>To już pierwszy widoczny wiersz</translation>
    </message>
    <message>
        <source>Already the last row shown</source>
        <translation>To już ostatni widoczny wiersz</translation>
    </message>
    <message numerus="yes">
        <source>Move %n planner row(s) up</source>
        <translation>
            <numerusform>Przesuń %n wiersz planera w górę</numerusform>
            <numerusform>Przesuń %n wiersze planera w górę</numerusform>
            <numerusform>Przesuń %n wierszy planera w górę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n planner row(s) down</source>
        <translation>
            <numerusform>Przesuń %n wiersz planera w dół</numerusform>
            <numerusform>Przesuń %n wiersze planera w dół</numerusform>
            <numerusform>Przesuń %n wierszy planera w dół</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggested KPIs are already marked in {rows}</source>
        <translation>Proponowane KPI są już oznaczone: {rows}</translation>
    </message>
    <message>
        <source>Suggest KPIs for {rows}</source>
        <translation>Zaproponuj KPI: {rows}</translation>
    </message>
    <message>
        <source>Suggested KPIs for {rows}; the earlier marks of {marked} were replaced (Ctrl+Z)</source>
        <translation>Zaproponowano KPI: {rows}; wcześniejsze oznaczenia ({marked}) zostały zastąpione (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Suggested KPIs for {rows}</source>
        <translation>Zaproponowano KPI: {rows}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <source>Set {kpi} to {mark} in row {row}</source>
        <translation>Ustaw {kpi} na {mark} w wierszu {row}</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cell(s) {mark}</source>
        <translation>
            <numerusform>Oznacz %n komórkę: {mark}</numerusform>
            <numerusform>Oznacz %n komórki: {mark}</numerusform>
            <numerusform>Oznacz %n komórek: {mark}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) in {rows} as tab-separated text</source>
        <translation>
            <numerusform>Skopiowano %n komórkę ({rows}) jako tekst rozdzielany tabulatorami</numerusform>
            <numerusform>Skopiowano %n komórki ({rows}) jako tekst rozdzielany tabulatorami</numerusform>
            <numerusform>Skopiowano %n komórek ({rows}) jako tekst rozdzielany tabulatorami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n row(s) shown</source>
        <translation>
            <numerusform>Widoczne: {shown} z %n wiersza</numerusform>
            <numerusform>Widoczne: {shown} z %n wierszy</numerusform>
            <numerusform>Widoczne: {shown} z %n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs focus</source>
        <translation>
            <numerusform>%n do doprecyzowania</numerusform>
            <numerusform>%n do doprecyzowania</numerusform>
            <numerusform>%n do doprecyzowania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need focus</source>
        <translation>
            <numerusform>%n do doprecyzowania</numerusform>
            <numerusform>%n do doprecyzowania</numerusform>
            <numerusform>%n do doprecyzowania</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Zalecenie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>On a warning sign: F fine · D doubtful · R red flag · Space ticks Personal message · F6 to the counts</source>
        <translation>Na sygnale ostrzegawczym: F w porządku · D wątpliwe · R czerwona flaga · Spacja zaznacza „Osobista wiadomość” · F6 do zestawienia</translation>
    </message>
    <message>
        <source>What to do: two red flags or more, ignore; a known relationship and no red flag, accept; otherwise reply first and ask what the connection is for. Your decision, when you set one, wins</source>
        <translation>Co zrobić: przy dwóch lub więcej czerwonych flagach zignoruj; przy znanej relacji i braku czerwonych flag zaakceptuj; w pozostałych przypadkach najpierw odpowiedz i zapytaj, czemu ma służyć kontakt. Twoja decyzja, jeśli ją ustawisz, ma pierwszeństwo</translation>
    </message>
    <message>
        <source>Why the rule says so</source>
        <translation>Dlaczego reguła tak mówi</translation>
    </message>
    <message>
        <source>No requests logged yet: log each connection request you get, and the rules say whether to accept it, reply first or ignore it.</source>
        <translation>Nie dodano jeszcze żadnych zaproszeń: dodawaj każde otrzymane zaproszenie do kontaktu, a reguły podpowiedzą, czy je zaakceptować, najpierw odpowiedzieć, czy zignorować.</translation>
    </message>
    <message>
        <source>&amp;Log request</source>
        <translation>&amp;Dodaj zaproszenie</translation>
    </message>
    <message>
        <source>Add a request dated today, on the network of the last one</source>
        <translation>Dodaj zaproszenie z dzisiejszą datą, w sieci ostatniego</translation>
    </message>
    <message>
        <source>Rate the rest &amp;fine</source>
        <translation>Oceń resztę jako &amp;w porządku</translation>
    </message>
    <message>
        <source>Rate every sign not rated yet of the selected requests as fine</source>
        <translation>Oceń wszystkie jeszcze nieocenione sygnały zaznaczonych zaproszeń jako „w porządku”</translation>
    </message>
    <message>
        <source>&amp;Delete requests</source>
        <translation>&amp;Usuń zaproszenia</translation>
    </message>
    <message>
        <source>Delete the selected requests (Undo brings them back)</source>
        <translation>Usuń zaznaczone zaproszenia (Cofnij je przywróci)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection requests&lt;/b&gt; — accept people you have really exchanged value with; look hard at strangers</source>
        <translation>&lt;b&gt;Zaproszenia do kontaktu&lt;/b&gt; — akceptuj osoby, z którymi łączy Cię realna wymiana wartości; nieznajomym przyglądaj się uważnie</translation>
    </message>
    <message>
        <source>&lt;b&gt;By network and month&lt;/b&gt; — who sends the suspicious ones</source>
        <translation>&lt;b&gt;Według sieci i miesiąca&lt;/b&gt; — skąd przychodzą podejrzane</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Dodaj zaproszenie</translation>
    </message>
    <message>
        <source>Logged a request dated today: type the name, then rate the signs</source>
        <translation>Dodano zaproszenie z dzisiejszą datą: wpisz nazwę, a potem oceń sygnały</translation>
    </message>
    <message>
        <source>Every sign of the selected requests is rated</source>
        <translation>Wszystkie sygnały zaznaczonych zaproszeń są już ocenione</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n sign(s) fine</source>
        <translation>
            <numerusform>Oceń %n sygnał jako „w porządku”</numerusform>
            <numerusform>Oceń %n sygnały jako „w porządku”</numerusform>
            <numerusform>Oceń %n sygnałów jako „w porządku”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %n sign(s) fine</source>
        <translation>
            <numerusform>Oceniono %n sygnał jako „w porządku”</numerusform>
            <numerusform>Oceniono %n sygnały jako „w porządku”</numerusform>
            <numerusform>Oceniono %n sygnałów jako „w porządku”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n request(s)</source>
        <translation>
            <numerusform>Usuń %n zaproszenie</numerusform>
            <numerusform>Usuń %n zaproszenia</numerusform>
            <numerusform>Usuń %n zaproszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n request(s); Undo brings them back</source>
        <translation>
            <numerusform>Usunięto %n zaproszenie; Cofnij je przywróci</numerusform>
            <numerusform>Usunięto %n zaproszenia; Cofnij je przywróci</numerusform>
            <numerusform>Usunięto %n zaproszeń; Cofnij je przywróci</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate {sign} {rating} in row {row}</source>
        <translation>Oceń {sign}: {rating} (wiersz {row})</translation>
    </message>
    <message>
        <source>{count} — Insert logs one</source>
        <translation>{count} — Insert dodaje nowe</translation>
    </message>
    <message>
        <source>{count}, {unfinished} to finish (marked ⚠)</source>
        <translation>{count}, do uzupełnienia: {unfinished} (oznaczone ⚠)</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Add the plan settings</source>
        <translation>Dodaj ustawienia planu</translation>
    </message>
    <message>
        <source>Not set: {setting}: {error}</source>
        <translation>Nie ustawiono: {setting}: {error}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date smplanner reads; the periods are numbered. Try 2027-01, 2027-W05 or 2027-Q1</source>
        <translation>„{value}” nie jest datą, którą smplanner potrafi odczytać; okresy zostaną ponumerowane. Spróbuj 2027-01, 2027-W05 lub 2027-Q1</translation>
    </message>
    <message>
        <source>Set {setting} to {value}</source>
        <translation>Ustaw {setting}: {value}</translation>
    </message>
    <message>
        <source>Drop periods?</source>
        <translation>Usunąć okresy?</translation>
    </message>
    <message>
        <source>Periods after period {period} hold {rows}. Drop them with the periods?

Undo (Ctrl+Z) brings them back.</source>
        <translation>Okresy po okresie {period} zawierają: {rows}. Usunąć je razem z okresami?

Cofnij (Ctrl+Z) je przywróci.</translation>
    </message>
    <message>
        <source>The number of periods is unchanged</source>
        <translation>Liczba okresów pozostaje bez zmian</translation>
    </message>
    <message>
        <source>Dropped {rows}; Undo (Ctrl+Z) brings them back</source>
        <translation>Usunięto: {rows}; Cofnij (Ctrl+Z) je przywróci</translation>
    </message>
    <message>
        <source>Set {column} in row {row}</source>
        <translation>Ustaw {column} w wierszu {row}</translation>
    </message>
    <message>
        <source>row {row}, {column}: {error}</source>
        <translation>wiersz {row}, {column}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Not set: {problem} (and %n more)</source>
        <translation>
            <numerusform>Nie ustawiono: {problem} (i jeszcze %n)</numerusform>
            <numerusform>Nie ustawiono: {problem} (i jeszcze %n)</numerusform>
            <numerusform>Nie ustawiono: {problem} (i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Att.</source>
        <translation>Real.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{year}-W{week}</source>
        <translation>tydz. {week}/{year}</translation>
    </message>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{quarter} kw. {year}</translation>
    </message>
    <message>
        <source>P{number}</source>
        <translation>O{number}</translation>
    </message>
    <message>
        <source>{level} (total)</source>
        <translation>{level} (łącznie)</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Przyrost obserwujących</translation>
    </message>
    <message>
        <source>{kpi} on {network}</source>
        <translation>{kpi} w {network}</translation>
    </message>
    <message>
        <source>The sum over all networks that have a count in the period</source>
        <translation>Suma ze wszystkich sieci, które mają wartość w danym okresie</translation>
    </message>
    <message>
        <source>Growth over the period before: (this - before) / before; n/a when the period before is 0 or has no data</source>
        <translation>Przyrost względem poprzedniego okresu: (bieżący - poprzedni) / poprzedni; b.d., gdy poprzedni okres wynosi 0 lub nie ma danych</translation>
    </message>
    <message>
        <source>How many of the level above reached this level</source>
        <translation>Ilu z poziomu wyżej osiągnęło ten poziom</translation>
    </message>
    <message>
        <source>Attainment in {where}: actual / target</source>
        <translation>Realizacja w {where}: wynik / cel</translation>
    </message>
    <message>
        <source>{row}, targets, {where}; worked out, read-only</source>
        <translation>{row}, cele, {where}; wyliczone, tylko do odczytu</translation>
    </message>
    <message>
        <source>{row}, actuals, {where}; worked out, read-only</source>
        <translation>{row}, wyniki, {where}; wyliczone, tylko do odczytu</translation>
    </message>
    <message>
        <source>{kpi}, target, {where}. Growth over the period before: {growth}</source>
        <translation>{kpi}, cel, {where}. Przyrost względem poprzedniego okresu: {growth}</translation>
    </message>
    <message>
        <source>{kpi}, actual, {where}. Growth over the period before: {growth}</source>
        <translation>{kpi}, wynik, {where}. Przyrost względem poprzedniego okresu: {growth}</translation>
    </message>
    <message>
        <source>What you aim for at the end of {period}</source>
        <translation>Wartość, którą chcesz osiągnąć na koniec okresu {period}</translation>
    </message>
    <message>
        <source>What you counted at the end of {period}; empty means no data, not zero</source>
        <translation>Wartość zmierzona na koniec okresu {period}; puste pole oznacza brak danych, nie zero</translation>
    </message>
    <message>
        <source>Actual / target</source>
        <translation>Wynik / cel</translation>
    </message>
    <message>
        <source>Set target of {row} on {network}, {period}</source>
        <translation>Ustaw cel: {row} w {network}, {period}</translation>
    </message>
    <message>
        <source>Set actual of {row} on {network}, {period}</source>
        <translation>Ustaw wynik: {row} w {network}, {period}</translation>
    </message>
    <message>
        <source>{row}, {period}: {error}</source>
        <translation>{row}, {period}: {error}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>limit miejsca na dysku został wyczerpany</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>plik byłby większy, niż pozwala ten system</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>brak uprawnień do zapisu w tym folderze</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>folder nie istnieje (lub został usunięty)</translation>
    </message>
    <message>
        <source>the file name is too long ({size:,} bytes; at most {limit:,})</source>
        <translation>nazwa pliku jest za długa ({size:,} bajtów; najwyżej {limit:,})</translation>
    </message>
    <message>
        <source>the path is too long ({size:,} bytes; at most {limit:,})</source>
        <translation>ścieżka jest za długa ({size:,} bajtów; najwyżej {limit:,})</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>nazwa pliku jest za długa</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, cell {cell}</source>
        <translation>Arkusz „{sheet}”, komórka {cell}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;</source>
        <translation>Arkusz „{sheet}”</translation>
    </message>
    <message>
        <source>Workbook, cell {cell}</source>
        <translation>Skoroszyt, komórka {cell}</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Skoroszyt</translation>
    </message>
    <message>
        <source>; expected {expected}</source>
        <translation>; oczekiwano: {expected}</translation>
    </message>
    <message>
        <source>a sheet of your own; smplanner saves it back as it is, with its formulas, formatting, charts, pictures and comments</source>
        <translation>własny arkusz; smplanner zapisuje go z powrotem bez zmian, z formułami, formatowaniem, wykresami, obrazami i komentarzami</translation>
    </message>
    <message>
        <source>a sheet of your own; its cell values are kept when smplanner saves, its formatting and formulas are not</source>
        <translation>własny arkusz; przy zapisie przez smplanner zachowywane są wartości jego komórek, ale nie formatowanie i formuły</translation>
    </message>
    <message>
        <source>a sheet of your own named like a sheet smplanner writes; its cell values are kept as the sheet &apos;{name}&apos; when smplanner saves</source>
        <translation>własny arkusz nazwany tak jak arkusz zapisywany przez smplanner; przy zapisie przez smplanner wartości jego komórek są zachowywane jako arkusz „{name}”</translation>
    </message>
    <message>
        <source>a chart sheet of your own; smplanner saves it back as it is</source>
        <translation>własny arkusz wykresu; smplanner zapisuje go z powrotem bez zmian</translation>
    </message>
    <message>
        <source>a chart sheet; it is not kept when smplanner saves</source>
        <translation>arkusz wykresu; nie jest zachowywany przy zapisie przez smplanner</translation>
    </message>
    <message>
        <source>sheet missing; the plan is named after the file</source>
        <translation>brak arkusza; plan otrzymuje nazwę pliku</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a format version</source>
        <translation>„{value}” nie jest wersją formatu</translation>
    </message>
    <message>
        <source>format version {version} is newer than this smplanner reads</source>
        <translation>wersja formatu {version} jest nowsza niż ta, którą odczytuje ta wersja smplanner</translation>
    </message>
    <message>
        <source>{version} or lower: update smplanner to open this plan</source>
        <translation>{version} lub niższa: zaktualizuj smplanner, aby otworzyć ten plan</translation>
    </message>
    <message>
        <source>{name} was written by a newer smplanner (format version {version}, cell {cell} of sheet &apos;{sheet}&apos;); this version reads format {readable}. Please update smplanner.</source>
        <translation>Plik {name} został zapisany przez nowszą wersję smplanner (wersja formatu {version}, komórka {cell} arkusza „{sheet}”); ta wersja odczytuje format {readable}. Zaktualizuj smplanner.</translation>
    </message>
    <message>
        <source>sheet missing; the default list is used</source>
        <translation>brak arkusza; użyto listy domyślnej</translation>
    </message>
    <message>
        <source>sheet missing; the table is left empty</source>
        <translation>brak arkusza; tabela pozostaje pusta</translation>
    </message>
    <message>
        <source>no header row found</source>
        <translation>nie znaleziono wiersza nagłówka</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a second KPI of the KPIs sheet; ignored</source>
        <translation>„{value}” powtarza KPI z arkusza „KPIs”; pominięto</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a KPI of the KPIs sheet; ignored</source>
        <translation>„{value}” nie jest KPI z arkusza „KPIs”; pominięto</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a second column of this sheet; ignored</source>
        <translation>„{value}” to powtórzona kolumna tego arkusza; pominięto</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a column of this sheet; ignored</source>
        <translation>„{value}” nie jest kolumną tego arkusza; pominięto</translation>
    </message>
    <message>
        <source>the names column is missing</source>
        <translation>brak kolumny z nazwami</translation>
    </message>
    <message>
        <source>no column for {columns}; left empty</source>
        <translation>brak kolumny dla {columns}; pozostawiono puste</translation>
    </message>
    <message>
        <source>{value} is not allowed in column &apos;{column}&apos;</source>
        <translation>wartość {value} jest niedozwolona w kolumnie „{column}”</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>pole „{column}” jest puste</translation>
    </message>
    <message>
        <source>this {noun} has no name</source>
        <translation>brak nazwy ({noun})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a comma, semicolon or line break, which separate names in lists</source>
        <translation>„{name}” zawiera przecinek, średnik lub podział wiersza, które rozdzielają nazwy na listach</translation>
    </message>
    <message>
        <source>a name without them</source>
        <translation>nazwa bez tych znaków</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the name of a column of the {table}</source>
        <translation>„{name}” to nazwa kolumny arkusza „{table}”</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>inna nazwa</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice (first in row {row})</source>
        <translation>„{name}” występuje dwukrotnie (pierwszy raz w wierszu {row})</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>każda nazwa tylko raz</translation>
    </message>
    <message>
        <source>a header row with {titles}</source>
        <translation>wiersz nagłówka z kolumnami {titles}</translation>
    </message>
    <message>
        <source>Unnamed plan</source>
        <translation>Plan bez nazwy</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>Plik {name} nie istnieje</translation>
    </message>
    <message>
        <source>{name} is a folder, not a data file</source>
        <translation>{name} to folder, a nie plik z danymi</translation>
    </message>
    <message>
        <source>{name}: expected a spreadsheet (.xlsx, .xlsm, .xls, .ods) or a text table (.csv, .tsv)</source>
        <translation>{name}: oczekiwano arkusza kalkulacyjnego (.xlsx, .xlsm, .xls, .ods) lub tabeli tekstowej (.csv, .tsv)</translation>
    </message>
    <message>
        <source>{name}: {sheet} holds no table (a header row and data)</source>
        <translation>{name}: {sheet} nie zawiera tabeli (wiersza nagłówka i danych)</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;; its sheets: {sheets}</source>
        <translation>{name} nie ma arkusza „{sheet}”; jego arkusze: {sheets}</translation>
    </message>
    <message>
        <source>{name} cannot be read as a spreadsheet: {error}</source>
        <translation>Nie można odczytać {name} jako arkusza kalkulacyjnego: {error}</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>Nie można odczytać pliku {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a text table (it holds binary data)</source>
        <translation>{name} nie jest tabelą tekstową (zawiera dane binarne)</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>Nie można otworzyć pliku {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is a folder, not a workbook</source>
        <translation>{name} to folder, a nie skoroszyt</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): it is not a workbook</source>
        <translation>Plik {name} jest pusty (0 bajtów): to nie jest skoroszyt</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old-style .xls workbook; open it in Excel or LibreOffice, remove the password and save it as .xlsx</source>
        <translation>Plik {name} jest chroniony hasłem lub jest skoroszytem w starym formacie .xls; otwórz go w Excelu lub LibreOffice, usuń hasło i zapisz jako .xlsx</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx)</source>
        <translation>Plik {name} nie jest skoroszytem Excela (.xlsx)</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which smplanner does not read; save it as .xlsx (Excel 2007-365) and open that</source>
        <translation>Plik {name} to arkusz OpenDocument, którego smplanner nie odczytuje; zapisz go jako .xlsx (Excel 2007-365) i otwórz ten plik</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook</source>
        <translation>Plik {name} jest archiwum ZIP, ale nie skoroszytem Excela</translation>
    </message>
    <message>
        <source>{name} is damaged (a broken or truncated .xlsx file)</source>
        <translation>Plik {name} jest uszkodzony (wadliwy lub niekompletny plik .xlsx)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} has {parts:,} parts; a workbook has far fewer</source>
        <translation>Plik {name} składa się z wielu części ({parts}); skoroszyt ma ich znacznie mniej</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: part {part} unpacks {ratio:,.0f} times its size; refused to protect memory</source>
        <translation>Plik {name} wygląda na bombę ZIP: część {part} po rozpakowaniu jest {ratio:.0f} razy większa; odrzucono, aby chronić pamięć</translation>
    </message>
    <message>
        <source>{name} unpacks to {size:,.0f} MB, more than the {limit:,.0f} MB a plan workbook may have</source>
        <translation>Plik {name} po rozpakowaniu zajmuje {size:.0f} MB, więcej niż dozwolone dla skoroszytu planu {limit:.0f} MB</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: it unpacks {ratio:,.0f} times its size (a workbook packs at most {limit:,} times); refused to protect memory</source>
        <translation>{name} wygląda na bombę zip: po rozpakowaniu jest {ratio:,.0f} razy większy (skoroszyt najwyżej {limit:,} razy); odrzucono, aby chronić pamięć</translation>
    </message>
    <message>
        <source>{name}: sheet &apos;{sheet}&apos; has {rows:,} rows; a plan workbook may have at most {limit:,} rows per sheet. Delete the rows it does not need in Excel or LibreOffice, or keep them in another workbook</source>
        <translation>{name}: arkusz „{sheet}” ma za dużo wierszy ({rows}); skoroszyt planu może mieć najwyżej {limit} wierszy w arkuszu. Usuń niepotrzebne wiersze w Excelu lub LibreOffice albo przenieś je do innego skoroszytu</translation>
    </message>
    <message>
        <source>{name}: sheet &apos;{sheet}&apos; repeats shared text in {cells:,} cells, {size:,.0f} MB in all; a plan workbook may hold at most {limit:,.0f} MB of text. Shorten the long texts it repeats in Excel or LibreOffice</source>
        <translation>{name}: arkusz „{sheet}” powtarza wspólny tekst w {cells:,} komórkach, łącznie {size:,.0f} MB; skoroszyt planu może zawierać najwyżej {limit:,.0f} MB tekstu. Skróć powtarzane długie teksty w Excelu lub LibreOffice</translation>
    </message>
    <message>
        <source>{name} has sheets spanning {cells:,} cells (rows x columns up to the last used cell); a plan workbook may span at most {limit:,}. Delete the unused rows and columns at the end of its sheets in Excel or LibreOffice</source>
        <translation>Arkusze pliku {name} obejmują za dużo komórek: {cells} (wiersze x kolumny do ostatniej użytej komórki); skoroszyt planu może obejmować najwyżej {limit}. Usuń nieużywane wiersze i kolumny na końcu arkuszy w Excelu lub LibreOffice</translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) no row uses omitted</source>
        <translation>
            <numerusform>pominięto %n KPI, którego nie używa żaden wiersz</numerusform>
            <numerusform>pominięto %n KPI, których nie używa żaden wiersz</numerusform>
            <numerusform>pominięto %n KPI, których nie używa żaden wiersz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with no primary KPI omitted</source>
        <translation>
            <numerusform>pominięto %n wiersz bez głównego KPI</numerusform>
            <numerusform>pominięto %n wiersze bez głównego KPI</numerusform>
            <numerusform>pominięto %n wierszy bez głównego KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after row {last} omitted (the page holds {room} at the smallest legible type: filter the planner to print the rest)</source>
        <translation>
            <numerusform>pominięto %n wiersz po wierszu {last} (strona mieści {room} przy najmniejszej czytelnej czcionce: przefiltruj planer, aby wydrukować resztę)</numerusform>
            <numerusform>pominięto %n wiersze po wierszu {last} (strona mieści {room} przy najmniejszej czytelnej czcionce: przefiltruj planer, aby wydrukować resztę)</numerusform>
            <numerusform>pominięto %n wierszy po wierszu {last} (strona mieści {room} przy najmniejszej czytelnej czcionce: przefiltruj planer, aby wydrukować resztę)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) unused by the rows shown omitted</source>
        <translation>
            <numerusform>pominięto %n KPI nieużywany w pokazanych wierszach</numerusform>
            <numerusform>pominięto %n KPI nieużywane w pokazanych wierszach</numerusform>
            <numerusform>pominięto %n KPI nieużywanych w pokazanych wierszach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n less-used KPI(s) omitted</source>
        <translation>
            <numerusform>pominięto %n rzadziej używany KPI</numerusform>
            <numerusform>pominięto %n rzadziej używane KPI</numerusform>
            <numerusform>pominięto %n rzadziej używanych KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Planner rows</source>
        <translation>Wiersze planera</translation>
    </message>
    <message>
        <source>Rows lacking focus</source>
        <translation>Wiersze do doprecyzowania</translation>
    </message>
    <message>
        <source>KPIs in use, of {all}</source>
        <translation>Używane KPI z {all}</translation>
    </message>
    <message>
        <source>Row lacks focus (no primary, or more than three)</source>
        <translation>Wiersz bez skupienia (brak głównego KPI lub więcej niż trzy)</translation>
    </message>
    <message>
        <source>The planner has no rows yet</source>
        <translation>Planer nie ma jeszcze wierszy</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {total} and {kpis} of {all_kpis} KPIs shown</source>
        <translation>
            <numerusform>Pokazano %n wiersz z {total} i {kpis} z {all_kpis} KPI</numerusform>
            <numerusform>Pokazano %n wiersze z {total} i {kpis} z {all_kpis} KPI</numerusform>
            <numerusform>Pokazano %n wierszy z {total} i {kpis} z {all_kpis} KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>Every planner row of the plan, as saved (the tab&apos;s filter does not apply)</source>
        <translation>Wszystkie wiersze planera w zapisanej postaci (filtr karty nie ma zastosowania)</translation>
    </message>
    <message>
        <source>CRM capability maturity</source>
        <translation>Dojrzałość kompetencji CRM</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>nie wiem</translation>
    </message>
    <message>
        <source>Evid.</source>
        <translation>Potw.</translation>
    </message>
    <message>
        <source>Readiness: {verdict}</source>
        <translation>Gotowość: {verdict}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>Levels: the team&apos;s, the rounded-down mean of its raters ({raters})</source>
        <translation>Poziomy: zespołu, zaokrąglona w dół średnia oceniających ({raters})</translation>
    </message>
    <message>
        <source>rated above its evidence</source>
        <translation>oceniony wyżej niż dowody</translation>
    </message>
    <message>
        <source>raters two levels or more apart</source>
        <translation>oceny różnią się o dwa poziomy lub więcej</translation>
    </message>
    <message>
        <source>Social profile checklist</source>
        <translation>Lista kontrolna profili społecznościowych</translation>
    </message>
    <message>
        <source>Score per account</source>
        <translation>Wynik na konto</translation>
    </message>
    <message>
        <source>No accounts yet: add your profiles on the Profiles tab.</source>
        <translation>Brak kont: dodaj swoje profile na karcie „Profile”.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Brak kont</translation>
    </message>
    <message>
        <source>Score per network</source>
        <translation>Wynik na sieć</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} accounts left out of the table (the weakest are shown)</source>
        <translation>
            <numerusform>pominięto w tabeli %n z {total} kont (pokazano najsłabsze)</numerusform>
            <numerusform>pominięto w tabeli %n z {total} kont (pokazano najsłabsze)</numerusform>
            <numerusform>pominięto w tabeli %n z {total} kont (pokazano najsłabsze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Score: the weighted share of applicable items done; partly counts half</source>
        <translation>Wynik: ważony udział wykonanych pozycji, które mają zastosowanie; częściowo liczy się za połowę</translation>
    </message>
    <message>
        <source>Most valuable to do</source>
        <translation>Najcenniejsze do zrobienia</translation>
    </message>
    <message>
        <source>Profile item</source>
        <translation>Element profilu</translation>
    </message>
    <message>
        <source>{total} ({percent} ignored)</source>
        <translation>{total} ({percent} zignorowanych)</translation>
    </message>
    <message>
        <source>Latest requests</source>
        <translation>Najnowsze zaproszenia</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(twoja)</translation>
    </message>
    <message>
        <source>rule: {decision}</source>
        <translation>reguła: {decision}</translation>
    </message>
    <message>
        <source>By network (most ignored first)</source>
        <translation>Według sieci (najczęściej ignorowane najpierw)</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Według miesiąca</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) logged; decisions follow the rules unless marked (yours)</source>
        <translation>
            <numerusform>Zapisano %n zaproszenie; decyzje wynikają z reguł, chyba że oznaczono je (twoja)</numerusform>
            <numerusform>Zapisano %n zaproszenia; decyzje wynikają z reguł, chyba że oznaczono je (twoja)</numerusform>
            <numerusform>Zapisano %n zaproszeń; decyzje wynikają z reguł, chyba że oznaczono je (twoja)</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest {shown} of {total} are listed</source>
        <translation>wymieniono najnowsze {shown} z {total}</translation>
    </message>
    <message>
        <source>not tied to a network</source>
        <translation>bez przypisanej sieci</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) without costs or returns not listed</source>
        <translation>
            <numerusform>%n sieć bez kosztów i zwrotów pominięta</numerusform>
            <numerusform>%n sieci bez kosztów i zwrotów pominięte</numerusform>
            <numerusform>%n sieci bez kosztów i zwrotów pominiętych</numerusform>
        </translation>
    </message>
    <message>
        <source>Investment and return per period ({currency})</source>
        <translation>Inwestycja i zwrot w okresach ({currency})</translation>
    </message>
    <message>
        <source>Funnel (latest counts)</source>
        <translation>Lejek (ostatnie wartości)</translation>
    </message>
    <message>
        <source>Return: the {model} model&apos;s credit to the networks for won deals</source>
        <translation>Zwrot: wartość wygranych transakcji przypisana sieciom przez model „{model}”</translation>
    </message>
    <message>
        <source>ROI = (return - investment) / investment</source>
        <translation>ROI = (zwrot - inwestycja) / inwestycja</translation>
    </message>
    <message numerus="yes">
        <source>%n cost or return line(s) outside the plan&apos;s periods left out</source>
        <translation>
            <numerusform>%n pozycja kosztu lub zwrotu spoza okresów planu pominięta</numerusform>
            <numerusform>%n pozycje kosztów lub zwrotów spoza okresów planu pominięte</numerusform>
            <numerusform>%n pozycji kosztów lub zwrotów spoza okresów planu pominiętych</numerusform>
        </translation>
    </message>
    <message>
        <source>Example plan: {name}</source>
        <translation>Przykładowy plan: {name}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>dodano %n wiersz</numerusform>
            <numerusform>dodano %n wiersze</numerusform>
            <numerusform>dodano %n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty value(s) filled in</source>
        <translation>
            <numerusform>uzupełniono %n pustą wartość</numerusform>
            <numerusform>uzupełniono %n puste wartości</numerusform>
            <numerusform>uzupełniono %n pustych wartości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting value(s)</source>
        <translation>
            <numerusform>%n sprzeczna wartość</numerusform>
            <numerusform>%n sprzeczne wartości</numerusform>
            <numerusform>%n sprzecznych wartości</numerusform>
        </translation>
    </message>
    <message>
        <source>{noun} &apos;{name}&apos; is only in {theirs}: it will be added</source>
        <translation>Wpis „{name}” ({noun}) jest tylko w {theirs}: zostanie dodany</translation>
    </message>
    <message numerus="yes">
        <source>, with the %n row(s) that use it</source>
        <translation>
            <numerusform>, wraz z %n wierszem, który go używa</numerusform>
            <numerusform>, wraz z %n wierszami, które go używają</numerusform>
            <numerusform>, wraz z %n wierszami, które go używają</numerusform>
        </translation>
    </message>
    <message>
        <source> (perhaps &apos;{like}&apos; renamed)</source>
        <translation> (może to przemianowany wpis „{like}”)</translation>
    </message>
    <message>
        <source>{noun} &apos;{name}&apos; is only in {mine}: it stays</source>
        <translation>Wpis „{name}” ({noun}) jest tylko w {mine}: pozostaje</translation>
    </message>
    <message>
        <source>{where}, {column}: mine {mine}, theirs {theirs}</source>
        <translation>{where}, {column}: moja {mine}, ich {theirs}</translation>
    </message>
    <message>
        <source>Nothing to merge: the other plan holds nothing this plan lacks</source>
        <translation>Nie ma czego scalać: drugi plan nie zawiera niczego, czego brakuje w tym planie</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n wiersz do dodania</numerusform>
            <numerusform>%n wiersze do dodania</numerusform>
            <numerusform>%n wierszy do dodania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty value(s) to fill in</source>
        <translation>
            <numerusform>%n pusta wartość do uzupełnienia</numerusform>
            <numerusform>%n puste wartości do uzupełnienia</numerusform>
            <numerusform>%n pustych wartości do uzupełnienia</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the text, or press Esc to cancel</source>
        <translation>Popraw tekst albo naciśnij Esc, aby anulować</translation>
    </message>
    <message>
        <source>Not taken: {reason} (correct it, or Esc to cancel)</source>
        <translation>Nie przyjęto: {reason} (popraw lub naciśnij Esc, aby anulować)</translation>
    </message>
    <message>
        <source>Merge from {name}</source>
        <translation>Scal z {name}</translation>
    </message>
    <message>
        <source>Take All Mine</source>
        <translation>Zachowaj wszystkie moje</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Przyjmij wszystkie ich</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <source>Merging {name} into this plan: rows only it has are added, empty cells it fills are filled in; nothing is removed.</source>
        <translation>Scalanie {name} z tym planem: wiersze, które są tylko tam, zostaną dodane, a puste komórki, które są tam wypełnione, zostaną uzupełnione; nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>tym planie</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ: tick whose to keep</source>
        <translation>
            <numerusform>%n wartość się różni: zaznacz, którą zachować</numerusform>
            <numerusform>%n wartości się różnią: zaznacz, które zachować</numerusform>
            <numerusform>%n wartości się różni: zaznacz, które zachować</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicting values</source>
        <translation>Brak sprzecznych wartości</translation>
    </message>
    <message>
        <source>Take their &apos;{theirs}&apos; as my &apos;{mine}&apos; (their rows then use mine)</source>
        <translation>Przyjmij ich „{theirs}” jako moje „{mine}” (ich wiersze będą wtedy używać mojego)</translation>
    </message>
    <message>
        <source>The merge was refused; nothing changed.</source>
        <translation>Scalanie zostało odrzucone; nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Merge from plan</source>
        <translation>Scal z planem</translation>
    </message>
    <message>
        <source>{reason}. Nothing was merged.</source>
        <translation>{reason}. Nic nie zostało scalone.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… i {count} więcej</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n value(s) smplanner cannot use, so nothing was merged. Fix them first (File &gt; Open shows them all):</source>
        <translation>
            <numerusform>{name} ma %n wartość, której smplanner nie może użyć, więc nic nie scalono. Najpierw ją popraw (Plik &gt; Otwórz pokazuje wszystkie):</numerusform>
            <numerusform>{name} ma %n wartości, których smplanner nie może użyć, więc nic nie scalono. Najpierw je popraw (Plik &gt; Otwórz pokazuje wszystkie):</numerusform>
            <numerusform>{name} ma %n wartości, których smplanner nie może użyć, więc nic nie scalono. Najpierw je popraw (Plik &gt; Otwórz pokazuje wszystkie):</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {name}; Undo takes it back</source>
        <translation>Scalono {name}; Cofnij to wycofa</translation>
    </message>
    <message>
        <source>&amp;Merge from Plan…</source>
        <translation>&amp;Scal z planem…</translation>
    </message>
    <message>
        <source>Bring the rows and values of a colleague&apos;s copy into this plan</source>
        <translation>Przenieś do tego planu wiersze i wartości z kopii współpracownika</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Import data from {name}</source>
        <translation>Import danych z {name}</translation>
    </message>
    <message>
        <source>No saved mapping for these headers</source>
        <translation>Brak zapisanego mapowania dla tych nagłówków</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Zapisz mapowanie…</translation>
    </message>
    <message>
        <source>Keep these choices under a name; a file with the same headers gets them again</source>
        <translation>Zapisz te wybory pod nazwą; plik z tymi samymi nagłówkami otrzyma je ponownie</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Zapisane &amp;mapowanie:</translation>
    </message>
    <message>
        <source>A Primary is what a row is judged by, one to three per row; a sheet that ticks the KPIs it watches has not said which judge it, so X reads as Secondary unless you say the X&apos;s mean Primary</source>
        <translation>KPI główny to ten, według którego ocenia się wiersz, od jednego do trzech na wiersz; arkusz, który tylko zaznacza obserwowane KPI, nie mówi, które z nich oceniają. Dlatego X oznacza pomocniczy, chyba że wskażesz, że X oznacza główny</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Importuj &amp;do:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Sieć:</translation>
    </message>
    <message>
        <source>A plain mar&amp;k (X, ✓) means:</source>
        <translation>Zwykły &amp;znak (X, ✓) oznacza:</translation>
    </message>
    <message>
        <source>Rows as they land</source>
        <translation>Wiersze po imporcie</translation>
    </message>
    <message>
        <source>Names that match nothing</source>
        <translation>Nazwy bez dopasowania</translation>
    </message>
    <message>
        <source>Bad cells</source>
        <translation>Błędne komórki</translation>
    </message>
    <message>
        <source>&amp;Keep values already in the plan</source>
        <translation>Za&amp;chowaj istniejące wartości</translation>
    </message>
    <message>
        <source>&amp;Replace values already in the plan</source>
        <translation>Zas&amp;tąp istniejące wartości</translation>
    </message>
    <message>
        <source>Import &amp;nothing while cells are bad</source>
        <translation>&amp;Nie importuj nic przy błędnych komórkach</translation>
    </message>
    <message>
        <source>Import the &amp;good rows, leave the bad cells out</source>
        <translation>Importuj &amp;poprawne wiersze, pomiń błędne komórki</translation>
    </message>
    <message>
        <source>Add periods to the plan so that it covers every date in the file, in the same undo step as the import</source>
        <translation>Dodaj do planu okresy, aby obejmował każdą datę z pliku, w tym samym kroku cofania co import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>What each column of the file becomes:</source>
        <translation>Czym staje się każda kolumna pliku:</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Odczytywanie {name}…</translation>
    </message>
    <message>
        <source>{sheet}: {layout}: {reason}</source>
        <translation>{sheet}: {layout}: {reason}</translation>
    </message>
    <message>
        <source>no layout recognised</source>
        <translation>nie rozpoznano układu</translation>
    </message>
    <message>
        <source>Cannot import: {reason}</source>
        <translation>Nie można zaimportować: {reason}</translation>
    </message>
    <message>
        <source>Named in the file, row by row</source>
        <translation>Podana w pliku, wiersz po wierszu</translation>
    </message>
    <message>
        <source>Not needed for {target}</source>
        <translation>Niepotrzebna dla: {target}</translation>
    </message>
    <message>
        <source>Choose the network the file is for</source>
        <translation>Wybierz sieć, której dotyczy plik</translation>
    </message>
    <message>
        <source>The file names no network: choose the network it is for</source>
        <translation>Plik nie podaje sieci: wybierz sieć, której dotyczy</translation>
    </message>
    <message>
        <source>Working out what the import would do…</source>
        <translation>Ustalanie skutków importu…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Rows as they land ({count})</source>
        <translation>Wiersze po imporcie ({count})</translation>
    </message>
    <message>
        <source>Names that match nothing ({count})</source>
        <translation>Nazwy bez dopasowania ({count})</translation>
    </message>
    <message>
        <source>Bad cells ({count})</source>
        <translation>Błędne komórki ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Extend the plan to cover them (adds %n period(s))</source>
        <translation>
            <numerusform>&amp;Rozszerz plan, aby je objąć (dodaje %n okres)</numerusform>
            <numerusform>&amp;Rozszerz plan, aby je objąć (dodaje %n okresy)</numerusform>
            <numerusform>&amp;Rozszerz plan, aby je objąć (dodaje %n okresów)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zapisz mapowanie</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>Nazwa mapowania:</translation>
    </message>
    <message>
        <source>The mapping could not be saved: {reason}</source>
        <translation>Nie udało się zapisać mapowania: {reason}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importuj {name}</translation>
    </message>
    <message>
        <source>The import was refused; nothing changed.</source>
        <translation>Import został odrzucony; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moja</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Type the target, Tab, then the actual; Enter goes down a KPI</source>
        <translation>Wpisz cel, Tab, potem wynik; Enter przechodzi do następnego KPI</translation>
    </message>
    <message>
        <source>Nothing tracked yet: type each KPI&apos;s target and actual per period and network; the periods are set above.</source>
        <translation>Nic jeszcze nie jest śledzone: wpisz cel i wynik każdego KPI dla każdego okresu i sieci; okresy ustawia się powyżej.</translation>
    </message>
    <message>
        <source>Track your first KPI</source>
        <translation>Śledź pierwszy KPI</translation>
    </message>
    <message>
        <source>No costs yet: add a line per period and network for ad spend, tools, agencies or staff time.</source>
        <translation>Brak kosztów: dodaj pozycję na każdy okres i sieć — budżet reklamowy, narzędzia, agencje lub czas pracy.</translation>
    </message>
    <message>
        <source>Add the first cost line</source>
        <translation>Dodaj pierwszą pozycję kosztu</translation>
    </message>
    <message>
        <source>Staff time: the hours at the hourly rate (worked out, not stored); type an amount to add money spent besides</source>
        <translation>Czas pracy: godziny według stawki godzinowej (wyliczane, nie zapisywane); wpisz kwotę, aby dodać inne wydatki</translation>
    </message>
    <message>
        <source>no recorded touch</source>
        <translation>brak zapisanej interakcji</translation>
    </message>
    <message>
        <source>any touch</source>
        <translation>dowolna interakcja</translation>
    </message>
    <message>
        <source>all networks</source>
        <translation>wszystkie sieci</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{name}&apos; has no probability; expected 0 to 100 %</source>
        <translation>{sheet}, wiersz {row}: „{name}” nie ma prawdopodobieństwa; oczekiwano od 0 do 100%</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{name}&apos; has a probability of {value} %; expected 0 to 100 %</source>
        <translation>{sheet}, wiersz {row}: „{name}” ma prawdopodobieństwo {value}%; oczekiwano od 0 do 100%</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the open stage &apos;{name}&apos; comes after &apos;{closed}&apos;, which closes a deal; expected the open stages first, then the won and lost ones</source>
        <translation>{sheet}, wiersz {row}: otwarty etap „{name}” występuje po „{closed}”, który zamyka transakcję; oczekiwano najpierw etapów otwartych, potem etapów wygranej i przegranej</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{name}&apos; at {value} % comes after &apos;{before}&apos; at {higher} %; expected the open stages in order of rising probability</source>
        <translation>{sheet}, wiersz {row}: „{name}” ({value} %) występuje po „{before}” ({higher} %); oczekiwano otwartych etapów w kolejności rosnącego prawdopodobieństwa</translation>
    </message>
    <message>
        <source>{sheet}: no won stage; expected one stage at 100 % (such as &apos;{won}&apos;), or no deal can be won</source>
        <translation>{sheet}: brak etapu wygranej; oczekiwano jednego etapu ze 100% (np. „{won}”), inaczej żadna transakcja nie może zostać wygrana</translation>
    </message>
    <message>
        <source>Costs are entered by network for each of periods 1 to {last}, so the Dashboard works out ROI per network every period</source>
        <translation>Koszty są wpisywane według sieci w każdym z okresów od 1 do {last}, więc pulpit ROI wylicza ROI dla każdej sieci w każdym okresie</translation>
    </message>
    <message>
        <source>Staff time is in the costs, valued in money, in each of periods 1 to {last}</source>
        <translation>Czas pracy jest ujęty w kosztach, wyceniony w pieniądzu, w każdym z okresów od 1 do {last}</translation>
    </message>
    <message>
        <source>Followers and an engagement KPI have actuals for every {unit} from period 1 to {last}</source>
        <translation>Obserwujący i KPI zaangażowania mają wyniki za każdy okres ({unit}) od 1 do {last}</translation>
    </message>
    <message numerus="yes">
        <source>All %n deal(s) won in the last quarter have touches: the first is the originating source, the last the conversion point</source>
        <translation>
            <numerusform>%n transakcja wygrana w ostatnim kwartale ma interakcje: pierwsza to źródło pierwotne, ostatnia — punkt konwersji</numerusform>
            <numerusform>Wszystkie %n transakcje wygrane w ostatnim kwartale mają interakcje: pierwsza to źródło pierwotne, ostatnia — punkt konwersji</numerusform>
            <numerusform>Wszystkie %n transakcji wygranych w ostatnim kwartale ma interakcje: pierwsza to źródło pierwotne, ostatnia — punkt konwersji</numerusform>
        </translation>
    </message>
    <message>
        <source>Costs and Returns sheets; the Dashboard&apos;s ROI per network</source>
        <translation>Arkusze „Costs” i „Returns”; ROI według sieci na pulpicie ROI</translation>
    </message>
    <message>
        <source>Costs sheet: staff time lines</source>
        <translation>Arkusz „Costs”: pozycje czasu pracy</translation>
    </message>
    <message>
        <source>Tracking sheet</source>
        <translation>Arkusz „Tracking”</translation>
    </message>
    <message>
        <source>Deals and Touches sheets</source>
        <translation>Arkusze „Deals” i „Touches”</translation>
    </message>
    <message>
        <source>Confirm evidence: {statement}</source>
        <translation>Potwierdź dowód: {statement}</translation>
    </message>
    <message>
        <source>Dismiss suggestion: {statement}</source>
        <translation>Odrzuć sugestię: {statement}</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Rozwiązanie</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Konkurencja</translation>
    </message>
    <message>
        <source>Originality</source>
        <translation>Oryginalność</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pieniądze</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Decyzyjność</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Our solution fits the problem they described</source>
        <translation>Nasze rozwiązanie pasuje do opisanego przez klienta problemu</translation>
    </message>
    <message>
        <source>We know who else they talk to, and why we are ahead</source>
        <translation>Wiemy, z kim jeszcze rozmawia klient i dlaczego mamy przewagę</translation>
    </message>
    <message>
        <source>We offer something the others cannot</source>
        <translation>Oferujemy coś, czego inni nie mogą zaoferować</translation>
    </message>
    <message>
        <source>The deal is big enough to be worth the sales effort</source>
        <translation>Transakcja jest na tyle duża, że jest warta wysiłku sprzedażowego</translation>
    </message>
    <message>
        <source>A budget is set aside for it</source>
        <translation>Jest na to przeznaczony budżet</translation>
    </message>
    <message>
        <source>They can pay for it</source>
        <translation>Klienta na to stać</translation>
    </message>
    <message>
        <source>We speak to the person who decides</source>
        <translation>Rozmawiamy z osobą, która podejmuje decyzję</translation>
    </message>
    <message>
        <source>They have a problem we solve, and say so</source>
        <translation>Klient ma problem, który rozwiązujemy, i mówi o tym</translation>
    </message>
    <message>
        <source>They have a date by which they must decide</source>
        <translation>Klient ma termin, do którego musi podjąć decyzję</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Etapy lejka sprzedaży</translation>
    </message>
    <message>
        <source>pipeline stage</source>
        <translation>etap lejka sprzedaży</translation>
    </message>
    <message>
        <source>The sales stages in order, each with the probability that weighs its deals: 100 % is won, 0 % lost</source>
        <translation>Etapy sprzedaży po kolei, każdy z prawdopodobieństwem, które waży jego transakcje: 100% to wygrana, 0% przegrana</translation>
    </message>
    <message>
        <source>The stage&apos;s name; deals name it in their Stage</source>
        <translation>Nazwa etapu; transakcje podają ją w kolumnie „Etap”</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Prawdopodobieństwo (%)</translation>
    </message>
    <message>
        <source>How likely a deal at this stage is won, 0 to 100; the won stage is 100, a lost stage 0</source>
        <translation>Jak prawdopodobna jest wygrana transakcji na tym etapie, od 0 do 100; etap wygranej ma 100, etap przegranej 0</translation>
    </message>
    <message>
        <source>What is true of a prospect at this stage</source>
        <translation>Co jest prawdą o potencjalnym kliencie na tym etapie</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Kluczowe działania</translation>
    </message>
    <message>
        <source>What moves a prospect up (or back), and the questions to ask</source>
        <translation>Co przesuwa potencjalnego klienta dalej (lub wstecz) i jakie pytania zadać</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Kamień milowy</translation>
    </message>
    <message>
        <source>What proves the deal has reached this stage</source>
        <translation>Co dowodzi, że transakcja osiągnęła ten etap</translation>
    </message>
    <message>
        <source>Control documents</source>
        <translation>Dokumenty kontrolne</translation>
    </message>
    <message>
        <source>The documents and tools that show it</source>
        <translation>Dokumenty i narzędzia, które to pokazują</translation>
    </message>
    <message>
        <source>CRM tasks</source>
        <translation>Zadania w CRM</translation>
    </message>
    <message>
        <source>What to keep up to date in the CRM so the forecast stays true</source>
        <translation>Co aktualizować w CRM, aby prognoza była wiarygodna</translation>
    </message>
    <message>
        <source>Partner forecast</source>
        <translation>Prognoza partnerska</translation>
    </message>
    <message>
        <source>The same stage for deals sold through partners or resellers</source>
        <translation>Ten sam etap dla transakcji sprzedawanych przez partnerów lub resellerów</translation>
    </message>
    <message>
        <source>Lead pools</source>
        <translation>Pule leadów</translation>
    </message>
    <message>
        <source>lead pool</source>
        <translation>pula leadów</translation>
    </message>
    <message>
        <source>Leads by how close they are to buying, with the time they take to convert</source>
        <translation>Leady według tego, jak blisko są zakupu, z czasem potrzebnym na konwersję</translation>
    </message>
    <message>
        <source>The pool&apos;s name</source>
        <translation>Nazwa puli</translation>
    </message>
    <message>
        <source>The open stages whose deals are in this pool</source>
        <translation>Otwarte etapy, których transakcje są w tej puli</translation>
    </message>
    <message>
        <source>Converts in (days, from)</source>
        <translation>Konwersja w ciągu (dni, od)</translation>
    </message>
    <message>
        <source>The shortest time a lead here takes to buy</source>
        <translation>Najkrótszy czas, w jakim lead z tej puli dokonuje zakupu</translation>
    </message>
    <message>
        <source>Converts in (days, to)</source>
        <translation>Konwersja w ciągu (dni, do)</translation>
    </message>
    <message>
        <source>The longest time a lead here takes to buy</source>
        <translation>Najdłuższy czas, w jakim lead z tej puli dokonuje zakupu</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <source>How marketing and sales work these leads</source>
        <translation>Jak marketing i sprzedaż pracują z tymi leadami</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kwalifikacja</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>kwalifikacja</translation>
    </message>
    <message>
        <source>Per deal, the criteria it meets; it is a sales qualified opportunity when it meets all of its framework&apos;s</source>
        <translation>Kryteria spełnione przez każdą transakcję; jest ona szansą sprzedaży zakwalifikowaną przez dział sprzedaży, gdy spełnia wszystkie kryteria swojego modelu</translation>
    </message>
    <message>
        <source>The deal (from the Deals sheet); each deal once</source>
        <translation>Transakcja (z arkusza „Deals”); każda transakcja tylko raz</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>MAN, BANT or SCOTSMAN for this deal; empty: the plan&apos;s framework</source>
        <translation>MAN, BANT lub SCOTSMAN dla tej transakcji; puste: model planu</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Spełnione kryteria</translation>
    </message>
    <message>
        <source>Dismissed suggestions</source>
        <translation>Odrzucone sugestie</translation>
    </message>
    <message>
        <source>dismissed suggestion</source>
        <translation>odrzucona sugestia</translation>
    </message>
    <message>
        <source>Evidence suggestions not to offer again; delete a row to see it offered again</source>
        <translation>Sugestie dowodów, których nie należy proponować ponownie; usuń wiersz, aby sugestia znów się pojawiała</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>The check that made the suggestion</source>
        <translation>Reguła sprawdzająca, z której pochodzi sugestia</translation>
    </message>
    <message>
        <source>The evidence statement it suggested ticking</source>
        <translation>Stwierdzenie dowodowe, które zaproponowano do zaznaczenia</translation>
    </message>
    <message numerus="yes">
        <source>Track %n KPI(s)</source>
        <translation>
            <numerusform>Śledź %n KPI</numerusform>
            <numerusform>Śledź %n KPI</numerusform>
            <numerusform>Śledź %n KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n KPI(s)</source>
        <translation>
            <numerusform>Przestań śledzić %n KPI</numerusform>
            <numerusform>Przestań śledzić %n KPI</numerusform>
            <numerusform>Przestań śledzić %n KPI</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} i {last}</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} i %n więcej</numerusform>
            <numerusform>{names} i %n więcej</numerusform>
            <numerusform>{names} i %n więcej</numerusform>
        </translation>
    </message>
    <message>
        <source>Track them</source>
        <translation>Śledź je</translation>
    </message>
    <message>
        <source>Stop tracking them</source>
        <translation>Przestań je śledzić</translation>
    </message>
    <message numerus="yes">
        <source>Primary KPI(s) of the planner that nothing tracks: {names}; their rows cannot be judged</source>
        <translation>
            <numerusform>Główny KPI planera, którego nic nie śledzi: {names}; jego wierszy nie można ocenić</numerusform>
            <numerusform>Główne KPI planera, których nic nie śledzi: {names}; ich wierszy nie można ocenić</numerusform>
            <numerusform>Główne KPI planera, których nic nie śledzi: {names}; ich wierszy nie można ocenić</numerusform>
        </translation>
    </message>
    <message>
        <source>Track them on {networks}</source>
        <translation>Śledź je w {networks}</translation>
    </message>
    <message numerus="yes">
        <source>Tracked KPI(s) that no planner row uses: {names}</source>
        <translation>
            <numerusform>Śledzony KPI, którego nie używa żaden wiersz planera: {names}</numerusform>
            <numerusform>Śledzone KPI, których nie używa żaden wiersz planera: {names}</numerusform>
            <numerusform>Śledzone KPI, których nie używa żaden wiersz planera: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove their tracking rows with all their values (Undo brings them back)</source>
        <translation>Usuń ich wiersze śledzenia ze wszystkimi wartościami (Cofnij je przywróci)</translation>
    </message>
    <message numerus="yes">
        <source>Tracking %n KPI(s) on {networks}; Undo (Ctrl+Z) takes them back</source>
        <translation>
            <numerusform>Śledzenie %n KPI w {networks}; Cofnij (Ctrl+Z) to wycofa</numerusform>
            <numerusform>Śledzenie %n KPI w {networks}; Cofnij (Ctrl+Z) to wycofa</numerusform>
            <numerusform>Śledzenie %n KPI w {networks}; Cofnij (Ctrl+Z) to wycofa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped tracking %n KPI(s); Undo (Ctrl+Z) brings their values back</source>
        <translation>
            <numerusform>Przestano śledzić %n KPI; Cofnij (Ctrl+Z) przywróci jego wartości</numerusform>
            <numerusform>Przestano śledzić %n KPI; Cofnij (Ctrl+Z) przywróci ich wartości</numerusform>
            <numerusform>Przestano śledzić %n KPI; Cofnij (Ctrl+Z) przywróci ich wartości</numerusform>
        </translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>termin: {date}</translation>
    </message>
    <message numerus="yes">
        <source>overdue: {due} (%n day(s))</source>
        <translation>
            <numerusform>{due}, %n dzień po terminie</numerusform>
            <numerusform>{due}, %n dni po terminie</numerusform>
            <numerusform>{due}, %n dni po terminie</numerusform>
        </translation>
    </message>
    <message>
        <source>2026-03-31 (year-month-day), or empty</source>
        <translation>2026-03-31 (rok-miesiąc-dzień) albo puste</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>brak osoby odpowiedzialnej</translation>
    </message>
    <message>
        <source>Marketing: {question}</source>
        <translation>Marketing: {question}</translation>
    </message>
    <message>
        <source>Sales: {question}</source>
        <translation>Sprzedaż: {question}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Działanie: {action}</translation>
    </message>
    <message>
        <source>Marketing asks: {question}</source>
        <translation>Marketing pyta: {question}</translation>
    </message>
    <message>
        <source>Sales asks: {question}</source>
        <translation>Sprzedaż pyta: {question}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Po terminie o %n dzień</numerusform>
            <numerusform>Po terminie o %n dni</numerusform>
            <numerusform>Po terminie o %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click to edit</source>
        <translation>Enter lub dwuklik, aby edytować</translation>
    </message>
    <message>
        <source>Edit {box}</source>
        <translation>Edytuj: {box}</translation>
    </message>
    <message>
        <source>Not set: {box}, {column}: {reason}</source>
        <translation>Nie ustawiono: {box}, {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(i jeszcze %n)</numerusform>
            <numerusform>(i jeszcze %n)</numerusform>
            <numerusform>(i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between boxes; Enter, F2 or a double click edits one (Enter keeps, Esc drops); Ctrl+C and Ctrl+V copy a box&apos;s owner, status, due date, action and notes</source>
        <translation>Strzałki przenoszą między polami; Enter, F2 lub dwuklik edytuje pole (Enter zatwierdza, Esc odrzuca); Ctrl+C i Ctrl+V kopiują osobę odpowiedzialną, status, termin, działanie i notatki pola</translation>
    </message>
    <message>
        <source>The chart has three rows: the rest of the paste was left out</source>
        <translation>Wykres ma trzy wiersze: resztę wklejonych danych pominięto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales and marketing alignment&lt;/b&gt; — each marketing lever (down) meets each sales goal (across): the same question asked from both sides</source>
        <translation>&lt;b&gt;Współpraca sprzedaży i marketingu&lt;/b&gt; — każda dźwignia marketingu (w pionie) spotyka każdy cel sprzedaży (w poziomie): to samo pytanie zadane z obu stron</translation>
    </message>
    <message>
        <source>A box past its due date and not done has a red edge</source>
        <translation>Pole po terminie, które nie jest zrobione, ma czerwoną ramkę</translation>
    </message>
    <message>
        <source>Originating source</source>
        <translation>Źródło pierwotne</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Conversion point</source>
        <translation>Punkt konwersji</translation>
    </message>
    <message>
        <source>Any touch</source>
        <translation>Dowolna interakcja</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atrybucja</translation>
    </message>
    <message>
        <source>Worked out from the Deals tab; edit the deals and touches there</source>
        <translation>Wyliczane z karty Transakcje; tam edytuj transakcje i interakcje</translation>
    </message>
    <message>
        <source>Models side by side</source>
        <translation>Porównanie modeli</translation>
    </message>
    <message>
        <source>Social media&apos;s roles per period</source>
        <translation>Role mediów społecznościowych w okresach</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) worth {value}; the {model} model credits the social networks with {social}, the plan&apos;s return.</source>
        <translation>
            <numerusform>%n wygrana transakcja o wartości {value}; model „{model}” przypisuje sieciom społecznościowym {social} — to zwrot planu.</numerusform>
            <numerusform>%n wygrane transakcje o wartości {value}; model „{model}” przypisuje sieciom społecznościowym {social} — to zwrot planu.</numerusform>
            <numerusform>%n wygranych transakcji o wartości {value}; model „{model}” przypisuje sieciom społecznościowym {social} — to zwrot planu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) after their deal&apos;s close date are kept but not credited.</source>
        <translation>
            <numerusform>%n interakcja po dacie zamknięcia transakcji jest zachowana, ale nieuwzględniona.</numerusform>
            <numerusform>%n interakcje po dacie zamknięcia transakcji są zachowane, ale nieuwzględnione.</numerusform>
            <numerusform>%n interakcji po dacie zamknięcia transakcji jest zachowanych, ale nieuwzględnionych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) fall in no period (no close date, or the plan&apos;s first period is empty).</source>
        <translation>
            <numerusform>%n wygrana transakcja nie należy do żadnego okresu (brak daty zamknięcia lub pierwszy okres planu jest pusty).</numerusform>
            <numerusform>%n wygrane transakcje nie należą do żadnego okresu (brak daty zamknięcia lub pierwszy okres planu jest pusty).</numerusform>
            <numerusform>%n wygranych transakcji nie należy do żadnego okresu (brak daty zamknięcia lub pierwszy okres planu jest pusty).</numerusform>
        </translation>
    </message>
    <message>
        <source>{model}: deals</source>
        <translation>{model}: transakcje</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Sieci społecznościowe</translation>
    </message>
    <message>
        <source>{deals} won deals worth {value}</source>
        <translation>Wygrane transakcje: {deals}, wartość {value}</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Dodaj transakcję</translation>
    </message>
    <message>
        <source>Add a deal below the current one</source>
        <translation>Dodaj transakcję pod bieżącą</translation>
    </message>
    <message>
        <source>Delete deals</source>
        <translation>Usuń transakcje</translation>
    </message>
    <message>
        <source>Delete the selected deals and their touches</source>
        <translation>Usuń zaznaczone transakcje i ich interakcje</translation>
    </message>
    <message>
        <source>Add touch</source>
        <translation>Dodaj interakcję</translation>
    </message>
    <message>
        <source>Add a touch of the current deal, dated today</source>
        <translation>Dodaj interakcję do bieżącej transakcji z dzisiejszą datą</translation>
    </message>
    <message>
        <source>Delete touches</source>
        <translation>Usuń interakcje</translation>
    </message>
    <message>
        <source>Delete the selected touches</source>
        <translation>Usuń zaznaczone interakcje</translation>
    </message>
    <message>
        <source>Deals: each once, with its value, stage and close date</source>
        <translation>Transakcje: każda raz, z wartością, etapem i datą zamknięcia</translation>
    </message>
    <message>
        <source>Touches: when a network or another channel met the buyer</source>
        <translation>Interakcje: kiedy sieć lub inny kanał zetknął się z kupującym</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Choose a deal first: a touch belongs to a deal</source>
        <translation>Najpierw wybierz transakcję: interakcja należy do transakcji</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Usuń %n transakcję</numerusform>
            <numerusform>Usuń %n transakcje</numerusform>
            <numerusform>Usuń %n transakcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touch(es)</source>
        <translation>
            <numerusform>Usuń %n interakcję</numerusform>
            <numerusform>Usuń %n interakcje</numerusform>
            <numerusform>Usuń %n interakcji</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan shows evidence&lt;/b&gt; for {dimension}, level {level} ({name}): “{statement}” — {reason}</source>
        <translation>&lt;b&gt;Plan zawiera dowody&lt;/b&gt; dla wymiaru {dimension}, poziom {level} ({name}): „{statement}” — {reason}</translation>
    </message>
    <message>
        <source>Tick it</source>
        <translation>Zaznacz</translation>
    </message>
    <message>
        <source>Confirm the statement and say where to see it</source>
        <translation>Potwierdź stwierdzenie i wskaż, gdzie to zobaczyć</translation>
    </message>
    <message>
        <source>Not for this plan</source>
        <translation>Nie dla tego planu</translation>
    </message>
    <message>
        <source>Do not offer this again for this plan (kept on the Dismissed suggestions sheet)</source>
        <translation>Nie proponuj tego ponownie dla tego planu (zapisane w arkuszu „Dismissed suggestions”)</translation>
    </message>
    <message>
        <source>Confirmed: {statement}; Undo (Ctrl+Z) takes it back</source>
        <translation>Potwierdzono: {statement}; Cofnij (Ctrl+Z) to wycofa</translation>
    </message>
    <message>
        <source>Not offered again for this plan; Undo (Ctrl+Z) brings it back</source>
        <translation>Nie będzie ponownie proponowane dla tego planu; Cofnij (Ctrl+Z) to przywróci</translation>
    </message>
    <message>
        <source>{rater} put {middle} of {rated} dimensions at III (Defined): most raters drift to the middle level; check these ratings against the evidence</source>
        <translation>{rater}: {middle} z {rated} wymiarów na poziomie III (Zdefiniowany); większość oceniających ciąży ku środkowemu poziomowi — sprawdź te oceny z dowodami</translation>
    </message>
    <message>
        <source>{sheet}: not a cost list: no column for the {fields} (name it: --map &quot;Column={first}&quot;)</source>
        <translation>{sheet}: to nie jest lista kosztów: brak kolumny dla {fields} (wskaż ją: --map &quot;Column={first}&quot;)</translation>
    </message>
    <message>
        <source>the plan&apos;s periods have no dates: set the first period (Measuring, Plan settings)</source>
        <translation>okresy planu nie mają dat: ustaw pierwszy okres (Pomiary, Ustawienia planu)</translation>
    </message>
    <message>
        <source>{sheet}: not tracking data: {reason}</source>
        <translation>{sheet}: to nie są dane śledzenia: {reason}</translation>
    </message>
    <message>
        <source>no network &apos;{network}&apos; in the plan; its networks: {networks}</source>
        <translation>w planie nie ma sieci „{network}”; jego sieci: {networks}</translation>
    </message>
    <message>
        <source>the table names no network: say which network it is for (--network NAME)</source>
        <translation>tabela nie wskazuje sieci: podaj, której sieci dotyczy (--network NAME)</translation>
    </message>
    <message>
        <source>no column &apos;{name}&apos; in the file to read as {reading}</source>
        <translation>brak w pliku kolumny „{name}” do odczytania jako {reading}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; can be read as gains or level, not &apos;{reading}&apos;</source>
        <translation>„{name}” można odczytać jako „gains” lub „level”, nie jako „{reading}”</translation>
    </message>
    <message>
        <source>&apos;Returns counted: {basis}&apos; is from an earlier smplanner; returns are now credited by an attribution model, set to the nearest: {model}</source>
        <translation>„Returns counted: {basis}” pochodzi z wcześniejszej wersji smplanner; zwroty są teraz przypisywane przez model atrybucji, ustawiono najbliższy: {model}</translation>
    </message>
    <message>
        <source>The first period was empty; it is now {first}.</source>
        <translation>Pierwszy okres był pusty; teraz jest to {first}.</translation>
    </message>
    <message>
        <source>return lines of an earlier smplanner: {lines} lines became {deals} won deals with one touch per line on the Deals and Touches sheets (lines naming a deal already listed in the same period count once, the deal&apos;s value being its largest line: {merged} of them); this sheet is not kept when smplanner saves.</source>
        <translation>pozycje zwrotów z wcześniejszej wersji smplanner: {lines} pozycji zamieniono na {deals} wygranych transakcji z jedną interakcją na pozycję w arkuszach „Deals” i „Touches” (pozycje wskazujące transakcję już wymienioną w tym samym okresie liczą się raz, a wartością transakcji jest jej największa pozycja: {merged} takich); ten arkusz nie jest zachowywany przy zapisie w smplanner.</translation>
    </message>
    <message>
        <source>Lines without a network became touches of the channel &apos;{channel}&apos;, which is not a social network: choose the network to count them in the return.</source>
        <translation>Pozycje bez sieci stały się interakcjami kanału „{channel}”, który nie jest siecią społecznościową: wybierz sieć, aby liczyły się w zwrocie.</translation>
    </message>
    <message>
        <source>this return line has no period or amount</source>
        <translation>ta pozycja zwrotu nie ma okresu ani kwoty</translation>
    </message>
    <message>
        <source>a formula saved without its value reads as empty, and saving drops it; open and save the workbook in Excel or LibreOffice first, so that its values are worked out</source>
        <translation>formuła zapisana bez wartości jest odczytywana jako pusta, a zapis ją usuwa; najpierw otwórz i zapisz skoroszyt w Excelu lub LibreOffice, aby jego wartości zostały wyliczone</translation>
    </message>
    <message numerus="yes">
        <source>%n more cell(s) with a formula but no value read as empty</source>
        <translation>
            <numerusform>jeszcze %n komórka z formułą bez wartości odczytana jako pusta</numerusform>
            <numerusform>jeszcze %n komórki z formułą bez wartości odczytane jako puste</numerusform>
            <numerusform>jeszcze %n komórek z formułą bez wartości odczytanych jako puste</numerusform>
        </translation>
    </message>
    <message>
        <source>from the Returns sheet of an earlier smplanner</source>
        <translation>z arkusza „Returns” wcześniejszej wersji smplanner</translation>
    </message>
    <message>
        <source>merged cells: the value of {first} is read into every row of {cells}; saving writes it into each row, unmerged</source>
        <translation>scalone komórki: wartość {first} jest wczytywana do każdego wiersza {cells}; zapis wpisze ją do każdego wiersza, bez scalenia</translation>
    </message>
    <message>
        <source>Sales and marketing alignment</source>
        <translation>Współpraca sprzedaży i marketingu</translation>
    </message>
    <message>
        <source>{agreed} of {boxes} crossings agreed, {done} done, {overdue} overdue</source>
        <translation>Uzgodnione: {agreed} z {boxes} pól, zrobione: {done}, po terminie: {overdue}</translation>
    </message>
    <message>
        <source>text cut short in {boxes}; the Alignment tab shows all of it</source>
        <translation>tekst skrócony w: {boxes}; karta Współpraca pokazuje całość</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message numerus="yes">
        <source>Won value (%n won deal(s))</source>
        <translation>
            <numerusform>Wartość wygranych (%n wygrana transakcja)</numerusform>
            <numerusform>Wartość wygranych (%n wygrane transakcje)</numerusform>
            <numerusform>Wartość wygranych (%n wygranych transakcji)</numerusform>
        </translation>
    </message>
    <message>
        <source>Credited to the social networks ({model})</source>
        <translation>Przypisano sieciom społecznościowym ({model})</translation>
    </message>
    <message>
        <source>Share of the won value</source>
        <translation>Udział w wartości wygranych</translation>
    </message>
    <message>
        <source>Credited value of won deals per channel ({currency})</source>
        <translation>Przypisana wartość wygranych transakcji według kanałów ({currency})</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) left out for want of room</source>
        <translation>
            <numerusform>%n kanał pominięty z braku miejsca</numerusform>
            <numerusform>%n kanały pominięte z braku miejsca</numerusform>
            <numerusform>%n kanałów pominiętych z braku miejsca</numerusform>
        </translation>
    </message>
    <message>
        <source>No won deals yet: there is nothing to credit.</source>
        <translation>Brak wygranych transakcji: nie ma czego przypisać.</translation>
    </message>
    <message>
        <source>Every model shares each won deal&apos;s value among its touches; the bars beside a row are its credit under each model.</source>
        <translation>Każdy model dzieli wartość każdej wygranej transakcji między jej interakcje; słupki obok wiersza pokazują przypisaną mu wartość według każdego modelu.</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) after their deal&apos;s close date kept but not credited</source>
        <translation>
            <numerusform>%n interakcja po dacie zamknięcia transakcji zachowana, ale nieuwzględniona</numerusform>
            <numerusform>%n interakcje po dacie zamknięcia transakcji zachowane, ale nieuwzględnione</numerusform>
            <numerusform>%n interakcji po dacie zamknięcia transakcji zachowanych, ale nieuwzględnionych</numerusform>
        </translation>
    </message>
    <message>
        <source>Won deals credited by {count} models; the plan&apos;s return uses the {model} model</source>
        <translation>Wygrane transakcje przypisane według {count} modeli; zwrot planu korzysta z modelu „{model}”</translation>
    </message>
    <message>
        <source>Measuring: targets and actuals</source>
        <translation>Pomiary: cele i wyniki</translation>
    </message>
    <message>
        <source>no counts yet</source>
        <translation>brak wartości</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>cel {target}</translation>
    </message>
    <message>
        <source>attained {share}</source>
        <translation>zrealizowano {share}</translation>
    </message>
    <message>
        <source>{level}, {period}</source>
        <translation>{level}, {period}</translation>
    </message>
    <message>
        <source>{level}: trend per network</source>
        <translation>{level}: trend według sieci</translation>
    </message>
    <message>
        <source>Attainment = actual / target; green on target, red below</source>
        <translation>Realizacja = wynik / cel; zielony: cel osiągnięty, czerwony: poniżej</translation>
    </message>
    <message>
        <source>the table shows the latest {shown} of {total} periods</source>
        <translation>tabela pokazuje ostatnie {shown} z {total} okresów</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) without tracking rows not shown</source>
        <translation>
            <numerusform>%n sieć bez wierszy śledzenia niepokazana</numerusform>
            <numerusform>%n sieci bez wierszy śledzenia niepokazane</numerusform>
            <numerusform>%n sieci bez wierszy śledzenia niepokazanych</numerusform>
        </translation>
    </message>
    <message>
        <source>on target</source>
        <translation>cel osiągnięty</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>poniżej celu</translation>
    </message>
    <message>
        <source>Targets and actuals as typed in the Tracking grid; charts: actual solid, target dashed; cards: the latest period with counts, all networks</source>
        <translation>Cele i wyniki wpisane w siatce śledzenia; wykresy: wynik linią ciągłą, cel przerywaną; karty: ostatni okres z wartościami, wszystkie sieci</translation>
    </message>
    <message>
        <source>Followers to MQC</source>
        <translation>Od obserwujących do MQC</translation>
    </message>
    <message>
        <source>MQC to SQO</source>
        <translation>Od MQC do SQO</translation>
    </message>
    <message>
        <source>The wait is each deal&apos;s age since it was created: deals keep no date of entering their stage.</source>
        <translation>Czas oczekiwania to wiek transakcji od jej utworzenia: transakcje nie zapisują daty wejścia na etap.</translation>
    </message>
    <message>
        <source>Where deals fall out is not known: a lost deal keeps no record of the stage it was lost at.</source>
        <translation>Nie wiadomo, gdzie transakcje odpadają: przegrana transakcja nie zapisuje etapu, na którym ją przegrano.</translation>
    </message>
    <message numerus="yes">
        <source>Deals wait longest at {stage}: %n open deal(s), on average {days} days old, the oldest {oldest} days.</source>
        <translation>
            <numerusform>Transakcje czekają najdłużej na etapie {stage}: %n otwarta transakcja, średni wiek {days} dni, najstarsza {oldest} dni.</numerusform>
            <numerusform>Transakcje czekają najdłużej na etapie {stage}: %n otwarte transakcje, średni wiek {days} dni, najstarsza {oldest} dni.</numerusform>
            <numerusform>Transakcje czekają najdłużej na etapie {stage}: %n otwartych transakcji, średni wiek {days} dni, najstarsza {oldest} dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal has a created date up to today, so no stage&apos;s wait is known.</source>
        <translation>Żadna otwarta transakcja nie ma daty utworzenia do dziś, więc czas oczekiwania nie jest znany dla żadnego etapu.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the wait, with no created date or one after today: %n open deal(s).</source>
        <translation>
            <numerusform>Pominięte w czasie oczekiwania (brak daty utworzenia lub data późniejsza niż dziś): %n otwarta transakcja.</numerusform>
            <numerusform>Pominięte w czasie oczekiwania (brak daty utworzenia lub data późniejsza niż dziś): %n otwarte transakcje.</numerusform>
            <numerusform>Pominięte w czasie oczekiwania (brak daty utworzenia lub data późniejsza niż dziś): %n otwartych transakcji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every funnel step meets its target; the closest to falling short is {step}: {actual} against a target of {target} ({share} of target).</source>
        <translation>Każdy krok lejka osiąga cel; najbliżej niedoboru jest {step}: {actual} wobec celu {target} ({share} celu).</translation>
    </message>
    <message>
        <source>The weakest funnel step is {step}: {actual} against a target of {target} ({share} of target).</source>
        <translation>Najsłabszy krok lejka to {step}: {actual} wobec celu {target} ({share} celu).</translation>
    </message>
    <message>
        <source>No funnel step can be judged against a target yet: track the actual and target counts of Followers, MQC and SQO.</source>
        <translation>Żadnego kroku lejka nie można jeszcze ocenić względem celu: śledź wyniki i cele dla Obserwujących, MQC i SQO.</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Średnia wartość transakcji</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Wskaźnik wygranych</translation>
    </message>
    <message>
        <source>SQO / MQC</source>
        <translation>SQO / MQC</translation>
    </message>
    <message>
        <source>MQC / Followers</source>
        <translation>MQC / Obserwujący</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Deals to win</source>
        <translation>Transakcje do wygrania</translation>
    </message>
    <message>
        <source>typed in the plan settings</source>
        <translation>wpisany w ustawieniach planu</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) worth {value} in all</source>
        <translation>
            <numerusform>%n wygrana, łącznie {value}</numerusform>
            <numerusform>%n wygrane, łącznie {value}</numerusform>
            <numerusform>%n wygranych, łącznie {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>no won deal yet</source>
        <translation>brak wygranych transakcji</translation>
    </message>
    <message numerus="yes">
        <source>{won} won of %n closed deal(s)</source>
        <translation>
            <numerusform>wygrane: {won} z %n zamkniętej transakcji</numerusform>
            <numerusform>wygrane: {won} z %n zamkniętych transakcji</numerusform>
            <numerusform>wygrane: {won} z %n zamkniętych transakcji</numerusform>
        </translation>
    </message>
    <message>
        <source>no closed (won or lost) deal yet</source>
        <translation>brak zamkniętych (wygranych lub przegranych) transakcji</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} lub {other}</translation>
    </message>
    <message>
        <source>no {level} count tracked yet</source>
        <translation>brak śledzonej wartości: {level}</translation>
    </message>
    <message>
        <source>{level} tracked as 0</source>
        <translation>{level}: śledzona wartość 0</translation>
    </message>
    <message>
        <source>latest tracked counts: {top} {upper} of {bottom} {lower}</source>
        <translation>ostatnio śledzone: {upper} {top}, {lower} {bottom}</translation>
    </message>
    <message numerus="yes">
        <source>SQO so far: %n deal(s) created in the plan&apos;s periods and qualified (every criterion ticked; {framework} unless a deal names another), as no SQO is tracked.</source>
        <translation>
            <numerusform>SQO dotąd: %n transakcja utworzona w okresach planu i zakwalifikowana (każde kryterium zaznaczone; {framework}, chyba że transakcja wskazuje inny), bo nie śledzi się SQO.</numerusform>
            <numerusform>SQO dotąd: %n transakcje utworzone w okresach planu i zakwalifikowane (każde kryterium zaznaczone; {framework}, chyba że transakcja wskazuje inny), bo nie śledzi się SQO.</numerusform>
            <numerusform>SQO dotąd: %n transakcji utworzonych w okresach planu i zakwalifikowanych (każde kryterium zaznaczone; {framework}, chyba że transakcja wskazuje inny), bo nie śledzi się SQO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQO so far: the tracked count; the deals created in the plan&apos;s periods include %n qualified one(s) ({framework} unless a deal names another).</source>
        <translation>
            <numerusform>SQO dotąd: liczba śledzona; wśród transakcji utworzonych w okresach planu jest %n zakwalifikowana ({framework}, chyba że transakcja wskazuje inny).</numerusform>
            <numerusform>SQO dotąd: liczba śledzona; wśród transakcji utworzonych w okresach planu są %n zakwalifikowane ({framework}, chyba że transakcja wskazuje inny).</numerusform>
            <numerusform>SQO dotąd: liczba śledzona; wśród transakcji utworzonych w okresach planu jest %n zakwalifikowanych ({framework}, chyba że transakcja wskazuje inny).</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s periods have no dates (no first period), so no won deal can be placed in them: the revenue and deals won so far are not shown.</source>
        <translation>Okresy planu nie mają dat (brak pierwszego okresu), więc żadnej wygranej transakcji nie można do nich przypisać: przychód i dotąd wygrane transakcje nie są pokazywane.</translation>
    </message>
    <message>
        <source>sourced by social</source>
        <translation>z social media</translation>
    </message>
    <message>
        <source>influenced by social</source>
        <translation>wpływ social media</translation>
    </message>
    <message>
        <source>Nothing filled: the KPIs sheet has neither &apos;{sourced}&apos; nor &apos;{influenced}&apos;</source>
        <translation>Nic nie wpisano: arkusz „KPIs” nie zawiera ani „{sourced}”, ani „{influenced}”</translation>
    </message>
    <message>
        <source>Filled the pipeline KPIs into Tracking: sourced by social {sourced}, influenced by social {influenced} (weighted, by period of expected close)</source>
        <translation>Wpisano KPI lejka sprzedaży do Śledzenia: pozyskane z mediów społecznościowych {sourced}, pod ich wpływem {influenced} (ważone, według okresu oczekiwanego zamknięcia)</translation>
    </message>
    <message>
        <source>Tracking already holds these values: sourced by social {sourced}, influenced by social {influenced}</source>
        <translation>Śledzenie zawiera już te wartości: pozyskane z mediów społecznościowych {sourced}, pod ich wpływem {influenced}</translation>
    </message>
    <message numerus="yes">
        <source>%n open social deal(s) left out (no close date, or outside the periods)</source>
        <translation>
            <numerusform>Pominięto %n otwartą transakcję z mediów społecznościowych (brak daty zamknięcia lub poza okresami)</numerusform>
            <numerusform>Pominięto %n otwarte transakcje z mediów społecznościowych (brak daty zamknięcia lub poza okresami)</numerusform>
            <numerusform>Pominięto %n otwartych transakcji z mediów społecznościowych (brak daty zamknięcia lub poza okresami)</numerusform>
        </translation>
    </message>
    <message>
        <source>the KPIs sheet has no &apos;{kpi}&apos;</source>
        <translation>arkusz „KPIs” nie zawiera „{kpi}”</translation>
    </message>
    <message>
        <source>Fill pipeline KPIs into Tracking</source>
        <translation>Wpisz KPI lejka sprzedaży do Śledzenia</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Najlepszy przypadek</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ważona</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Pewne</translation>
    </message>
    <message>
        <source>Forecast per period of expected close</source>
        <translation>Prognoza według okresu oczekiwanego zamknięcia</translation>
    </message>
    <message>
        <source>No open deal is expected to close in the plan&apos;s periods: give open deals a close date inside them to see the forecast.</source>
        <translation>Żadna otwarta transakcja nie ma się zamknąć w okresach planu: nadaj otwartym transakcjom datę zamknięcia w tych okresach, aby zobaczyć prognozę.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n otwarta transakcja</numerusform>
            <numerusform>%n otwarte transakcje</numerusform>
            <numerusform>%n otwartych transakcji</numerusform>
        </translation>
    </message>
    <message>
        <source>Data files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Pliki danych (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importuj dane</translation>
    </message>
    <message>
        <source>Imported {name}; Undo takes it back</source>
        <translation>Zaimportowano {name}; Cofnij to wycofa</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importuj dane…</translation>
    </message>
    <message>
        <source>Read tracking values, cost lines, deals, touches or a KPI planner from a spreadsheet or CSV file</source>
        <translation>Wczytaj wartości śledzenia, pozycje kosztów, transakcje, interakcje lub planer KPI z arkusza albo pliku CSV</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Kolumna źródłowa</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Staje się</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Odczytaj jako</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>This period&apos;s values</source>
        <translation>Wartości tego okresu</translation>
    </message>
    <message>
        <source>KPI: {name}</source>
        <translation>KPI: {name}</translation>
    </message>
    <message>
        <source>not imported: no KPI of the plan has this name</source>
        <translation>nie zaimportowano: żaden KPI planu nie ma tej nazwy</translation>
    </message>
    <message>
        <source>Read as {reading}: {reason}</source>
        <translation>Odczytane jako {reading}: {reason}</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Nie zaimportowano: {reason}</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>transakcje</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>interakcje</translation>
    </message>
    <message>
        <source>no column is set to be imported</source>
        <translation>żadna kolumna nie jest ustawiona do importu</translation>
    </message>
    <message>
        <source>dates or periods (2027-01-31, 31.01.2027, Jan 2027)</source>
        <translation>daty lub okresy (2027-01-31, 31.01.2027, Jan 2027)</translation>
    </message>
    <message>
        <source>amounts (1,250.50 or 1.250,50; currency signs ignored)</source>
        <translation>kwoty (1,250.50 lub 1.250,50; symbole walut są pomijane)</translation>
    </message>
    <message>
        <source>network names</source>
        <translation>nazwy sieci</translation>
    </message>
    <message>
        <source>KPI names</source>
        <translation>nazwy KPI</translation>
    </message>
    <message>
        <source>numbers of the KPI each row names</source>
        <translation>liczby KPI podanego w każdym wierszu</translation>
    </message>
    <message>
        <source>a cost category of the plan</source>
        <translation>kategoria kosztów planu</translation>
    </message>
    <message>
        <source>organic or paid</source>
        <translation>organiczne lub płatne</translation>
    </message>
    <message>
        <source>numbers of hours</source>
        <translation>liczby godzin</translation>
    </message>
    <message>
        <source>IDs, one per deal</source>
        <translation>ID, jedno na transakcję</translation>
    </message>
    <message>
        <source>stages (Closed Won, Closed Lost, or an open stage)</source>
        <translation>etapy (Closed Won, Closed Lost lub etap otwarty)</translation>
    </message>
    <message>
        <source>IDs of deals on the Deals sheet</source>
        <translation>ID transakcji z arkusza „Deals”</translation>
    </message>
    <message>
        <source>networks; any other name becomes an other channel</source>
        <translation>sieci; każda inna nazwa staje się innym kanałem</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>stages of the plan; a blank cell continues the one above</source>
        <translation>etapy planu; pusta komórka kontynuuje tę powyżej</translation>
    </message>
    <message>
        <source>goals of the plan; a blank cell continues the one above</source>
        <translation>cele planu; pusta komórka kontynuuje tę powyżej</translation>
    </message>
    <message>
        <source>tactics of the plan</source>
        <translation>taktyki planu</translation>
    </message>
    <message>
        <source>marks: P or 1 Primary, S or 2 Secondary, X or ✓ as chosen above, empty or - none</source>
        <translation>znaki: P lub 1 główny, S lub 2 pomocniczy, X lub ✓ jak wybrano wyżej, puste lub - brak</translation>
    </message>
    <message>
        <source>numbers; a period keeps its last (a level)</source>
        <translation>liczby; okres zachowuje ostatnią (stan)</translation>
    </message>
    <message>
        <source>numbers, added up per period (a count)</source>
        <translation>liczby sumowane w okresie (liczba)</translation>
    </message>
    <message>
        <source>numbers, averaged per period (a rate)</source>
        <translation>liczby uśredniane w okresie (wskaźnik)</translation>
    </message>
    <message>
        <source>the follower count each day (a level)</source>
        <translation>liczba obserwujących każdego dnia (stan)</translation>
    </message>
    <message>
        <source>new followers each day (gains, added up)</source>
        <translation>nowi obserwujący każdego dnia (przyrost, sumowany)</translation>
    </message>
    <message>
        <source>level or gains, guessed from its values</source>
        <translation>stan lub przyrost, odgadnięty z wartości</translation>
    </message>
    <message>
        <source>guessed: {reading}</source>
        <translation>odgadnięte: {reading}</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nie importowane</translation>
    </message>
    <message>
        <source>numbers for {period}</source>
        <translation>liczby dla {period}</translation>
    </message>
    <message>
        <source>as the columns are set here</source>
        <translation>zgodnie z ustawieniami kolumn</translation>
    </message>
    <message>
        <source>no column is read as dates, and none as a period&apos;s values</source>
        <translation>żadna kolumna nie jest odczytywana jako daty ani jako wartości okresu</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>brak okresu</translation>
    </message>
    <message>
        <source>a period outside the plan</source>
        <translation>okres poza planem</translation>
    </message>
    <message>
        <source>tracking values</source>
        <translation>wartości śledzenia</translation>
    </message>
    <message>
        <source>In the plan now</source>
        <translation>Obecnie w planie</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowane</translation>
    </message>
    <message>
        <source>cost lines</source>
        <translation>pozycje kosztów</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s networks</source>
        <translation>Dodaj do sieci planu</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s KPIs</source>
        <translation>Dodaj do KPI planu</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s stages</source>
        <translation>Dodaj do etapów planu</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s goals</source>
        <translation>Dodaj do celów planu</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s tactics</source>
        <translation>Dodaj do taktyk planu</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nazwa w pliku</translation>
    </message>
    <message>
        <source>Take as</source>
        <translation>Przyjmij jako</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>{noun}: {new} new, {changed} changed, {kept} left alone (different in the plan), {same} already the same</source>
        <translation>{noun}: nowe {new}, zmienione {changed}, pozostawione bez zmian {kept} (inne w planie), już takie same {same}</translation>
    </message>
    <message numerus="yes">
        <source>%n bad cell(s), listed under Bad cells: nothing is imported unless you choose to import the good rows</source>
        <translation>
            <numerusform>%n błędna komórka, wymieniona w „Błędne komórki”: nic nie zostanie zaimportowane, chyba że wybierzesz import poprawnych wierszy</numerusform>
            <numerusform>%n błędne komórki, wymienione w „Błędne komórki”: nic nie zostanie zaimportowane, chyba że wybierzesz import poprawnych wierszy</numerusform>
            <numerusform>%n błędnych komórek, wymienionych w „Błędne komórki”: nic nie zostanie zaimportowane, chyba że wybierzesz import poprawnych wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planner row(s) added</source>
        <translation>
            <numerusform>Dodano %n wiersz planera</numerusform>
            <numerusform>Dodano %n wiersze planera</numerusform>
            <numerusform>Dodano %n wierszy planera</numerusform>
        </translation>
    </message>
    <message>
        <source>Values already in the plan are kept; choose Replace to overwrite them</source>
        <translation>Istniejące wartości w planie zostają zachowane; wybierz „Zastąp”, aby je nadpisać</translation>
    </message>
    <message numerus="yes">
        <source>%n bad cell(s) left out</source>
        <translation>
            <numerusform>Pominięto %n błędną komórkę</numerusform>
            <numerusform>Pominięto %n błędne komórki</numerusform>
            <numerusform>Pominięto %n błędnych komórek</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported, no such {kind} in the plan: {names}</source>
        <translation>Nie zaimportowano, brak w planie ({kind}): {names}</translation>
    </message>
    <message>
        <source>Not imported, &apos;{column}&apos;: {reason}</source>
        <translation>Nie zaimportowano, „{column}”: {reason}</translation>
    </message>
    <message>
        <source>Added to {catalogue}: {names}</source>
        <translation>Dodano do katalogu {catalogue}: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, %n value(s) outside the plan&apos;s periods: {dates}</source>
        <translation>
            <numerusform>Nie zaimportowano, %n wartość poza okresami planu: {dates}</numerusform>
            <numerusform>Nie zaimportowano, %n wartości poza okresami planu: {dates}</numerusform>
            <numerusform>Nie zaimportowano, %n wartości poza okresami planu: {dates}</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s periods are extended: {before} added before the first, {after} after the last</source>
        <translation>Okresy planu są rozszerzone: {before} dodane przed pierwszym, {after} po ostatnim</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nic do zmiany</translation>
    </message>
    <message>
        <source>Tracking values</source>
        <translation>Wartości śledzenia</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Pozycje kosztów</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>śledzony</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>wpisany</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Potrzeba</translation>
    </message>
    <message>
        <source>The plan has</source>
        <translation>W planie</translation>
    </message>
    <message>
        <source>Still to go</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Why no number</source>
        <translation>Powód braku</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Podstawa</translation>
    </message>
    <message>
        <source>Typed rates (empty: the plan&apos;s own, worked out from its deals and tracking):</source>
        <translation>Wpisane wskaźniki (puste: własne wskaźniki planu, wyliczane z jego transakcji i śledzenia):</translation>
    </message>
    <message>
        <source>lacks: {what}</source>
        <translation>brakuje: {what}</translation>
    </message>
    <message>
        <source>Click a stage to list its deals</source>
        <translation>Kliknij etap, aby wyświetlić jego transakcje</translation>
    </message>
    <message>
        <source>{stage}: deals here are weighted at {probability}</source>
        <translation>{stage}: transakcje na tym etapie mają wagę {probability}</translation>
    </message>
    <message>
        <source>Milestone: {milestone}</source>
        <translation>Kamień milowy: {milestone}</translation>
    </message>
    <message>
        <source>Click to list its deals</source>
        <translation>Kliknij, aby wyświetlić jego transakcje</translation>
    </message>
    <message>
        <source>Closed deals are not in the pipeline</source>
        <translation>Zamknięte transakcje nie należą do lejka sprzedaży</translation>
    </message>
    <message>
        <source>its values (median {median:,.0f}) are small against the {count:,.0f} followers the plan already counts</source>
        <translation>jej wartości (mediana {median:,.0f}) są małe wobec {count:,.0f} obserwujących, których plan już liczy</translation>
    </message>
    <message>
        <source>too few different values to tell: read by its name</source>
        <translation>za mało różnych wartości, by to ocenić: odczytana według nazwy</translation>
    </message>
    <message>
        <source>most of its values are 0</source>
        <translation>większość jej wartości to 0</translation>
    </message>
    <message>
        <source>it never falls by much and its steps (about {change:,.0f}) are small against it (median {median:,.0f})</source>
        <translation>nigdy znacząco nie spada, a jej zmiany (około {change:,.0f}) są małe w stosunku do niej (mediana {median:,.0f})</translation>
    </message>
    <message>
        <source>its values are small and vary (median {median:,.0f}, steps of about {change:,.0f})</source>
        <translation>jej wartości są małe i zmienne (mediana {median:,.0f}, zmiany około {change:,.0f})</translation>
    </message>
    <message>
        <source>as you said</source>
        <translation>zgodnie z Twoim wyborem</translation>
    </message>
    <message>
        <source>the plan has no KPI for the follower count</source>
        <translation>plan nie ma KPI dla liczby obserwujących</translation>
    </message>
    <message>
        <source>the file gives the follower count itself</source>
        <translation>plik podaje samą liczbę obserwujących</translation>
    </message>
    <message>
        <source>; the catalogue has no KPI counting new followers</source>
        <translation>; katalog nie ma KPI liczącego nowych obserwujących</translation>
    </message>
    <message>
        <source>its dates are not known</source>
        <translation>jej daty nie są znane</translation>
    </message>
    <message>
        <source>the file starts on {day}, not on a period&apos;s first day, so the count before it is not known</source>
        <translation>plik zaczyna się {day}, a nie pierwszego dnia okresu, więc liczba sprzed tej daty nie jest znana</translation>
    </message>
    <message>
        <source>the file starts in the plan&apos;s first period, so the count before it is not known</source>
        <translation>plik zaczyna się w pierwszym okresie planu, więc liczba sprzed tego okresu nie jest znana</translation>
    </message>
    <message>
        <source>the plan holds no follower count for {period}, the period before the file&apos;s first day ({day})</source>
        <translation>plan nie zawiera liczby obserwujących dla {period}, okresu przed pierwszym dniem pliku ({day})</translation>
    </message>
    <message>
        <source>days are missing between its first and last day</source>
        <translation>brakuje dni między jej pierwszym a ostatnim dniem</translation>
    </message>
    <message>
        <source>covering {days} would take {total} periods; a plan holds at most {most}: import the dates in parts, or leave out the oldest</source>
        <translation>objęcie {days} wymagałoby {total} okresów; plan mieści najwyżej {most}: importuj daty w częściach lub pomiń najstarsze</translation>
    </message>
    <message>
        <source>moving the first period back by {count} would number some {table} rows past {most}; remove the rows after the plan&apos;s last period first</source>
        <translation>przesunięcie pierwszego okresu wstecz o {count} nadałoby niektórym wierszom tabeli {table} numery powyżej {most}; najpierw usuń wiersze po ostatnim okresie planu</translation>
    </message>
    <message>
        <source>Extend the periods</source>
        <translation>Rozszerz okresy</translation>
    </message>
    <message>
        <source>Import and extend the periods</source>
        <translation>Importuj i rozszerz okresy</translation>
    </message>
    <message>
        <source>{sheet}: not a KPI planner: no column for the {fields} (name it: --map &quot;Column={first}&quot;)</source>
        <translation>{sheet}: to nie jest planer KPI: brak kolumny dla {fields} (wskaż ją: --map &quot;Column={first}&quot;)</translation>
    </message>
    <message>
        <source>Import the KPI planner</source>
        <translation>Importuj planer KPI</translation>
    </message>
    <message numerus="yes">
        <source>Weighted pipeline (%n open deal(s))</source>
        <translation>
            <numerusform>Ważony lejek sprzedaży (%n otwarta transakcja)</numerusform>
            <numerusform>Ważony lejek sprzedaży (%n otwarte transakcje)</numerusform>
            <numerusform>Ważony lejek sprzedaży (%n otwartych transakcji)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit (stages of {percent} % and more)</source>
        <translation>Pewne (etapy od {percent} %)</translation>
    </message>
    <message>
        <source>Sourced by social (weighted)</source>
        <translation>Pozyskane z mediów społecznościowych (ważone)</translation>
    </message>
    <message>
        <source>Influenced by social: {value}</source>
        <translation>Pod wpływem mediów społecznościowych: {value}</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>Wartość ({currency})</translation>
    </message>
    <message>
        <source>Left out for want of room: {rows}</source>
        <translation>Pominięto z braku miejsca: {rows}</translation>
    </message>
    <message>
        <source>No pipeline stages yet: add them on the Pipeline stages sheet.</source>
        <translation>Brak etapów lejka sprzedaży: dodaj je w arkuszu „Pipeline stages”.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) at a stage not in the catalogue: open at 0 %</source>
        <translation>
            <numerusform>%n transakcja na etapie spoza katalogu: liczona jako otwarta z 0 %</numerusform>
            <numerusform>%n transakcje na etapie spoza katalogu: liczone jako otwarte z 0 %</numerusform>
            <numerusform>%n transakcji na etapie spoza katalogu: liczone jako otwarte z 0 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) past the expected close date</source>
        <translation>
            <numerusform>%n otwarta transakcja po oczekiwanej dacie zamknięcia</numerusform>
            <numerusform>%n otwarte transakcje po oczekiwanej dacie zamknięcia</numerusform>
            <numerusform>%n otwartych transakcji po oczekiwanej dacie zamknięcia</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted: each open deal&apos;s value x its stage&apos;s probability; sourced by social: the deal&apos;s first touch was on a social network; influenced: any touch was</source>
        <translation>Ważona: wartość każdej otwartej transakcji x prawdopodobieństwo jej etapu; pozyskana z mediów społecznościowych: pierwsza interakcja transakcji była w sieci społecznościowej; pod ich wpływem: co najmniej jedna interakcja tam była</translation>
    </message>
    <message>
        <source>Open stage</source>
        <translation>Etap otwarty</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>The stages in order, what each asks for, and the plan&apos;s deals at each</source>
        <translation>Etapy po kolei, czego wymaga każdy z nich, i transakcje planu na każdym etapie</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the pool &apos;{name}&apos; has no stages; expected one or more open stages</source>
        <translation>{sheet}, wiersz {row}: pula „{name}” nie ma etapów; oczekiwano co najmniej jednego otwartego etapu</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the pool &apos;{name}&apos; holds &apos;{stage}&apos;, which closes a deal; expected open stages only</source>
        <translation>{sheet}, wiersz {row}: pula „{name}” zawiera „{stage}”, który zamyka transakcję; oczekiwano tylko otwartych etapów</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{stage}&apos; is in the pools &apos;{first}&apos; and &apos;{name}&apos;; expected each stage in one pool</source>
        <translation>{sheet}, wiersz {row}: „{stage}” jest w pulach „{first}” i „{name}”; oczekiwano każdego etapu w jednej puli</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the pool &apos;{name}&apos; converts in {low} to {high} days; expected the shorter time first</source>
        <translation>{sheet}, wiersz {row}: pula „{name}” konwertuje w {low} do {high} dni; oczekiwano najpierw krótszego czasu</translation>
    </message>
    <message>
        <source>planner marks</source>
        <translation>znaki planera</translation>
    </message>
    <message>
        <source>(a row added, no marks)</source>
        <translation>(dodano wiersz, bez znaków)</translation>
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
        <translation>Otwórz os&amp;tatnie</translation>
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
        <source>Select &amp;All</source>
        <translation>&amp;Zaznacz wszystko</translation>
    </message>
    <message>
        <source>Select every cell of the table</source>
        <translation>Zaznacz wszystkie komórki tabeli</translation>
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
