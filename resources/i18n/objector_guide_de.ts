<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="74" />
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74" />
        <source>Go back to the previous page</source>
        <translation>Zur vorherigen Seite zurückkehren</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75" />
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75" />
        <source>Go forward again</source>
        <translation>Wieder vorwärts gehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76" />
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76" />
        <source>Jump to the search field</source>
        <translation>Zum Suchfeld springen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77" />
        <source>&amp;Find in Page…</source>
        <translation>Seite &amp;durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77" />
        <source>Find a word in the page you are reading</source>
        <translation>Ein Wort auf der geöffneten Seite suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78" />
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78" />
        <source>Next match in the page</source>
        <translation>Nächster Treffer auf der Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79" />
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79" />
        <source>Previous match in the page</source>
        <translation>Vorheriger Treffer auf der Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80" />
        <source>Make the text larger</source>
        <translation>Text vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81" />
        <source>Make the text smaller</source>
        <translation>Text verkleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82" />
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82" />
        <source>Reset the text size</source>
        <translation>Textgröße zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83" />
        <source>Print the page you are reading</source>
        <translation>Die geöffnete Seite drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84" />
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84" />
        <source>See the printed page before printing</source>
        <translation>Die Seite vor dem Drucken ansehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85" />
        <source>Export as P&amp;DF…</source>
        <translation>Als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85" />
        <source>Save the page you are reading as a PDF file</source>
        <translation>Die geöffnete Seite als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86" />
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Lesezeichen für diese Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86" />
        <source>Add or remove a bookmark for this page</source>
        <translation>Lesezeichen für diese Seite setzen oder entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="87" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="87" />
        <source>Close the guidebook</source>
        <translation>Den Leitfaden schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88" />
        <source>&amp;About Objector Guide</source>
        <translation>Ü&amp;ber Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88" />
        <source>Content version, source report and disclaimer</source>
        <translation>Inhaltsversion, zugrunde liegender Bericht und Haftungshinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89" />
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="90" />
        <source>Guided &amp;Assessment…</source>
        <translation>Geführte &amp;Einschätzung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="91" />
        <source>Walk a client's situation through the questions to an assessment and a sheet</source>
        <translation>Die Situation der ratsuchenden Person Frage für Frage durchgehen – bis zur Einschätzung und zum Merkblatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="92" />
        <source>C&amp;lear Session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="93" />
        <source>Forget the search, the pages read, the assessment's answers and notes</source>
        <translation>Suche, gelesene Seiten sowie Antworten und Notizen der Einschätzung vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="94" />
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="94" />
        <source>Show the report's table of contents</source>
        <translation>Inhaltsverzeichnis des Berichts anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="95" />
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="95" />
        <source>Show the A–Z glossary</source>
        <translation>Glossar von A bis Z anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="96" />
        <source>&amp;Law</source>
        <translation>&amp;Recht</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="96" />
        <source>Show the legal references</source>
        <translation>Rechtsquellen anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="97" />
        <source>Book&amp;marks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="97" />
        <source>Show your bookmarks</source>
        <translation>Ihre Lesezeichen anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="106" />
        <source>Show the interface and the guidebook in %1</source>
        <translation>Sprache von Oberfläche und Leitfaden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>The guidebook database was rebuilt from the bundled content: %1</source>
        <translation>Die Datenbank des Leitfadens wurde aus den mitgelieferten Inhalten neu aufgebaut: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <source>Objector Guide</source>
        <translation>Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>Search terms, facts, laws… (Ctrl+F, Ctrl+K or /)</source>
        <translation>Begriffe, Fakten, Gesetze suchen… (Ctrl+F, Ctrl+K oder /)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233" />
        <source>Search the guidebook</source>
        <translation>Im Leitfaden suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>Type to search; Up/Down to choose; Enter to open; Esc to clear</source>
        <translation>Suchbegriff eingeben; Up/Down: auswählen; Enter: öffnen; Esc: leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237" />
        <source>Find in page (Enter: next, Shift+F3: previous)</source>
        <translation>Auf der Seite suchen (Enter: nächster, Shift+F3: vorheriger Treffer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239" />
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240" />
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241" />
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Law</source>
        <translation>Rechtsquelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254" />
        <source>The interface translation is missing; menus stay in English.</source>
        <translation>Die Übersetzung der Oberfläche fehlt; die Menüs bleiben auf Englisch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283" />
        <source>imported, not reviewed</source>
        <translation>importierter Bericht, nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285" />
        <source>No results for “%1”.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286" />
        <source>Did you mean:</source>
        <translation>Meinten Sie:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>External link</source>
        <translation>Externer Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>This guidebook works offline and does not open web pages. The address is:

%1</source>
        <translation>Dieser Leitfaden arbeitet offline und öffnet keine Webseiten. Die Adresse lautet:

%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>Source in the report</source>
        <translation>Quelle im Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>As of</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362" />
        <source>Not yet translated — English text shown.</source>
        <translation>Noch nicht übersetzt – der englische Text wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363" />
        <source>Imported report — not reviewed by the guidebook's editors.</source>
        <translation>Importierter Bericht – nicht von der Redaktion des Leitfadens geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>In other languages</source>
        <translation>In anderen Sprachen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>Also searched as</source>
        <translation>Auch zu finden unter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365" />
        <source>Related terms</source>
        <translation>Verwandte Begriffe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365" />
        <source>Discussed in</source>
        <translation>Behandelt in</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <source>Terms in this section</source>
        <translation>Begriffe in diesem Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <source>Legal references in this section</source>
        <translation>Rechtsquellen in diesem Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Jurisdiction</source>
        <translation>Rechtsordnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368" />
        <source>Validity</source>
        <translation>Geltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368" />
        <source>in force from</source>
        <translation>in Kraft seit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <source>in force until</source>
        <translation>in Kraft bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <source>No longer in force</source>
        <translation>Nicht mehr in Kraft</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>replaced by</source>
        <translation>ersetzt durch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>To verify</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373" />
        <source>Statute</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373" />
        <source>EU directive</source>
        <translation>EU-Richtlinie</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>EU regulation</source>
        <translation>EU-Verordnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Court decision</source>
        <translation>Gerichtsentscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375" />
        <source>Decision of an authority</source>
        <translation>Behördenentscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>Government statement</source>
        <translation>Erklärung der Regierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>Resolution</source>
        <translation>Entschließung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377" />
        <source>Decree</source>
        <translation>Erlass</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377" />
        <source>Treaty</source>
        <translation>Völkerrechtlicher Vertrag</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401" />
        <source>Bookmark removed.</source>
        <translation>Lesezeichen entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404" />
        <source>Bookmarked.</source>
        <translation>Lesezeichen gesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="406" />
        <location filename="../../app/ui/main_window.py" line="415" />
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407" />
        <source>The bookmark could not be saved: %1</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="439" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="465" />
        <source>Guided assessment</source>
        <translation>Geführte Einschätzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466" />
        <source>The assessment questions could not be loaded: %1</source>
        <translation>Die Fragen der Einschätzung konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="495" />
        <source>Session cleared: search, pages read and assessment forgotten.</source>
        <translation>Sitzung gelöscht: Suche, gelesene Seiten und Einschätzung sind vergessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="501" />
        <source>About Objector Guide</source>
        <translation>Über Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535" />
        <source>Settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>NavTabs</name>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <location filename="../../app/ui/navigation.py" line="77" />
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <source>Law</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <location filename="../../app/ui/navigation.py" line="79" />
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="70" />
        <source>The report's table of contents (Alt+1)</source>
        <translation>Inhaltsverzeichnis des Berichts (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="71" />
        <source>Definitions from A to Z (Alt+2)</source>
        <translation>Begriffe und Erklärungen von A bis Z (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="72" />
        <source>Legal references by jurisdiction and kind (Alt+3)</source>
        <translation>Rechtsquellen nach Rechtsordnung und Art (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="73" />
        <source>Pages you bookmarked with Ctrl+D (Alt+4)</source>
        <translation>Seiten, für die Sie mit Ctrl+D ein Lesezeichen gesetzt haben (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="74" />
        <source>Filter terms…</source>
        <translation>Begriffe filtern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="75" />
        <source>Filter the glossary</source>
        <translation>Glossar filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="76" />
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="78" />
        <source>Legal references</source>
        <translation>Rechtsquellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="80" />
        <source>superseded since %1</source>
        <translation>nicht mehr in Kraft seit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="82" />
        <source>Statutes</source>
        <translation>Gesetze</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="82" />
        <source>EU directives</source>
        <translation>EU-Richtlinien</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="83" />
        <source>EU regulations</source>
        <translation>EU-Verordnungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="83" />
        <source>Court decisions</source>
        <translation>Gerichtsentscheidungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="84" />
        <source>Authority decisions</source>
        <translation>Behördenentscheidungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="85" />
        <source>Government statements</source>
        <translation>Stellungnahmen von Regierungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="85" />
        <source>Resolutions</source>
        <translation>Entschließungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="86" />
        <source>Decrees</source>
        <translation>Erlasse</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="86" />
        <source>Treaties</source>
        <translation>Völkerrechtliche Verträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89" />
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89" />
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89" />
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90" />
        <source>Council of Europe</source>
        <translation>Europarat</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90" />
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90" />
        <source>United Nations</source>
        <translation>Vereinte Nationen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="149" />
        <source>Press Delete to remove this bookmark</source>
        <translation>Drücken Sie Delete, um dieses Lesezeichen zu entfernen</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="210" />
        <source>Guided assessment — Objector Guide</source>
        <translation>Geführte Einschätzung — Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="211" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="212" />
        <source>Go back to the previous question (Alt+Left)</source>
        <translation>Zurück zur vorherigen Frage (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="213" />
        <source>&amp;Restart</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="214" />
        <source>Start again with no answers</source>
        <translation>Ohne Antworten von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="215" />
        <source>&amp;Clear session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="216" />
        <source>Forget every answer, the name and the note (Ctrl+Shift+Delete)</source>
        <translation>Alle Antworten, den Namen und die Notiz vergessen (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="217" />
        <source>Check the answers before you see the assessment</source>
        <translation>Prüfen Sie die Antworten, bevor Sie die Einschätzung ansehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="218" />
        <location filename="../../app/ui/wizard_window.py" line="227" />
        <source>Sheet language</source>
        <translation>Sprache des Merkblatts</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="219" />
        <source>Paper</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="220" />
        <source>Client's name (optional)</source>
        <translation>Name der ratsuchenden Person (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="221" />
        <location filename="../../app/ui/wizard_window.py" line="229" />
        <source>Counsellor's note</source>
        <translation>Notiz der beratenden Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="222" />
        <source>Leave empty unless the client wants it printed</source>
        <translation>Nur ausfüllen, wenn die Person ihren Namen gedruckt haben möchte</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="223" />
        <source>The name and the note are printed on the sheet but never saved.</source>
        <translation>Name und Notiz werden auf das Merkblatt gedruckt, aber nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="224" />
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="225" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="226" />
        <source>Export sheet as P&amp;DF… (Ctrl+Shift+E)</source>
        <translation>Merkblatt als PDF e&amp;xportieren… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="227" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="228" />
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="228" />
        <source>Client's name</source>
        <translation>Name der ratsuchenden Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="229" />
        <location filename="../../app/ui/wizard_window.py" line="255" />
        <location filename="../../app/ui/wizard_window.py" line="324" />
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="230" />
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="244" />
        <source>Question %1 of about %2</source>
        <translation>Frage %1 von etwa %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="248" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="250" />
        <source>All questions answered</source>
        <translation>Alle Fragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="253" />
        <source>Show the &amp;assessment &gt;</source>
        <translation>&amp;Einschätzung anzeigen &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="263" />
        <source>Why we ask:</source>
        <translation>Warum wir fragen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="300" />
        <source>Terms:</source>
        <translation>Begriffe:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="312" />
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="324" />
        <source>Why this category</source>
        <translation>Warum diese Einordnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="325" />
        <source>Circumstances that change the picture</source>
        <translation>Umstände, die das Bild verändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="325" />
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>Evidence to gather</source>
        <translation>Zu sammelnde Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="327" />
        <source>Read more in the guidebook</source>
        <translation>Mehr dazu im Leitfaden</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="327" />
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="328" />
        <source>Legal references</source>
        <translation>Rechtsquellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="328" />
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="329" />
        <source>Information, not legal advice.</source>
        <translation>Information, keine Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="329" />
        <source>Information as of</source>
        <translation>Informationsstand:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="340" />
        <source>Choose an answer first</source>
        <translation>Bitte zuerst eine Antwort wählen</translation>
    </message>
</context>
</TS>
