<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
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
        <translation>&amp;Papierformat</translation>
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
        <source>Pages print on A4 paper</source>
        <translation>Seiten werden auf A4-Papier gedruckt</translation>
    </message>
    <message>
        <source>Pages print on US Letter paper</source>
        <translation>Seiten werden auf US-Letter-Papier gedruckt</translation>
    </message>
    <message>
        <source>This tab has no printed page</source>
        <translation>Für diesen Reiter gibt es keine Druckseite</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Druckvorschau — {title}</translation>
    </message>
    <message>
        <source>Sent &apos;{title}&apos; to the printer</source>
        <translation>„{title}“ an den Drucker gesendet</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nicht exportiert: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to {name}</source>
        <translation>
            <numerusform>%n Seite nach {name} exportiert</numerusform>
            <numerusform>%n Seiten nach {name} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planner row(s)</source>
        <translation>
            <numerusform>%n Planerzeile</numerusform>
            <numerusform>%n Planerzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s)</source>
        <translation>
            <numerusform>%n Taktik</numerusform>
            <numerusform>%n Taktiken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile item(s)</source>
        <translation>
            <numerusform>%n Profilpunkt</numerusform>
            <numerusform>%n Profilpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status row(s)</source>
        <translation>
            <numerusform>%n Statuszeile</numerusform>
            <numerusform>%n Statuszeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Kontaktanfrage</numerusform>
            <numerusform>%n Kontaktanfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n Touchpoint</numerusform>
            <numerusform>%n Touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {noun}(s)</source>
        <translation>
            <numerusform>%n × {noun}</numerusform>
            <numerusform>%n × {noun}</numerusform>
        </translation>
    </message>
    <message>
        <source>{listed} and {last}</source>
        <translation>{listed} und {last}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Rückgängig (Strg+Z) stellt alles wieder her.</translation>
    </message>
    <message>
        <source>{names} has {uses} of its own. Delete it with them?</source>
        <translation>Zu {names} gehören {uses}. Zusammen damit löschen?</translation>
    </message>
    <message>
        <source>{names} has {uses} of its own. Delete it with it?</source>
        <translation>Zu {names} gehört {uses}. Zusammen damit löschen?</translation>
    </message>
    <message>
        <source>{names} have {uses} of their own. Delete them with them?</source>
        <translation>Zu {names} gehören {uses}. Zusammen damit löschen?</translation>
    </message>
    <message>
        <source>{names} have {uses} of their own. Delete them with it?</source>
        <translation>Zu {names} gehört {uses}. Zusammen damit löschen?</translation>
    </message>
    <message>
        <source>from all of them</source>
        <translation>überall dort</translation>
    </message>
    <message>
        <source>from that {noun}</source>
        <translation>dort</translation>
    </message>
    <message>
        <source>from those rows</source>
        <translation>aus diesen Zeilen</translation>
    </message>
    <message>
        <source>from those {noun}s</source>
        <translation>überall dort</translation>
    </message>
    <message>
        <source>{names} is used by {uses}.</source>
        <translation>{names} wird verwendet in: {uses}.</translation>
    </message>
    <message>
        <source>{names} are used by {uses}.</source>
        <translation>{names} werden verwendet in: {uses}.</translation>
    </message>
    <message>
        <source>Their {uses} go with them.</source>
        <translation>Zugehörige Einträge ({uses}) werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Delete it and clear it {where}?</source>
        <translation>Löschen und {where} entfernen?</translation>
    </message>
    <message>
        <source>Delete them and clear them {where}?</source>
        <translation>Löschen und {where} entfernen?</translation>
    </message>
    <message>
        <source>&amp;Add {noun}</source>
        <translation>{noun} &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a new {noun} below the selection</source>
        <translation>Neuen Eintrag ({noun}) unter der Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected {noun}s, clearing them wherever they are used</source>
        <translation>Die ausgewählten Einträge löschen und überall entfernen, wo sie verwendet werden</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit a cell; a new name is used everywhere in the plan.</source>
        <translation>Doppelklick oder F2 bearbeitet eine Zelle; ein neuer Name wird überall im Plan übernommen.</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Add {noun} &apos;{name}&apos;</source>
        <translation>{noun} „{name}“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete {noun}(s)?</source>
        <translation>
            <numerusform>{noun} löschen?</numerusform>
            <numerusform>Einträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {noun} &apos;{name}&apos;</source>
        <translation>{noun} „{name}“ löschen</translation>
    </message>
    <message>
        <source>Deleted &apos;{name}&apos;; Undo (Ctrl+Z) brings it back</source>
        <translation>„{name}“ gelöscht; Rückgängig (Strg+Z) stellt es wieder her</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n {noun}(s)</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n {noun}(s); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%n Eintrag gelöscht; Rückgängig (Strg+Z) stellt ihn wieder her</numerusform>
            <numerusform>%n Einträge gelöscht; Rückgängig (Strg+Z) stellt sie wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>Select neighbouring rows to move them together</source>
        <translation>Wählen Sie benachbarte Zeilen, um sie gemeinsam zu verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move {noun}(s) up</source>
        <translation>
            <numerusform>{noun} nach oben verschieben</numerusform>
            <numerusform>Einträge nach oben verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move {noun}(s) down</source>
        <translation>
            <numerusform>{noun} nach unten verschieben</numerusform>
            <numerusform>Einträge nach unten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>Make the lists your own first: the buyer-journey stages, your goals, the tactics you use, your networks and the KPIs you can count. Every other tab offers these names.</source>
        <translation>Passen Sie zuerst die Listen an: die Phasen der Buyer Journey, Ihre Ziele, die Taktiken, die Sie nutzen, Ihre Netzwerke und die KPIs, die Sie zählen können. Alle anderen Reiter bieten diese Namen an.</translation>
    </message>
    <message>
        <source>Add a row per stage, goal and tactic you work on (Insert), then mark the KPIs that judge it: P for primary (one to three a row), S for secondary. A row marked ⚠ has no primary KPI or too many.</source>
        <translation>Fügen Sie je Phase, Ziel und Taktik, an der Sie arbeiten, eine Zeile hinzu (Einfg) und markieren Sie dann die KPIs, an denen sie gemessen wird: P für primär (ein bis drei je Zeile), S für sekundär. Eine mit ⚠ markierte Zeile hat keinen oder zu viele primäre KPIs.</translation>
    </message>
    <message>
        <source>Rate where the team stands (C) and wants to be (T) on each dimension, tick the evidence that proves it, and answer the readiness check before you automate.</source>
        <translation>Bewerten Sie für jede Dimension, wo das Team steht (A) und wo es hinwill (Z), haken Sie die Nachweise ab, die das belegen, und beantworten Sie die Bereitschaftsprüfung, bevor Sie automatisieren.</translation>
    </message>
    <message>
        <source>Check each of your accounts against the profile checklist; fix the gaps.</source>
        <translation>Prüfen Sie jedes Ihrer Konten anhand der Profil-Checkliste und schließen Sie die Lücken.</translation>
    </message>
    <message>
        <source>Note incoming connection requests and decide: accept, reply first or ignore.</source>
        <translation>Erfassen Sie eingehende Kontaktanfragen und entscheiden Sie: annehmen, erst antworten oder ignorieren.</translation>
    </message>
    <message>
        <source>Set the currency and the periods, then type target and actual per network and KPI each period; add the costs of the work and the returns it brought.</source>
        <translation>Legen Sie Währung und Zeiträume fest und tragen Sie dann in jedem Zeitraum Ziel und Ist je Netzwerk und KPI ein; erfassen Sie die Kosten der Arbeit und die Erträge, die sie gebracht hat.</translation>
    </message>
    <message>
        <source>Read what it all cost and returned: ROI and the cost per follower, MQC and SQO, period by period.</source>
        <translation>Lesen Sie ab, was alles gekostet und eingebracht hat: ROI und Kosten je Follower, MQC und SQO, Zeitraum für Zeitraum.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>A plan says which social media work judges itself by which KPIs, and then proves what it returned. Fill in the tabs in this order:</source>
        <translation>Ein Plan legt fest, an welchen KPIs sich welche Social-Media-Arbeit messen lässt, und weist dann nach, was sie eingebracht hat. Füllen Sie die Reiter in dieser Reihenfolge aus:</translation>
    </message>
    <message>
        <source>Every edit can be undone (Ctrl+Z). The plan is saved as an Excel workbook your colleagues can open; each tab prints as a one-page chart (File &gt; Print or Export PDF). To see a finished plan, choose Help &gt; Open Example Plan.</source>
        <translation>Jede Änderung lässt sich rückgängig machen (Strg+Z). Der Plan wird als Excel-Arbeitsmappe gespeichert, die Ihre Kollegen öffnen können; jeder Reiter wird als einseitiges Diagramm gedruckt (Datei &gt; Drucken oder Als PDF exportieren). Einen fertigen Plan zeigt Hilfe &gt; Beispielplan öffnen.</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>The keys of the whole window, then of each tab (those work while its table has the focus). The same commands are in the menus and on right-click.</source>
        <translation>Die Tasten des ganzen Fensters, dann die jedes Reiters (sie wirken, solange seine Tabelle den Fokus hat). Dieselben Befehle stehen in den Menüs und im Kontextmenü.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>The tabs in the order to fill them in</source>
        <translation>Die Reiter in der Reihenfolge, in der Sie sie ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key of the window and its tabs</source>
        <translation>Alle Tasten des Fensters und seiner Reiter</translation>
    </message>
    <message>
        <source>Open &amp;Example Plan</source>
        <translation>&amp;Beispielplan öffnen</translation>
    </message>
    <message>
        <source>Look around a finished plan (asks to save your changes first)</source>
        <translation>Einen fertigen Plan ansehen (fragt zuerst, ob Ihre Änderungen gespeichert werden sollen)</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Click a level, then C for current or T for target (again to clear); F2 edits a text</source>
        <translation>Klicken Sie auf eine Stufe, dann A für aktuell oder Z für Ziel (erneut zum Entfernen); F2 bearbeitet einen Text</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>C</source>
        <translation>A</translation>
    </message>
    <message>
        <source>T</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>No dimension rated yet: click the level that describes the team today and press C, then the level it wants to reach and press T.</source>
        <translation>Noch keine Dimension bewertet: Klicken Sie auf die Stufe, die das Team heute beschreibt, und drücken Sie A, dann auf die Stufe, die es erreichen will, und drücken Sie Z.</translation>
    </message>
    <message>
        <source>Rate the first dimension</source>
        <translation>Erste Dimension bewerten</translation>
    </message>
    <message>
        <source>Press C if this level describes the team today, T for its target</source>
        <translation>Drücken Sie A, wenn diese Stufe das Team heute beschreibt, Z für sein Ziel</translation>
    </message>
    <message>
        <source>Whose ratings the grid and the chart show</source>
        <translation>Wessen Bewertungen Raster und Diagramm zeigen</translation>
    </message>
    <message>
        <source>Rater:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>The rounded-down mean of the current levels, beside the weakest dimension: a chain is as strong as its weakest link</source>
        <translation>Der abgerundete Mittelwert der aktuellen Stufen, neben der schwächsten Dimension: Eine Kette ist so stark wie ihr schwächstes Glied</translation>
    </message>
    <message>
        <source>Set &amp;current</source>
        <translation>&amp;Aktuell setzen</translation>
    </message>
    <message>
        <source>Mark the chosen level as where the team stands today</source>
        <translation>Die gewählte Stufe als heutigen Stand des Teams markieren</translation>
    </message>
    <message>
        <source>Set &amp;target</source>
        <translation>&amp;Ziel setzen</translation>
    </message>
    <message>
        <source>Mark the chosen level as where the team wants to be</source>
        <translation>Die gewählte Stufe als Ziel des Teams markieren</translation>
    </message>
    <message>
        <source>&amp;Add dimension</source>
        <translation>Dimension &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a dimension of your own</source>
        <translation>Eine eigene Dimension hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete dimension</source>
        <translation>Dimension &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the chosen dimension with its evidence and ratings</source>
        <translation>Die gewählte Dimension mit ihren Nachweisen und Bewertungen löschen</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Beschreiben…</translation>
    </message>
    <message>
        <source>Say what the chosen dimension covers (shown as its tooltip)</source>
        <translation>Beschreiben, was die gewählte Dimension umfasst (als Tooltip angezeigt)</translation>
    </message>
    <message>
        <source>Move the dimension up</source>
        <translation>Die Dimension nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the dimension down</source>
        <translation>Die Dimension nach unten verschieben</translation>
    </message>
    <message>
        <source>Add rater…</source>
        <translation>Bewerter hinzufügen…</translation>
    </message>
    <message>
        <source>Let another person rate the dimensions independently</source>
        <translation>Eine weitere Person die Dimensionen unabhängig bewerten lassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM capability maturity&lt;/b&gt; — where the team stands, where it wants to be, and whether it is ready to automate</source>
        <translation>&lt;b&gt;Reifegrad der CRM-Fähigkeiten&lt;/b&gt; — wo das Team steht, wo es hinwill und ob es bereit ist zu automatisieren</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>evidenced</source>
        <translation>nachgewiesen</translation>
    </message>
    <message>
        <source>Current: where the chosen rater says the team stands; Target: where it wants to be; Evidenced: levels whose evidence (and all below) is confirmed</source>
        <translation>Aktuell: wo das Team laut gewähltem Bewerter steht; Ziel: wo es hinwill; Nachgewiesen: Stufen, deren Nachweise (und alle darunter) bestätigt sind</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>levels of {rater}</source>
        <translation>Stufen von {rater}</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Aussage hinzufügen</translation>
    </message>
    <message>
        <source>Add an evidence statement for this dimension</source>
        <translation>Eine Nachweisaussage für diese Dimension hinzufügen</translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation>Aussage löschen</translation>
    </message>
    <message>
        <source>Delete the selected statements</source>
        <translation>Die ausgewählten Aussagen löschen</translation>
    </message>
    <message>
        <source>Add rater</source>
        <translation>Bewerter hinzufügen</translation>
    </message>
    <message>
        <source>Add a person who rates independently</source>
        <translation>Eine Person hinzufügen, die unabhängig bewertet</translation>
    </message>
    <message>
        <source>Delete rater</source>
        <translation>Bewerter löschen</translation>
    </message>
    <message>
        <source>Delete the selected rater and their ratings</source>
        <translation>Den ausgewählten Bewerter und seine Bewertungen löschen</translation>
    </message>
    <message>
        <source>: click the level that describes the team today and press C, then the level it wants to reach and press T</source>
        <translation>: Klicken Sie auf die Stufe, die das Team heute beschreibt, und drücken Sie A, dann auf die Stufe, die es erreichen will, und drücken Sie Z</translation>
    </message>
    <message>
        <source>target {level}</source>
        <translation>Ziel {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n rated above the evidence</source>
        <translation>
            <numerusform>%n höher bewertet als nachgewiesen</numerusform>
            <numerusform>%n höher bewertet als nachgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a dimension to see its evidence</source>
        <translation>Wählen Sie eine Dimension, um ihre Nachweise zu sehen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Evidence for {dimension}&lt;/b&gt;: {confirmed} of %n statement(s) confirmed; evidenced level {level}</source>
        <translation>
            <numerusform>&lt;b&gt;Nachweise für {dimension}&lt;/b&gt;: {confirmed} von %n Aussage bestätigt; nachgewiesene Stufe {level}</numerusform>
            <numerusform>&lt;b&gt;Nachweise für {dimension}&lt;/b&gt;: {confirmed} von %n Aussagen bestätigt; nachgewiesene Stufe {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a second rater (for example the sales lead and the marketing lead) to compare independent ratings: each rater&apos;s level, the mean and the spread.</source>
        <translation>Fügen Sie einen zweiten Bewerter hinzu (zum Beispiel Vertriebs- und Marketingleitung), um unabhängige Bewertungen zu vergleichen: die Stufe jedes Bewerters, den Mittelwert und die Streuung.</translation>
    </message>
    <message numerus="yes">
        <source>The raters are %n level(s) apart on {dimension}: talk it through before acting on the mean</source>
        <translation>
            <numerusform>Die Bewerter liegen bei {dimension} %n Stufe auseinander: Besprechen Sie das, bevor Sie nach dem Mittelwert handeln</numerusform>
            <numerusform>Die Bewerter liegen bei {dimension} %n Stufen auseinander: Besprechen Sie das, bevor Sie nach dem Mittelwert handeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Current level given by {rater}</source>
        <translation>Aktuelle Stufe laut {rater}</translation>
    </message>
    <message>
        <source>Mean of the raters&apos; current levels</source>
        <translation>Mittelwert der aktuellen Stufen der Bewerter</translation>
    </message>
    <message>
        <source>Highest minus lowest level</source>
        <translation>Höchste minus niedrigste Stufe</translation>
    </message>
    <message numerus="yes">
        <source>Current levels by rater. %n dimension(s) where raters are two levels or more apart (highlighted).</source>
        <translation>
            <numerusform>Aktuelle Stufen je Bewerter. %n Dimension, bei der die Bewerter zwei oder mehr Stufen auseinanderliegen (hervorgehoben).</numerusform>
            <numerusform>Aktuelle Stufen je Bewerter. %n Dimensionen, bei denen die Bewerter zwei oder mehr Stufen auseinanderliegen (hervorgehoben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Current levels by rater; no dimension where raters are two levels or more apart.</source>
        <translation>Aktuelle Stufen je Bewerter; keine Dimension, bei der die Bewerter zwei oder mehr Stufen auseinanderliegen.</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Ergebnis: {verdict}</translation>
    </message>
    <message>
        <source>Choose a level cell (I to V) first</source>
        <translation>Wählen Sie zuerst eine Stufenzelle (I bis V)</translation>
    </message>
    <message>
        <source>Add a rater first</source>
        <translation>Fügen Sie zuerst einen Bewerter hinzu</translation>
    </message>
    <message>
        <source>Clear current level of {dimension}</source>
        <translation>Aktuelle Stufe von {dimension} entfernen</translation>
    </message>
    <message>
        <source>Clear target level of {dimension}</source>
        <translation>Zielstufe von {dimension} entfernen</translation>
    </message>
    <message>
        <source>Set current level of {dimension} to {code}</source>
        <translation>Aktuelle Stufe von {dimension} auf {code} setzen</translation>
    </message>
    <message>
        <source>Set target level of {dimension} to {code}</source>
        <translation>Zielstufe von {dimension} auf {code} setzen</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Neue Dimension</translation>
    </message>
    <message>
        <source>Add dimension &apos;{name}&apos;</source>
        <translation>Dimension „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Name the dimension, then describe its levels and add evidence</source>
        <translation>Benennen Sie die Dimension, beschreiben Sie dann ihre Stufen und fügen Sie Nachweise hinzu</translation>
    </message>
    <message>
        <source>Describe dimension</source>
        <translation>Dimension beschreiben</translation>
    </message>
    <message>
        <source>What does &apos;{name}&apos; cover?</source>
        <translation>Was umfasst „{name}“?</translation>
    </message>
    <message>
        <source>Describe dimension &apos;{name}&apos;</source>
        <translation>Dimension „{name}“ beschreiben</translation>
    </message>
    <message>
        <source>Delete dimension &apos;{name}&apos;</source>
        <translation>Dimension „{name}“ löschen</translation>
    </message>
    <message>
        <source>Deleted &apos;{name}&apos; with its evidence and ratings; Undo (Ctrl+Z) brings them back</source>
        <translation>„{name}“ mit Nachweisen und Bewertungen gelöscht; Rückgängig (Strg+Z) stellt sie wieder her</translation>
    </message>
    <message>
        <source>Move dimension up</source>
        <translation>Dimension nach oben verschieben</translation>
    </message>
    <message>
        <source>Move dimension down</source>
        <translation>Dimension nach unten verschieben</translation>
    </message>
    <message>
        <source>Choose a dimension first</source>
        <translation>Wählen Sie zuerst eine Dimension</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Neue Aussage</translation>
    </message>
    <message>
        <source>Add evidence for {dimension}</source>
        <translation>Nachweis für {dimension} hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n evidence statement(s)</source>
        <translation>
            <numerusform>%n Nachweisaussage löschen</numerusform>
            <numerusform>%n Nachweisaussagen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted; Undo (Ctrl+Z) brings it back</source>
        <translation>Gelöscht; Rückgängig (Strg+Z) stellt es wieder her</translation>
    </message>
    <message>
        <source>New rater</source>
        <translation>Neuer Bewerter</translation>
    </message>
    <message>
        <source>Add rater &apos;{name}&apos;</source>
        <translation>Bewerter „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Type the rater&apos;s name and role; choose them above the grid to rate</source>
        <translation>Geben Sie Name und Rolle des Bewerters ein; wählen Sie ihn über dem Raster, um zu bewerten</translation>
    </message>
    <message>
        <source>Keep at least one rater: someone must rate</source>
        <translation>Behalten Sie mindestens einen Bewerter: Jemand muss bewerten</translation>
    </message>
    <message>
        <source>Delete rater &apos;{name}&apos;</source>
        <translation>Bewerter „{name}“ löschen</translation>
    </message>
    <message>
        <source>Deleted rater &apos;{name}&apos; and their ratings; Undo (Ctrl+Z) brings them back</source>
        <translation>Bewerter „{name}“ und seine Bewertungen gelöscht; Rückgängig (Strg+Z) stellt sie wieder her</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n rater(s)</source>
        <translation>
            <numerusform>%n Bewerter löschen</numerusform>
            <numerusform>%n Bewerter löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rater(s) and their ratings; Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%n Bewerter und seine Bewertungen gelöscht; Rückgängig (Strg+Z) stellt sie wieder her</numerusform>
            <numerusform>%n Bewerter und ihre Bewertungen gelöscht; Rückgängig (Strg+Z) stellt sie wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>Add statements first: the paste runs past this dimension&apos;s last</source>
        <translation>Fügen Sie zuerst Aussagen hinzu: Das Einfügen reicht über die letzte Aussage dieser Dimension hinaus</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Andere Kanäle</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channels that are not social networks: e-mail, events, the website, calls</source>
        <translation>Kanäle, die keine sozialen Netzwerke sind: E-Mail, Veranstaltungen, die Website, Anrufe</translation>
    </message>
    <message>
        <source>The channel&apos;s name</source>
        <translation>Der Name des Kanals</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>The sales pipeline: each deal once, with its value, stage and close date</source>
        <translation>Die Vertriebspipeline: jeder Deal einmal, mit Wert, Phase und Abschlussdatum</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>Deal-ID</translation>
    </message>
    <message>
        <source>The deal&apos;s id, as in the CRM; each deal once</source>
        <translation>Die ID des Deals wie im CRM; jeder Deal nur einmal</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Deal-Name</translation>
    </message>
    <message>
        <source>What is sold</source>
        <translation>Was verkauft wird</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>Der Käufer</translation>
    </message>
    <message>
        <source>What the deal is worth; empty counts as 0</source>
        <translation>Der Wert des Deals; leer zählt als 0</translation>
    </message>
    <message>
        <source>A stage of the Pipeline stages sheet; its probability weighs the deal, and only won deals (the 100 % stage) bring a return</source>
        <translation>Eine Phase aus dem Blatt „Pipeline stages“; ihre Wahrscheinlichkeit gewichtet den Deal, und nur gewonnene Deals (die Phase mit 100 %) bringen einen Ertrag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>When the deal was opened</source>
        <translation>Wann der Deal angelegt wurde</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>When the deal closed (won or lost) or is expected to; a won deal&apos;s return counts in the period of this date</source>
        <translation>Wann der Deal abgeschlossen wurde (gewonnen oder verloren) oder voraussichtlich wird; der Ertrag eines gewonnenen Deals zählt im Zeitraum dieses Datums</translation>
    </message>
    <message>
        <source>Who sells it</source>
        <translation>Wer verkauft</translation>
    </message>
    <message>
        <source>Anything worth knowing</source>
        <translation>Alles Wissenswerte</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>touch</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Each deal&apos;s campaign history: when a channel met the buyer</source>
        <translation>Die Kampagnenhistorie jedes Deals: wann ein Kanal den Käufer erreicht hat</translation>
    </message>
    <message>
        <source>The deal touched (from the Deals sheet)</source>
        <translation>Der betroffene Deal (aus dem Blatt „Deals“)</translation>
    </message>
    <message>
        <source>Touch date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When it happened; touches after the deal&apos;s close date are not credited</source>
        <translation>Wann es geschah; Touchpoints nach dem Abschlussdatum des Deals werden nicht angerechnet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>A social network of the plan, or another channel (Other channels)</source>
        <translation>Ein soziales Netzwerk des Plans oder ein anderer Kanal (Andere Kanäle)</translation>
    </message>
    <message>
        <source>Campaign or tactic</source>
        <translation>Kampagne oder Taktik</translation>
    </message>
    <message>
        <source>The campaign, post or tactic behind the touch</source>
        <translation>Die Kampagne, der Beitrag oder die Taktik hinter dem Touchpoint</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>first touch</source>
        <translation>erster Touchpoint</translation>
    </message>
    <message>
        <source>last touch</source>
        <translation>letzter Touchpoint</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>position-based</source>
        <translation>positionsbasiert</translation>
    </message>
    <message>
        <source>time decay</source>
        <translation>Zeitverfall</translation>
    </message>
    <message>
        <source>data-driven (Markov)</source>
        <translation>datengetrieben (Markov)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Buyer journey stages, in funnel order</source>
        <translation>Phasen der Buyer Journey, in der Reihenfolge des Trichters</translation>
    </message>
    <message>
        <source>The stage&apos;s name</source>
        <translation>Der Name der Phase</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Taktiken</translation>
    </message>
    <message>
        <source>tactic</source>
        <translation>Taktik</translation>
    </message>
    <message>
        <source>The kinds of social media work you do</source>
        <translation>Die Arten von Social-Media-Arbeit, die Sie leisten</translation>
    </message>
    <message>
        <source>The tactic&apos;s name</source>
        <translation>Der Name der Taktik</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>The social networks and channels you use</source>
        <translation>Die sozialen Netzwerke und Kanäle, die Sie nutzen</translation>
    </message>
    <message>
        <source>The network&apos;s name</source>
        <translation>Der Name des Netzwerks</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What a planner row sets out to achieve</source>
        <translation>Was eine Planerzeile erreichen soll</translation>
    </message>
    <message>
        <source>The goal&apos;s name</source>
        <translation>Der Name des Ziels</translation>
    </message>
    <message>
        <source>Key KPIs</source>
        <translation>Schlüssel-KPIs</translation>
    </message>
    <message>
        <source>The KPIs this goal is judged by, best fit first; used by Suggest KPIs</source>
        <translation>Die KPIs, an denen dieses Ziel gemessen wird, der passendste zuerst; genutzt von „KPIs vorschlagen“</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>The key performance indicators a plan can use</source>
        <translation>Die Leistungskennzahlen (KPIs), die ein Plan verwenden kann</translation>
    </message>
    <message>
        <source>The KPI&apos;s name</source>
        <translation>Der Name des KPI</translation>
    </message>
    <message>
        <source>The group the KPI belongs to; the planner groups its columns by it</source>
        <translation>Die Gruppe, zu der der KPI gehört; der Planer gruppiert seine Spalten danach</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>How the KPI is measured</source>
        <translation>Wie der KPI gemessen wird</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser wenn</translation>
    </message>
    <message>
        <source>Whether a higher (up) or lower (down) value is better</source>
        <translation>Ob ein höherer (up) oder niedrigerer (down) Wert besser ist</translation>
    </message>
    <message>
        <source>Usual stages</source>
        <translation>Übliche Phasen</translation>
    </message>
    <message>
        <source>The buyer journey stages this KPI usually serves; used by Suggest KPIs</source>
        <translation>Die Phasen der Buyer Journey, denen dieser KPI meist dient; genutzt von „KPIs vorschlagen“</translation>
    </message>
    <message>
        <source>What it means and how to count it</source>
        <translation>Was er bedeutet und wie er gezählt wird</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Je Zeitraum</translation>
    </message>
    <message>
        <source>How daily values make a period&apos;s: level (the last, as followers), count (the sum, as leads) or rate (the mean); empty: from the name and unit</source>
        <translation>Wie aus Tageswerten der Wert eines Zeitraums wird: level (der letzte, wie bei Followern), count (die Summe, wie bei Leads) oder rate (der Mittelwert); leer: nach Name und Einheit</translation>
    </message>
    <message>
        <source>KPI planner</source>
        <translation>KPI-Planer</translation>
    </message>
    <message>
        <source>planner row</source>
        <translation>Planerzeile</translation>
    </message>
    <message>
        <source>Which KPIs judge each stage, goal and tactic</source>
        <translation>Welche KPIs jede Phase, jedes Ziel und jede Taktik bewerten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>The buyer journey stage</source>
        <translation>Die Phase der Buyer Journey</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>What the row sets out to achieve</source>
        <translation>Was die Zeile erreichen soll</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Taktik</translation>
    </message>
    <message>
        <source>The social media work that serves the goal</source>
        <translation>Die Social-Media-Arbeit, die dem Ziel dient</translation>
    </message>
    <message>
        <source>{lever} × {goal}</source>
        <translation>{lever} × {goal}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Who does what, how often</source>
        <translation>Wer macht was, wie oft</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>On a status: D done · P partly · M missing · N not applicable · Delete clears · F6 next pane</source>
        <translation>Auf einem Status: D erledigt · P teilweise · M fehlt · N nicht zutreffend · Entf leert · F6 nächster Bereich</translation>
    </message>
    <message>
        <source>Choose the account&apos;s network (F2 on its Network cell).</source>
        <translation>Wählen Sie das Netzwerk des Kontos (F2 in seiner Zelle „Netzwerk“).</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>No accounts yet: add your company page and your own profiles, then check each profile item.</source>
        <translation>Noch keine Konten: Legen Sie Ihre Unternehmensseite und Ihre eigenen Profile an und prüfen Sie dann jeden Profilpunkt.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Enter or double-click: go to the item</source>
        <translation>Eingabe oder Doppelklick: zum Punkt springen</translation>
    </message>
    <message>
        <source>The share of the account&apos;s applicable items done (partly counts half), weighted by each item&apos;s weight</source>
        <translation>Der Anteil der erledigten zutreffenden Punkte des Kontos (teilweise zählt halb), gewichtet nach der Gewichtung jedes Punkts</translation>
    </message>
    <message>
        <source>Where the selected account stands on this item; empty: not checked yet</source>
        <translation>Wo das ausgewählte Konto bei diesem Punkt steht; leer: noch nicht geprüft</translation>
    </message>
    <message>
        <source>A note on this item for the selected account</source>
        <translation>Eine Notiz zu diesem Punkt für das ausgewählte Konto</translation>
    </message>
    <message>
        <source>No item applies to this account</source>
        <translation>Für dieses Konto gilt kein Punkt</translation>
    </message>
    <message>
        <source>{score}; {count} to do</source>
        <translation>{score}; {count} offen</translation>
    </message>
    <message>
        <source>All {network} accounts: {score}</source>
        <translation>Alle Konten auf {network}: {score}</translation>
    </message>
    <message>
        <source>Does not apply on {network} (see Not for networks)</source>
        <translation>Gilt nicht auf {network} (siehe „Nicht für Netzwerke“)</translation>
    </message>
    <message>
        <source>Not checked yet: counts as missing (D, P, M or N sets it)</source>
        <translation>Noch nicht geprüft: zählt als fehlend (D, P, M oder N setzt den Status)</translation>
    </message>
    <message>
        <source>Add an account first (Insert in the accounts list)</source>
        <translation>Legen Sie zuerst ein Konto an (Einfg in der Kontenliste)</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; does not apply to this account&apos;s network</source>
        <translation>„{item}“ gilt nicht für das Netzwerk dieses Kontos</translation>
    </message>
    <message>
        <source>Not set: {problem}</source>
        <translation>Nicht gesetzt: {problem}</translation>
    </message>
    <message>
        <source>Set status of &apos;{item}&apos; for &apos;{account}&apos;</source>
        <translation>Status von „{item}“ für „{account}“ setzen</translation>
    </message>
    <message>
        <source>Set note of &apos;{item}&apos; for &apos;{account}&apos;</source>
        <translation>Notiz zu „{item}“ für „{account}“ setzen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) only: the rest was left out</source>
        <translation>
            <numerusform>Nur %n Punkt: der Rest wurde weggelassen</numerusform>
            <numerusform>Nur %n Punkte: der Rest wurde weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{item}&apos; does not apply here</source>
        <translation>„{item}“ gilt hier nicht</translation>
    </message>
    <message>
        <source>{edit} for &apos;{account}&apos;</source>
        <translation>{edit} für „{account}“</translation>
    </message>
    <message>
        <source>&lt;b&gt;No account chosen&lt;/b&gt; — add your accounts on the left (Insert), then check each profile item</source>
        <translation>&lt;b&gt;Kein Konto ausgewählt&lt;/b&gt; — legen Sie links Ihre Konten an (Einfg) und prüfen Sie dann jeden Profilpunkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{account}&lt;/b&gt; ({network}, {kind}): score &lt;b&gt;{score}&lt;/b&gt;, {count} to do</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt; ({network}, {kind}): Score &lt;b&gt;{score}&lt;/b&gt;, {count} offen</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>{item} — {state} (weight {weight})</source>
        <translation>{item} — {state} (Gewichtung {weight})</translation>
    </message>
    <message>
        <source>Nothing left to do</source>
        <translation>Nichts mehr zu tun</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <source>To do for this account, most valuable first</source>
        <translation>Offen für dieses Konto, das Wichtigste zuerst</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Month / network</source>
        <translation>Monat / Netzwerk</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reply first</source>
        <translation>Erst antworten</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>The share of the requests you ignore</source>
        <translation>Der Anteil der Anfragen, die Sie ignorieren</translation>
    </message>
    <message>
        <source>No requests logged yet</source>
        <translation>Noch keine Anfragen erfasst</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Alle Monate</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Proofreading</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>The profile photo: missing, poor, over-posed or provocative is a warning sign. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Das Profilfoto: fehlend, schlecht, übertrieben gestellt oder provokant ist ein Warnzeichen. Unauffällig (fine), zweifelhaft (doubtful) oder Alarmsignal (red flag); leer: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Contact details: none, incomplete or dodgy ones are a warning sign. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Kontaktdaten: keine, unvollständige oder unseriöse sind ein Warnzeichen. Unauffällig (fine), zweifelhaft (doubtful) oder Alarmsignal (red flag); leer: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Spelling, grammar and awkward prose in the profile and message. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Rechtschreibung, Grammatik und holprige Formulierungen in Profil und Nachricht. Unauffällig (fine), zweifelhaft (doubtful) oder Alarmsignal (red flag); leer: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Work history: scant, missing, with unexplained breaks or without detail. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Beruflicher Werdegang: dürftig, fehlend, mit unerklärten Lücken oder ohne Details. Unauffällig (fine), zweifelhaft (doubtful) oder Alarmsignal (red flag); leer: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Their connections: suspicious ones, none in common, or mutual ones you do not recognise. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Die Kontakte der Person: verdächtige, keine gemeinsamen oder gemeinsame, die Sie nicht kennen. Unauffällig (fine), zweifelhaft (doubtful) oder Alarmsignal (red flag); leer: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Their message: none, generic, or a call to action with a suspicious link. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Die Nachricht der Person: keine, eine allgemeine oder eine Handlungsaufforderung mit verdächtigem Link. Unauffällig (fine), zweifelhaft (doubtful) oder Alarmsignal (red flag); leer: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Their activity: scant, of low value or suspicious. Fine, doubtful or red flag; empty: not rated yet</source>
        <translation>Die Aktivität der Person: spärlich, wenig wertvoll oder verdächtig. Unauffällig (fine), zweifelhaft (doubtful) oder Alarmsignal (red flag); leer: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Your profiles and pages</source>
        <translation>Ihre Profile und Seiten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>A name for the account, e.g. &apos;LinkedIn personal&apos; or &apos;Acme on X&apos;</source>
        <translation>Ein Name für das Konto, z. B. „LinkedIn persönlich“ oder „Acme auf X“</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>The network the account is on (from the Networks catalogue)</source>
        <translation>Das Netzwerk, in dem das Konto ist (aus dem Katalog „Netzwerke“)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>A personal profile or a company page</source>
        <translation>Ein persönliches Profil (personal) oder eine Unternehmensseite (company page)</translation>
    </message>
    <message>
        <source>Profile address</source>
        <translation>Profiladresse</translation>
    </message>
    <message>
        <source>Where the profile is (its link)</source>
        <translation>Wo das Profil zu finden ist (sein Link)</translation>
    </message>
    <message>
        <source>Profile items</source>
        <translation>Profilpunkte</translation>
    </message>
    <message>
        <source>profile item</source>
        <translation>Profilpunkt</translation>
    </message>
    <message>
        <source>What a strong profile has</source>
        <translation>Was ein starkes Profil ausmacht</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>What the profile should have</source>
        <translation>Was das Profil haben sollte</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>How much it matters to buyers, 1 (nice to have) to 5 (essential); scores weigh items by it and to-dos list the heaviest first</source>
        <translation>Wie wichtig es Käufern ist, von 1 (wünschenswert) bis 5 (unverzichtbar); Scores gewichten die Punkte danach, und offene Punkte stehen mit dem höchsten Gewicht zuerst</translation>
    </message>
    <message>
        <source>Not for networks</source>
        <translation>Nicht für Netzwerke</translation>
    </message>
    <message>
        <source>Networks where the item does not apply (LinkedIn-only features, say)</source>
        <translation>Netzwerke, in denen der Punkt nicht gilt (etwa reine LinkedIn-Funktionen)</translation>
    </message>
    <message>
        <source>How to do it well</source>
        <translation>So gelingt es</translation>
    </message>
    <message>
        <source>What good looks like</source>
        <translation>Wie es gut aussieht</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>Profilstatus</translation>
    </message>
    <message>
        <source>status row</source>
        <translation>Statuszeile</translation>
    </message>
    <message>
        <source>Where each account stands on each profile item</source>
        <translation>Wo jedes Konto bei jedem Profilpunkt steht</translation>
    </message>
    <message>
        <source>The account (from the Accounts sheet)</source>
        <translation>Das Konto (aus dem Blatt „Accounts“)</translation>
    </message>
    <message>
        <source>The profile item (from the Profile items sheet)</source>
        <translation>Der Profilpunkt (aus dem Blatt „Profile items“)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done, partly, missing or not applicable; empty means not checked yet</source>
        <translation>Erledigt (done), teilweise (partly), fehlt (missing) oder nicht zutreffend (not applicable); leer heißt noch nicht geprüft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What is left to do, or why</source>
        <translation>Was noch zu tun ist, oder warum nicht</translation>
    </message>
    <message>
        <source>Connection requests</source>
        <translation>Kontaktanfragen</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Incoming connection requests, their warning signs and what to do</source>
        <translation>Eingehende Kontaktanfragen, ihre Warnzeichen und was zu tun ist</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When the request came in (year-month-day)</source>
        <translation>Wann die Anfrage einging (Jahr-Monat-Tag)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who sent the request</source>
        <translation>Wer die Anfrage geschickt hat</translation>
    </message>
    <message>
        <source>Where the request came from</source>
        <translation>Woher die Anfrage kam</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>How you know them: an ally or acquaintance you have really exchanged value with, a colleague, collaborator or client, or a stranger (sharing a group without real dialogue does not count)</source>
        <translation>Woher Sie die Person kennen: ein Verbündeter (ally) oder Bekannter (acquaintance), mit dem Sie wirklich Wertvolles ausgetauscht haben, ein Kollege, Partner oder Kunde (colleague/collaborator/client) oder ein Fremder (stranger); eine gemeinsame Gruppe ohne echten Austausch zählt nicht</translation>
    </message>
    <message>
        <source>Personal message</source>
        <translation>Persönliche Nachricht</translation>
    </message>
    <message>
        <source>Their message says why connecting is of value to you (counts in their favour)</source>
        <translation>Die Nachricht sagt, warum der Kontakt für Sie von Wert ist (spricht für die Person)</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Leave empty to follow the verdict; or accept, reply first or ignore whatever it says</source>
        <translation>Leer lassen, um der Empfehlung zu folgen; oder unabhängig davon annehmen (accept), erst antworten (reply first) oder ignorieren (ignore)</translation>
    </message>
    <message>
        <source>What you replied, what they said</source>
        <translation>Was Sie geantwortet haben, was die Person gesagt hat</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>proofreading</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>unauffällig</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <source>red flag</source>
        <translation>Alarmsignal</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>annehmen</translation>
    </message>
    <message>
        <source>reply first</source>
        <translation>erst antworten</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>ally</source>
        <translation>Verbündeter</translation>
    </message>
    <message>
        <source>acquaintance</source>
        <translation>Bekannter</translation>
    </message>
    <message>
        <source>colleague/collaborator/client</source>
        <translation>Kollege/Partner/Kunde</translation>
    </message>
    <message>
        <source>stranger</source>
        <translation>Fremder</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Bigger deals: a small sale costs almost as much to close</source>
        <translation>Größere Deals: Ein kleiner Auftrag kostet bis zum Abschluss fast genauso viel</translation>
    </message>
    <message>
        <source>More deal flow</source>
        <translation>Mehr Deals in der Pipeline</translation>
    </message>
    <message>
        <source>Faster deals: speed becomes a flywheel</source>
        <translation>Schnellere Deals: Tempo wird zum Schwungrad</translation>
    </message>
    <message>
        <source>Relevant content draws the buyers most likely to benefit</source>
        <translation>Relevante Inhalte ziehen die Käufer an, die am meisten davon haben</translation>
    </message>
    <message>
        <source>Content that resonates builds a community and a dialogue</source>
        <translation>Inhalte, die ankommen, schaffen eine Community und einen Dialog</translation>
    </message>
    <message>
        <source>Converting well teaches how to improve engagement and the product</source>
        <translation>Gute Konversion zeigt, wie sich Engagement und Produkt verbessern lassen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>Schnittpunkt</translation>
    </message>
    <message>
        <source>Where a marketing lever meets a sales goal: the question from both sides, its owner, status, due date and the agreed action</source>
        <translation>Wo ein Marketinghebel auf ein Vertriebsziel trifft: die Frage von beiden Seiten, Verantwortliche, Status, Fälligkeit und die vereinbarte Maßnahme</translation>
    </message>
    <message>
        <source>Marketing lever</source>
        <translation>Marketinghebel</translation>
    </message>
    <message>
        <source>Content, Community or Conversion</source>
        <translation>Inhalte, Community oder Konversion</translation>
    </message>
    <message>
        <source>Sales goal</source>
        <translation>Vertriebsziel</translation>
    </message>
    <message>
        <source>Value, Volume or Velocity</source>
        <translation>Wert, Volumen oder Tempo</translation>
    </message>
    <message>
        <source>Marketing asks</source>
        <translation>Marketing fragt</translation>
    </message>
    <message>
        <source>The question from marketing&apos;s side</source>
        <translation>Die Frage aus Sicht des Marketings</translation>
    </message>
    <message>
        <source>Sales asks</source>
        <translation>Vertrieb fragt</translation>
    </message>
    <message>
        <source>The same question from sales&apos; side</source>
        <translation>Dieselbe Frage aus Sicht des Vertriebs</translation>
    </message>
    <message>
        <source>Who answers for this crossing</source>
        <translation>Wer für diesen Schnittpunkt verantwortlich ist</translation>
    </message>
    <message>
        <source>open, in progress, agreed or done; empty counts as open</source>
        <translation>offen, in Arbeit, vereinbart oder erledigt; leer zählt als offen</translation>
    </message>
    <message>
        <source>When the action should be done; empty: no date</source>
        <translation>Bis wann die Maßnahme erledigt sein soll; leer: kein Datum</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Vereinbarte Maßnahme</translation>
    </message>
    <message>
        <source>What both sides agreed to do</source>
        <translation>Was beide Seiten vereinbart haben</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Alles Weitere, das festgehalten werden sollte</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>company page</source>
        <translation>Unternehmensseite</translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s): {signs}</source>
        <translation>
            <numerusform>%n Alarmsignal: {signs}</numerusform>
            <numerusform>%n Alarmsignale: {signs}</numerusform>
        </translation>
    </message>
    <message>
        <source>known {relationship}, no red flag</source>
        <translation>bekannte Beziehung ({relationship}), kein Alarmsignal</translation>
    </message>
    <message>
        <source>1 red flag: {sign}</source>
        <translation>1 Alarmsignal: {sign}</translation>
    </message>
    <message>
        <source>doubtful: {signs}</source>
        <translation>zweifelhaft: {signs}</translation>
    </message>
    <message>
        <source>no known relationship</source>
        <translation>keine bekannte Beziehung</translation>
    </message>
    <message>
        <source>a personalised message in their favour</source>
        <translation>eine persönliche Nachricht spricht für die Person</translation>
    </message>
    <message>
        <source>{reasons} — ask what the connection is for</source>
        <translation>{reasons} — fragen Sie, wozu der Kontakt dienen soll</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>ohne Netzwerk</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>No primary KPI: mark the one to three KPIs this row is judged by (P).</source>
        <translation>Kein primärer KPI: Markieren Sie die ein bis drei KPIs, an denen diese Zeile gemessen wird (P).</translation>
    </message>
    <message numerus="yes">
        <source>%n primary KPIs: a row judged by more than {maximum} has no focus; make the others secondary (S).</source>
        <translation>
            <numerusform>%n primärer KPI: Eine Zeile, die an mehr als {maximum} gemessen wird, hat keinen Fokus; machen Sie die übrigen sekundär (S).</numerusform>
            <numerusform>%n primäre KPIs: Eine Zeile, die an mehr als {maximum} gemessen wird, hat keinen Fokus; machen Sie die übrigen sekundär (S).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest KPIs for row {row}</source>
        <translation>KPIs für Zeile {row} vorschlagen</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Repeatable</source>
        <translation>Wiederholbar</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Definiert</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Gesteuert</translation>
    </message>
    <message>
        <source>Optimizing</source>
        <translation>Optimierend</translation>
    </message>
    <message>
        <source>Are the basic sales and marketing processes in place?</source>
        <translation>Sind die grundlegenden Vertriebs- und Marketingprozesse vorhanden?</translation>
    </message>
    <message>
        <source>Are those processes working?</source>
        <translation>Funktionieren diese Prozesse?</translation>
    </message>
    <message>
        <source>Are there people, time and money to close the gaps?</source>
        <translation>Gibt es Personal, Zeit und Geld, um die Lücken zu schließen?</translation>
    </message>
    <message>
        <source>the basic processes are not in place</source>
        <translation>die grundlegenden Prozesse sind nicht vorhanden</translation>
    </message>
    <message>
        <source>the processes are not working</source>
        <translation>die Prozesse funktionieren nicht</translation>
    </message>
    <message>
        <source>there are no resources to close the gaps</source>
        <translation>es gibt keine Ressourcen, um die Lücken zu schließen</translation>
    </message>
    <message>
        <source>whether the basic processes are in place</source>
        <translation>ob die grundlegenden Prozesse vorhanden sind</translation>
    </message>
    <message>
        <source>whether they work</source>
        <translation>ob sie funktionieren</translation>
    </message>
    <message>
        <source>whether there are resources to close the gaps</source>
        <translation>ob es Ressourcen gibt, um die Lücken zu schließen</translation>
    </message>
    <message>
        <source>Do a readiness project first</source>
        <translation>Zuerst ein Bereitschaftsprojekt durchführen</translation>
    </message>
    <message>
        <source>Ready to implement</source>
        <translation>Bereit zur Umsetzung</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>{reasons}: do not automate a missing or broken process.</source>
        <translation>{reasons}: Automatisieren Sie keinen fehlenden oder fehlerhaften Prozess.</translation>
    </message>
    <message>
        <source>Not yet known {whether}: find out before buying automation.</source>
        <translation>Noch unklar, {whether}: Klären Sie das, bevor Sie Automatisierung kaufen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The processes are in place, they work, and there are resources.</source>
        <translation>Die Prozesse sind vorhanden, sie funktionieren, und es gibt Ressourcen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rated {rated}, but the evidence supports only {evidenced}.</source>
        <translation>Bewertet mit {rated}, aber die Nachweise belegen nur {evidenced}.</translation>
    </message>
    <message>
        <source>Rated {rated}, but the evidence supports no level yet.</source>
        <translation>Bewertet mit {rated}, aber die Nachweise belegen noch keine Stufe.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to confirm at level {level}:</source>
        <translation>Auf Stufe {level} noch zu bestätigen:</translation>
    </message>
    <message>
        <source>Level {level} has no evidence statements yet.</source>
        <translation>Stufe {level} hat noch keine Nachweisaussagen.</translation>
    </message>
    <message>
        <source>No dimension rated yet</source>
        <translation>Noch keine Dimension bewertet</translation>
    </message>
    <message>
        <source>Overall level {level}</source>
        <translation>Gesamtstufe {level}</translation>
    </message>
    <message>
        <source>; weakest: {names} ({level})</source>
        <translation>; am schwächsten: {names} ({level})</translation>
    </message>
    <message>
        <source>I Initial</source>
        <translation>I Initial</translation>
    </message>
    <message>
        <source>II Repeatable</source>
        <translation>II Wiederholbar</translation>
    </message>
    <message>
        <source>III Defined</source>
        <translation>III Definiert</translation>
    </message>
    <message>
        <source>IV Managed</source>
        <translation>IV Gesteuert</translation>
    </message>
    <message>
        <source>V Optimizing</source>
        <translation>V Optimierend</translation>
    </message>
    <message>
        <source>What level I (Initial) looks like in this dimension</source>
        <translation>Wie Stufe I (Initial) in dieser Dimension aussieht</translation>
    </message>
    <message>
        <source>What level II (Repeatable) looks like in this dimension</source>
        <translation>Wie Stufe II (Wiederholbar) in dieser Dimension aussieht</translation>
    </message>
    <message>
        <source>What level III (Defined) looks like in this dimension</source>
        <translation>Wie Stufe III (Definiert) in dieser Dimension aussieht</translation>
    </message>
    <message>
        <source>What level IV (Managed) looks like in this dimension</source>
        <translation>Wie Stufe IV (Gesteuert) in dieser Dimension aussieht</translation>
    </message>
    <message>
        <source>What level V (Optimizing) looks like in this dimension</source>
        <translation>Wie Stufe V (Optimierend) in dieser Dimension aussieht</translation>
    </message>
    <message>
        <source>Maturity dimensions</source>
        <translation>Reifegrad-Dimensionen</translation>
    </message>
    <message>
        <source>What each dimension looks like at each of the five levels</source>
        <translation>Wie jede Dimension auf jeder der fünf Stufen aussieht</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>What is rated</source>
        <translation>Was bewertet wird</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the dimension covers</source>
        <translation>Was die Dimension umfasst</translation>
    </message>
    <message>
        <source>Maturity evidence</source>
        <translation>Reifegrad-Nachweise</translation>
    </message>
    <message>
        <source>Checkable statements that prove a level; a level counts only when its statements and those of every level below are confirmed</source>
        <translation>Prüfbare Aussagen, die eine Stufe belegen; eine Stufe zählt erst, wenn ihre Aussagen und die aller Stufen darunter bestätigt sind</translation>
    </message>
    <message>
        <source>The dimension this statement is evidence for</source>
        <translation>Die Dimension, für die diese Aussage ein Nachweis ist</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>The level this statement proves</source>
        <translation>Die Stufe, die diese Aussage belegt</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>What must be true</source>
        <translation>Was zutreffen muss</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Ticked when the statement is true today and someone could show it</source>
        <translation>Angehakt, wenn die Aussage heute zutrifft und jemand es zeigen könnte</translation>
    </message>
    <message>
        <source>Where to see it</source>
        <translation>Wo es zu sehen ist</translation>
    </message>
    <message>
        <source>The report, record or document</source>
        <translation>Der Bericht, Datensatz oder das Dokument</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>The people who rate the dimensions, each independently</source>
        <translation>Die Personen, die die Dimensionen bewerten, jede unabhängig</translation>
    </message>
    <message>
        <source>Who rates</source>
        <translation>Wer bewertet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>For example Sales lead or Marketing lead</source>
        <translation>Zum Beispiel Vertriebsleitung oder Marketingleitung</translation>
    </message>
    <message>
        <source>Maturity ratings</source>
        <translation>Reifegrad-Bewertungen</translation>
    </message>
    <message>
        <source>Each rater&apos;s current and target level per dimension</source>
        <translation>Aktuelle Stufe und Zielstufe je Bewerter und Dimension</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Who gave this rating</source>
        <translation>Wer diese Bewertung abgegeben hat</translation>
    </message>
    <message>
        <source>The dimension rated</source>
        <translation>Die bewertete Dimension</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Where the team stands today</source>
        <translation>Wo das Team heute steht</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where the team wants to be</source>
        <translation>Wo das Team hinwill</translation>
    </message>
    <message>
        <source>Why this rating</source>
        <translation>Warum diese Bewertung</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>Whether the team is ready to automate: any no means a readiness project first</source>
        <translation>Ob das Team bereit ist zu automatisieren: Jedes Nein bedeutet zuerst ein Bereitschaftsprojekt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>yes, no or unsure (unsure is not a yes)</source>
        <translation>yes, no oder unsure (unsicher ist kein Ja)</translation>
    </message>
    <message>
        <source>What the answer rests on</source>
        <translation>Worauf die Antwort beruht</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
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
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>organic</source>
        <translation>organisch</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>staff time</source>
        <translation>Personalzeit</translation>
    </message>
    <message>
        <source>ad spend</source>
        <translation>Werbebudget</translation>
    </message>
    <message>
        <source>ad production</source>
        <translation>Anzeigenproduktion</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>originating source</source>
        <translation>ursprüngliche Quelle</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>conversion point</source>
        <translation>Abschlusspunkt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Planeinstellungen</translation>
    </message>
    <message>
        <source>settings row</source>
        <translation>Einstellungszeile</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Shown with every amount</source>
        <translation>Wird bei jedem Betrag angezeigt</translation>
    </message>
    <message>
        <source>Period unit</source>
        <translation>Zeitraumeinheit</translation>
    </message>
    <message>
        <source>How long one tracking period is</source>
        <translation>Wie lang ein Erfassungszeitraum ist</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Erster Zeitraum</translation>
    </message>
    <message>
        <source>When period 1 starts, as 2026-01 (a month), 2026-W05 (a week) or 2026-Q1; leave empty to number the periods</source>
        <translation>Beginn von Zeitraum 1, als 2026-01 (ein Monat), 2026-W05 (eine Woche) oder 2026-Q1; leer lassen, um die Zeiträume zu nummerieren</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Anzahl der Zeiträume</translation>
    </message>
    <message>
        <source>How many periods the plan tracks; trends are judged over six</source>
        <translation>Wie viele Zeiträume der Plan erfasst; Trends werden über sechs beurteilt</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>What an hour of staff time costs; staff time lines are hours x this rate</source>
        <translation>Was eine Stunde Personalzeit kostet; Zeilen für Personalzeit ergeben Stunden x diesen Satz</translation>
    </message>
    <message>
        <source>Currency, periods, the hourly rate and how deals are credited (one row)</source>
        <translation>Währung, Zeiträume, Stundensatz und wie Deals angerechnet werden (eine Zeile)</translation>
    </message>
    <message>
        <source>Attribution model</source>
        <translation>Attributionsmodell</translation>
    </message>
    <message>
        <source>How a won deal&apos;s value is shared among its touches; the return of social media is what the networks are credited</source>
        <translation>Wie der Wert eines gewonnenen Deals auf seine Touchpoints verteilt wird; der Ertrag von Social Media ist das, was den Netzwerken angerechnet wird</translation>
    </message>
    <message>
        <source>Time decay half-life (days)</source>
        <translation>Halbwertszeit beim Zeitverfall (Tage)</translation>
    </message>
    <message>
        <source>Time decay: a touch this many days earlier counts half as much</source>
        <translation>Zeitverfall: Ein Touchpoint, der so viele Tage früher liegt, zählt halb so viel</translation>
    </message>
    <message>
        <source>CLV: annual revenue</source>
        <translation>CLV: Jahresumsatz</translation>
    </message>
    <message>
        <source>Customer lifetime value input: revenue per customer and year</source>
        <translation>Eingabe für den Kundenwert über die Laufzeit: Umsatz je Kunde und Jahr</translation>
    </message>
    <message>
        <source>CLV: gross margin %</source>
        <translation>CLV: Bruttomarge %</translation>
    </message>
    <message>
        <source>Customer lifetime value input: gross margin, in per cent</source>
        <translation>Eingabe für den Kundenwert über die Laufzeit: Bruttomarge in Prozent</translation>
    </message>
    <message>
        <source>CLV: years</source>
        <translation>CLV: Jahre</translation>
    </message>
    <message>
        <source>Customer lifetime value input: how many years a customer stays</source>
        <translation>Eingabe für den Kundenwert über die Laufzeit: wie viele Jahre ein Kunde bleibt</translation>
    </message>
    <message>
        <source>CLV: referrals</source>
        <translation>CLV: Empfehlungen</translation>
    </message>
    <message>
        <source>Customer lifetime value input: referrals a customer brings</source>
        <translation>Eingabe für den Kundenwert über die Laufzeit: Empfehlungen, die ein Kunde bringt</translation>
    </message>
    <message>
        <source>CLV: value of a referral</source>
        <translation>CLV: Wert einer Empfehlung</translation>
    </message>
    <message>
        <source>Customer lifetime value input: what one referral is worth</source>
        <translation>Eingabe für den Kundenwert über die Laufzeit: was eine Empfehlung wert ist</translation>
    </message>
    <message>
        <source>Amber band %</source>
        <translation>Gelb-Spanne %</translation>
    </message>
    <message>
        <source>How far short of its target, in per cent, a KPI is amber rather than red; on target or better is green</source>
        <translation>Wie weit ein KPI sein Ziel (in Prozent) verfehlen darf, um gelb statt rot zu sein; Ziel erreicht oder besser ist grün</translation>
    </message>
    <message>
        <source>Qualification framework</source>
        <translation>Qualifizierungs-Framework</translation>
    </message>
    <message>
        <source>MAN, BANT or SCOTSMAN: the criteria a deal must meet to be a sales qualified opportunity (a deal may name its own on the Qualification sheet)</source>
        <translation>MAN, BANT oder SCOTSMAN: die Kriterien, die ein Deal erfüllen muss, um eine vertriebsqualifizierte Verkaufschance zu sein (ein Deal kann auf dem Blatt „Qualification“ sein eigenes nennen)</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>The revenue to win in the plan&apos;s periods; the funnel worked backwards says how many deals, SQO, MQC and followers it takes</source>
        <translation>Der Umsatz, der in den Zeiträumen des Plans gewonnen werden soll; der rückwärts gerechnete Trichter zeigt, wie viele Deals, SQO, MQC und Follower dafür nötig sind</translation>
    </message>
    <message>
        <source>Win rate % (typed)</source>
        <translation>Gewinnquote % (eingegeben)</translation>
    </message>
    <message>
        <source>Won deals per 100 closed (won or lost); empty: worked out from the Deals sheet</source>
        <translation>Gewonnene Deals je 100 abgeschlossene (gewonnen oder verloren); leer: aus dem Blatt „Deals“ berechnet</translation>
    </message>
    <message>
        <source>Average deal size (typed)</source>
        <translation>Durchschnittliche Dealgröße (eingegeben)</translation>
    </message>
    <message>
        <source>What a won deal brings on average; empty: worked out from the won deals</source>
        <translation>Was ein gewonnener Deal im Durchschnitt einbringt; leer: aus den gewonnenen Deals berechnet</translation>
    </message>
    <message>
        <source>SQO / MQC % (typed)</source>
        <translation>SQO / MQC % (eingegeben)</translation>
    </message>
    <message>
        <source>SQO per 100 MQC; empty: worked out from the latest tracked counts</source>
        <translation>SQO je 100 MQC; leer: aus den letzten erfassten Werten berechnet</translation>
    </message>
    <message>
        <source>MQC / Followers % (typed)</source>
        <translation>MQC / Follower % (eingegeben)</translation>
    </message>
    <message>
        <source>MQC per 100 followers; empty: worked out from the latest tracked counts</source>
        <translation>MQC je 100 Follower; leer: aus den letzten erfassten Werten berechnet</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>tracking value</source>
        <translation>Erfassungswert</translation>
    </message>
    <message>
        <source>Target and actual of a KPI on a network in a period; empty means no data</source>
        <translation>Ziel und Ist eines KPI in einem Netzwerk und Zeitraum; leer bedeutet keine Daten</translation>
    </message>
    <message>
        <source>The network measured</source>
        <translation>Das gemessene Netzwerk</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>The KPI measured</source>
        <translation>Der gemessene KPI</translation>
    </message>
    <message>
        <source>The period number, 1 for the first</source>
        <translation>Die Nummer des Zeitraums, 1 für den ersten</translation>
    </message>
    <message>
        <source>What you aim for at the end of the period; empty: no target</source>
        <translation>Was Sie am Ende des Zeitraums erreichen wollen; leer: kein Zielwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>What you counted at the end of the period; empty: no data (not zero)</source>
        <translation>Was Sie am Ende des Zeitraums gezählt haben; leer: keine Daten (nicht null)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>cost line</source>
        <translation>Kostenzeile</translation>
    </message>
    <message>
        <source>The investment: what social media work cost, per period and network</source>
        <translation>Die Investition: was die Social-Media-Arbeit gekostet hat, je Zeitraum und Netzwerk</translation>
    </message>
    <message>
        <source>The period the money was spent in</source>
        <translation>Der Zeitraum, in dem das Geld ausgegeben wurde</translation>
    </message>
    <message>
        <source>The network the cost is for; empty: shared by all networks</source>
        <translation>Das Netzwerk, für das die Kosten anfallen; leer: auf alle Netzwerke verteilt</translation>
    </message>
    <message>
        <source>Organic or paid</source>
        <translation>Organisch oder bezahlt</translation>
    </message>
    <message>
        <source>Organic work, or paid promotion (ads)</source>
        <translation>Organische Arbeit oder bezahlte Werbung (Anzeigen)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tools, content, staff time (hours x hourly rate), ad spend, ad production or other</source>
        <translation>Tools, Inhalte, Personalzeit (Stunden x Stundensatz), Werbebudget, Anzeigenproduktion oder Sonstiges</translation>
    </message>
    <message>
        <source>Money spent; empty counts as 0</source>
        <translation>Ausgegebenes Geld; leer zählt als 0</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Staff time in hours, valued at the plan&apos;s hourly rate</source>
        <translation>Personalzeit in Stunden, bewertet mit dem Stundensatz des Plans</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Worum es sich handelte</translation>
    </message>
    <message>
        <source>{rows} and {last}</source>
        <translation>{rows} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking value(s)</source>
        <translation>
            <numerusform>%n Erfassungswert</numerusform>
            <numerusform>%n Erfassungswerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost line(s)</source>
        <translation>
            <numerusform>%n Kostenzeile</numerusform>
            <numerusform>%n Kostenzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the number of periods to {periods}</source>
        <translation>Anzahl der Zeiträume auf {periods} setzen</translation>
    </message>
    <message>
        <source>{table} has no row {row}</source>
        <translation>„{table}“ hat keine Zeile {row}</translation>
    </message>
    <message>
        <source>{table} has no column {name}</source>
        <translation>„{table}“ hat keine Spalte {name}</translation>
    </message>
    <message>
        <source>A {noun} name cannot hold a comma, semicolon or line break: they separate names in lists</source>
        <translation>Der Name ({noun}) darf kein Komma, Semikolon und keinen Zeilenumbruch enthalten: Diese trennen Namen in Listen</translation>
    </message>
    <message>
        <source>There is already a {noun} called &apos;{name}&apos;</source>
        <translation>Der Name „{name}“ ist bereits vergeben ({noun})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a column of the {table}; choose another</source>
        <translation>„{name}“ ist bereits eine Spalte in „{table}“; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Cannot insert at row {row} of {table}</source>
        <translation>Einfügen in Zeile {row} von „{table}“ nicht möglich</translation>
    </message>
    <message>
        <source>Cannot move rows {first}..{last} of {table}</source>
        <translation>Die Zeilen {first}..{last} von „{table}“ können nicht verschoben werden</translation>
    </message>
    <message>
        <source>Rows cannot be moved into themselves</source>
        <translation>Zeilen können nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>A {noun} needs a name</source>
        <translation>Ein Name ist erforderlich ({noun})</translation>
    </message>
    <message>
        <source>{value} is not allowed; expected {expected}</source>
        <translation>Der Wert {value} ist nicht zulässig; erwartet: {expected}</translation>
    </message>
    <message>
        <source>a list of the names on the {sheet} sheet (it is empty)</source>
        <translation>eine Liste von Namen aus dem Blatt {sheet} (es ist leer)</translation>
    </message>
    <message>
        <source>one of the names on the {sheet} sheet (it is empty)</source>
        <translation>einer der Namen aus dem Blatt {sheet} (es ist leer)</translation>
    </message>
    <message>
        <source>a list of {values}, or empty</source>
        <translation>eine Liste aus {values} oder leer</translation>
    </message>
    <message>
        <source>a list of {values}</source>
        <translation>eine Liste aus {values}</translation>
    </message>
    <message>
        <source>one of {values}, or empty</source>
        <translation>einer von {values} oder leer</translation>
    </message>
    <message>
        <source>one of {values}</source>
        <translation>einer von {values}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number from {minimum} to {maximum}</source>
        <translation>eine Zahl von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <source>a number of at least {minimum}</source>
        <translation>eine Zahl von mindestens {minimum}</translation>
    </message>
    <message>
        <source>a number of at most {maximum}</source>
        <translation>eine Zahl von höchstens {maximum}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <source>a whole number of at least {minimum}</source>
        <translation>eine ganze Zahl von mindestens {minimum}</translation>
    </message>
    <message>
        <source>a whole number of at most {maximum}</source>
        <translation>eine ganze Zahl von höchstens {maximum}</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>a date such as 2026-03-31 (year-month-day), or empty</source>
        <translation>ein Datum wie 2026-03-31 (Jahr-Monat-Tag) oder leer</translation>
    </message>
    <message>
        <source>a date such as 2026-03-31 (year-month-day)</source>
        <translation>ein Datum wie 2026-03-31 (Jahr-Monat-Tag)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>some text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>Plan B2B social media work, judge it by the right KPIs and prove its return; plans are Excel workbooks your colleagues can open.</source>
        <translation>Planen Sie B2B-Social-Media-Arbeit, messen Sie sie an den richtigen KPIs und belegen Sie ihren Ertrag; Pläne sind Excel-Arbeitsmappen, die Ihre Kollegen öffnen können.</translation>
    </message>
    <message>
        <source>smplanner is free software under the MIT licence. It is built on:</source>
        <translation>smplanner ist freie Software unter der MIT-Lizenz. Es baut auf:</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>Ihre Dateien</translation>
    </message>
    <message>
        <source>Settings: {path}</source>
        <translation>Einstellungen: {path}</translation>
    </message>
    <message>
        <source>Recovery copies of unsaved plans: {path}</source>
        <translation>Wiederherstellungskopien nicht gespeicherter Pläne: {path}</translation>
    </message>
    <message>
        <source>About smplanner</source>
        <translation>Über smplanner</translation>
    </message>
    <message>
        <source>the example plan</source>
        <translation>Beispielplan</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>smplanner could not start</source>
        <translation>smplanner konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Recovery copy saved at {time}</source>
        <translation>Wiederherstellungskopie um {time} gespeichert</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}; save the plan to keep your changes</source>
        <translation>Automatisches Sichern fehlgeschlagen: {reason}; speichern Sie den Plan, um Ihre Änderungen zu behalten</translation>
    </message>
    <message>
        <source>Evidenced</source>
        <translation>Nachgewiesen</translation>
    </message>
    <message>
        <source>Credit per channel under each model</source>
        <translation>Anteil je Kanal in jedem Modell</translation>
    </message>
    <message>
        <source>Point at the chart to read its values</source>
        <translation>Zeigen Sie auf das Diagramm, um seine Werte abzulesen</translation>
    </message>
    <message>
        <source>credited ({currency})</source>
        <translation>angerechnet ({currency})</translation>
    </message>
    <message>
        <source>Funnel: Followers → MQC → SQO (latest counts)</source>
        <translation>Trichter: Follower → MQC → SQO (letzte Werte)</translation>
    </message>
    <message>
        <source>{rate} of followers</source>
        <translation>{rate} der Follower</translation>
    </message>
    <message>
        <source>{rate} of MQC</source>
        <translation>{rate} der MQC</translation>
    </message>
    <message>
        <source>Trend per network</source>
        <translation>Verlauf je Netzwerk</translation>
    </message>
    <message>
        <source>The measure to follow over the periods</source>
        <translation>Die Kennzahl, die über die Zeiträume verfolgt wird</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>{level} (count)</source>
        <translation>{level} (Anzahl)</translation>
    </message>
    <message>
        <source>No counts yet: fill in the Tracking grid</source>
        <translation>Noch keine Werte: Füllen Sie das Erfassungsraster aus</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Investment and return per period</source>
        <translation>Investition und Ertrag je Zeitraum</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Ertrag</translation>
    </message>
    <message>
        <source>amount ({currency})</source>
        <translation>Betrag ({currency})</translation>
    </message>
    <message>
        <source>{period}: investment {investment}, return {returned}, ROI {roi}</source>
        <translation>{period}: Investition {investment}, Ertrag {returned}, ROI {roi}</translation>
    </message>
    <message>
        <source>period ({unit})</source>
        <translation>Zeitraum ({unit})</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>In %n Zelle einfügen</numerusform>
            <numerusform>In %n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block is wider than the table: its right edge was left out</source>
        <translation>Der eingefügte Block ist breiter als die Tabelle: Sein rechter Rand wurde weggelassen</translation>
    </message>
    <message>
        <source>These figures are worked out: change what they come from instead</source>
        <translation>Diese Werte sind berechnet: Ändern Sie stattdessen, woraus sie sich ergeben</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle leeren</numerusform>
            <numerusform>%n Zellen leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the date or pick it (Alt+Down); Enter to keep, Esc to cancel</source>
        <translation>Datum eingeben oder auswählen (Alt+Nach-unten); Eingabe übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <source>Tick the names that apply; Enter to keep, Esc to cancel</source>
        <translation>Zutreffende Namen ankreuzen; Eingabe übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>{file}, read-only</source>
        <translation>{file}, schreibgeschützt</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>It has been open there since {since} (process {process} on {host}). Read-only lets you look and Save As a copy. Editing in both windows means one of you will have to choose whose changes to keep.</source>
        <translation>Die Datei ist dort seit {since} geöffnet (Prozess {process} auf {host}). Schreibgeschützt können Sie den Plan ansehen und mit „Speichern unter“ eine Kopie anlegen. Wird in beiden Fenstern bearbeitet, muss später jemand entscheiden, wessen Änderungen erhalten bleiben.</translation>
    </message>
    <message>
        <source>Plan already open</source>
        <translation>Plan bereits geöffnet</translation>
    </message>
    <message>
        <source>{name} is open in another smplanner window.</source>
        <translation>{name} ist in einem anderen smplanner-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Read-only lets you look and Save As a copy. If you both edit it, the one who saves last replaces the other&apos;s changes.</source>
        <translation>Schreibgeschützt können Sie den Plan ansehen und mit „Speichern unter“ eine Kopie anlegen. Wenn Sie ihn beide bearbeiten, ersetzt, wer zuletzt speichert, die Änderungen des anderen.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Edit Anyway</source>
        <translation>Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user} on {host} since {since}.</source>
        <translation>{name} ist seit {since} in {program} geöffnet, von {user} auf {host}.</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user} on {host}.</source>
        <translation>{name} ist in {program} geöffnet, von {user} auf {host}.</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user} since {since}.</source>
        <translation>{name} ist seit {since} in {program} geöffnet, von {user}.</translation>
    </message>
    <message>
        <source>{name} is open in {program} by {user}.</source>
        <translation>{name} ist in {program} geöffnet, von {user}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening; the plan that is open stays as it is</source>
        <translation>Öffnen abbrechen; der geöffnete Plan bleibt, wie er ist</translation>
    </message>
    <message>
        <source>Saving; the window closes once the plan is saved…</source>
        <translation>Wird gespeichert; das Fenster schließt sich, sobald der Plan gespeichert ist…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Änderungen an {name} vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>New example plan</source>
        <translation>Neuer Beispielplan</translation>
    </message>
    <message>
        <source>New blank plan</source>
        <translation>Neuer leerer Plan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>{name} was not opened</source>
        <translation>{name} wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>Stopped opening {name}; nothing changed</source>
        <translation>Öffnen von {name} abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{name} (opened with problems)</source>
        <translation>{name} (mit Problemen geöffnet)</translation>
    </message>
    <message numerus="yes">
        <source>Opened {name} with %n cell(s) left empty; Save asks for a new name, so your file stays as it is</source>
        <translation>
            <numerusform>{name} geöffnet; leer gelassene Zellen: %n. Speichern fragt nach einem neuen Namen, Ihre Datei bleibt also unverändert</numerusform>
            <numerusform>{name} geöffnet; leer gelassene Zellen: %n. Speichern fragt nach einem neuen Namen, Ihre Datei bleibt also unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {name} read-only (it is open in another window); Save As makes your own copy</source>
        <translation>{name} schreibgeschützt geöffnet (die Datei ist in einem anderen Fenster geöffnet); „Speichern unter“ legt Ihre eigene Kopie an</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>; note: {note} (and %n more)</source>
        <translation>
            <numerusform>; Hinweis: {note} (und %n weitere)</numerusform>
            <numerusform>; Hinweis: {note} (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>; note: {note}</source>
        <translation>; Hinweis: {note}</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan nicht gefunden</translation>
    </message>
    <message>
        <source>{name} is no longer there; it was removed from the recent plans.</source>
        <translation>{name} ist nicht mehr vorhanden und wurde aus den zuletzt geöffneten Plänen entfernt.</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{name} is open in another smplanner window. Save under another name, or close it there first.</source>
        <translation>{name} ist in einem anderen smplanner-Fenster geöffnet. Speichern Sie unter einem anderen Namen oder schließen Sie die Datei zuerst dort.</translation>
    </message>
    <message>
        <source>Not saved: {name} is open in another window</source>
        <translation>Nicht gespeichert: {name} ist in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>Save under another name, or close it there first.</source>
        <translation>Speichern Sie unter einem anderen Namen oder schließen Sie die Datei zuerst dort.</translation>
    </message>
    <message>
        <source>Not saved: {name} is open in {program}</source>
        <translation>Nicht gespeichert: {name} ist in {program} geöffnet</translation>
    </message>
    <message>
        <source>Not saved: {name} was changed on disk</source>
        <translation>Nicht gespeichert: {name} wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>{reason}

The plan is still open with all its changes; use Save As to save it somewhere else.</source>
        <translation>{reason}

Der Plan ist mit allen Änderungen weiterhin geöffnet; speichern Sie ihn mit „Speichern unter“ an einem anderen Ort.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{name} was changed on disk since you opened it, perhaps by a colleague or in Excel.</source>
        <translation>{name} wurde seit dem Öffnen auf dem Datenträger geändert, vielleicht von einem Kollegen oder in Excel.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Replace Their Version</source>
        <translation>Andere Version ersetzen</translation>
    </message>
    <message>
        <source>Saving now would replace that version with yours. Save As keeps both.</source>
        <translation>Wenn Sie jetzt speichern, wird jene Version durch Ihre ersetzt. „Speichern unter“ behält beide.</translation>
    </message>
    <message>
        <source>Reload opens that version and drops your unsaved changes. Save As keeps your version in a new file. Keep Mine goes on with yours; saving will ask before replacing theirs.</source>
        <translation>„Neu laden“ öffnet jene Version und verwirft Ihre ungespeicherten Änderungen. „Speichern unter“ behält Ihre Version in einer neuen Datei. „Meine behalten“ arbeitet mit Ihrer Version weiter; beim Speichern wird vor dem Ersetzen der anderen Version nachgefragt.</translation>
    </message>
    <message>
        <source>You have no unsaved changes here; Reload shows the new version.</source>
        <translation>Sie haben hier keine ungespeicherten Änderungen; „Neu laden“ zeigt die neue Version.</translation>
    </message>
    <message>
        <source>{name} was changed on disk by another program.</source>
        <translation>{name} wurde von einem anderen Programm auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Kept your version of {name}; not saved yet</source>
        <translation>Ihre Version von {name} beibehalten; noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Period {period} is after the plan&apos;s last ({periods}): this line is left out of every figure until the plan has that many periods</source>
        <translation>Zeitraum {period} liegt nach dem letzten des Plans ({periods}): Diese Zeile wird in keiner Kennzahl berücksichtigt, bis der Plan so viele Zeiträume hat</translation>
    </message>
    <message>
        <source>Hours count only on a staff time line; here they cost nothing</source>
        <translation>Stunden zählen nur in einer Zeile für Personalzeit; hier kosten sie nichts</translation>
    </message>
    <message>
        <source>{category} is paid spend: set Organic or paid to paid</source>
        <translation>{category} ist bezahlter Aufwand: Setzen Sie Organisch oder bezahlt auf bezahlt</translation>
    </message>
    <message>
        <source>Period {number}: {name}</source>
        <translation>Zeitraum {number}: {name}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Autosave, language, the currency of new plans and the paper size</source>
        <translation>Automatisches Sichern, Sprache, Währung neuer Pläne und Papierformat</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Werkzeugleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Undo {command}</source>
        <translation>&amp;Rückgängig: {command}</translation>
    </message>
    <message>
        <source>&amp;Redo {command}</source>
        <translation>&amp;Wiederholen: {command}</translation>
    </message>
    <message>
        <source>Read-only: another window has this plan open; use Save As</source>
        <translation>Schreibgeschützt: Ein anderes Fenster hat diesen Plan geöffnet; verwenden Sie „Speichern unter“</translation>
    </message>
    <message>
        <source>Save the plan to its file</source>
        <translation>Den Plan in seiner Datei speichern</translation>
    </message>
    <message>
        <source>Unsaved changes are now autosaved after {seconds} s of quiet</source>
        <translation>Ungespeicherte Änderungen werden jetzt nach {seconds} s ohne Bearbeitung automatisch gesichert</translation>
    </message>
    <message>
        <source>A dimension of your own</source>
        <translation>Eine eigene Dimension</translation>
    </message>
    <message>
        <source>Level {code} {name} — evidenced</source>
        <translation>Stufe {code} {name} — nachgewiesen</translation>
    </message>
    <message>
        <source>Level {code} {name}</source>
        <translation>Stufe {code} {name}</translation>
    </message>
    <message>
        <source>C sets the current level, T the target; F2 edits the text</source>
        <translation>C setzt die aktuelle Stufe, T das Ziel; F2 bearbeitet den Text</translation>
    </message>
    <message>
        <source>Lead pool</source>
        <translation>Lead-Pool</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Open, and its close date has passed: move the date or the stage so the forecast stays true</source>
        <translation>Offen, und das Abschlussdatum ist verstrichen: Verschieben Sie das Datum oder ändern Sie die Phase, damit die Prognose stimmt</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Worked out from the deals; edit them in the list or on the Deals tab</source>
        <translation>Aus den Deals berechnet; bearbeiten Sie sie in der Liste oder auf dem Reiter „Deals“</translation>
    </message>
    <message>
        <source>Value x stage probability; empty for a closed deal</source>
        <translation>Wert x Wahrscheinlichkeit der Phase; leer bei einem abgeschlossenen Deal</translation>
    </message>
    <message>
        <source>The lead pool whose stages hold the deal&apos;s stage</source>
        <translation>Der Lead-Pool, zu dessen Phasen die Phase des Deals gehört</translation>
    </message>
    <message>
        <source>Sourced by social: its first touch was on a social network; influenced: some touch was</source>
        <translation>Durch Social Media generiert: Der erste Touchpoint war in einem sozialen Netzwerk; beeinflusst: Mindestens ein Touchpoint war es</translation>
    </message>
    <message>
        <source>Open deals whose close date has passed</source>
        <translation>Offene Deals, deren Abschlussdatum verstrichen ist</translation>
    </message>
    <message>
        <source>Write the weighted pipeline sourced and influenced by social, per network and period of expected close, into the Tracking actuals (one undo step)</source>
        <translation>Die gewichtete, durch Social Media generierte und beeinflusste Pipeline je Netzwerk und Zeitraum des erwarteten Abschlusses in die Ist-Werte der Erfassung schreiben (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Show all deals</source>
        <translation>Alle Deals anzeigen</translation>
    </message>
    <message>
        <source>Clear the stage, pool and source filters</source>
        <translation>Die Filter für Phase, Pool und Quelle zurücksetzen</translation>
    </message>
    <message>
        <source>List the deals of one stage (or click a stage above)</source>
        <translation>Die Deals einer Phase auflisten (oder oben auf eine Phase klicken)</translation>
    </message>
    <message>
        <source>List the deals of one lead pool</source>
        <translation>Die Deals eines Lead-Pools auflisten</translation>
    </message>
    <message>
        <source>Sourced by social, influenced by social (sourced ones too), or other</source>
        <translation>Durch Social Media generiert, durch Social Media beeinflusst (generierte eingeschlossen) oder Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Lead &amp;pool:</source>
        <translation>Lead-P&amp;ool:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Funnel worked backwards</source>
        <translation>Trichter rückwärts gerechnet</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Engpässe</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s): weighted {weighted}, best case {best}, commit {commit}. Sourced by social {sourced}, influenced by social {influenced} (weighted).</source>
        <translation>
            <numerusform>%n offener Deal: gewichtet {weighted}, Best Case {best}, Commit {commit}. Durch Social Media generiert {sourced}, beeinflusst {influenced} (gewichtet).</numerusform>
            <numerusform>%n offene Deals: gewichtet {weighted}, Best Case {best}, Commit {commit}. Durch Social Media generiert {sourced}, beeinflusst {influenced} (gewichtet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open deal(s) overdue&lt;/b&gt; ({value}): their close date has passed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n offener Deal überfällig&lt;/b&gt; ({value}): Sein Abschlussdatum ist verstrichen.</numerusform>
            <numerusform>&lt;b&gt;%n offene Deals überfällig&lt;/b&gt; ({value}): Ihr Abschlussdatum ist verstrichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) close outside the plan&apos;s periods (or have no close date).</source>
        <translation>
            <numerusform>%n offener Deal schließt außerhalb der Zeiträume des Plans (oder hat kein Abschlussdatum).</numerusform>
            <numerusform>%n offene Deals schließen außerhalb der Zeiträume des Plans (oder haben kein Abschlussdatum).</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>Alle Pools</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {all} deal(s)</source>
        <translation>
            <numerusform>%n von {all} Deals angezeigt</numerusform>
            <numerusform>%n von {all} Deals angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing filled</source>
        <translation>Nichts eingetragen</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>All tactics</source>
        <translation>Alle Taktiken</translation>
    </message>
    <message>
        <source>Show only the rows of one stage</source>
        <translation>Nur die Zeilen einer Phase anzeigen</translation>
    </message>
    <message>
        <source>Show only the planner rows of one stage</source>
        <translation>Nur die Planerzeilen einer Phase anzeigen</translation>
    </message>
    <message>
        <source>Show only the rows of one goal</source>
        <translation>Nur die Zeilen eines Ziels anzeigen</translation>
    </message>
    <message>
        <source>Show only the planner rows of one goal</source>
        <translation>Nur die Planerzeilen eines Ziels anzeigen</translation>
    </message>
    <message>
        <source>Show only the rows of one tactic</source>
        <translation>Nur die Zeilen einer Taktik anzeigen</translation>
    </message>
    <message>
        <source>Show only the planner rows of one tactic</source>
        <translation>Nur die Planerzeilen einer Taktik anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Show only the rows whose stage, goal, tactic or notes hold this</source>
        <translation>Nur die Zeilen anzeigen, deren Phase, Ziel, Taktik oder Notizen dies enthalten</translation>
    </message>
    <message>
        <source>Type to show only the rows that contain the text</source>
        <translation>Tippen Sie, um nur die Zeilen mit diesem Text anzuzeigen</translation>
    </message>
    <message>
        <source>Primary: the row is judged by this KPI (one to three per row)</source>
        <translation>Primär: Die Zeile wird an diesem KPI gemessen (ein bis drei je Zeile)</translation>
    </message>
    <message>
        <source>Secondary: the KPI is watched, not judged by</source>
        <translation>Sekundär: Der KPI wird beobachtet, aber nicht zur Bewertung herangezogen</translation>
    </message>
    <message>
        <source>Row needs focus</source>
        <translation>Zeile braucht Fokus</translation>
    </message>
    <message>
        <source>The row has no primary KPI or more than three; hover its number for why</source>
        <translation>Die Zeile hat keinen primären KPI oder mehr als drei; zeigen Sie auf ihre Nummer, um den Grund zu sehen</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>Unit: {unit}; {direction}</source>
        <translation>Einheit: {unit}; {direction}</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Usual stages: {stages}</source>
        <translation>Übliche Phasen: {stages}</translation>
    </message>
    <message>
        <source>Click a cell: Primary, Secondary, empty. Or type P, S, Delete.</source>
        <translation>Klicken Sie auf eine Zelle: Primär, Sekundär, leer. Oder drücken Sie P, S, Entf.</translation>
    </message>
    <message>
        <source>Choose the {missing} of this row.</source>
        <translation>Wählen Sie für diese Zeile: {missing}.</translation>
    </message>
    <message>
        <source>{kpi}: Primary, row {row} is judged by it</source>
        <translation>{kpi}: Primär, Zeile {row} wird daran gemessen</translation>
    </message>
    <message>
        <source>{kpi}: Secondary, watched in row {row}</source>
        <translation>{kpi}: Sekundär, in Zeile {row} beobachtet</translation>
    </message>
    <message>
        <source>{kpi}: click, or type P or S</source>
        <translation>{kpi}: klicken oder P bzw. S drücken</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>After this many seconds without an edit, an unsaved plan is copied to a recovery file (never over your own file). If smplanner or the computer stops, the next start offers the copy back.</source>
        <translation>Nach so vielen Sekunden ohne Bearbeitung wird ein ungespeicherter Plan in eine Wiederherstellungsdatei kopiert (nie über Ihre eigene Datei). Wird smplanner oder der Computer unerwartet beendet, bietet der nächste Start die Kopie wieder an.</translation>
    </message>
    <message>
        <source>&amp;Autosave after</source>
        <translation>&amp;Automatisch sichern nach</translation>
    </message>
    <message>
        <source>Unsaved changes are copied to a recovery file once you stop editing for this long; saving, or closing without saving, removes the copy.</source>
        <translation>Ungespeicherte Änderungen werden in eine Wiederherstellungsdatei kopiert, sobald Sie so lange nichts bearbeitet haben; Speichern oder Schließen ohne Speichern entfernt die Kopie.</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>Takes effect when smplanner starts again</source>
        <translation>Wirkt beim nächsten Start von smplanner</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>As the locale has it ({paper})</source>
        <translation>Wie im Gebietsschema ({paper})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language of menus and messages; numbers follow your country</source>
        <translation>Die Sprache von Menüs und Meldungen; Zahlen richten sich nach Ihrem Land</translation>
    </message>
    <message>
        <source>C&amp;urrency of new plans</source>
        <translation>&amp;Währung neuer Pläne</translation>
    </message>
    <message>
        <source>The code or symbol shown with amounts in a new blank plan (EUR, USD, zł); a plan keeps its own, which Measuring changes</source>
        <translation>Der Code oder das Symbol, das in einem neuen leeren Plan bei Beträgen steht (EUR, USD, zł); ein Plan behält seine eigene Währung, die unter „Messen“ geändert wird</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <source>The paper printed and exported pages are laid out for</source>
        <translation>Das Papier, für das gedruckte und exportierte Seiten eingerichtet werden</translation>
    </message>
    <message>
        <source>The new language shows when smplanner starts again</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von smplanner</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>Probleme in {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n value(s) that smplanner cannot use.</source>
        <translation>
            <numerusform>{name} enthält %n Wert, den smplanner nicht verwenden kann.</numerusform>
            <numerusform>{name} enthält %n Werte, die smplanner nicht verwenden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them in Excel or LibreOffice and open the file again, or open it now with those cells left empty. It then opens as a new, unsaved plan, so your file stays as it is.</source>
        <translation>Korrigieren Sie sie in Excel oder LibreOffice und öffnen Sie die Datei erneut, oder öffnen Sie sie jetzt mit leeren Zellen an diesen Stellen. Sie wird dann als neuer, ungespeicherter Plan geöffnet, sodass Ihre Datei unverändert bleibt.</translation>
    </message>
    <message>
        <source>Open anyway with these cells left empty</source>
        <translation>Trotzdem öffnen, diese Zellen bleiben leer</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Liste kopieren</translation>
    </message>
    <message>
        <source>Copy every problem as text, to keep while fixing the file</source>
        <translation>Alle Probleme als Text kopieren, um sie beim Korrigieren der Datei griffbereit zu haben</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>(Arbeitsmappe)</translation>
    </message>
    <message>
        <source>Note: {message}</source>
        <translation>Hinweis: {message}</translation>
    </message>
    <message>
        <source>… and {count} more; Copy list copies them all</source>
        <translation>… und {count} weitere; „Liste kopieren“ kopiert alle</translation>
    </message>
    <message>
        <source>Its file is {path}.</source>
        <translation>Die zugehörige Datei ist {path}.</translation>
    </message>
    <message>
        <source>It was never saved to a file.</source>
        <translation>Der Plan wurde nie in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>A copy was autosaved on {when}. {where} Recover opens it with every change up to then; Discard deletes the copy; Decide Later asks again at the next start.</source>
        <translation>Eine Kopie wurde am {when} automatisch gesichert. {where} „Wiederherstellen“ öffnet sie mit allen Änderungen bis zu diesem Zeitpunkt; „Verwerfen“ löscht die Kopie; „Später entscheiden“ fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>smplanner closed without saving the plan “{name}”.</source>
        <translation>smplanner wurde beendet, ohne den Plan „{name}“ zu speichern.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Discarded the recovery copy of {name}</source>
        <translation>Wiederherstellungskopie von {name} verworfen</translation>
    </message>
    <message>
        <source>The recovery copy of {name} cannot be read: {error}

It is kept in {folder}.</source>
        <translation>Die Wiederherstellungskopie von {name} kann nicht gelesen werden: {error}

Sie bleibt in {folder} erhalten.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>; {path} is open in another window, so Save asks for a name</source>
        <translation>; {path} ist in einem anderen Fenster geöffnet, daher fragt Speichern nach einem Namen</translation>
    </message>
    <message>
        <source>Recovered {name} as autosaved at {time}</source>
        <translation>{name} wiederhergestellt (automatisch gesichert um {time})</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>ein Netzwerk</translation>
    </message>
    <message>
        <source>Give it {what}.</source>
        <translation>Es fehlt noch: {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Not rated yet: {signs}.</source>
        <translation>Noch nicht bewertet: {signs}.</translation>
    </message>
    <message>
        <source>{sign}: not rated yet (F fine, D doubtful, R red flag)</source>
        <translation>{sign}: noch nicht bewertet (F unauffällig, D zweifelhaft, R Alarmsignal)</translation>
    </message>
    <message>
        <source>{sign}: {rating}</source>
        <translation>{sign}: {rating}</translation>
    </message>
    <message>
        <source>Your decision: {decision} (the rule says {rule})</source>
        <translation>Ihre Entscheidung: {decision} (die Regel sagt: {rule})</translation>
    </message>
    <message>
        <source>The rule says {decision}: {reason}</source>
        <translation>Regel: {decision} — {reason}</translation>
    </message>
    <message>
        <source>Your decision: {decision}. {rule}</source>
        <translation>Ihre Entscheidung: {decision}. {rule}</translation>
    </message>
    <message>
        <source>{decision} (yours)</source>
        <translation>{decision} (Ihre Wahl)</translation>
    </message>
    <message>
        <source>No scores yet: add an account</source>
        <translation>Noch keine Scores: legen Sie ein Konto an</translation>
    </message>
    <message>
        <source>each won deal to the channel that brought it in</source>
        <translation>jeder gewonnene Deal an den Kanal, der ihn hereingebracht hat</translation>
    </message>
    <message>
        <source>each won deal to its last touch before the close</source>
        <translation>jeder gewonnene Deal an seinen letzten Touchpoint vor dem Abschluss</translation>
    </message>
    <message>
        <source>each won deal shared equally among its touches</source>
        <translation>jeder gewonnene Deal zu gleichen Teilen auf seine Touchpoints verteilt</translation>
    </message>
    <message>
        <source>40 % to the first touch, 40 % to the last, 20 % to those between</source>
        <translation>40 % an den ersten Touchpoint, 40 % an den letzten, 20 % an die dazwischen</translation>
    </message>
    <message>
        <source>recent touches weigh more (see the half-life)</source>
        <translation>jüngere Touchpoints zählen mehr (siehe Halbwertszeit)</translation>
    </message>
    <message>
        <source>by how many conversions are lost when a channel is taken out of every path</source>
        <translation>danach, wie viele Konversionen verloren gehen, wenn ein Kanal aus jedem Pfad entfernt wird</translation>
    </message>
    <message>
        <source>What the plan&apos;s social media work cost in its periods</source>
        <translation>Was die Social-Media-Arbeit des Plans in seinen Zeiträumen gekostet hat</translation>
    </message>
    <message>
        <source>Revenue counted by the rule chosen above</source>
        <translation>Umsatz, gezählt nach der oben gewählten Regel</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(return - investment) / investment; n/a without investment</source>
        <translation>(Ertrag - Investition) / Investition; k. A. ohne Investition</translation>
    </message>
    <message>
        <source>Cost per follower gained</source>
        <translation>Kosten je gewonnenem Follower</translation>
    </message>
    <message>
        <source>Investment / growth in followers</source>
        <translation>Investition / Zuwachs an Followern</translation>
    </message>
    <message>
        <source>Cost per MQC</source>
        <translation>Kosten je MQC</translation>
    </message>
    <message>
        <source>Investment / marketing qualified contacts (latest count)</source>
        <translation>Investition / marketingqualifizierte Kontakte (letzter Stand)</translation>
    </message>
    <message>
        <source>Cost per SQO</source>
        <translation>Kosten je SQO</translation>
    </message>
    <message>
        <source>Investment / sales qualified opportunities (latest count)</source>
        <translation>Investition / vertriebsqualifizierte Verkaufschancen (letzter Stand)</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Kundenwert über die Laufzeit</translation>
    </message>
    <message>
        <source>Annual revenue x margin x years + referrals x value</source>
        <translation>Jahresumsatz x Marge x Jahre + Empfehlungen x Wert</translation>
    </message>
    <message>
        <source>Not applicable: the figure divides by zero or lacks data</source>
        <translation>Keine Angabe: Die Kennzahl teilt durch null oder es fehlen Daten</translation>
    </message>
    <message>
        <source>ROI dashboard</source>
        <translation>ROI-Übersicht</translation>
    </message>
    <message>
        <source>By network</source>
        <translation>Nach Netzwerk</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Nach Zeitraum</translation>
    </message>
    <message>
        <source>Nothing to chart yet: enter costs, targets and results per period on the Measuring tab.</source>
        <translation>Noch nichts darzustellen: Erfassen Sie Kosten, Ziele und Ergebnisse je Zeitraum auf der Registerkarte Messen.</translation>
    </message>
    <message>
        <source>Go to Measuring</source>
        <translation>Zu Messen wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>Organic {organic} · paid {paid}</source>
        <translation>Organisch {organic} · bezahlt {paid}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) after the last period left out</source>
        <translation>
            <numerusform>%n Zeile nach dem letzten Zeitraum nicht berücksichtigt</numerusform>
            <numerusform>%n Zeilen nach dem letzten Zeitraum nicht berücksichtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Not tied to a network</source>
        <translation>Keinem Netzwerk zugeordnet</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organisch</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Returns are not split into organic and paid</source>
        <translation>Erträge werden nicht nach organisch und bezahlt aufgeteilt</translation>
    </message>
    <message>
        <source>The dashboard is worked out from the Measuring tab; edit there</source>
        <translation>Die Übersicht wird aus dem Reiter Messen berechnet; bearbeiten Sie die Werte dort</translation>
    </message>
    <message>
        <source>Type a number to fill a cell, Enter for the next KPI below, Tab for the next column; Delete empties a cell (no data, not zero). Paste a block from a spreadsheet: its columns go to the next periods, its rows to the next KPIs.</source>
        <translation>Geben Sie eine Zahl ein, um eine Zelle zu füllen; Eingabe springt zum nächsten KPI darunter, Tab zur nächsten Spalte; Entf leert eine Zelle (keine Daten, nicht null). Fügen Sie einen Block aus einer Tabellenkalkulation ein: Seine Spalten gehen in die nächsten Zeiträume, seine Zeilen in die nächsten KPIs.</translation>
    </message>
    <message>
        <source>The network to track another KPI on</source>
        <translation>Das Netzwerk, auf dem ein weiterer KPI erfasst werden soll</translation>
    </message>
    <message>
        <source>Any KPI of the catalogue; Followers, MQC and SQO are always there</source>
        <translation>Jeder KPI aus dem Katalog; Follower, MQC und SQO sind immer dabei</translation>
    </message>
    <message>
        <source>Track {kpi} on {network}</source>
        <translation>{kpi} auf {network} erfassen</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a row for the chosen KPI on the chosen network</source>
        <translation>Eine Zeile für den gewählten KPI im gewählten Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Only networks with data</source>
        <translation>Nur Netzwerke mit Daten</translation>
    </message>
    <message>
        <source>Hide the networks nothing is tracked on yet; add a row to bring one back</source>
        <translation>Netzwerke ausblenden, auf denen noch nichts erfasst wird; fügen Sie eine Zeile hinzu, um eines wieder anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Stop tracking the KPI of the current row, with all its values</source>
        <translation>Den KPI der aktuellen Zeile mit allen Werten nicht mehr erfassen</translation>
    </message>
    <message>
        <source>{kpi} is already tracked on {network}</source>
        <translation>{kpi} wird auf {network} bereits erfasst</translation>
    </message>
    <message>
        <source>Worked-out rows follow the KPIs above them</source>
        <translation>Berechnete Zeilen ergeben sich aus den KPIs darüber</translation>
    </message>
    <message>
        <source>{kpi} is always tracked; empty its cells instead</source>
        <translation>{kpi} wird immer erfasst; leeren Sie stattdessen seine Zellen</translation>
    </message>
    <message>
        <source>Stop tracking {kpi} on {network}</source>
        <translation>{kpi} auf {network} nicht mehr erfassen</translation>
    </message>
    <message>
        <source>Stop tracking {kpi} on {network}; Undo (Ctrl+Z) brings its values back</source>
        <translation>{kpi} auf {network} wird nicht mehr erfasst; Rückgängig (Strg+Z) stellt die Werte wieder her</translation>
    </message>
    <message>
        <source>Paste into a Target or Actual cell of a KPI row</source>
        <translation>Fügen Sie in eine Ziel- oder Ist-Zelle einer KPI-Zeile ein</translation>
    </message>
    <message>
        <source>The pasted block is larger than the grid: its edge was left out</source>
        <translation>Der eingefügte Block ist größer als das Raster: sein Rand wurde weggelassen</translation>
    </message>
    <message>
        <source>Add a cost line below the current one, for the same period and network</source>
        <translation>Eine Kostenzeile unter der aktuellen hinzufügen, für denselben Zeitraum und dasselbe Netzwerk</translation>
    </message>
    <message>
        <source>Delete the selected cost lines</source>
        <translation>Die ausgewählten Kostenzeilen löschen</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete lines</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>Investment {investment}: organic {organic}, paid {paid}</source>
        <translation>Investition {investment}: organisch {organic}, bezahlt {paid}</translation>
    </message>
    <message>
        <source>Add cost line</source>
        <translation>Kostenzeile hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cost line(s)</source>
        <translation>
            <numerusform>%n Kostenzeile löschen</numerusform>
            <numerusform>%n Kostenzeilen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cost line(s); Undo (Ctrl+Z) brings them back</source>
        <translation>
            <numerusform>%n Kostenzeile gelöscht; Rückgängig (Strg+Z) stellt sie wieder her</numerusform>
            <numerusform>%n Kostenzeilen gelöscht; Rückgängig (Strg+Z) stellt sie wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Periods numbered {first} to {last}</source>
        <translation>Zeiträume nummeriert von {first} bis {last}</translation>
    </message>
    <message>
        <source>{table} is not a catalogue</source>
        <translation>„{table}“ ist kein Katalog</translation>
    </message>
    <message>
        <source>The other plan has no {noun} called &apos;{name}&apos;</source>
        <translation>Der andere Plan hat keinen Eintrag „{name}“ ({noun})</translation>
    </message>
    <message>
        <source>This plan has no {noun} called &apos;{name}&apos;</source>
        <translation>Dieser Plan hat keinen Eintrag „{name}“ ({noun})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be taken as &apos;{target}&apos;: {reason}</source>
        <translation>„{name}“ kann nicht als „{target}“ übernommen werden: {reason}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>Every conflicting value needs a choice: mine or theirs</source>
        <translation>Jeder widersprüchliche Wert braucht eine Wahl: meiner oder der andere</translation>
    </message>
    <message>
        <source>Merge plans</source>
        <translation>Pläne zusammenführen</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>Zeilen {first}–{last}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>rows {listed} and {last}</source>
        <translation>Zeilen {listed} und {last}</translation>
    </message>
    <message>
        <source>Planner row</source>
        <translation>Planerzeile</translation>
    </message>
    <message>
        <source>Rows in the plan (and how many the filter shows); rows marked ⚠ have no primary KPI or more than three</source>
        <translation>Zeilen im Plan (und wie viele der Filter zeigt); mit ⚠ markierte Zeilen haben keinen primären KPI oder mehr als drei</translation>
    </message>
    <message>
        <source>Click selects · P, S, Delete mark the selection · Space or a double-click cycles Primary, Secondary, empty</source>
        <translation>Klick wählt aus · P, S, Entf markieren die Auswahl · Leertaste oder Doppelklick wechselt zwischen Primär, Sekundär, leer</translation>
    </message>
    <message>
        <source>No rows yet: a row names a stage of the buyer&apos;s journey, a goal and a tactic, and marks the KPIs that judge it.</source>
        <translation>Noch keine Zeilen: Eine Zeile nennt eine Phase der Customer Journey, ein Ziel und eine Taktik und markiert die KPIs, an denen sie gemessen wird.</translation>
    </message>
    <message>
        <source>Add your first row</source>
        <translation>Erste Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Right-click for the marks and row commands; Alt+Up and Alt+Down move rows</source>
        <translation>Rechtsklick für Markierungen und Zeilenbefehle; Alt+↑ und Alt+↓ verschieben Zeilen</translation>
    </message>
    <message>
        <source>Mark &amp;primary</source>
        <translation>Als &amp;primär markieren</translation>
    </message>
    <message>
        <source>Mark the selected KPI cells primary: the KPIs that judge the row</source>
        <translation>Die ausgewählten KPI-Zellen als primär markieren: die KPIs, an denen die Zeile gemessen wird</translation>
    </message>
    <message>
        <source>Mark &amp;secondary</source>
        <translation>Als &amp;sekundär markieren</translation>
    </message>
    <message>
        <source>Mark the selected KPI cells secondary: KPIs watched alongside</source>
        <translation>Die ausgewählten KPI-Zellen als sekundär markieren: KPIs, die nebenher beobachtet werden</translation>
    </message>
    <message>
        <source>&amp;Next mark</source>
        <translation>&amp;Nächste Markierung</translation>
    </message>
    <message>
        <source>Give the selection the current cell&apos;s next mark: primary, secondary, empty</source>
        <translation>Der Auswahl die nächste Markierung der aktuellen Zelle geben: primär, sekundär, leer</translation>
    </message>
    <message>
        <source>&amp;Clear marks</source>
        <translation>Markierungen &amp;entfernen</translation>
    </message>
    <message>
        <source>Clear the marks of the selected KPI cells (Delete)</source>
        <translation>Die Markierungen der ausgewählten KPI-Zellen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Add a row below the current one, with its stage and goal</source>
        <translation>Eine Zeile unter der aktuellen hinzufügen, mit deren Phase und Ziel</translation>
    </message>
    <message>
        <source>D&amp;uplicate rows</source>
        <translation>Zeilen d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, marks and all, below them</source>
        <translation>Die ausgewählten Zeilen samt Markierungen darunter kopieren</translation>
    </message>
    <message>
        <source>De&amp;lete rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected rows (undo brings them back)</source>
        <translation>Die ausgewählten Zeilen löschen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Move rows &amp;up</source>
        <translation>Zeilen nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected rows up</source>
        <translation>Die ausgewählten Zeilen nach oben verschieben</translation>
    </message>
    <message>
        <source>Move rows do&amp;wn</source>
        <translation>Zeilen nach un&amp;ten</translation>
    </message>
    <message>
        <source>Move the selected rows down</source>
        <translation>Die ausgewählten Zeilen nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Suggest KPIs</source>
        <translation>KPIs &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Mark the KPIs that fit each selected row&apos;s stage and goal (replaces its marks)</source>
        <translation>Die KPIs markieren, die zu Phase und Ziel jeder ausgewählten Zeile passen (ersetzt deren Markierungen)</translation>
    </message>
    <message>
        <source>&amp;Filter rows…</source>
        <translation>Zeilen &amp;filtern…</translation>
    </message>
    <message>
        <source>Search the rows by stage, goal, tactic or notes</source>
        <translation>Zeilen nach Phase, Ziel, Taktik oder Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;all rows</source>
        <translation>&amp;Alle Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Clear the filter and show every row</source>
        <translation>Filter aufheben und alle Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Add planner row</source>
        <translation>Planerzeile hinzufügen</translation>
    </message>
    <message>
        <source>Added row {row}: choose its stage, goal and tactic (F2), then mark its KPIs</source>
        <translation>Zeile {row} hinzugefügt: Wählen Sie Phase, Ziel und Taktik (F2) und markieren Sie dann ihre KPIs</translation>
    </message>
    <message>
        <source>The filter was cleared to show the new row</source>
        <translation>Der Filter wurde aufgehoben, um die neue Zeile zu zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n planner row(s)</source>
        <translation>
            <numerusform>%n Planerzeile duplizieren</numerusform>
            <numerusform>%n Planerzeilen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated {rows} as {copies}</source>
        <translation>{rows} dupliziert als {copies}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n planner row(s)</source>
        <translation>
            <numerusform>%n Planerzeile löschen</numerusform>
            <numerusform>%n Planerzeilen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) — Undo with Ctrl+Z</source>
        <translation>
            <numerusform>%n Zeile gelöscht – Rückgängig mit Strg+Z</numerusform>
            <numerusform>%n Zeilen gelöscht – Rückgängig mit Strg+Z</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one block of neighbouring rows to move</source>
        <translation>Wählen Sie einen zusammenhängenden Block von Zeilen zum Verschieben</translation>
    </message>
    <message>
        <source>Already the first row shown</source>
        <translation>Bereits die erste angezeigte Zeile</translation>
    </message>
    <message>
        <source>Already the last row shown</source>
        <translation>Bereits die letzte angezeigte Zeile</translation>
    </message>
    <message numerus="yes">
        <source>Move %n planner row(s) up</source>
        <translation>
            <numerusform>%n Planerzeile nach oben verschieben</numerusform>
            <numerusform>%n Planerzeilen nach oben verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n planner row(s) down</source>
        <translation>
            <numerusform>%n Planerzeile nach unten verschieben</numerusform>
            <numerusform>%n Planerzeilen nach unten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggested KPIs are already marked in {rows}</source>
        <translation>Die vorgeschlagenen KPIs sind in {rows} bereits markiert</translation>
    </message>
    <message>
        <source>Suggest KPIs for {rows}</source>
        <translation>KPIs vorschlagen für {rows}</translation>
    </message>
    <message>
        <source>Suggested KPIs for {rows}; the earlier marks of {marked} were replaced (Ctrl+Z)</source>
        <translation>KPIs vorgeschlagen für {rows}; die bisherigen Markierungen von {marked} wurden ersetzt (Strg+Z)</translation>
    </message>
    <message>
        <source>Suggested KPIs for {rows}</source>
        <translation>KPIs vorgeschlagen für {rows}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Set {kpi} to {mark} in row {row}</source>
        <translation>{kpi} in Zeile {row} auf {mark} setzen</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cell(s) {mark}</source>
        <translation>
            <numerusform>%n Zelle als {mark} markieren</numerusform>
            <numerusform>%n Zellen als {mark} markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s) in {rows} as tab-separated text</source>
        <translation>
            <numerusform>%n Zelle ({rows}) als tabulatorgetrennten Text kopiert</numerusform>
            <numerusform>%n Zellen ({rows}) als tabulatorgetrennten Text kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n row(s) shown</source>
        <translation>
            <numerusform>{shown} von %n Zeile angezeigt</numerusform>
            <numerusform>{shown} von %n Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs focus</source>
        <translation>
            <numerusform>%n braucht Fokus</numerusform>
            <numerusform>%n brauchen Fokus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need focus</source>
        <translation>
            <numerusform>%n braucht Fokus</numerusform>
            <numerusform>%n brauchen Fokus</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>On a warning sign: F fine · D doubtful · R red flag · Space ticks Personal message · F6 to the counts</source>
        <translation>Auf einem Warnzeichen: F unauffällig · D zweifelhaft · R Alarmsignal · Leertaste hakt „Persönliche Nachricht“ ab · F6 zu den Zahlen</translation>
    </message>
    <message>
        <source>What to do: two red flags or more, ignore; a known relationship and no red flag, accept; otherwise reply first and ask what the connection is for. Your decision, when you set one, wins</source>
        <translation>Was zu tun ist: ab zwei Alarmsignalen ignorieren; bei bekannter Beziehung ohne Alarmsignal annehmen; sonst erst antworten und fragen, wozu der Kontakt dienen soll. Ihre eigene Entscheidung, wenn Sie eine treffen, hat Vorrang</translation>
    </message>
    <message>
        <source>Why the rule says so</source>
        <translation>Warum die Regel das sagt</translation>
    </message>
    <message>
        <source>No requests logged yet: log each connection request you get, and the rules say whether to accept it, reply first or ignore it.</source>
        <translation>Noch keine Anfragen erfasst: Erfassen Sie jede Kontaktanfrage; die Regeln sagen, ob Sie sie annehmen, erst antworten oder ignorieren.</translation>
    </message>
    <message>
        <source>&amp;Log request</source>
        <translation>Anfrage &amp;erfassen</translation>
    </message>
    <message>
        <source>Add a request dated today, on the network of the last one</source>
        <translation>Eine Anfrage mit heutigem Datum hinzufügen, im Netzwerk der letzten</translation>
    </message>
    <message>
        <source>Rate the rest &amp;fine</source>
        <translation>Rest als &amp;unauffällig bewerten</translation>
    </message>
    <message>
        <source>Rate every sign not rated yet of the selected requests as fine</source>
        <translation>Alle noch nicht bewerteten Warnzeichen der ausgewählten Anfragen als unauffällig bewerten</translation>
    </message>
    <message>
        <source>&amp;Delete requests</source>
        <translation>Anfragen &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected requests (Undo brings them back)</source>
        <translation>Die ausgewählten Anfragen löschen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection requests&lt;/b&gt; — accept people you have really exchanged value with; look hard at strangers</source>
        <translation>&lt;b&gt;Kontaktanfragen&lt;/b&gt; — nehmen Sie Menschen an, mit denen Sie wirklich Wertvolles ausgetauscht haben; sehen Sie bei Fremden genau hin</translation>
    </message>
    <message>
        <source>&lt;b&gt;By network and month&lt;/b&gt; — who sends the suspicious ones</source>
        <translation>&lt;b&gt;Nach Netzwerk und Monat&lt;/b&gt; — woher die verdächtigen kommen</translation>
    </message>
    <message>
        <source>Log a request</source>
        <translation>Anfrage erfassen</translation>
    </message>
    <message>
        <source>Logged a request dated today: type the name, then rate the signs</source>
        <translation>Anfrage mit heutigem Datum erfasst: Namen eingeben, dann die Warnzeichen bewerten</translation>
    </message>
    <message>
        <source>Every sign of the selected requests is rated</source>
        <translation>Alle Warnzeichen der ausgewählten Anfragen sind bewertet</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n sign(s) fine</source>
        <translation>
            <numerusform>%n Warnzeichen als unauffällig bewerten</numerusform>
            <numerusform>%n Warnzeichen als unauffällig bewerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %n sign(s) fine</source>
        <translation>
            <numerusform>%n Warnzeichen als unauffällig bewertet</numerusform>
            <numerusform>%n Warnzeichen als unauffällig bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage löschen</numerusform>
            <numerusform>%n Anfragen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n request(s); Undo brings them back</source>
        <translation>
            <numerusform>%n Anfrage gelöscht; Rückgängig stellt sie wieder her</numerusform>
            <numerusform>%n Anfragen gelöscht; Rückgängig stellt sie wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate {sign} {rating} in row {row}</source>
        <translation>{sign} als {rating} bewerten (Zeile {row})</translation>
    </message>
    <message>
        <source>{count} — Insert logs one</source>
        <translation>{count} — Einfg erfasst eine</translation>
    </message>
    <message>
        <source>{count}, {unfinished} to finish (marked ⚠)</source>
        <translation>{count}, {unfinished} zu vervollständigen (mit ⚠ markiert)</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Add the plan settings</source>
        <translation>Planeinstellungen hinzufügen</translation>
    </message>
    <message>
        <source>Not set: {setting}: {error}</source>
        <translation>Nicht gesetzt: {setting}: {error}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date smplanner reads; the periods are numbered. Try 2027-01, 2027-W05 or 2027-Q1</source>
        <translation>„{value}“ ist kein Datum, das smplanner lesen kann; die Zeiträume werden nummeriert. Versuchen Sie 2027-01, 2027-W05 oder 2027-Q1</translation>
    </message>
    <message>
        <source>Set {setting} to {value}</source>
        <translation>{setting} auf {value} setzen</translation>
    </message>
    <message>
        <source>Drop periods?</source>
        <translation>Zeiträume entfernen?</translation>
    </message>
    <message>
        <source>Periods after period {period} hold {rows}. Drop them with the periods?

Undo (Ctrl+Z) brings them back.</source>
        <translation>Die Zeiträume nach Zeitraum {period} enthalten {rows}. Mit den Zeiträumen entfernen?

Rückgängig (Strg+Z) stellt sie wieder her.</translation>
    </message>
    <message>
        <source>The number of periods is unchanged</source>
        <translation>Die Anzahl der Zeiträume bleibt unverändert</translation>
    </message>
    <message>
        <source>Dropped {rows}; Undo (Ctrl+Z) brings them back</source>
        <translation>Entfernt: {rows}; Rückgängig (Strg+Z) stellt sie wieder her</translation>
    </message>
    <message>
        <source>Set {column} in row {row}</source>
        <translation>{column} in Zeile {row} setzen</translation>
    </message>
    <message>
        <source>row {row}, {column}: {error}</source>
        <translation>Zeile {row}, {column}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Not set: {problem} (and %n more)</source>
        <translation>
            <numerusform>Nicht gesetzt: {problem} (und %n weiterer)</numerusform>
            <numerusform>Nicht gesetzt: {problem} (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Att.</source>
        <translation>Erf.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{year}-W{week}</source>
        <translation>KW {week}/{year}</translation>
    </message>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>P{number}</source>
        <translation>Z{number}</translation>
    </message>
    <message>
        <source>{level} (total)</source>
        <translation>{level} (gesamt)</translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation>Follower-Zuwachs</translation>
    </message>
    <message>
        <source>{kpi} on {network}</source>
        <translation>{kpi} auf {network}</translation>
    </message>
    <message>
        <source>The sum over all networks that have a count in the period</source>
        <translation>Die Summe über alle Netzwerke, die im Zeitraum einen Wert haben</translation>
    </message>
    <message>
        <source>Growth over the period before: (this - before) / before; n/a when the period before is 0 or has no data</source>
        <translation>Zuwachs gegenüber dem vorherigen Zeitraum: (aktuell - vorher) / vorher; k. A., wenn der vorherige Zeitraum 0 ist oder keine Daten hat</translation>
    </message>
    <message>
        <source>How many of the level above reached this level</source>
        <translation>Wie viele der Stufe darüber diese Stufe erreicht haben</translation>
    </message>
    <message>
        <source>Attainment in {where}: actual / target</source>
        <translation>Zielerreichung in {where}: Ist / Ziel</translation>
    </message>
    <message>
        <source>{row}, targets, {where}; worked out, read-only</source>
        <translation>{row}, Zielwerte, {where}; berechnet, schreibgeschützt</translation>
    </message>
    <message>
        <source>{row}, actuals, {where}; worked out, read-only</source>
        <translation>{row}, Istwerte, {where}; berechnet, schreibgeschützt</translation>
    </message>
    <message>
        <source>{kpi}, target, {where}. Growth over the period before: {growth}</source>
        <translation>{kpi}, Ziel, {where}. Zuwachs gegenüber dem vorherigen Zeitraum: {growth}</translation>
    </message>
    <message>
        <source>{kpi}, actual, {where}. Growth over the period before: {growth}</source>
        <translation>{kpi}, Ist, {where}. Zuwachs gegenüber dem vorherigen Zeitraum: {growth}</translation>
    </message>
    <message>
        <source>What you aim for at the end of {period}</source>
        <translation>Was Sie am Ende von {period} erreichen wollen</translation>
    </message>
    <message>
        <source>What you counted at the end of {period}; empty means no data, not zero</source>
        <translation>Was Sie am Ende von {period} gezählt haben; leer bedeutet keine Daten, nicht null</translation>
    </message>
    <message>
        <source>Actual / target</source>
        <translation>Ist / Ziel</translation>
    </message>
    <message>
        <source>Set target of {row} on {network}, {period}</source>
        <translation>Ziel von {row} auf {network} setzen, {period}</translation>
    </message>
    <message>
        <source>Set actual of {row} on {network}, {period}</source>
        <translation>Ist von {row} auf {network} setzen, {period}</translation>
    </message>
    <message>
        <source>{row}, {period}: {error}</source>
        <translation>{row}, {period}: {error}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist ausgeschöpft</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>die Datei wäre größer, als dieses System zulässt</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>Sie haben keine Schreibrechte für diesen Ordner</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>der Ordner existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>the file name is too long ({size:,} bytes; at most {limit:,})</source>
        <translation>der Dateiname ist zu lang ({size:,} Byte; höchstens {limit:,})</translation>
    </message>
    <message>
        <source>the path is too long ({size:,} bytes; at most {limit:,})</source>
        <translation>der Pfad ist zu lang ({size:,} Byte; höchstens {limit:,})</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;, cell {cell}</source>
        <translation>Blatt „{sheet}“, Zelle {cell}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;</source>
        <translation>Blatt „{sheet}“</translation>
    </message>
    <message>
        <source>Workbook, cell {cell}</source>
        <translation>Arbeitsmappe, Zelle {cell}</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Arbeitsmappe</translation>
    </message>
    <message>
        <source>; expected {expected}</source>
        <translation>; erwartet: {expected}</translation>
    </message>
    <message>
        <source>a sheet of your own; smplanner saves it back as it is, with its formulas, formatting, charts, pictures and comments</source>
        <translation>ein eigenes Blatt; smplanner speichert es unverändert zurück, mit Formeln, Formatierung, Diagrammen, Bildern und Kommentaren</translation>
    </message>
    <message>
        <source>a sheet of your own; its cell values are kept when smplanner saves, its formatting and formulas are not</source>
        <translation>ein eigenes Blatt; beim Speichern durch smplanner bleiben seine Zellwerte erhalten, Formatierung und Formeln nicht</translation>
    </message>
    <message>
        <source>a sheet of your own named like a sheet smplanner writes; its cell values are kept as the sheet &apos;{name}&apos; when smplanner saves</source>
        <translation>ein eigenes Blatt mit dem Namen eines Blatts, das smplanner schreibt; beim Speichern durch smplanner bleiben seine Zellwerte als Blatt „{name}“ erhalten</translation>
    </message>
    <message>
        <source>a chart sheet of your own; smplanner saves it back as it is</source>
        <translation>ein eigenes Diagrammblatt; smplanner speichert es unverändert zurück</translation>
    </message>
    <message>
        <source>a chart sheet; it is not kept when smplanner saves</source>
        <translation>ein Diagrammblatt; es wird beim Speichern durch smplanner nicht übernommen</translation>
    </message>
    <message>
        <source>sheet missing; the plan is named after the file</source>
        <translation>Blatt fehlt; der Plan erhält den Namen der Datei</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a format version</source>
        <translation>„{value}“ ist keine Formatversion</translation>
    </message>
    <message>
        <source>format version {version} is newer than this smplanner reads</source>
        <translation>Formatversion {version} ist neuer als die, die diese smplanner-Version lesen kann</translation>
    </message>
    <message>
        <source>{version} or lower: update smplanner to open this plan</source>
        <translation>{version} oder niedriger: Aktualisieren Sie smplanner, um diesen Plan zu öffnen</translation>
    </message>
    <message>
        <source>{name} was written by a newer smplanner (format version {version}, cell {cell} of sheet &apos;{sheet}&apos;); this version reads format {readable}. Please update smplanner.</source>
        <translation>{name} wurde mit einer neueren smplanner-Version geschrieben (Formatversion {version}, Zelle {cell} im Blatt „{sheet}“); diese Version liest Format {readable}. Bitte aktualisieren Sie smplanner.</translation>
    </message>
    <message>
        <source>sheet missing; the default list is used</source>
        <translation>Blatt fehlt; die Standardliste wird verwendet</translation>
    </message>
    <message>
        <source>sheet missing; the table is left empty</source>
        <translation>Blatt fehlt; die Tabelle bleibt leer</translation>
    </message>
    <message>
        <source>no header row found</source>
        <translation>keine Kopfzeile gefunden</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a second KPI of the KPIs sheet; ignored</source>
        <translation>„{value}“ kommt als KPI des Blatts „KPIs“ doppelt vor; ignoriert</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a KPI of the KPIs sheet; ignored</source>
        <translation>„{value}“ ist kein KPI des Blatts „KPIs“; ignoriert</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a second column of this sheet; ignored</source>
        <translation>„{value}“ kommt als Spalte dieses Blatts doppelt vor; ignoriert</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a column of this sheet; ignored</source>
        <translation>„{value}“ ist keine Spalte dieses Blatts; ignoriert</translation>
    </message>
    <message>
        <source>the names column is missing</source>
        <translation>die Spalte mit den Namen fehlt</translation>
    </message>
    <message>
        <source>no column for {columns}; left empty</source>
        <translation>keine Spalte für {columns}; bleibt leer</translation>
    </message>
    <message>
        <source>{value} is not allowed in column &apos;{column}&apos;</source>
        <translation>{value} ist in der Spalte „{column}“ nicht zulässig</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>„{column}“ ist leer</translation>
    </message>
    <message>
        <source>this {noun} has no name</source>
        <translation>Name fehlt ({noun})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a comma, semicolon or line break, which separate names in lists</source>
        <translation>„{name}“ enthält ein Komma, ein Semikolon oder einen Zeilenumbruch, die in Listen Namen trennen</translation>
    </message>
    <message>
        <source>a name without them</source>
        <translation>ein Name ohne diese Zeichen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is the name of a column of the {table}</source>
        <translation>„{name}“ ist der Name einer Spalte von „{table}“</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>ein anderer Name</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice (first in row {row})</source>
        <translation>„{name}“ steht doppelt in der Liste (zuerst in Zeile {row})</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>jeder Name nur einmal</translation>
    </message>
    <message>
        <source>a header row with {titles}</source>
        <translation>eine Kopfzeile mit {titles}</translation>
    </message>
    <message>
        <source>Unnamed plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} existiert nicht</translation>
    </message>
    <message>
        <source>{name} is a folder, not a data file</source>
        <translation>{name} ist ein Ordner, keine Datendatei</translation>
    </message>
    <message>
        <source>{name}: expected a spreadsheet (.xlsx, .xlsm, .xls, .ods) or a text table (.csv, .tsv)</source>
        <translation>{name}: erwartet wird eine Tabellenkalkulationsdatei (.xlsx, .xlsm, .xls, .ods) oder eine Texttabelle (.csv, .tsv)</translation>
    </message>
    <message>
        <source>{name}: {sheet} holds no table (a header row and data)</source>
        <translation>{name}: {sheet} enthält keine Tabelle (eine Kopfzeile und Daten)</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;; its sheets: {sheets}</source>
        <translation>{name} hat kein Blatt „{sheet}“; seine Blätter: {sheets}</translation>
    </message>
    <message>
        <source>{name} cannot be read as a spreadsheet: {error}</source>
        <translation>{name} kann nicht als Tabellenkalkulation gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{name} is not a text table (it holds binary data)</source>
        <translation>{name} ist keine Texttabelle (enthält Binärdaten)</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>{name} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is a folder, not a workbook</source>
        <translation>{name} ist ein Ordner, keine Arbeitsmappe</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): it is not a workbook</source>
        <translation>{name} ist leer (0 Byte): Das ist keine Arbeitsmappe</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old-style .xls workbook; open it in Excel or LibreOffice, remove the password and save it as .xlsx</source>
        <translation>{name} ist kennwortgeschützt oder eine Arbeitsmappe im alten .xls-Format; öffnen Sie die Datei in Excel oder LibreOffice, entfernen Sie das Kennwort und speichern Sie sie als .xlsx</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx)</source>
        <translation>{name} ist keine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which smplanner does not read; save it as .xlsx (Excel 2007-365) and open that</source>
        <translation>{name} ist eine OpenDocument-Tabelle, die smplanner nicht liest; speichern Sie sie als .xlsx (Excel 2007-365) und öffnen Sie diese Datei</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook</source>
        <translation>{name} ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>{name} is damaged (a broken or truncated .xlsx file)</source>
        <translation>{name} ist beschädigt (eine defekte oder abgeschnittene .xlsx-Datei)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} has {parts:,} parts; a workbook has far fewer</source>
        <translation>{name} besteht aus {parts} Teilen; eine Arbeitsmappe hat weit weniger</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: part {part} unpacks {ratio:,.0f} times its size; refused to protect memory</source>
        <translation>{name} sieht nach einer ZIP-Bombe aus: Teil {part} entpackt sich auf das {ratio:.0f}-Fache seiner Größe; zum Schutz des Arbeitsspeichers abgelehnt</translation>
    </message>
    <message>
        <source>{name} unpacks to {size:,.0f} MB, more than the {limit:,.0f} MB a plan workbook may have</source>
        <translation>{name} ist entpackt {size:.0f} MB groß, mehr als die {limit:.0f} MB, die eine Plan-Arbeitsmappe haben darf</translation>
    </message>
    <message>
        <source>{name} looks like a zip bomb: it unpacks {ratio:,.0f} times its size (a workbook packs at most {limit:,} times); refused to protect memory</source>
        <translation>{name} sieht nach einer Zip-Bombe aus: Die Datei entpackt sich auf das {ratio:,.0f}-Fache ihrer Größe (eine Arbeitsmappe höchstens auf das {limit:,}-Fache); zum Schutz des Arbeitsspeichers abgelehnt</translation>
    </message>
    <message>
        <source>{name}: sheet &apos;{sheet}&apos; has {rows:,} rows; a plan workbook may have at most {limit:,} rows per sheet. Delete the rows it does not need in Excel or LibreOffice, or keep them in another workbook</source>
        <translation>{name}: Blatt „{sheet}“ hat {rows} Zeilen; eine Plan-Arbeitsmappe darf höchstens {limit} Zeilen je Blatt haben. Löschen Sie die nicht benötigten Zeilen in Excel oder LibreOffice oder lagern Sie sie in eine andere Arbeitsmappe aus</translation>
    </message>
    <message>
        <source>{name}: sheet &apos;{sheet}&apos; repeats shared text in {cells:,} cells, {size:,.0f} MB in all; a plan workbook may hold at most {limit:,.0f} MB of text. Shorten the long texts it repeats in Excel or LibreOffice</source>
        <translation>{name}: Blatt „{sheet}“ wiederholt gemeinsamen Text in {cells:,} Zellen, insgesamt {size:,.0f} MB; eine Plan-Arbeitsmappe darf höchstens {limit:,.0f} MB Text enthalten. Kürzen Sie die wiederholten langen Texte in Excel oder LibreOffice</translation>
    </message>
    <message>
        <source>{name} has sheets spanning {cells:,} cells (rows x columns up to the last used cell); a plan workbook may span at most {limit:,}. Delete the unused rows and columns at the end of its sheets in Excel or LibreOffice</source>
        <translation>Die Blätter von {name} umfassen {cells} Zellen (Zeilen x Spalten bis zur letzten benutzten Zelle); eine Plan-Arbeitsmappe darf höchstens {limit} umfassen. Löschen Sie die unbenutzten Zeilen und Spalten am Ende der Blätter in Excel oder LibreOffice</translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) no row uses omitted</source>
        <translation>
            <numerusform>%n KPI, den keine Zeile nutzt, ausgelassen</numerusform>
            <numerusform>%n KPIs, die keine Zeile nutzt, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with no primary KPI omitted</source>
        <translation>
            <numerusform>%n Zeile ohne primären KPI ausgelassen</numerusform>
            <numerusform>%n Zeilen ohne primären KPI ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after row {last} omitted (the page holds {room} at the smallest legible type: filter the planner to print the rest)</source>
        <translation>
            <numerusform>%n Zeile nach Zeile {last} ausgelassen (die Seite fasst {room} in der kleinsten lesbaren Schrift: Filtern Sie den Planer, um den Rest zu drucken)</numerusform>
            <numerusform>%n Zeilen nach Zeile {last} ausgelassen (die Seite fasst {room} in der kleinsten lesbaren Schrift: Filtern Sie den Planer, um den Rest zu drucken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) unused by the rows shown omitted</source>
        <translation>
            <numerusform>%n KPI, den die gezeigten Zeilen nicht nutzen, ausgelassen</numerusform>
            <numerusform>%n KPIs, die die gezeigten Zeilen nicht nutzen, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n less-used KPI(s) omitted</source>
        <translation>
            <numerusform>%n seltener genutzter KPI ausgelassen</numerusform>
            <numerusform>%n seltener genutzte KPIs ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Planner rows</source>
        <translation>Planerzeilen</translation>
    </message>
    <message>
        <source>Rows lacking focus</source>
        <translation>Zeilen ohne Fokus</translation>
    </message>
    <message>
        <source>KPIs in use, of {all}</source>
        <translation>Genutzte KPIs von {all}</translation>
    </message>
    <message>
        <source>Row lacks focus (no primary, or more than three)</source>
        <translation>Zeile ohne Fokus (kein primärer KPI oder mehr als drei)</translation>
    </message>
    <message>
        <source>The planner has no rows yet</source>
        <translation>Der Planer hat noch keine Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {total} and {kpis} of {all_kpis} KPIs shown</source>
        <translation>
            <numerusform>%n Zeile von {total} und {kpis} von {all_kpis} KPIs angezeigt</numerusform>
            <numerusform>%n Zeilen von {total} und {kpis} von {all_kpis} KPIs angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Every planner row of the plan, as saved (the tab&apos;s filter does not apply)</source>
        <translation>Alle Planerzeilen des Plans, wie gespeichert (der Filter des Reiters gilt nicht)</translation>
    </message>
    <message>
        <source>CRM capability maturity</source>
        <translation>Reifegrad der CRM-Fähigkeiten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Evid.</source>
        <translation>Nachg.</translation>
    </message>
    <message>
        <source>Readiness: {verdict}</source>
        <translation>Bereitschaft: {verdict}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Levels: the team&apos;s, the rounded-down mean of its raters ({raters})</source>
        <translation>Stufen: die des Teams, der abgerundete Mittelwert seiner Bewerter ({raters})</translation>
    </message>
    <message>
        <source>rated above its evidence</source>
        <translation>höher bewertet als nachgewiesen</translation>
    </message>
    <message>
        <source>raters two levels or more apart</source>
        <translation>Bewerter zwei oder mehr Stufen auseinander</translation>
    </message>
    <message>
        <source>Social profile checklist</source>
        <translation>Checkliste für Social-Media-Profile</translation>
    </message>
    <message>
        <source>Score per account</source>
        <translation>Bewertung je Konto</translation>
    </message>
    <message>
        <source>No accounts yet: add your profiles on the Profiles tab.</source>
        <translation>Noch keine Konten: Fügen Sie Ihre Profile auf dem Reiter „Profile“ hinzu.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>Score per network</source>
        <translation>Bewertung je Netzwerk</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} accounts left out of the table (the weakest are shown)</source>
        <translation>
            <numerusform>%n von {total} Konten in der Tabelle ausgelassen (die schwächsten werden gezeigt)</numerusform>
            <numerusform>%n von {total} Konten in der Tabelle ausgelassen (die schwächsten werden gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Score: the weighted share of applicable items done; partly counts half</source>
        <translation>Bewertung: der gewichtete Anteil erledigter zutreffender Punkte; teilweise zählt halb</translation>
    </message>
    <message>
        <source>Most valuable to do</source>
        <translation>Am wertvollsten zu erledigen</translation>
    </message>
    <message>
        <source>Profile item</source>
        <translation>Profilpunkt</translation>
    </message>
    <message>
        <source>{total} ({percent} ignored)</source>
        <translation>{total} ({percent} ignoriert)</translation>
    </message>
    <message>
        <source>Latest requests</source>
        <translation>Neueste Anfragen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(Ihre)</translation>
    </message>
    <message>
        <source>rule: {decision}</source>
        <translation>Regel: {decision}</translation>
    </message>
    <message>
        <source>By network (most ignored first)</source>
        <translation>Nach Netzwerk (meist ignorierte zuerst)</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) logged; decisions follow the rules unless marked (yours)</source>
        <translation>
            <numerusform>%n Anfrage erfasst; Entscheidungen folgen den Regeln, außer wo (Ihre) steht</numerusform>
            <numerusform>%n Anfragen erfasst; Entscheidungen folgen den Regeln, außer wo (Ihre) steht</numerusform>
        </translation>
    </message>
    <message>
        <source>the latest {shown} of {total} are listed</source>
        <translation>die neuesten {shown} von {total} sind aufgeführt</translation>
    </message>
    <message>
        <source>not tied to a network</source>
        <translation>keinem Netzwerk zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) without costs or returns not listed</source>
        <translation>
            <numerusform>%n Netzwerk ohne Kosten oder Erträge nicht aufgeführt</numerusform>
            <numerusform>%n Netzwerke ohne Kosten oder Erträge nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Investment and return per period ({currency})</source>
        <translation>Investition und Ertrag je Zeitraum ({currency})</translation>
    </message>
    <message>
        <source>Funnel (latest counts)</source>
        <translation>Trichter (letzte Werte)</translation>
    </message>
    <message>
        <source>Return: the {model} model&apos;s credit to the networks for won deals</source>
        <translation>Ertrag: was das Modell „{model}“ den Netzwerken für gewonnene Deals anrechnet</translation>
    </message>
    <message>
        <source>ROI = (return - investment) / investment</source>
        <translation>ROI = (Ertrag - Investition) / Investition</translation>
    </message>
    <message numerus="yes">
        <source>%n cost or return line(s) outside the plan&apos;s periods left out</source>
        <translation>
            <numerusform>%n Kosten- oder Ertragszeile außerhalb der Zeiträume des Plans nicht berücksichtigt</numerusform>
            <numerusform>%n Kosten- oder Ertragszeilen außerhalb der Zeiträume des Plans nicht berücksichtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Example plan: {name}</source>
        <translation>Beispielplan: {name}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty value(s) filled in</source>
        <translation>
            <numerusform>%n leerer Wert ausgefüllt</numerusform>
            <numerusform>%n leere Werte ausgefüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting value(s)</source>
        <translation>
            <numerusform>%n widersprüchlicher Wert</numerusform>
            <numerusform>%n widersprüchliche Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>{noun} &apos;{name}&apos; is only in {theirs}: it will be added</source>
        <translation>{noun} „{name}“ gibt es nur in {theirs}: wird hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>, with the %n row(s) that use it</source>
        <translation>
            <numerusform>, samt %n Zeile, die ihn verwendet</numerusform>
            <numerusform>, samt %n Zeilen, die ihn verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source> (perhaps &apos;{like}&apos; renamed)</source>
        <translation> (vielleicht umbenanntes „{like}“)</translation>
    </message>
    <message>
        <source>{noun} &apos;{name}&apos; is only in {mine}: it stays</source>
        <translation>{noun} „{name}“ gibt es nur in {mine}: bleibt erhalten</translation>
    </message>
    <message>
        <source>{where}, {column}: mine {mine}, theirs {theirs}</source>
        <translation>{where}, {column}: meiner {mine}, anderer {theirs}</translation>
    </message>
    <message>
        <source>Nothing to merge: the other plan holds nothing this plan lacks</source>
        <translation>Nichts zusammenzuführen: Der andere Plan enthält nichts, was diesem Plan fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to add</source>
        <translation>
            <numerusform>%n Zeile hinzuzufügen</numerusform>
            <numerusform>%n Zeilen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty value(s) to fill in</source>
        <translation>
            <numerusform>%n leerer Wert auszufüllen</numerusform>
            <numerusform>%n leere Werte auszufüllen</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the text, or press Esc to cancel</source>
        <translation>Korrigieren Sie den Text oder brechen Sie mit Esc ab</translation>
    </message>
    <message>
        <source>Not taken: {reason} (correct it, or Esc to cancel)</source>
        <translation>Nicht übernommen: {reason} (korrigieren oder mit Esc abbrechen)</translation>
    </message>
    <message>
        <source>Merge from {name}</source>
        <translation>Aus {name} zusammenführen</translation>
    </message>
    <message>
        <source>Take All Mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Alle anderen übernehmen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merging {name} into this plan: rows only it has are added, empty cells it fills are filled in; nothing is removed.</source>
        <translation>{name} wird in diesen Plan übernommen: Zeilen, die nur dort stehen, werden hinzugefügt, leere Zellen, die dort gefüllt sind, werden ausgefüllt; nichts wird entfernt.</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>diesem Plan</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ: tick whose to keep</source>
        <translation>
            <numerusform>%n Wert weicht ab: Haken Sie an, welchen Sie behalten</numerusform>
            <numerusform>%n Werte weichen ab: Haken Sie an, welche Sie behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicting values</source>
        <translation>Keine widersprüchlichen Werte</translation>
    </message>
    <message>
        <source>Take their &apos;{theirs}&apos; as my &apos;{mine}&apos; (their rows then use mine)</source>
        <translation>Das andere „{theirs}“ als mein „{mine}“ übernehmen (dessen Zeilen verwenden dann meins)</translation>
    </message>
    <message>
        <source>The merge was refused; nothing changed.</source>
        <translation>Das Zusammenführen wurde abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Merge from plan</source>
        <translation>Aus Plan zusammenführen</translation>
    </message>
    <message>
        <source>{reason}. Nothing was merged.</source>
        <translation>{reason}. Es wurde nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n value(s) smplanner cannot use, so nothing was merged. Fix them first (File &gt; Open shows them all):</source>
        <translation>
            <numerusform>{name} hat %n Wert, den smplanner nicht verwenden kann, daher wurde nichts zusammengeführt. Beheben Sie ihn zuerst (Datei &gt; Öffnen zeigt alle):</numerusform>
            <numerusform>{name} hat %n Werte, die smplanner nicht verwenden kann, daher wurde nichts zusammengeführt. Beheben Sie sie zuerst (Datei &gt; Öffnen zeigt alle):</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {name}; Undo takes it back</source>
        <translation>{name} zusammengeführt; Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <source>&amp;Merge from Plan…</source>
        <translation>Aus Plan zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Bring the rows and values of a colleague&apos;s copy into this plan</source>
        <translation>Die Zeilen und Werte aus der Kopie eines Kollegen in diesen Plan übernehmen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Import data from {name}</source>
        <translation>Daten aus {name} importieren</translation>
    </message>
    <message>
        <source>No saved mapping for these headers</source>
        <translation>Keine gespeicherte Zuordnung für diese Spaltenköpfe</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Zuordnung speichern…</translation>
    </message>
    <message>
        <source>Keep these choices under a name; a file with the same headers gets them again</source>
        <translation>Diese Auswahl unter einem Namen speichern; eine Datei mit denselben Spaltenköpfen erhält sie wieder</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Gespeicherte &amp;Zuordnung:</translation>
    </message>
    <message>
        <source>A Primary is what a row is judged by, one to three per row; a sheet that ticks the KPIs it watches has not said which judge it, so X reads as Secondary unless you say the X&apos;s mean Primary</source>
        <translation>Ein primärer KPI ist, woran eine Zeile gemessen wird, einer bis drei je Zeile; eine Tabelle, die die beobachteten KPIs nur ankreuzt, sagt nicht, welche davon messen. Daher gilt X als sekundär, solange Sie nicht festlegen, dass X primär bedeutet</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Im&amp;portieren in:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>A plain mar&amp;k (X, ✓) means:</source>
        <translation>Ein einfaches &amp;Zeichen (X, ✓) bedeutet:</translation>
    </message>
    <message>
        <source>Rows as they land</source>
        <translation>Zeilen nach dem Import</translation>
    </message>
    <message>
        <source>Names that match nothing</source>
        <translation>Namen ohne Treffer</translation>
    </message>
    <message>
        <source>Bad cells</source>
        <translation>Fehlerhafte Zellen</translation>
    </message>
    <message>
        <source>&amp;Keep values already in the plan</source>
        <translation>Vorhandene Werte be&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Replace values already in the plan</source>
        <translation>Vorhandene Werte &amp;ersetzen</translation>
    </message>
    <message>
        <source>Import &amp;nothing while cells are bad</source>
        <translation>Bei fehlerhaften Zellen ni&amp;chts importieren</translation>
    </message>
    <message>
        <source>Import the &amp;good rows, leave the bad cells out</source>
        <translation>Die &amp;gültigen Zeilen importieren, fehlerhafte Zellen auslassen</translation>
    </message>
    <message>
        <source>Add periods to the plan so that it covers every date in the file, in the same undo step as the import</source>
        <translation>Dem Plan Zeiträume hinzufügen, damit er jedes Datum der Datei abdeckt, im selben Rückgängig-Schritt wie der Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>What each column of the file becomes:</source>
        <translation>Was aus jeder Spalte der Datei wird:</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>{sheet}: {layout}: {reason}</source>
        <translation>{sheet}: {layout}: {reason}</translation>
    </message>
    <message>
        <source>no layout recognised</source>
        <translation>kein Aufbau erkannt</translation>
    </message>
    <message>
        <source>Cannot import: {reason}</source>
        <translation>Import nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Named in the file, row by row</source>
        <translation>In der Datei genannt, Zeile für Zeile</translation>
    </message>
    <message>
        <source>Not needed for {target}</source>
        <translation>Für {target} nicht nötig</translation>
    </message>
    <message>
        <source>Choose the network the file is for</source>
        <translation>Wählen Sie das Netzwerk, für das die Datei gilt</translation>
    </message>
    <message>
        <source>The file names no network: choose the network it is for</source>
        <translation>Die Datei nennt kein Netzwerk: Wählen Sie das Netzwerk, für das sie gilt</translation>
    </message>
    <message>
        <source>Working out what the import would do…</source>
        <translation>Wird berechnet, was der Import bewirken würde…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Rows as they land ({count})</source>
        <translation>Zeilen nach dem Import ({count})</translation>
    </message>
    <message>
        <source>Names that match nothing ({count})</source>
        <translation>Namen ohne Treffer ({count})</translation>
    </message>
    <message>
        <source>Bad cells ({count})</source>
        <translation>Fehlerhafte Zellen ({count})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Extend the plan to cover them (adds %n period(s))</source>
        <translation>
            <numerusform>Plan so &amp;erweitern, dass er sie abdeckt (fügt %n Zeitraum hinzu)</numerusform>
            <numerusform>Plan so &amp;erweitern, dass er sie abdeckt (fügt %n Zeiträume hinzu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>Name der Zuordnung:</translation>
    </message>
    <message>
        <source>The mapping could not be saved: {reason}</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>The import was refused; nothing changed.</source>
        <translation>Der Import wurde abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mein Wert</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Type the target, Tab, then the actual; Enter goes down a KPI</source>
        <translation>Ziel eingeben, Tab, dann Ist; Eingabe geht einen KPI tiefer</translation>
    </message>
    <message>
        <source>Nothing tracked yet: type each KPI&apos;s target and actual per period and network; the periods are set above.</source>
        <translation>Noch nichts erfasst: Geben Sie Ziel und Ist jedes KPI je Zeitraum und Netzwerk ein; die Zeiträume legen Sie oben fest.</translation>
    </message>
    <message>
        <source>Track your first KPI</source>
        <translation>Ersten KPI erfassen</translation>
    </message>
    <message>
        <source>No costs yet: add a line per period and network for ad spend, tools, agencies or staff time.</source>
        <translation>Noch keine Kosten: Fügen Sie je Zeitraum und Netzwerk eine Zeile für Werbebudget, Tools, Agenturen oder Personalzeit hinzu.</translation>
    </message>
    <message>
        <source>Add the first cost line</source>
        <translation>Erste Kostenzeile hinzufügen</translation>
    </message>
    <message>
        <source>Staff time: the hours at the hourly rate (worked out, not stored); type an amount to add money spent besides</source>
        <translation>Personalzeit: die Stunden zum Stundensatz (berechnet, nicht gespeichert); geben Sie einen Betrag ein, um weitere Ausgaben hinzuzufügen</translation>
    </message>
    <message>
        <source>no recorded touch</source>
        <translation>kein erfasster Touchpoint</translation>
    </message>
    <message>
        <source>any touch</source>
        <translation>beliebiger Touchpoint</translation>
    </message>
    <message>
        <source>all networks</source>
        <translation>alle Netzwerke</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{name}&apos; has no probability; expected 0 to 100 %</source>
        <translation>{sheet}, Zeile {row}: „{name}“ hat keine Wahrscheinlichkeit; erwartet: 0 bis 100 %</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{name}&apos; has a probability of {value} %; expected 0 to 100 %</source>
        <translation>{sheet}, Zeile {row}: „{name}“ hat eine Wahrscheinlichkeit von {value} %; erwartet: 0 bis 100 %</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the open stage &apos;{name}&apos; comes after &apos;{closed}&apos;, which closes a deal; expected the open stages first, then the won and lost ones</source>
        <translation>{sheet}, Zeile {row}: Die offene Phase „{name}“ folgt auf „{closed}“, die einen Deal abschließt; erwartet werden zuerst die offenen Phasen, dann die Gewonnen- und Verloren-Phasen</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{name}&apos; at {value} % comes after &apos;{before}&apos; at {higher} %; expected the open stages in order of rising probability</source>
        <translation>{sheet}, Zeile {row}: „{name}“ mit {value} % folgt auf „{before}“ mit {higher} %; erwartet werden die offenen Phasen nach steigender Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>{sheet}: no won stage; expected one stage at 100 % (such as &apos;{won}&apos;), or no deal can be won</source>
        <translation>{sheet}: keine Gewonnen-Phase; erwartet wird eine Phase mit 100 % (etwa „{won}“), sonst kann kein Deal gewonnen werden</translation>
    </message>
    <message>
        <source>Costs are entered by network for each of periods 1 to {last}, so the Dashboard works out ROI per network every period</source>
        <translation>Kosten werden für jeden der Zeiträume 1 bis {last} je Netzwerk erfasst, sodass die ROI-Übersicht den ROI je Netzwerk in jedem Zeitraum berechnet</translation>
    </message>
    <message>
        <source>Staff time is in the costs, valued in money, in each of periods 1 to {last}</source>
        <translation>Personalzeit ist in jedem der Zeiträume 1 bis {last} in den Kosten enthalten, in Geld bewertet</translation>
    </message>
    <message>
        <source>Followers and an engagement KPI have actuals for every {unit} from period 1 to {last}</source>
        <translation>Follower und ein Engagement-KPI haben Ist-Werte für jeden Zeitraum ({unit}) von 1 bis {last}</translation>
    </message>
    <message numerus="yes">
        <source>All %n deal(s) won in the last quarter have touches: the first is the originating source, the last the conversion point</source>
        <translation>
            <numerusform>Der %n im letzten Quartal gewonnene Deal hat Touchpoints: Der erste ist die ursprüngliche Quelle, der letzte der Abschlusspunkt</numerusform>
            <numerusform>Alle %n im letzten Quartal gewonnenen Deals haben Touchpoints: Der erste ist die ursprüngliche Quelle, der letzte der Abschlusspunkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Costs and Returns sheets; the Dashboard&apos;s ROI per network</source>
        <translation>Blätter „Costs“ und „Returns“; ROI je Netzwerk in der ROI-Übersicht</translation>
    </message>
    <message>
        <source>Costs sheet: staff time lines</source>
        <translation>Blatt „Costs“: Zeilen für Personalzeit</translation>
    </message>
    <message>
        <source>Tracking sheet</source>
        <translation>Blatt „Tracking“</translation>
    </message>
    <message>
        <source>Deals and Touches sheets</source>
        <translation>Blätter „Deals“ und „Touches“</translation>
    </message>
    <message>
        <source>Confirm evidence: {statement}</source>
        <translation>Nachweis bestätigen: {statement}</translation>
    </message>
    <message>
        <source>Dismiss suggestion: {statement}</source>
        <translation>Vorschlag verwerfen: {statement}</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>Originality</source>
        <translation>Alleinstellung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Zahlungsfähigkeit</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Timescale</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Our solution fits the problem they described</source>
        <translation>Unsere Lösung passt zu dem Problem, das der Kunde beschrieben hat</translation>
    </message>
    <message>
        <source>We know who else they talk to, and why we are ahead</source>
        <translation>Wir wissen, mit wem der Kunde noch spricht und warum wir vorne liegen</translation>
    </message>
    <message>
        <source>We offer something the others cannot</source>
        <translation>Wir bieten etwas, das die anderen nicht bieten können</translation>
    </message>
    <message>
        <source>The deal is big enough to be worth the sales effort</source>
        <translation>Der Deal ist groß genug, um den Vertriebsaufwand zu lohnen</translation>
    </message>
    <message>
        <source>A budget is set aside for it</source>
        <translation>Dafür ist ein Budget vorgesehen</translation>
    </message>
    <message>
        <source>They can pay for it</source>
        <translation>Der Kunde kann es bezahlen</translation>
    </message>
    <message>
        <source>We speak to the person who decides</source>
        <translation>Wir sprechen mit der Person, die entscheidet</translation>
    </message>
    <message>
        <source>They have a problem we solve, and say so</source>
        <translation>Der Kunde hat ein Problem, das wir lösen, und sagt das auch</translation>
    </message>
    <message>
        <source>They have a date by which they must decide</source>
        <translation>Der Kunde hat einen Termin, bis zu dem er entscheiden muss</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Pipeline-Phasen</translation>
    </message>
    <message>
        <source>pipeline stage</source>
        <translation>Pipeline-Phase</translation>
    </message>
    <message>
        <source>The sales stages in order, each with the probability that weighs its deals: 100 % is won, 0 % lost</source>
        <translation>Die Vertriebsphasen in Reihenfolge, jede mit der Wahrscheinlichkeit, die ihre Deals gewichtet: 100 % ist gewonnen, 0 % verloren</translation>
    </message>
    <message>
        <source>The stage&apos;s name; deals name it in their Stage</source>
        <translation>Der Name der Phase; Deals nennen ihn in ihrer Spalte „Phase“</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Wahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <source>How likely a deal at this stage is won, 0 to 100; the won stage is 100, a lost stage 0</source>
        <translation>Wie wahrscheinlich ein Deal in dieser Phase gewonnen wird, 0 bis 100; die Gewonnen-Phase hat 100, eine Verloren-Phase 0</translation>
    </message>
    <message>
        <source>What is true of a prospect at this stage</source>
        <translation>Was für einen Interessenten in dieser Phase gilt</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Wichtige Aktivitäten</translation>
    </message>
    <message>
        <source>What moves a prospect up (or back), and the questions to ask</source>
        <translation>Was einen Interessenten weiterbringt (oder zurückwirft), und die Fragen, die zu stellen sind</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>What proves the deal has reached this stage</source>
        <translation>Was belegt, dass der Deal diese Phase erreicht hat</translation>
    </message>
    <message>
        <source>Control documents</source>
        <translation>Kontrolldokumente</translation>
    </message>
    <message>
        <source>The documents and tools that show it</source>
        <translation>Die Dokumente und Werkzeuge, die es zeigen</translation>
    </message>
    <message>
        <source>CRM tasks</source>
        <translation>CRM-Aufgaben</translation>
    </message>
    <message>
        <source>What to keep up to date in the CRM so the forecast stays true</source>
        <translation>Was im CRM aktuell zu halten ist, damit die Prognose stimmt</translation>
    </message>
    <message>
        <source>Partner forecast</source>
        <translation>Partnerprognose</translation>
    </message>
    <message>
        <source>The same stage for deals sold through partners or resellers</source>
        <translation>Dieselbe Phase für Deals, die über Partner oder Wiederverkäufer verkauft werden</translation>
    </message>
    <message>
        <source>Lead pools</source>
        <translation>Lead-Pools</translation>
    </message>
    <message>
        <source>lead pool</source>
        <translation>Lead-Pool</translation>
    </message>
    <message>
        <source>Leads by how close they are to buying, with the time they take to convert</source>
        <translation>Leads danach, wie nah sie am Kauf sind, mit der Zeit bis zur Konversion</translation>
    </message>
    <message>
        <source>The pool&apos;s name</source>
        <translation>Der Name des Pools</translation>
    </message>
    <message>
        <source>The open stages whose deals are in this pool</source>
        <translation>Die offenen Phasen, deren Deals in diesem Pool liegen</translation>
    </message>
    <message>
        <source>Converts in (days, from)</source>
        <translation>Konversion in (Tage, von)</translation>
    </message>
    <message>
        <source>The shortest time a lead here takes to buy</source>
        <translation>Die kürzeste Zeit, die ein Lead hier bis zum Kauf braucht</translation>
    </message>
    <message>
        <source>Converts in (days, to)</source>
        <translation>Konversion in (Tage, bis)</translation>
    </message>
    <message>
        <source>The longest time a lead here takes to buy</source>
        <translation>Die längste Zeit, die ein Lead hier bis zum Kauf braucht</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>How marketing and sales work these leads</source>
        <translation>Wie Marketing und Vertrieb diese Leads bearbeiten</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Per deal, the criteria it meets; it is a sales qualified opportunity when it meets all of its framework&apos;s</source>
        <translation>Je Deal die erfüllten Kriterien; er ist eine vertriebsqualifizierte Verkaufschance, wenn er alle Kriterien seines Frameworks erfüllt</translation>
    </message>
    <message>
        <source>The deal (from the Deals sheet); each deal once</source>
        <translation>Der Deal (aus dem Blatt „Deals“); jeder Deal nur einmal</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>MAN, BANT or SCOTSMAN for this deal; empty: the plan&apos;s framework</source>
        <translation>MAN, BANT oder SCOTSMAN für diesen Deal; leer: das Framework des Plans</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Erfüllte Kriterien</translation>
    </message>
    <message>
        <source>Dismissed suggestions</source>
        <translation>Verworfene Vorschläge</translation>
    </message>
    <message>
        <source>dismissed suggestion</source>
        <translation>Verworfener Vorschlag</translation>
    </message>
    <message>
        <source>Evidence suggestions not to offer again; delete a row to see it offered again</source>
        <translation>Nachweisvorschläge, die nicht mehr angeboten werden; löschen Sie eine Zeile, damit der Vorschlag wieder erscheint</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>The check that made the suggestion</source>
        <translation>Die Prüfung, von der der Vorschlag stammt</translation>
    </message>
    <message>
        <source>The evidence statement it suggested ticking</source>
        <translation>Die Nachweisaussage, die zum Abhaken vorgeschlagen wurde</translation>
    </message>
    <message numerus="yes">
        <source>Track %n KPI(s)</source>
        <translation>
            <numerusform>%n KPI erfassen</numerusform>
            <numerusform>%n KPIs erfassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop tracking %n KPI(s)</source>
        <translation>
            <numerusform>%n KPI nicht mehr erfassen</numerusform>
            <numerusform>%n KPIs nicht mehr erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Track them</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Stop tracking them</source>
        <translation>Nicht mehr erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Primary KPI(s) of the planner that nothing tracks: {names}; their rows cannot be judged</source>
        <translation>
            <numerusform>Primärer KPI im Planer, der nirgends erfasst wird: {names}; seine Zeilen können nicht bewertet werden</numerusform>
            <numerusform>Primäre KPIs im Planer, die nirgends erfasst werden: {names}; ihre Zeilen können nicht bewertet werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Track them on {networks}</source>
        <translation>Auf {networks} erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Tracked KPI(s) that no planner row uses: {names}</source>
        <translation>
            <numerusform>Erfasster KPI, den keine Planerzeile nutzt: {names}</numerusform>
            <numerusform>Erfasste KPIs, die keine Planerzeile nutzt: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove their tracking rows with all their values (Undo brings them back)</source>
        <translation>Ihre Erfassungszeilen mit allen Werten entfernen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message numerus="yes">
        <source>Tracking %n KPI(s) on {networks}; Undo (Ctrl+Z) takes them back</source>
        <translation>
            <numerusform>%n KPI wird auf {networks} erfasst; Rückgängig (Strg+Z) nimmt das zurück</numerusform>
            <numerusform>%n KPIs werden auf {networks} erfasst; Rückgängig (Strg+Z) nimmt das zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped tracking %n KPI(s); Undo (Ctrl+Z) brings their values back</source>
        <translation>
            <numerusform>%n KPI wird nicht mehr erfasst; Rückgängig (Strg+Z) stellt seine Werte wieder her</numerusform>
            <numerusform>%n KPIs werden nicht mehr erfasst; Rückgängig (Strg+Z) stellt ihre Werte wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message numerus="yes">
        <source>overdue: {due} (%n day(s))</source>
        <translation>
            <numerusform>{due}, %n Tag überfällig</numerusform>
            <numerusform>{due}, %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>2026-03-31 (year-month-day), or empty</source>
        <translation>2026-03-31 (Jahr-Monat-Tag) oder leer</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>Marketing: {question}</source>
        <translation>Marketing: {question}</translation>
    </message>
    <message>
        <source>Sales: {question}</source>
        <translation>Vertrieb: {question}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Maßnahme: {action}</translation>
    </message>
    <message>
        <source>Marketing asks: {question}</source>
        <translation>Marketing fragt: {question}</translation>
    </message>
    <message>
        <source>Sales asks: {question}</source>
        <translation>Vertrieb fragt: {question}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click to edit</source>
        <translation>Eingabe oder Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>Edit {box}</source>
        <translation>{box} bearbeiten</translation>
    </message>
    <message>
        <source>Not set: {box}, {column}: {reason}</source>
        <translation>Nicht gesetzt: {box}, {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between boxes; Enter, F2 or a double click edits one (Enter keeps, Esc drops); Ctrl+C and Ctrl+V copy a box&apos;s owner, status, due date, action and notes</source>
        <translation>Pfeiltasten wechseln zwischen den Feldern; Eingabe, F2 oder Doppelklick bearbeitet eines (Eingabe übernimmt, Esc verwirft); Strg+C und Strg+V kopieren Verantwortliche, Status, Fälligkeit, Maßnahme und Notizen eines Feldes</translation>
    </message>
    <message>
        <source>The chart has three rows: the rest of the paste was left out</source>
        <translation>Das Diagramm hat drei Zeilen: Der Rest des Eingefügten wurde weggelassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales and marketing alignment&lt;/b&gt; — each marketing lever (down) meets each sales goal (across): the same question asked from both sides</source>
        <translation>&lt;b&gt;Abstimmung von Vertrieb und Marketing&lt;/b&gt; — jeder Marketinghebel (nach unten) trifft auf jedes Vertriebsziel (nach rechts): dieselbe Frage, von beiden Seiten gestellt</translation>
    </message>
    <message>
        <source>A box past its due date and not done has a red edge</source>
        <translation>Ein überfälliges, nicht erledigtes Feld hat einen roten Rand</translation>
    </message>
    <message>
        <source>Originating source</source>
        <translation>Ursprüngliche Quelle</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Conversion point</source>
        <translation>Abschlusspunkt</translation>
    </message>
    <message>
        <source>Any touch</source>
        <translation>Beliebiger Touchpoint</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Worked out from the Deals tab; edit the deals and touches there</source>
        <translation>Berechnet aus dem Reiter „Deals“; bearbeiten Sie Deals und Touchpoints dort</translation>
    </message>
    <message>
        <source>Models side by side</source>
        <translation>Modelle im Vergleich</translation>
    </message>
    <message>
        <source>Social media&apos;s roles per period</source>
        <translation>Rollen von Social Media je Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) worth {value}; the {model} model credits the social networks with {social}, the plan&apos;s return.</source>
        <translation>
            <numerusform>%n gewonnener Deal im Wert von {value}; das Modell „{model}“ rechnet den sozialen Netzwerken {social} an – das ist der Ertrag des Plans.</numerusform>
            <numerusform>%n gewonnene Deals im Wert von {value}; das Modell „{model}“ rechnet den sozialen Netzwerken {social} an – das ist der Ertrag des Plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) after their deal&apos;s close date are kept but not credited.</source>
        <translation>
            <numerusform>%n Touchpoint nach dem Abschlussdatum seines Deals wird behalten, aber nicht angerechnet.</numerusform>
            <numerusform>%n Touchpoints nach dem Abschlussdatum ihres Deals werden behalten, aber nicht angerechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) fall in no period (no close date, or the plan&apos;s first period is empty).</source>
        <translation>
            <numerusform>%n gewonnener Deal fällt in keinen Zeitraum (kein Abschlussdatum, oder der erste Zeitraum des Plans ist leer).</numerusform>
            <numerusform>%n gewonnene Deals fallen in keinen Zeitraum (kein Abschlussdatum, oder der erste Zeitraum des Plans ist leer).</numerusform>
        </translation>
    </message>
    <message>
        <source>{model}: deals</source>
        <translation>{model}: Deals</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Soziale Netzwerke</translation>
    </message>
    <message>
        <source>{deals} won deals worth {value}</source>
        <translation>{deals} gewonnene Deals im Wert von {value}</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Deal hinzufügen</translation>
    </message>
    <message>
        <source>Add a deal below the current one</source>
        <translation>Einen Deal unter dem aktuellen hinzufügen</translation>
    </message>
    <message>
        <source>Delete deals</source>
        <translation>Deals löschen</translation>
    </message>
    <message>
        <source>Delete the selected deals and their touches</source>
        <translation>Die ausgewählten Deals und ihre Touchpoints löschen</translation>
    </message>
    <message>
        <source>Add touch</source>
        <translation>Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Add a touch of the current deal, dated today</source>
        <translation>Einen Touchpoint zum aktuellen Deal hinzufügen, mit heutigem Datum</translation>
    </message>
    <message>
        <source>Delete touches</source>
        <translation>Touchpoints löschen</translation>
    </message>
    <message>
        <source>Delete the selected touches</source>
        <translation>Die ausgewählten Touchpoints löschen</translation>
    </message>
    <message>
        <source>Deals: each once, with its value, stage and close date</source>
        <translation>Deals: jeder einmal, mit Wert, Phase und Abschlussdatum</translation>
    </message>
    <message>
        <source>Touches: when a network or another channel met the buyer</source>
        <translation>Touchpoints: wann ein Netzwerk oder ein anderer Kanal den Käufer erreicht hat</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Choose a deal first: a touch belongs to a deal</source>
        <translation>Wählen Sie zuerst einen Deal: Ein Touchpoint gehört zu einem Deal</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>%n Deal löschen</numerusform>
            <numerusform>%n Deals löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touch(es)</source>
        <translation>
            <numerusform>%n Touchpoint löschen</numerusform>
            <numerusform>%n Touchpoints löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan shows evidence&lt;/b&gt; for {dimension}, level {level} ({name}): “{statement}” — {reason}</source>
        <translation>&lt;b&gt;Der Plan zeigt Nachweise&lt;/b&gt; für {dimension}, Stufe {level} ({name}): „{statement}“ — {reason}</translation>
    </message>
    <message>
        <source>Tick it</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <source>Confirm the statement and say where to see it</source>
        <translation>Die Aussage bestätigen und angeben, wo sie zu sehen ist</translation>
    </message>
    <message>
        <source>Not for this plan</source>
        <translation>Nicht für diesen Plan</translation>
    </message>
    <message>
        <source>Do not offer this again for this plan (kept on the Dismissed suggestions sheet)</source>
        <translation>Für diesen Plan nicht mehr anbieten (vermerkt auf dem Blatt „Dismissed suggestions“)</translation>
    </message>
    <message>
        <source>Confirmed: {statement}; Undo (Ctrl+Z) takes it back</source>
        <translation>Bestätigt: {statement}; Rückgängig (Strg+Z) nimmt es zurück</translation>
    </message>
    <message>
        <source>Not offered again for this plan; Undo (Ctrl+Z) brings it back</source>
        <translation>Für diesen Plan nicht mehr angeboten; Rückgängig (Strg+Z) stellt es wieder her</translation>
    </message>
    <message>
        <source>{rater} put {middle} of {rated} dimensions at III (Defined): most raters drift to the middle level; check these ratings against the evidence</source>
        <translation>{rater} hat {middle} von {rated} Dimensionen auf III (Definiert) gesetzt: Die meisten Bewerter tendieren zur mittleren Stufe; prüfen Sie diese Bewertungen anhand der Nachweise</translation>
    </message>
    <message>
        <source>{sheet}: not a cost list: no column for the {fields} (name it: --map &quot;Column={first}&quot;)</source>
        <translation>{sheet}: keine Kostenliste: keine Spalte für {fields} (benennen Sie sie: --map &quot;Column={first}&quot;)</translation>
    </message>
    <message>
        <source>the plan&apos;s periods have no dates: set the first period (Measuring, Plan settings)</source>
        <translation>die Zeiträume des Plans haben kein Datum: Legen Sie den ersten Zeitraum fest (Messen, Planeinstellungen)</translation>
    </message>
    <message>
        <source>{sheet}: not tracking data: {reason}</source>
        <translation>{sheet}: keine Erfassungsdaten: {reason}</translation>
    </message>
    <message>
        <source>no network &apos;{network}&apos; in the plan; its networks: {networks}</source>
        <translation>kein Netzwerk „{network}“ im Plan; seine Netzwerke: {networks}</translation>
    </message>
    <message>
        <source>the table names no network: say which network it is for (--network NAME)</source>
        <translation>die Tabelle nennt kein Netzwerk: Geben Sie an, für welches Netzwerk sie gilt (--network NAME)</translation>
    </message>
    <message>
        <source>no column &apos;{name}&apos; in the file to read as {reading}</source>
        <translation>keine Spalte „{name}“ in der Datei, die als {reading} gelesen werden kann</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; can be read as gains or level, not &apos;{reading}&apos;</source>
        <translation>„{name}“ kann als „gains“ oder „level“ gelesen werden, nicht als „{reading}“</translation>
    </message>
    <message>
        <source>&apos;Returns counted: {basis}&apos; is from an earlier smplanner; returns are now credited by an attribution model, set to the nearest: {model}</source>
        <translation>„Returns counted: {basis}“ stammt aus einem früheren smplanner; Erträge werden jetzt von einem Attributionsmodell angerechnet, gesetzt auf das nächstliegende: {model}</translation>
    </message>
    <message>
        <source>The first period was empty; it is now {first}.</source>
        <translation>Der erste Zeitraum war leer; er ist jetzt {first}.</translation>
    </message>
    <message>
        <source>return lines of an earlier smplanner: {lines} lines became {deals} won deals with one touch per line on the Deals and Touches sheets (lines naming a deal already listed in the same period count once, the deal&apos;s value being its largest line: {merged} of them); this sheet is not kept when smplanner saves.</source>
        <translation>Ertragszeilen eines früheren smplanner: Aus {lines} Zeilen wurden {deals} gewonnene Deals mit je einem Touchpoint pro Zeile auf den Blättern „Deals“ und „Touches“ (Zeilen, die einen im selben Zeitraum bereits aufgeführten Deal nennen, zählen einmal, der Wert des Deals ist seine größte Zeile: {merged} davon); dieses Blatt wird beim Speichern durch smplanner nicht behalten.</translation>
    </message>
    <message>
        <source>Lines without a network became touches of the channel &apos;{channel}&apos;, which is not a social network: choose the network to count them in the return.</source>
        <translation>Zeilen ohne Netzwerk wurden zu Touchpoints des Kanals „{channel}“, der kein soziales Netzwerk ist: Wählen Sie das Netzwerk, damit sie im Ertrag zählen.</translation>
    </message>
    <message>
        <source>this return line has no period or amount</source>
        <translation>diese Ertragszeile hat keinen Zeitraum oder Betrag</translation>
    </message>
    <message>
        <source>a formula saved without its value reads as empty, and saving drops it; open and save the workbook in Excel or LibreOffice first, so that its values are worked out</source>
        <translation>eine ohne ihren Wert gespeicherte Formel wird als leer gelesen, und beim Speichern geht sie verloren; öffnen und speichern Sie die Arbeitsmappe zuerst in Excel oder LibreOffice, damit ihre Werte berechnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n more cell(s) with a formula but no value read as empty</source>
        <translation>
            <numerusform>%n weitere Zelle mit Formel, aber ohne Wert als leer gelesen</numerusform>
            <numerusform>%n weitere Zellen mit Formel, aber ohne Wert als leer gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>from the Returns sheet of an earlier smplanner</source>
        <translation>aus dem Blatt „Returns“ eines früheren smplanner</translation>
    </message>
    <message>
        <source>merged cells: the value of {first} is read into every row of {cells}; saving writes it into each row, unmerged</source>
        <translation>verbundene Zellen: Der Wert von {first} wird in jede Zeile von {cells} gelesen; beim Speichern wird er in jede Zeile geschrieben, ohne Verbindung</translation>
    </message>
    <message>
        <source>Sales and marketing alignment</source>
        <translation>Abstimmung von Vertrieb und Marketing</translation>
    </message>
    <message>
        <source>{agreed} of {boxes} crossings agreed, {done} done, {overdue} overdue</source>
        <translation>{agreed} von {boxes} Schnittpunkten vereinbart, {done} erledigt, {overdue} überfällig</translation>
    </message>
    <message>
        <source>text cut short in {boxes}; the Alignment tab shows all of it</source>
        <translation>Text gekürzt in {boxes}; der Reiter „Abstimmung“ zeigt ihn vollständig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>Won value (%n won deal(s))</source>
        <translation>
            <numerusform>Gewonnener Wert (%n gewonnener Deal)</numerusform>
            <numerusform>Gewonnener Wert (%n gewonnene Deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Credited to the social networks ({model})</source>
        <translation>Den sozialen Netzwerken angerechnet ({model})</translation>
    </message>
    <message>
        <source>Share of the won value</source>
        <translation>Anteil am gewonnenen Wert</translation>
    </message>
    <message>
        <source>Credited value of won deals per channel ({currency})</source>
        <translation>Angerechneter Wert gewonnener Deals je Kanal ({currency})</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) left out for want of room</source>
        <translation>
            <numerusform>%n Kanal aus Platzgründen weggelassen</numerusform>
            <numerusform>%n Kanäle aus Platzgründen weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>No won deals yet: there is nothing to credit.</source>
        <translation>Noch keine gewonnenen Deals: Es gibt nichts anzurechnen.</translation>
    </message>
    <message>
        <source>Every model shares each won deal&apos;s value among its touches; the bars beside a row are its credit under each model.</source>
        <translation>Jedes Modell verteilt den Wert jedes gewonnenen Deals auf seine Touchpoints; die Balken neben einer Zeile zeigen ihre Anrechnung nach jedem Modell.</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) after their deal&apos;s close date kept but not credited</source>
        <translation>
            <numerusform>%n Touchpoint nach dem Abschlussdatum seines Deals behalten, aber nicht angerechnet</numerusform>
            <numerusform>%n Touchpoints nach dem Abschlussdatum ihres Deals behalten, aber nicht angerechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Won deals credited by {count} models; the plan&apos;s return uses the {model} model</source>
        <translation>Gewonnene Deals, angerechnet nach {count} Modellen; der Ertrag des Plans verwendet das Modell „{model}“</translation>
    </message>
    <message>
        <source>Measuring: targets and actuals</source>
        <translation>Messen: Ziele und Ist-Werte</translation>
    </message>
    <message>
        <source>no counts yet</source>
        <translation>noch keine Werte</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>Ziel {target}</translation>
    </message>
    <message>
        <source>attained {share}</source>
        <translation>erreicht {share}</translation>
    </message>
    <message>
        <source>{level}, {period}</source>
        <translation>{level}, {period}</translation>
    </message>
    <message>
        <source>{level}: trend per network</source>
        <translation>{level}: Verlauf je Netzwerk</translation>
    </message>
    <message>
        <source>Attainment = actual / target; green on target, red below</source>
        <translation>Zielerreichung = Ist / Ziel; grün im Ziel, rot darunter</translation>
    </message>
    <message>
        <source>the table shows the latest {shown} of {total} periods</source>
        <translation>die Tabelle zeigt die letzten {shown} von {total} Zeiträumen</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) without tracking rows not shown</source>
        <translation>
            <numerusform>%n Netzwerk ohne Erfassungszeilen nicht angezeigt</numerusform>
            <numerusform>%n Netzwerke ohne Erfassungszeilen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>unter Ziel</translation>
    </message>
    <message>
        <source>Targets and actuals as typed in the Tracking grid; charts: actual solid, target dashed; cards: the latest period with counts, all networks</source>
        <translation>Ziele und Ist-Werte wie im Erfassungsraster eingegeben; Diagramme: Ist durchgezogen, Ziel gestrichelt; Karten: der letzte Zeitraum mit Werten, alle Netzwerke</translation>
    </message>
    <message>
        <source>Followers to MQC</source>
        <translation>Follower zu MQC</translation>
    </message>
    <message>
        <source>MQC to SQO</source>
        <translation>MQC zu SQO</translation>
    </message>
    <message>
        <source>The wait is each deal&apos;s age since it was created: deals keep no date of entering their stage.</source>
        <translation>Die Wartezeit ist das Alter jedes Deals seit seiner Erstellung: Deals speichern nicht, wann sie ihre Phase erreicht haben.</translation>
    </message>
    <message>
        <source>Where deals fall out is not known: a lost deal keeps no record of the stage it was lost at.</source>
        <translation>Wo Deals ausscheiden, ist nicht bekannt: Ein verlorener Deal speichert nicht, in welcher Phase er verloren ging.</translation>
    </message>
    <message numerus="yes">
        <source>Deals wait longest at {stage}: %n open deal(s), on average {days} days old, the oldest {oldest} days.</source>
        <translation>
            <numerusform>Deals warten am längsten in der Phase {stage}: %n offener Deal, im Durchschnitt {days} Tage alt, der älteste {oldest} Tage.</numerusform>
            <numerusform>Deals warten am längsten in der Phase {stage}: %n offene Deals, im Durchschnitt {days} Tage alt, der älteste {oldest} Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open deal has a created date up to today, so no stage&apos;s wait is known.</source>
        <translation>Kein offener Deal hat ein Erstellungsdatum bis heute, daher ist für keine Phase eine Wartezeit bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the wait, with no created date or one after today: %n open deal(s).</source>
        <translation>
            <numerusform>Bei der Wartezeit nicht berücksichtigt, weil ohne Erstellungsdatum oder mit einem nach heute: %n offener Deal.</numerusform>
            <numerusform>Bei der Wartezeit nicht berücksichtigt, weil ohne Erstellungsdatum oder mit einem nach heute: %n offene Deals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every funnel step meets its target; the closest to falling short is {step}: {actual} against a target of {target} ({share} of target).</source>
        <translation>Jeder Trichterschritt erreicht sein Ziel; am knappsten ist {step}: {actual} bei einem Ziel von {target} ({share} des Ziels).</translation>
    </message>
    <message>
        <source>The weakest funnel step is {step}: {actual} against a target of {target} ({share} of target).</source>
        <translation>Der schwächste Trichterschritt ist {step}: {actual} bei einem Ziel von {target} ({share} des Ziels).</translation>
    </message>
    <message>
        <source>No funnel step can be judged against a target yet: track the actual and target counts of Followers, MQC and SQO.</source>
        <translation>Noch kann kein Trichterschritt an einem Ziel gemessen werden: Erfassen Sie Ist- und Zielwerte für Follower, MQC und SQO.</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Durchschnittliche Dealgröße</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>SQO / MQC</source>
        <translation>SQO / MQC</translation>
    </message>
    <message>
        <source>MQC / Followers</source>
        <translation>MQC / Follower</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Deals to win</source>
        <translation>Zu gewinnende Deals</translation>
    </message>
    <message>
        <source>typed in the plan settings</source>
        <translation>in den Planeinstellungen eingegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n won deal(s) worth {value} in all</source>
        <translation>
            <numerusform>%n gewonnener Deal: {value}</numerusform>
            <numerusform>%n gewonnene Deals: {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>no won deal yet</source>
        <translation>noch kein gewonnener Deal</translation>
    </message>
    <message numerus="yes">
        <source>{won} won of %n closed deal(s)</source>
        <translation>
            <numerusform>{won} von %n abgeschlossenen gewonnen</numerusform>
            <numerusform>{won} von %n abgeschlossenen gewonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>no closed (won or lost) deal yet</source>
        <translation>noch kein abgeschlossener (gewonnener oder verlorener) Deal</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} oder {other}</translation>
    </message>
    <message>
        <source>no {level} count tracked yet</source>
        <translation>noch kein Wert für {level} erfasst</translation>
    </message>
    <message>
        <source>{level} tracked as 0</source>
        <translation>{level} mit 0 erfasst</translation>
    </message>
    <message>
        <source>latest tracked counts: {top} {upper} of {bottom} {lower}</source>
        <translation>zuletzt erfasst: {top} {upper} von {bottom} {lower}</translation>
    </message>
    <message numerus="yes">
        <source>SQO so far: %n deal(s) created in the plan&apos;s periods and qualified (every criterion ticked; {framework} unless a deal names another), as no SQO is tracked.</source>
        <translation>
            <numerusform>SQO bisher: %n Deal, in den Zeiträumen des Plans angelegt und qualifiziert (jedes Kriterium abgehakt; {framework}, sofern ein Deal kein anderes nennt), da keine SQO erfasst sind.</numerusform>
            <numerusform>SQO bisher: %n Deals, in den Zeiträumen des Plans angelegt und qualifiziert (jedes Kriterium abgehakt; {framework}, sofern ein Deal kein anderes nennt), da keine SQO erfasst sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQO so far: the tracked count; the deals created in the plan&apos;s periods include %n qualified one(s) ({framework} unless a deal names another).</source>
        <translation>
            <numerusform>SQO bisher: die erfasste Zahl; unter den in den Zeiträumen des Plans angelegten Deals ist %n qualifizierter ({framework}, sofern ein Deal kein anderes nennt).</numerusform>
            <numerusform>SQO bisher: die erfasste Zahl; unter den in den Zeiträumen des Plans angelegten Deals sind %n qualifizierte ({framework}, sofern ein Deal kein anderes nennt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s periods have no dates (no first period), so no won deal can be placed in them: the revenue and deals won so far are not shown.</source>
        <translation>Die Zeiträume des Plans haben keine Daten (kein erster Zeitraum), daher lässt sich kein gewonnener Deal einem Zeitraum zuordnen: Bisheriger Umsatz und bisher gewonnene Deals werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>sourced by social</source>
        <translation>Social-generiert</translation>
    </message>
    <message>
        <source>influenced by social</source>
        <translation>Social-beeinflusst</translation>
    </message>
    <message>
        <source>Nothing filled: the KPIs sheet has neither &apos;{sourced}&apos; nor &apos;{influenced}&apos;</source>
        <translation>Nichts eingetragen: Das Blatt „KPIs“ enthält weder „{sourced}“ noch „{influenced}“</translation>
    </message>
    <message>
        <source>Filled the pipeline KPIs into Tracking: sourced by social {sourced}, influenced by social {influenced} (weighted, by period of expected close)</source>
        <translation>Pipeline-KPIs in die Erfassung eingetragen: durch Social Media generiert {sourced}, beeinflusst {influenced} (gewichtet, nach Zeitraum des erwarteten Abschlusses)</translation>
    </message>
    <message>
        <source>Tracking already holds these values: sourced by social {sourced}, influenced by social {influenced}</source>
        <translation>Die Erfassung enthält diese Werte bereits: durch Social Media generiert {sourced}, beeinflusst {influenced}</translation>
    </message>
    <message numerus="yes">
        <source>%n open social deal(s) left out (no close date, or outside the periods)</source>
        <translation>
            <numerusform>%n offener Social-Media-Deal ausgelassen (kein Abschlussdatum oder außerhalb der Zeiträume)</numerusform>
            <numerusform>%n offene Social-Media-Deals ausgelassen (kein Abschlussdatum oder außerhalb der Zeiträume)</numerusform>
        </translation>
    </message>
    <message>
        <source>the KPIs sheet has no &apos;{kpi}&apos;</source>
        <translation>das Blatt „KPIs“ enthält kein „{kpi}“</translation>
    </message>
    <message>
        <source>Fill pipeline KPIs into Tracking</source>
        <translation>Pipeline-KPIs in die Erfassung eintragen</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Forecast per period of expected close</source>
        <translation>Prognose je Zeitraum des erwarteten Abschlusses</translation>
    </message>
    <message>
        <source>No open deal is expected to close in the plan&apos;s periods: give open deals a close date inside them to see the forecast.</source>
        <translation>Für keinen offenen Deal wird ein Abschluss in den Zeiträumen des Plans erwartet: Geben Sie offenen Deals ein Abschlussdatum darin, um die Prognose zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n offener Deal</numerusform>
            <numerusform>%n offene Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Data files (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Datendateien (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Imported {name}; Undo takes it back</source>
        <translation>{name} importiert; Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Read tracking values, cost lines, deals, touches or a KPI planner from a spreadsheet or CSV file</source>
        <translation>Erfassungswerte, Kostenzeilen, Deals, Touchpoints oder einen KPI-Planer aus einer Tabelle oder CSV-Datei einlesen</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>This period&apos;s values</source>
        <translation>Werte dieses Zeitraums</translation>
    </message>
    <message>
        <source>KPI: {name}</source>
        <translation>KPI: {name}</translation>
    </message>
    <message>
        <source>not imported: no KPI of the plan has this name</source>
        <translation>nicht importiert: Kein KPI des Plans hat diesen Namen</translation>
    </message>
    <message>
        <source>Read as {reading}: {reason}</source>
        <translation>Gelesen als {reading}: {reason}</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>no column is set to be imported</source>
        <translation>keine Spalte ist zum Import eingestellt</translation>
    </message>
    <message>
        <source>dates or periods (2027-01-31, 31.01.2027, Jan 2027)</source>
        <translation>Daten oder Zeiträume (2027-01-31, 31.01.2027, Jan 2027)</translation>
    </message>
    <message>
        <source>amounts (1,250.50 or 1.250,50; currency signs ignored)</source>
        <translation>Beträge (1,250.50 oder 1.250,50; Währungszeichen werden ignoriert)</translation>
    </message>
    <message>
        <source>network names</source>
        <translation>Netzwerknamen</translation>
    </message>
    <message>
        <source>KPI names</source>
        <translation>KPI-Namen</translation>
    </message>
    <message>
        <source>numbers of the KPI each row names</source>
        <translation>Zahlen des KPI, den jede Zeile nennt</translation>
    </message>
    <message>
        <source>a cost category of the plan</source>
        <translation>eine Kostenkategorie des Plans</translation>
    </message>
    <message>
        <source>organic or paid</source>
        <translation>organisch oder bezahlt</translation>
    </message>
    <message>
        <source>numbers of hours</source>
        <translation>Stundenzahlen</translation>
    </message>
    <message>
        <source>IDs, one per deal</source>
        <translation>IDs, eine je Deal</translation>
    </message>
    <message>
        <source>stages (Closed Won, Closed Lost, or an open stage)</source>
        <translation>Phasen (Closed Won, Closed Lost oder eine offene Phase)</translation>
    </message>
    <message>
        <source>IDs of deals on the Deals sheet</source>
        <translation>IDs von Deals aus dem Blatt „Deals“</translation>
    </message>
    <message>
        <source>networks; any other name becomes an other channel</source>
        <translation>Netzwerke; jeder andere Name wird zu einem anderen Kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>stages of the plan; a blank cell continues the one above</source>
        <translation>Phasen des Plans; eine leere Zelle setzt die darüber fort</translation>
    </message>
    <message>
        <source>goals of the plan; a blank cell continues the one above</source>
        <translation>Ziele des Plans; eine leere Zelle setzt die darüber fort</translation>
    </message>
    <message>
        <source>tactics of the plan</source>
        <translation>Taktiken des Plans</translation>
    </message>
    <message>
        <source>marks: P or 1 Primary, S or 2 Secondary, X or ✓ as chosen above, empty or - none</source>
        <translation>Zeichen: P oder 1 primär, S oder 2 sekundär, X oder ✓ wie oben gewählt, leer oder - keins</translation>
    </message>
    <message>
        <source>numbers; a period keeps its last (a level)</source>
        <translation>Zahlen; ein Zeitraum behält die letzte (ein Stand)</translation>
    </message>
    <message>
        <source>numbers, added up per period (a count)</source>
        <translation>Zahlen, je Zeitraum addiert (eine Anzahl)</translation>
    </message>
    <message>
        <source>numbers, averaged per period (a rate)</source>
        <translation>Zahlen, je Zeitraum gemittelt (eine Quote)</translation>
    </message>
    <message>
        <source>the follower count each day (a level)</source>
        <translation>die Follower-Zahl je Tag (ein Stand)</translation>
    </message>
    <message>
        <source>new followers each day (gains, added up)</source>
        <translation>neue Follower je Tag (Zuwachs, aufsummiert)</translation>
    </message>
    <message>
        <source>level or gains, guessed from its values</source>
        <translation>Stand oder Zuwachs, aus den Werten erraten</translation>
    </message>
    <message>
        <source>guessed: {reading}</source>
        <translation>erraten: {reading}</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>numbers for {period}</source>
        <translation>Zahlen für {period}</translation>
    </message>
    <message>
        <source>as the columns are set here</source>
        <translation>wie die Spalten hier eingestellt sind</translation>
    </message>
    <message>
        <source>no column is read as dates, and none as a period&apos;s values</source>
        <translation>keine Spalte wird als Datum gelesen und keine als Werte eines Zeitraums</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <source>a period outside the plan</source>
        <translation>ein Zeitraum außerhalb des Plans</translation>
    </message>
    <message>
        <source>tracking values</source>
        <translation>Erfassungswerte</translation>
    </message>
    <message>
        <source>In the plan now</source>
        <translation>Jetzt im Plan</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>cost lines</source>
        <translation>Kostenzeilen</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s networks</source>
        <translation>Zu den Netzwerken des Plans hinzufügen</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s KPIs</source>
        <translation>Zu den KPIs des Plans hinzufügen</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s stages</source>
        <translation>Zu den Phasen des Plans hinzufügen</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s goals</source>
        <translation>Zu den Zielen des Plans hinzufügen</translation>
    </message>
    <message>
        <source>Add to the plan&apos;s tactics</source>
        <translation>Zu den Taktiken des Plans hinzufügen</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <source>Take as</source>
        <translation>Übernehmen als</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>{noun}: {new} new, {changed} changed, {kept} left alone (different in the plan), {same} already the same</source>
        <translation>{noun}: {new} neu, {changed} geändert, {kept} unverändert gelassen (im Plan abweichend), {same} bereits gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n bad cell(s), listed under Bad cells: nothing is imported unless you choose to import the good rows</source>
        <translation>
            <numerusform>%n fehlerhafte Zelle, aufgeführt unter „Fehlerhafte Zellen“: Es wird nichts importiert, außer Sie wählen, die gültigen Zeilen zu importieren</numerusform>
            <numerusform>%n fehlerhafte Zellen, aufgeführt unter „Fehlerhafte Zellen“: Es wird nichts importiert, außer Sie wählen, die gültigen Zeilen zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planner row(s) added</source>
        <translation>
            <numerusform>%n Planerzeile hinzugefügt</numerusform>
            <numerusform>%n Planerzeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Values already in the plan are kept; choose Replace to overwrite them</source>
        <translation>Werte, die schon im Plan stehen, bleiben erhalten; wählen Sie „Ersetzen“, um sie zu überschreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n bad cell(s) left out</source>
        <translation>
            <numerusform>%n fehlerhafte Zelle ausgelassen</numerusform>
            <numerusform>%n fehlerhafte Zellen ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported, no such {kind} in the plan: {names}</source>
        <translation>Nicht importiert, da im Plan nicht vorhanden ({kind}): {names}</translation>
    </message>
    <message>
        <source>Not imported, &apos;{column}&apos;: {reason}</source>
        <translation>Nicht importiert, „{column}“: {reason}</translation>
    </message>
    <message>
        <source>Added to {catalogue}: {names}</source>
        <translation>Zum Katalog {catalogue} hinzugefügt: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Not imported, %n value(s) outside the plan&apos;s periods: {dates}</source>
        <translation>
            <numerusform>Nicht importiert, %n Wert außerhalb der Zeiträume des Plans: {dates}</numerusform>
            <numerusform>Nicht importiert, %n Werte außerhalb der Zeiträume des Plans: {dates}</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s periods are extended: {before} added before the first, {after} after the last</source>
        <translation>Die Zeiträume des Plans sind erweitert: {before} vor dem ersten, {after} nach dem letzten hinzugefügt</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>Tracking values</source>
        <translation>Erfassungswerte</translation>
    </message>
    <message>
        <source>Cost lines</source>
        <translation>Kostenzeilen</translation>
    </message>
    <message>
        <source>tracked</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>The plan has</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Still to go</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Why no number</source>
        <translation>Warum keine Zahl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Typed rates (empty: the plan&apos;s own, worked out from its deals and tracking):</source>
        <translation>Eingegebene Quoten (leer: die des Plans, berechnet aus seinen Deals und der Erfassung):</translation>
    </message>
    <message>
        <source>lacks: {what}</source>
        <translation>fehlt: {what}</translation>
    </message>
    <message>
        <source>Click a stage to list its deals</source>
        <translation>Klicken Sie auf eine Phase, um ihre Deals aufzulisten</translation>
    </message>
    <message>
        <source>{stage}: deals here are weighted at {probability}</source>
        <translation>{stage}: Deals in dieser Phase werden mit {probability} gewichtet</translation>
    </message>
    <message>
        <source>Milestone: {milestone}</source>
        <translation>Meilenstein: {milestone}</translation>
    </message>
    <message>
        <source>Click to list its deals</source>
        <translation>Klicken, um ihre Deals aufzulisten</translation>
    </message>
    <message>
        <source>Closed deals are not in the pipeline</source>
        <translation>Abgeschlossene Deals sind nicht in der Pipeline</translation>
    </message>
    <message>
        <source>its values (median {median:,.0f}) are small against the {count:,.0f} followers the plan already counts</source>
        <translation>ihre Werte (Median {median:,.0f}) sind klein gegenüber den {count:,.0f} Followern, die der Plan bereits zählt</translation>
    </message>
    <message>
        <source>too few different values to tell: read by its name</source>
        <translation>zu wenige verschiedene Werte für eine Entscheidung: nach ihrem Namen gelesen</translation>
    </message>
    <message>
        <source>most of its values are 0</source>
        <translation>die meisten ihrer Werte sind 0</translation>
    </message>
    <message>
        <source>it never falls by much and its steps (about {change:,.0f}) are small against it (median {median:,.0f})</source>
        <translation>sie fällt nie stark, und ihre Schritte (etwa {change:,.0f}) sind klein im Verhältnis dazu (Median {median:,.0f})</translation>
    </message>
    <message>
        <source>its values are small and vary (median {median:,.0f}, steps of about {change:,.0f})</source>
        <translation>ihre Werte sind klein und schwanken (Median {median:,.0f}, Schritte von etwa {change:,.0f})</translation>
    </message>
    <message>
        <source>as you said</source>
        <translation>wie von Ihnen angegeben</translation>
    </message>
    <message>
        <source>the plan has no KPI for the follower count</source>
        <translation>der Plan hat keinen KPI für die Follower-Zahl</translation>
    </message>
    <message>
        <source>the file gives the follower count itself</source>
        <translation>die Datei gibt die Follower-Zahl selbst an</translation>
    </message>
    <message>
        <source>; the catalogue has no KPI counting new followers</source>
        <translation>; der Katalog hat keinen KPI, der neue Follower zählt</translation>
    </message>
    <message>
        <source>its dates are not known</source>
        <translation>ihre Daten sind nicht bekannt</translation>
    </message>
    <message>
        <source>the file starts on {day}, not on a period&apos;s first day, so the count before it is not known</source>
        <translation>die Datei beginnt am {day}, nicht am ersten Tag eines Zeitraums, daher ist der Stand davor nicht bekannt</translation>
    </message>
    <message>
        <source>the file starts in the plan&apos;s first period, so the count before it is not known</source>
        <translation>die Datei beginnt im ersten Zeitraum des Plans, daher ist der Stand davor nicht bekannt</translation>
    </message>
    <message>
        <source>the plan holds no follower count for {period}, the period before the file&apos;s first day ({day})</source>
        <translation>der Plan enthält keine Follower-Zahl für {period}, den Zeitraum vor dem ersten Tag der Datei ({day})</translation>
    </message>
    <message>
        <source>days are missing between its first and last day</source>
        <translation>zwischen ihrem ersten und letzten Tag fehlen Tage</translation>
    </message>
    <message>
        <source>covering {days} would take {total} periods; a plan holds at most {most}: import the dates in parts, or leave out the oldest</source>
        <translation>{days} abzudecken würde {total} Zeiträume erfordern; ein Plan fasst höchstens {most}: Importieren Sie die Daten in Teilen oder lassen Sie die ältesten aus</translation>
    </message>
    <message>
        <source>moving the first period back by {count} would number some {table} rows past {most}; remove the rows after the plan&apos;s last period first</source>
        <translation>den ersten Zeitraum um {count} zurückzuverschieben würde einige Zeilen in {table} über {most} hinaus nummerieren; entfernen Sie zuerst die Zeilen nach dem letzten Zeitraum des Plans</translation>
    </message>
    <message>
        <source>Extend the periods</source>
        <translation>Zeiträume erweitern</translation>
    </message>
    <message>
        <source>Import and extend the periods</source>
        <translation>Importieren und Zeiträume erweitern</translation>
    </message>
    <message>
        <source>{sheet}: not a KPI planner: no column for the {fields} (name it: --map &quot;Column={first}&quot;)</source>
        <translation>{sheet}: kein KPI-Planer: keine Spalte für {fields} (benennen Sie sie: --map &quot;Column={first}&quot;)</translation>
    </message>
    <message>
        <source>Import the KPI planner</source>
        <translation>KPI-Planer importieren</translation>
    </message>
    <message numerus="yes">
        <source>Weighted pipeline (%n open deal(s))</source>
        <translation>
            <numerusform>Gewichtete Pipeline (%n offener Deal)</numerusform>
            <numerusform>Gewichtete Pipeline (%n offene Deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit (stages of {percent} % and more)</source>
        <translation>Commit (Phasen ab {percent} %)</translation>
    </message>
    <message>
        <source>Sourced by social (weighted)</source>
        <translation>Durch Social Media generiert (gewichtet)</translation>
    </message>
    <message>
        <source>Influenced by social: {value}</source>
        <translation>Durch Social Media beeinflusst: {value}</translation>
    </message>
    <message>
        <source>Value ({currency})</source>
        <translation>Wert ({currency})</translation>
    </message>
    <message>
        <source>Left out for want of room: {rows}</source>
        <translation>Aus Platzmangel ausgelassen: {rows}</translation>
    </message>
    <message>
        <source>No pipeline stages yet: add them on the Pipeline stages sheet.</source>
        <translation>Noch keine Pipeline-Phasen: Fügen Sie sie im Blatt „Pipeline stages“ hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) at a stage not in the catalogue: open at 0 %</source>
        <translation>
            <numerusform>%n Deal in einer Phase, die nicht im Katalog steht: offen mit 0 %</numerusform>
            <numerusform>%n Deals in einer Phase, die nicht im Katalog steht: offen mit 0 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) past the expected close date</source>
        <translation>
            <numerusform>%n offener Deal über dem erwarteten Abschlussdatum</numerusform>
            <numerusform>%n offene Deals über dem erwarteten Abschlussdatum</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted: each open deal&apos;s value x its stage&apos;s probability; sourced by social: the deal&apos;s first touch was on a social network; influenced: any touch was</source>
        <translation>Gewichtet: Wert jedes offenen Deals x Wahrscheinlichkeit seiner Phase; durch Social Media generiert: Der erste Touchpoint des Deals war in einem sozialen Netzwerk; beeinflusst: Mindestens ein Touchpoint war es</translation>
    </message>
    <message>
        <source>Open stage</source>
        <translation>Offene Phase</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>The stages in order, what each asks for, and the plan&apos;s deals at each</source>
        <translation>Die Phasen in Reihenfolge, was jede verlangt, und die Deals des Plans in jeder Phase</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the pool &apos;{name}&apos; has no stages; expected one or more open stages</source>
        <translation>{sheet}, Zeile {row}: der Pool „{name}“ hat keine Phasen; erwartet werden eine oder mehrere offene Phasen</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the pool &apos;{name}&apos; holds &apos;{stage}&apos;, which closes a deal; expected open stages only</source>
        <translation>{sheet}, Zeile {row}: der Pool „{name}“ enthält „{stage}“, das einen Deal abschließt; erwartet werden nur offene Phasen</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: &apos;{stage}&apos; is in the pools &apos;{first}&apos; and &apos;{name}&apos;; expected each stage in one pool</source>
        <translation>{sheet}, Zeile {row}: „{stage}“ steht in den Pools „{first}“ und „{name}“; erwartet wird jede Phase in einem Pool</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: the pool &apos;{name}&apos; converts in {low} to {high} days; expected the shorter time first</source>
        <translation>{sheet}, Zeile {row}: der Pool „{name}“ konvertiert in {low} bis {high} Tagen; erwartet wird die kürzere Zeit zuerst</translation>
    </message>
    <message>
        <source>planner marks</source>
        <translation>Planer-Zeichen</translation>
    </message>
    <message>
        <source>(a row added, no marks)</source>
        <translation>(eine Zeile hinzugefügt, keine Zeichen)</translation>
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
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Select every cell of the table</source>
        <translation>Alle Zellen der Tabelle auswählen</translation>
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
