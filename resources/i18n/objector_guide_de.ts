<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="72"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="72"/>
        <source>Go back to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73"/>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74"/>
        <source>Jump to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75"/>
        <source>&amp;Find in Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75"/>
        <source>Find a word in the page you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76"/>
        <source>Next match in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77"/>
        <source>Previous match in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78"/>
        <source>Make the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79"/>
        <source>Make the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80"/>
        <source>Reset the text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81"/>
        <source>Print the page you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82"/>
        <source>See the printed page before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83"/>
        <source>Save the page you are reading as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84"/>
        <source>&amp;Bookmark This Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84"/>
        <source>Add or remove a bookmark for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85"/>
        <source>Close the guidebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86"/>
        <source>&amp;About Objector Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86"/>
        <source>Content version, source report and disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="87"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="87"/>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88"/>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88"/>
        <source>Show the report&apos;s table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89"/>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89"/>
        <source>Show the A–Z glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="90"/>
        <source>&amp;Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="90"/>
        <source>Show the legal references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="91"/>
        <source>Book&amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="91"/>
        <source>Show your bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="100"/>
        <source>Show the interface and the guidebook in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>The guidebook database was rebuilt from the bundled content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <source>Objector Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>Search terms, facts, laws… (Ctrl+F, Ctrl+K or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="216"/>
        <source>Search the guidebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Type to search; Up/Down to choose; Enter to open; Esc to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220"/>
        <source>Find in page (Enter: next, Shift+F3: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <source>The interface translation is missing; menus stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>imported, not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293"/>
        <source>External link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>This guidebook works offline and does not open web pages. The address is:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Source in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <source>Not yet translated — English text shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Imported report — not reviewed by the guidebook&apos;s editors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>In other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>Also searched as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Related terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Discussed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <source>Terms in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <source>Legal references in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350"/>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>in force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>in force until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>No longer in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>To verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379"/>
        <source>Bookmark removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382"/>
        <source>Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384"/>
        <location filename="../../app/ui/main_window.py" line="393"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385"/>
        <source>The bookmark could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="438"/>
        <source>About Objector Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="443"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472"/>
        <source>Settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavTabs</name>
    <message>
        <location filename="../../app/ui/navigation.py" line="68"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68"/>
        <location filename="../../app/ui/navigation.py" line="77"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68"/>
        <location filename="../../app/ui/navigation.py" line="79"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="70"/>
        <source>The report&apos;s table of contents (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="71"/>
        <source>Definitions from A to Z (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="72"/>
        <source>Legal references by jurisdiction and kind (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="73"/>
        <source>Pages you bookmarked with Ctrl+D (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="74"/>
        <source>Filter terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="75"/>
        <source>Filter the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="76"/>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="78"/>
        <source>Legal references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="80"/>
        <source>superseded since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="82"/>
        <source>Statutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="82"/>
        <source>EU directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="83"/>
        <source>EU regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="83"/>
        <source>Court decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="84"/>
        <source>Authority decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="85"/>
        <source>Government statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="85"/>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="86"/>
        <source>Decrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="86"/>
        <source>Treaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89"/>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89"/>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90"/>
        <source>Council of Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90"/>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90"/>
        <source>United Nations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="149"/>
        <source>Press Delete to remove this bookmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/printing.py" line="50"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="59"/>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="60"/>
        <source>No printer is set up on this computer. Save the page as a PDF file instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="72"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="73"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="81"/>
        <location filename="../../app/ui/printing.py" line="85"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="82"/>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="86"/>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="18"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="19"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="20"/>
        <source>Content as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21"/>
        <source>Source report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="22"/>
        <source>Report address (not opened by this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="25"/>
        <source>This guidebook is information, not legal advice. It summarises a report dated 20 February 2024 and later changes in EU law; check the current law and practice before acting, and refer clients to a lawyer or an asylum counselling service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="28"/>
        <source>It works offline: nothing you search or type is sent anywhere or kept after you close it, except bookmarks, settings and reports you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="39"/>
        <source>Focus the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="39"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="40"/>
        <source>Choose a result / open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="40"/>
        <source>Up, Down / Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="41"/>
        <source>Back / Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="41"/>
        <source>Alt+Left / Alt+Right, mouse back/forward buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
