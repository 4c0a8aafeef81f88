<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="113" />
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="113" />
        <source>Go back to the previous page</source>
        <translation>Zur vorherigen Seite zurückkehren</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="114" />
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="114" />
        <source>Go forward again</source>
        <translation>Wieder vorwärts gehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="115" />
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="115" />
        <source>Jump to the search field</source>
        <translation>Zum Suchfeld springen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="116" />
        <source>&amp;Find in Page…</source>
        <translation>Seite &amp;durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="116" />
        <source>Find a word in the page you are reading</source>
        <translation>Ein Wort auf der geöffneten Seite suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="117" />
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="117" />
        <source>Next match in the page</source>
        <translation>Nächster Treffer auf der Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="118" />
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="118" />
        <source>Previous match in the page</source>
        <translation>Vorheriger Treffer auf der Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="119" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="119" />
        <source>Make the text larger</source>
        <translation>Text vergrößern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="120" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="120" />
        <source>Make the text smaller</source>
        <translation>Text verkleinern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="121" />
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="121" />
        <source>Reset the text size</source>
        <translation>Textgröße zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="122" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="122" />
        <source>Print the page you are reading</source>
        <translation>Die geöffnete Seite drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="123" />
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="123" />
        <source>See the printed page before printing</source>
        <translation>Die Seite vor dem Drucken ansehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124" />
        <source>Export as P&amp;DF…</source>
        <translation>Als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124" />
        <source>Save the page you are reading as a PDF file</source>
        <translation>Die geöffnete Seite als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="125" />
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Lesezeichen für diese Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="125" />
        <source>Add or remove a bookmark for this page</source>
        <translation>Lesezeichen für diese Seite setzen oder entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126" />
        <source>Close the guidebook</source>
        <translation>Den Leitfaden schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127" />
        <source>&amp;About Objector Guide</source>
        <translation>Ü&amp;ber Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127" />
        <source>Content version, source report and disclaimer</source>
        <translation>Inhaltsversion, zugrunde liegender Bericht und Haftungshinweis</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="128" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="128" />
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="129" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="130" />
        <source>Your organisation's details, printed at the foot of every guidance sheet</source>
        <translation>Angaben Ihrer Organisation, unten auf jedem Merkblatt gedruckt</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="131" />
        <source>Guided &amp;Assessment…</source>
        <translation>Geführte &amp;Einschätzung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="132" />
        <source>Walk a client's situation through the questions to an assessment and a sheet</source>
        <translation>Die Situation der ratsuchenden Person Frage für Frage durchgehen – bis zur Einschätzung und zum Merkblatt</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="133" />
        <source>&amp;Import Report…</source>
        <translation>Bericht &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="134" />
        <source>Add a newer report (.pdf, .txt, .md, .html) so it is searched beside the guidebook</source>
        <translation>Einen neueren Bericht (.pdf, .txt, .md, .html) hinzufügen, damit er neben dem Leitfaden durchsucht wird</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="135" />
        <source>&amp;Manage Imported Reports…</source>
        <translation>Importierte Berichte ver&amp;walten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="135" />
        <source>Rename or remove imported reports</source>
        <translation>Importierte Berichte umbenennen oder entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="136" />
        <source>Install Content &amp;Update…</source>
        <translation>Inhalts&amp;aktualisierung installieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="137" />
        <source>Install a signed guidebook update from a file (.ogedition): see what it changes first</source>
        <translation>Eine signierte Aktualisierung des Leitfadens aus einer Datei (.ogedition) installieren; vorher wird gezeigt, was sie ändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="139" />
        <source>What &amp;Changed</source>
        <translation>Was sich &amp;geändert hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="140" />
        <source>What the content update in use changed: sections, terms, legal references, outcomes</source>
        <translation>Was die verwendete Inhaltsaktualisierung geändert hat: Abschnitte, Begriffe, Rechtsquellen, Ergebnisse der Einschätzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="141" />
        <source>C&amp;lear Session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="142" />
        <source>Forget the search, the pages read, the assessment's answers and notes</source>
        <translation>Suche, gelesene Seiten sowie Antworten und Notizen der Einschätzung vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="143" />
        <source>&amp;Two Languages Side by Side</source>
        <translation>&amp;Zwei Sprachen nebeneinander</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="144" />
        <source>Show the page in a second language beside it, for the client to follow</source>
        <translation>Die Seite daneben in einer zweiten Sprache zeigen, damit die ratsuchende Person mitlesen kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="145" />
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="145" />
        <source>Show the report's table of contents</source>
        <translation>Inhaltsverzeichnis des Berichts anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="146" />
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="146" />
        <source>Show the A–Z glossary</source>
        <translation>Glossar von A bis Z anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="147" />
        <source>&amp;Law</source>
        <translation>&amp;Rechtsquellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="147" />
        <source>Show the legal references</source>
        <translation>Rechtsquellen anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="148" />
        <source>Book&amp;marks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="148" />
        <source>Show your bookmarks</source>
        <translation>Ihre Lesezeichen anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="156" />
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="156" />
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="156" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="157" />
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="161" />
        <source>Show the interface and the guidebook in %1</source>
        <translation>Sprache von Oberfläche und Leitfaden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="163" />
        <source>Show the page next to the main page in this language: %1</source>
        <translation>Die Seite neben der Hauptseite in dieser Sprache zeigen: %1</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../app/ui/crash.py" line="40" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="44" />
        <source>Something went wrong, but your work is safe and the guidebook keeps running. If it happens again, please tell the people who maintain it what you were doing.</source>
        <translation>Etwas ist schiefgegangen, aber Ihre Arbeit ist sicher und der Leitfaden läuft weiter. Wenn es wieder passiert, teilen Sie bitte den Betreuenden des Programms mit, was Sie gerade getan haben.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="22" />
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="23" />
        <source>Content as of</source>
        <translation>Inhaltsstand</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="24" />
        <source>Source report</source>
        <translation>Quellbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="25" />
        <source>Report address (not opened by this app)</source>
        <translation>Adresse des Berichts (wird von diesem Programm nicht geöffnet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="28" />
        <source>This guidebook is information, not legal advice. It summarises a report dated 20 February 2024 and later changes in EU law; check the current law and practice before acting, and refer clients to a lawyer or an asylum counselling service.</source>
        <translation>Dieser Leitfaden ist eine Information, keine Rechtsberatung. Er fasst einen Bericht vom 20. Februar 2024 und spätere Änderungen im EU-Recht zusammen; prüfen Sie vor jedem Schritt das geltende Recht und die Praxis und verweisen Sie Ratsuchende an eine Anwältin, einen Anwalt oder eine Asylberatungsstelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="31" />
        <source>It works offline: nothing you search or type is sent anywhere or kept after you close it, except bookmarks, settings and reports you import.</source>
        <translation>Das Programm arbeitet offline: Nichts, was Sie suchen oder eingeben, wird irgendwohin gesendet oder nach dem Schließen aufbewahrt – außer Lesezeichen, Einstellungen und Berichten, die Sie importieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="51" />
        <source>Focus the search field</source>
        <translation>Zum Suchfeld springen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="51" />
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="52" />
        <source>Choose a result / open it</source>
        <translation>Ergebnis wählen / öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="52" />
        <location filename="../../app/ui/dialogs.py" line="54" />
        <source>Up, Down / Enter</source>
        <translation>↑/↓ / Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="53" />
        <source>Back / Forward</source>
        <translation>Zurück / Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="53" />
        <source>Alt+Left / Alt+Right, mouse back/forward buttons</source>
        <translation>Alt+← / Alt+→, Maustasten Zurück/Vorwärts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="54" />
        <source>Choose an answer / go on</source>
        <translation>Antwort wählen / weiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="55" />
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="57" />
        <source>Save or open the answers</source>
        <translation>Antworten speichern oder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="58" />
        <source>Print the sheet / export it as PDF</source>
        <translation>Merkblatt drucken / als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59" />
        <source>Clear the session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="60" />
        <source>Close the assessment (asks first)</source>
        <translation>Einschätzung schließen (mit Rückfrage)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62" />
        <source>In the assessment window</source>
        <translation>Im Fenster der Einschätzung</translation>
    </message>
</context>
<context>
    <name>EditionDialogs</name>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="49" />
        <source>Content update</source>
        <translation>Inhaltsaktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="49" />
        <location filename="../../app/ui/edition_dialogs.py" line="59" />
        <location filename="../../app/ui/edition_dialogs.py" line="155" />
        <location filename="../../app/ui/edition_dialogs.py" line="158" />
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="54" />
        <source>About this content update</source>
        <translation>Über diese Inhaltsaktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="62" />
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="77" />
        <source>Signed by %1 — the signature is valid and the file is unchanged.</source>
        <translation>Signiert von %1 – die Signatur ist gültig, die Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="79" />
        <location filename="../../app/ui/edition_dialogs.py" line="162" />
        <source>Edition %1, dated %2</source>
        <translation>Ausgabe %1 vom %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="99" />
        <source>Install content update</source>
        <translation>Inhaltsaktualisierung installieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="100" />
        <source>Content updates (*.ogedition);;All files (*)</source>
        <translation>Inhaltsaktualisierungen (*.ogedition);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="109" />
        <location filename="../../app/ui/edition_dialogs.py" line="137" />
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="110" />
        <location filename="../../app/ui/edition_dialogs.py" line="138" />
        <source>This content update was not installed; nothing was changed.</source>
        <translation>Diese Inhaltsaktualisierung wurde nicht installiert; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="119" />
        <source>Installing the content update…</source>
        <translation>Inhaltsaktualisierung wird installiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="124" />
        <source>Checking the signature…</source>
        <translation>Signatur wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="124" />
        <source>Unpacking…</source>
        <translation>Wird entpackt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="125" />
        <source>Checking the content…</source>
        <translation>Inhalt wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="125" />
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="126" />
        <source>Switching to the new content…</source>
        <translation>Umstellung auf den neuen Inhalt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="126" />
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="159" />
        <source>You are using the content that came with the app (edition %1); no content update has been installed.</source>
        <translation>Sie verwenden den mit dem Programm gelieferten Inhalt (Ausgabe %1); es wurde keine Inhaltsaktualisierung installiert.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="209" />
        <location filename="../../app/ui/import_dialog.py" line="210" />
        <location filename="../../app/ui/import_dialog.py" line="420" />
        <source>Import a report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="211" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="212" />
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="213" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="214" />
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="215" />
        <source>YYYY-MM-DD, e.g. 2024-02-20</source>
        <translation>JJJJ-MM-TT, z. B. 2024-02-20</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="216" />
        <source>&amp;Sections found (check that chapters and their parts nest right):</source>
        <translation>Gefundene &amp;Abschnitte (prüfen Sie, ob Kapitel und ihre Teile richtig verschachtelt sind):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="217" />
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="217" />
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="218" />
        <source>&amp;Replace the earlier import</source>
        <translation>Den früheren Import &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="219" />
        <source>The text is imported as it is, without review: its sections are searched beside the guidebook and marked “imported, not reviewed”. Nothing in the file is run and no address in it is opened.</source>
        <translation>Der Text wird unverändert und ohne Prüfung importiert: Seine Abschnitte werden neben dem Leitfaden durchsucht und als „importierter Bericht, nicht geprüft“ gekennzeichnet. Nichts aus der Datei wird ausgeführt, und keine darin enthaltene Adresse wird geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="222" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="223" />
        <source>File being imported</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="224" />
        <location filename="../../app/ui/import_dialog.py" line="227" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="224" />
        <location filename="../../app/ui/import_dialog.py" line="227" />
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="225" />
        <source>Date of the report</source>
        <translation>Datum des Berichts</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="226" />
        <source>Text encoding used</source>
        <translation>Verwendete Textkodierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="228" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="228" />
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="229" />
        <source>Sections found</source>
        <translation>Gefundene Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="230" />
        <source>Sections found in the report</source>
        <translation>Im Bericht gefundene Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="231" />
        <source>Earlier import</source>
        <translation>Früherer Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="232" />
        <source>Replace the earlier import</source>
        <translation>Den früheren Import ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="233" />
        <source>About imported reports</source>
        <translation>Hinweis zu importierten Berichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234" />
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="235" />
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="235" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="236" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="239" />
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="253" />
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="270" />
        <source>Ready to import.</source>
        <translation>Bereit zum Importieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="280" />
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="280" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="280" />
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="281" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="283" />
        <source>%1 — %2, %3 KB</source>
        <translation>%1 — %2, %3 KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="285" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="285" />
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="285" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="287" />
        <source>PDF text layer</source>
        <translation>PDF-Textebene</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="288" />
        <source>%1 · language: %2</source>
        <translation>%1 · Sprache: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="289" />
        <source>&amp;Sections found: %1 (check that chapters and their parts nest right)</source>
        <translation>Gefundene &amp;Abschnitte: %1 (prüfen Sie, ob Kapitel und ihre Teile richtig verschachtelt sind)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="294" />
        <source>This file was already imported on %1 as “%2”. Tick the box to import it again in place of the earlier import.</source>
        <translation>Diese Datei wurde bereits am %1 als „%2“ importiert. Setzen Sie das Häkchen, um sie anstelle des früheren Imports erneut zu importieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297" />
        <source>A file with this name was imported on %1 as “%2”. Tick the box to replace that import with this file; leave it to keep both.</source>
        <translation>Eine Datei mit diesem Namen wurde am %1 als „%2“ importiert. Setzen Sie das Häkchen, um jenen Import durch diese Datei zu ersetzen; lassen Sie es leer, um beide zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="324" />
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="338" />
        <source>Please check the details</source>
        <translation>Bitte prüfen Sie die Angaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="343" />
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="359" />
        <source>Imported %1 sections (imported, not reviewed).</source>
        <translation>Importierte Abschnitte: %1 (importierter Bericht, nicht geprüft).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="373" />
        <source>The report was not imported</source>
        <translation>Der Bericht wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="377" />
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="417" />
        <source>Reports (%1)</source>
        <translation>Berichte (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="417" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="435" />
        <source>Imported “%1”: %2 sections, marked “imported, not reviewed”.</source>
        <translation>„%1“ importiert; Abschnitte: %2, markiert als „importierter Bericht, nicht geprüft“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="434" />
        <source>Imported reports</source>
        <translation>Importierte Berichte</translation>
    </message>
</context>
<context>
    <name>ImportsManager</name>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="109" />
        <location filename="../../app/ui/imports_manager.py" line="110" />
        <location filename="../../app/ui/imports_manager.py" line="149" />
        <location filename="../../app/ui/imports_manager.py" line="290" />
        <source>Imported reports</source>
        <translation>Importierte Berichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="111" />
        <source>Reports you imported. Their sections are searched beside the guidebook and marked “imported, not reviewed”. They are kept only on this computer.</source>
        <translation>Von Ihnen importierte Berichte. Ihre Abschnitte werden neben dem Leitfaden durchsucht und als „importierter Bericht, nicht geprüft“ gekennzeichnet. Die Berichte werden nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="113" />
        <source>No reports imported yet. Use “Import report…” to add one.</source>
        <translation>Noch keine Berichte importiert. Mit „Bericht importieren…“ fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="115" />
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="116" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="117" />
        <source>&amp;Import report…</source>
        <translation>Bericht &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="118" />
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="119" />
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="120" />
        <source>&amp;Put Back a Kept Copy…</source>
        <translation>&amp;Aufbewahrte Kopie zurückholen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="121" />
        <source>About imported reports</source>
        <translation>Hinweis zu importierten Berichten</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="122" />
        <source>List of imported reports</source>
        <translation>Liste der importierten Berichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="123" />
        <source>No imported reports</source>
        <translation>Keine importierten Berichte</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="124" />
        <source>Read the selected report</source>
        <translation>Den ausgewählten Bericht lesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="125" />
        <source>Import a report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="126" />
        <source>Rename the selected report</source>
        <translation>Ausgewählten Bericht umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="127" />
        <source>Remove the selected report</source>
        <translation>Ausgewählten Bericht entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="128" />
        <source>Put back the reports of a copy set aside because it could not be read</source>
        <translation>Berichte aus einer Kopie zurückholen, die beiseitegelegt wurde, weil sie nicht gelesen werden konnte</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="130" />
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="131" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="204" />
        <source>Rename imported report</source>
        <translation>Importierten Bericht umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="205" />
        <source>New title:</source>
        <translation>Neuer Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="214" />
        <source>Not renamed</source>
        <translation>Nicht umbenannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="226" />
        <source>Remove imported report</source>
        <translation>Importierten Bericht entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="227" />
        <source>Remove “%1” and its %2 sections from this computer? Search will no longer find them. The original file is not touched.</source>
        <translation>Den Bericht „%1“ und seine %2 Abschnitte von diesem Computer entfernen? Die Suche findet sie dann nicht mehr. Die Originaldatei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="236" />
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="249" />
        <location filename="../../app/ui/imports_manager.py" line="257" />
        <location filename="../../app/ui/imports_manager.py" line="272" />
        <source>Put back a kept copy</source>
        <translation>Aufbewahrte Kopie zurückholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="250" />
        <source>No kept copy can be put back.</source>
        <translation>Es gibt keine aufbewahrte Kopie, die zurückgeholt werden kann.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/imports_manager.py" line="253" />
        <source>%1 (set aside %2): %n report(s)</source>
        <translation>
            <numerusform>%1 (beiseitegelegt am %2): %n Bericht</numerusform>
            <numerusform>%1 (beiseitegelegt am %2): %n Berichte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="258" />
        <source>When the imported reports file could not be read, it was kept under a new name and a new one was started. Choose the copy whose reports to put back:</source>
        <translation>Konnte die Datei mit den importierten Berichten nicht gelesen werden, wurde sie unter einem neuen Namen aufbewahrt und eine neue Datei angelegt. Wählen Sie die Kopie, deren Berichte zurückgeholt werden sollen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="269" />
        <source>Not put back</source>
        <translation>Nicht zurückgeholt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/imports_manager.py" line="273" />
        <source>%n report(s) put back from %1.</source>
        <translation>
            <numerusform>%n Bericht aus %1 zurückgeholt.</numerusform>
            <numerusform>%n Berichte aus %1 zurückgeholt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="106" />
        <source>The guidebook database was rebuilt from the bundled content: %1</source>
        <translation>Die Datenbank des Leitfadens wurde aus den mitgelieferten Inhalten neu aufgebaut: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <location filename="../../app/ui/printing.py" line="118" />
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181" />
        <location filename="../../app/ui/printing.py" line="119" />
        <source>read-only, or no permission</source>
        <translation>schreibgeschützt oder keine Schreibberechtigung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Your data folder %1 cannot be written to (%2): bookmarks, settings and imported reports will not be saved in this session.</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden (%2): Lesezeichen, Einstellungen und importierte Berichte werden in dieser Sitzung nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="355" />
        <source>Objector Guide</source>
        <translation>Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>&amp;Second Language</source>
        <translation>Zweite &amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365" />
        <source>Search terms, facts, laws… (Ctrl+F, Ctrl+K or /)</source>
        <translation>Begriffe, Fakten, Gesetze suchen… (Strg+F, Strg+K oder /)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <source>Search the guidebook</source>
        <translation>Im Leitfaden suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Type to search; Up/Down to choose; Enter to open; Esc to clear</source>
        <translation>Suchbegriff eingeben; ↑/↓: auswählen; Enter: öffnen; Esc: leeren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <location filename="../../app/ui/main_window.py" line="584" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="796" />
        <source>Find in page (Enter: next, Shift+F3: previous)</source>
        <translation>Auf der Seite suchen (Enter: nächster, Umschalt+F3: vorheriger Treffer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="797" />
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="798" />
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="799" />
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373" />
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Law</source>
        <translation>Rechtsquelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378" />
        <location filename="../../app/ui/main_window.py" line="603" />
        <source>Page in the second language</source>
        <translation>Seite in der zweiten Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395" />
        <source>The interface translation is missing; menus stay in English.</source>
        <translation>Die Übersetzung der Oberfläche fehlt; die Menüs bleiben auf Englisch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="454" />
        <source>imported, not reviewed</source>
        <translation>importierter Bericht, nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455" />
        <source>no longer in force</source>
        <translation>nicht mehr in Kraft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="456" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="462" />
        <source>No results for “%1”.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="463" />
        <source>Did you mean:</source>
        <translation>Meinten Sie:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="511" />
        <source>External link</source>
        <translation>Externer Link</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="512" />
        <source>This guidebook works offline and does not open web pages. The address is:

%1</source>
        <translation>Dieser Leitfaden arbeitet offline und öffnet keine Webseiten. Die Adresse lautet:

%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="721" />
        <source>Bookmark removed.</source>
        <translation>Lesezeichen entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="724" />
        <source>Bookmarked.</source>
        <translation>Lesezeichen gesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="726" />
        <location filename="../../app/ui/main_window.py" line="738" />
        <location filename="../../app/ui/main_window.py" line="757" />
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="906" />
        <source>The content update is installed: edition %1.</source>
        <translation>Die Inhaltsaktualisierung ist installiert: Ausgabe %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="934" />
        <source>The guidebook database was damaged; it has been rebuilt from the bundled content.</source>
        <translation>Die Datenbank des Leitfadens war beschädigt; sie wurde aus den mitgelieferten Inhalten neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="980" />
        <source>This guidebook's content dates from %1; the law and practice may have changed since. Ask your publisher for a content update (File → Install Content Update).</source>
        <translation>Der Inhalt dieses Leitfadens stammt vom %1; Recht und Praxis können sich seitdem geändert haben. Fragen Sie beim Herausgeber des Leitfadens nach einer Inhaltsaktualisierung (Datei → Inhaltsaktualisierung installieren).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1033" />
        <source>Clear the session?</source>
        <translation>Sitzung löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1034" />
        <source>The search, the pages read, the answers, the client's name and the note will be forgotten. Clear the session?</source>
        <translation>Die Suche, die gelesenen Seiten, die Antworten, der Name der ratsuchenden Person und die Notiz werden vergessen. Sitzung löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1083" />
        <source>The bookmark could not be saved: the disk holding %1 is full.</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1084" />
        <source>The bookmark could not be saved: the folder %1 cannot be written to (read-only, or no permission).</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: In den Ordner %1 kann nicht geschrieben werden (schreibgeschützt oder keine Schreibberechtigung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1086" />
        <source>The bookmark could not be saved in the folder %1: %2</source>
        <translation>Das Lesezeichen konnte nicht im Ordner %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1087" />
        <source>Settings could not be saved: the disk holding %1 is full.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1088" />
        <source>Settings could not be saved: the folder %1 cannot be written to (read-only, or no permission).</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: In den Ordner %1 kann nicht geschrieben werden (schreibgeschützt oder keine Schreibberechtigung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1090" />
        <source>Settings could not be saved in the folder %1: %2</source>
        <translation>Die Einstellungen konnten nicht im Ordner %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="743" />
        <source>Bookmark removed: %1. Ctrl+Z in the list brings it back.</source>
        <translation>Lesezeichen entfernt: %1. Strg+Z in der Liste holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="826" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="828" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="995" />
        <source>Guided assessment</source>
        <translation>Geführte Einschätzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="996" />
        <source>The assessment questions could not be loaded: %1</source>
        <translation>Die Fragen der Einschätzung konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1050" />
        <source>Session cleared: search, pages read and assessment forgotten.</source>
        <translation>Sitzung gelöscht: Suche, gelesene Seiten und Einschätzung sind vergessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1058" />
        <source>About Objector Guide</source>
        <translation>Über Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1065" />
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
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
        <location filename="../../app/ui/navigation.py" line="98" />
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <source>Law</source>
        <translation>Rechtsquellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <location filename="../../app/ui/navigation.py" line="102" />
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
        <translation>Seiten, für die Sie mit Strg+D ein Lesezeichen gesetzt haben (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="96" />
        <source>Filter terms…</source>
        <translation>Begriffe filtern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="97" />
        <source>Filter the glossary</source>
        <translation>Glossar filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="74" />
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="100" />
        <source>Legal references</source>
        <translation>Rechtsquellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="76" />
        <source>superseded since %1</source>
        <translation>nicht mehr in Kraft seit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="77" />
        <source>Imported reports (not reviewed)</source>
        <translation>Importierte Berichte (nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="78" />
        <source>removed in this edition</source>
        <translation>in dieser Ausgabe entfernt</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="79" />
        <source>Imported by you from files; not reviewed by the guidebook's editors.</source>
        <translation>Von Ihnen aus Dateien importiert; nicht von der Redaktion des Leitfadens geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="80" />
        <source>Imported by you from a file; not reviewed by the guidebook's editors.</source>
        <translation>Von Ihnen aus einer Datei importiert; nicht von der Redaktion des Leitfadens geprüft.</translation>
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
        <translation>Dekrete</translation>
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
        <location filename="../../app/ui/navigation.py" line="321" />
        <source>Press Delete to remove this bookmark</source>
        <translation>Drücken Sie Entf, um dieses Lesezeichen zu entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="325" />
        <source>This page is not in the content in use (a content update removed it). Press Delete to remove this bookmark.</source>
        <translation>Diese Seite ist im verwendeten Inhalt nicht mehr enthalten (eine Inhaltsaktualisierung hat sie entfernt). Drücken Sie Entf, um dieses Lesezeichen zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="329" />
        <source>No bookmarks yet. Press Ctrl+D on a page to keep it here.</source>
        <translation>Noch keine Lesezeichen. Drücken Sie Strg+D auf einer Seite, um sie hier abzulegen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="361" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="362" />
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="19" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="22" />
        <source>Your organisation's details are printed at the foot of every guidance sheet, so the client knows whom to contact. All optional. They are never printed on the safe sheet.</source>
        <translation>Die Angaben Ihrer Organisation werden unten auf jedes Merkblatt gedruckt, damit die ratsuchende Person weiß, an wen sie sich wenden kann. Alle Angaben sind freiwillig. Auf das sichere Merkblatt werden sie nie gedruckt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="26" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="26" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="26" />
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="27" />
        <source>Other line (e.g. opening hours)</source>
        <translation>Weitere Zeile (z. B. Öffnungszeiten)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/printing.py" line="36" />
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="53" />
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="54" />
        <source>No printer is set up on this computer. Save the page as a PDF file instead?</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Die Seite stattdessen als PDF-Datei speichern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="98" />
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="99" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="121" />
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="122" />
        <source>The PDF could not be saved: %1</source>
        <translation>Das PDF konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="69" />
        <source>Printing to a file</source>
        <translation>In Datei drucken</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="70" />
        <source>“%1” saves or sends a file instead of printing on paper, and the system usually keeps a record of the folder and the file's name. Save the PDF with this app's own save dialog instead? That dialog leaves no such record. Choose No to print with “%1” anyway.</source>
        <translation>„%1“ druckt nicht auf Papier, sondern speichert oder sendet eine Datei, und das System merkt sich in der Regel Ordner und Dateinamen. Stattdessen die PDF-Datei über den eigenen Speicherdialog dieses Programms speichern? Dieser Dialog hinterlässt keine solchen Spuren. Wählen Sie „Nein“, um trotzdem mit „%1“ zu drucken.</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="307" />
        <source>Guided assessment — Objector Guide</source>
        <translation>Geführte Einschätzung — Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="308" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="309" />
        <source>Go back to the previous question (Alt+Left)</source>
        <translation>Zurück zur vorherigen Frage (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="310" />
        <source>&amp;Restart</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="311" />
        <source>Start again with no answers</source>
        <translation>Ohne Antworten von vorn beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="312" />
        <source>&amp;Clear session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="313" />
        <source>Clos&amp;e</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="314" />
        <source>&amp;Save answers…</source>
        <translation>Antworten &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="315" />
        <source>Save the answers (not the name or the note) to a file you choose (Ctrl+S)</source>
        <translation>Die Antworten (ohne Namen und Notiz) in einer Datei Ihrer Wahl speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="316" />
        <source>&amp;Open answers…</source>
        <translation>Antworten ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="317" />
        <source>Continue an assessment from a saved answers file (Ctrl+O)</source>
        <translation>Eine Einschätzung aus einer gespeicherten Antwortdatei fortsetzen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="318" />
        <source>Close the assessment (Esc, Ctrl+W); asks first if answers would be lost</source>
        <translation>Einschätzung schließen (Esc, Strg+W); fragt vorher, wenn Antworten verloren gingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="319" />
        <source>Forget every answer, the name and the note (Ctrl+Shift+Delete)</source>
        <translation>Alle Antworten, den Namen und die Notiz vergessen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="320" />
        <source>Check the answers before you see the assessment</source>
        <translation>Prüfen Sie die Antworten, bevor Sie die Einschätzung ansehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="321" />
        <location filename="../../app/ui/wizard_window.py" line="334" />
        <source>Sheet language</source>
        <translation>Sprache des Merkblatts</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="322" />
        <source>Paper</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="323" />
        <source>Client's name (optional)</source>
        <translation>Name der ratsuchenden Person (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="324" />
        <location filename="../../app/ui/wizard_window.py" line="336" />
        <source>Counsellor's note</source>
        <translation>Notiz der Beraterin / des Beraters</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="325" />
        <source>Leave empty unless the client wants it printed</source>
        <translation>Nur ausfüllen, wenn die Person ihren Namen gedruckt haben möchte</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>The name and the note are printed on the sheet but never saved (up to 4,000 characters; a long note goes on a page of its own). Write the note in the sheet's language, so the client can read it.</source>
        <translation>Name und Notiz werden auf das Merkblatt gedruckt, aber nie gespeichert (bis 4.000 Zeichen; eine lange Notiz kommt auf eine eigene Seite). Schreiben Sie die Notiz in der Sprache des Merkblatts, damit die ratsuchende Person sie lesen kann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="329" />
        <source>&amp;Safe sheet for travel: neutral title and checklist only</source>
        <translation>&amp;Sicheres Merkblatt für die Reise: neutraler Titel, nur Checkliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="330" />
        <source>For a client still in Russia or crossing borders: the sheet names no military, asylum or war matters. Only the checklist and your note are printed.</source>
        <translation>Für Ratsuchende, die noch in Russland sind oder Grenzen überqueren: Das Merkblatt nennt weder Militär noch Asyl noch Krieg. Gedruckt werden nur die Checkliste und Ihre Notiz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="554" />
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="555" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="556" />
        <source>Export sheet as P&amp;DF… (Ctrl+Shift+E)</source>
        <translation>Merkblatt als PDF e&amp;xportieren… (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="334" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="335" />
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="335" />
        <source>Client's name</source>
        <translation>Name der ratsuchenden Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="336" />
        <location filename="../../app/ui/wizard_window.py" line="386" />
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="337" />
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="375" />
        <source>Question %1 of about %2</source>
        <translation>Frage %1 von etwa %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="379" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="381" />
        <source>All questions answered</source>
        <translation>Alle Fragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="384" />
        <location filename="../../app/ui/wizard_window.py" line="387" />
        <source>Show the &amp;assessment &gt;</source>
        <translation>&amp;Einschätzung anzeigen &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="396" />
        <source>Why we ask:</source>
        <translation>Warum wir fragen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="435" />
        <source>Terms:</source>
        <translation>Begriffe:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="461" />
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="479" />
        <source>Choose an answer first</source>
        <translation>Bitte zuerst eine Antwort wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="500" />
        <source>Start again?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="501" />
        <source>The answers given so far will be forgotten; the client's name and the note stay. Start again?</source>
        <translation>Die bisherigen Antworten werden vergessen; der Name der ratsuchenden Person und die Notiz bleiben erhalten. Neu beginnen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="515" />
        <source>Clear the session?</source>
        <translation>Sitzung löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="516" />
        <source>The answers, the client's name and the note will be forgotten. Clear the session?</source>
        <translation>Die Antworten, der Name der ratsuchenden Person und die Notiz werden vergessen. Sitzung löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="550" />
        <source>Print Pre&amp;view of the safe sheet…</source>
        <translation>Druck&amp;vorschau des sicheren Merkblatts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="551" />
        <source>&amp;Print the safe sheet…</source>
        <translation>Sicheres Merkblatt &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="552" />
        <source>Export the safe sheet as P&amp;DF… (Ctrl+Shift+E)</source>
        <translation>Sicheres Merkblatt als PDF e&amp;xportieren… (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="577" />
        <source>Safe sheet: the note is printed as typed and contains: %1</source>
        <translation>Sicheres Merkblatt: Die Notiz wird wie eingegeben gedruckt und enthält: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="627" />
        <source>Save the client's answers?</source>
        <translation>Antworten der ratsuchenden Person speichern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="628" />
        <source>The file will describe this client's situation (service, summons, route, papers). Save it only where the client agrees and nobody else can read it. The name and the note are not saved.</source>
        <translation>Die Datei beschreibt die Lage dieser Person (Dienst, Ladung, Reiseweg, Unterlagen). Speichern Sie sie nur mit ihrem Einverständnis und nur dort, wo niemand sonst sie lesen kann. Name und Notiz werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="634" />
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="635" />
        <location filename="../../app/ui/wizard_window.py" line="653" />
        <source>Answers (*.json)</source>
        <translation>Antworten (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="641" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="643" />
        <source>Answers saved to %1</source>
        <translation>Antworten gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="653" />
        <source>Open answers</source>
        <translation>Antworten öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="659" />
        <source>Cannot open the answers</source>
        <translation>Antworten können nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="673" />
        <source>Close the assessment?</source>
        <translation>Einschätzung schließen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="674" />
        <source>The answers, the client's name and the note will be forgotten. Close the assessment?</source>
        <translation>Die Antworten, der Name der ratsuchenden Person und die Notiz werden vergessen. Einschätzung schließen?</translation>
    </message>
</context>
</TS>