<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="74" />
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74" />
        <source>Go back to the previous page</source>
        <translation>Вернуться на предыдущую страницу</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75" />
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75" />
        <source>Go forward again</source>
        <translation>Снова перейти вперёд</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76" />
        <source>Jump to the search field</source>
        <translation>Перейти к полю поиска</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77" />
        <source>&amp;Find in Page…</source>
        <translation>&amp;Найти на странице…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77" />
        <source>Find a word in the page you are reading</source>
        <translation>Найти слово на открытой странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78" />
        <source>Find &amp;Next</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78" />
        <source>Next match in the page</source>
        <translation>Следующее совпадение на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79" />
        <source>Find Pre&amp;vious</source>
        <translation>П&amp;редыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79" />
        <source>Previous match in the page</source>
        <translation>Предыдущее совпадение на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80" />
        <source>Make the text larger</source>
        <translation>Сделать текст крупнее</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81" />
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81" />
        <source>Make the text smaller</source>
        <translation>Сделать текст мельче</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82" />
        <source>&amp;Normal Size</source>
        <translation>О&amp;бычный размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="82" />
        <source>Reset the text size</source>
        <translation>Вернуть обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83" />
        <source>Print the page you are reading</source>
        <translation>Напечатать открытую страницу</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84" />
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84" />
        <source>See the printed page before printing</source>
        <translation>Посмотреть, как страница будет выглядеть при печати</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85" />
        <source>Export as P&amp;DF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="85" />
        <source>Save the page you are reading as a PDF file</source>
        <translation>Сохранить открытую страницу в файл PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86" />
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Закладка на эту страницу</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="86" />
        <source>Add or remove a bookmark for this page</source>
        <translation>Добавить или убрать закладку для этой страницы</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="87" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="87" />
        <source>Close the guidebook</source>
        <translation>Закрыть справочник</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88" />
        <source>&amp;About Objector Guide</source>
        <translation>&amp;О программе Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="88" />
        <source>Content version, source report and disclaimer</source>
        <translation>Версия содержания, исходный доклад и правовая оговорка</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="89" />
        <source>List every keyboard shortcut</source>
        <translation>Список всех сочетаний клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="90" />
        <source>Guided &amp;Assessment…</source>
        <translation>Пошаговая &amp;оценка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="91" />
        <source>Walk a client's situation through the questions to an assessment and a sheet</source>
        <translation>Пройти по вопросам ситуацию клиента и получить оценку и памятку</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="92" />
        <source>C&amp;lear Session</source>
        <translation>О&amp;чистить сеанс</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="93" />
        <source>Forget the search, the pages read, the assessment's answers and notes</source>
        <translation>Забыть поиск, прочитанные страницы, ответы и заметки пошаговой оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="94" />
        <source>&amp;Contents</source>
        <translation>&amp;Оглавление</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="94" />
        <source>Show the report's table of contents</source>
        <translation>Показать оглавление доклада</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="95" />
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="95" />
        <source>Show the A–Z glossary</source>
        <translation>Показать глоссарий от А до Я</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="96" />
        <source>&amp;Law</source>
        <translation>&amp;Право</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="96" />
        <source>Show the legal references</source>
        <translation>Показать правовые источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="97" />
        <source>Book&amp;marks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="97" />
        <source>Show your bookmarks</source>
        <translation>Показать закладки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="106" />
        <source>Show the interface and the guidebook in %1</source>
        <translation>Язык интерфейса и справочника: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>The guidebook database was rebuilt from the bundled content: %1</source>
        <translation>База данных справочника заново создана из встроенного содержания: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223" />
        <source>Objector Guide</source>
        <translation>Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229" />
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>Search terms, facts, laws… (Ctrl+F, Ctrl+K or /)</source>
        <translation>Поиск терминов, фактов, законов… (Ctrl+F, Ctrl+K или /)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="233" />
        <source>Search the guidebook</source>
        <translation>Поиск по справочнику</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="234" />
        <source>Type to search; Up/Down to choose; Enter to open; Esc to clear</source>
        <translation>Введите запрос; Up/Down — выбрать; Enter — открыть; Esc — очистить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="235" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237" />
        <source>Find in page (Enter: next, Shift+F3: previous)</source>
        <translation>Найти на странице (Enter — следующее, Shift+F3 — предыдущее)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="238" />
        <source>Find in page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239" />
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска на странице (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="240" />
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241" />
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242" />
        <source>Law</source>
        <translation>Правовой источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254" />
        <source>The interface translation is missing; menus stay in English.</source>
        <translation>Перевод интерфейса отсутствует; меню останутся на английском языке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283" />
        <source>imported, not reviewed</source>
        <translation>импортированный доклад, не проверен редакцией</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285" />
        <source>No results for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="286" />
        <source>Did you mean:</source>
        <translation>Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>External link</source>
        <translation>Внешняя ссылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>This guidebook works offline and does not open web pages. The address is:

%1</source>
        <translation>Справочник работает без интернета и не открывает веб-страницы. Адрес:

%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>Source in the report</source>
        <translation>Источник в докладе</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362" />
        <source>Not yet translated — English text shown.</source>
        <translation>Ещё не переведено — показан текст на английском языке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363" />
        <source>Imported report — not reviewed by the guidebook's editors.</source>
        <translation>Импортированный доклад — не проверен редакцией справочника.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>In other languages</source>
        <translation>На других языках</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>Also searched as</source>
        <translation>Также можно найти по запросам</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365" />
        <source>Related terms</source>
        <translation>Связанные термины</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365" />
        <source>Discussed in</source>
        <translation>Рассматривается в разделах</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <source>Terms in this section</source>
        <translation>Термины в этом разделе</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <source>Legal references in this section</source>
        <translation>Правовые источники в этом разделе</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Citation</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368" />
        <source>Validity</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368" />
        <source>in force from</source>
        <translation>действует с</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <source>in force until</source>
        <translation>действует до</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <source>No longer in force</source>
        <translation>Больше не действует</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>replaced by</source>
        <translation>заменён актом</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>To verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>Why it matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="371" />
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373" />
        <source>Statute</source>
        <translation>Закон</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373" />
        <source>EU directive</source>
        <translation>Директива ЕС</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>EU regulation</source>
        <translation>Регламент ЕС</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Court decision</source>
        <translation>Судебное решение</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="375" />
        <source>Decision of an authority</source>
        <translation>Решение ведомства</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>Government statement</source>
        <translation>Заявление правительства</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377" />
        <source>Decree</source>
        <translation>Указ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="377" />
        <source>Treaty</source>
        <translation>Международный договор</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401" />
        <source>Bookmark removed.</source>
        <translation>Закладка удалена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404" />
        <source>Bookmarked.</source>
        <translation>Закладка добавлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="406" />
        <location filename="../../app/ui/main_window.py" line="415" />
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407" />
        <source>The bookmark could not be saved: %1</source>
        <translation>Не удалось сохранить закладку: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="439" />
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="465" />
        <source>Guided assessment</source>
        <translation>Пошаговая оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466" />
        <source>The assessment questions could not be loaded: %1</source>
        <translation>Не удалось загрузить вопросы пошаговой оценки: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="495" />
        <source>Session cleared: search, pages read and assessment forgotten.</source>
        <translation>Сеанс очищен: поиск, прочитанные страницы и оценка забыты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="501" />
        <source>About Objector Guide</source>
        <translation>О программе Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506" />
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="535" />
        <source>Settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>NavTabs</name>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <source>Contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <location filename="../../app/ui/navigation.py" line="77" />
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <source>Law</source>
        <translation>Право</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <location filename="../../app/ui/navigation.py" line="79" />
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="70" />
        <source>The report's table of contents (Alt+1)</source>
        <translation>Оглавление доклада (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="71" />
        <source>Definitions from A to Z (Alt+2)</source>
        <translation>Определения от А до Я (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="72" />
        <source>Legal references by jurisdiction and kind (Alt+3)</source>
        <translation>Правовые источники по юрисдикции и виду (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="73" />
        <source>Pages you bookmarked with Ctrl+D (Alt+4)</source>
        <translation>Страницы, добавленные в закладки через Ctrl+D (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="74" />
        <source>Filter terms…</source>
        <translation>Фильтр терминов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="75" />
        <source>Filter the glossary</source>
        <translation>Фильтр глоссария</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="76" />
        <source>Table of contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="78" />
        <source>Legal references</source>
        <translation>Правовые источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="80" />
        <source>superseded since %1</source>
        <translation>не действует с %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="82" />
        <source>Statutes</source>
        <translation>Законы</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="82" />
        <source>EU directives</source>
        <translation>Директивы ЕС</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="83" />
        <source>EU regulations</source>
        <translation>Регламенты ЕС</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="83" />
        <source>Court decisions</source>
        <translation>Судебные решения</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="84" />
        <source>Authority decisions</source>
        <translation>Решения ведомств</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="85" />
        <source>Government statements</source>
        <translation>Заявления правительств</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="85" />
        <source>Resolutions</source>
        <translation>Резолюции</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="86" />
        <source>Decrees</source>
        <translation>Указы</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="86" />
        <source>Treaties</source>
        <translation>Международные договоры</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89" />
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89" />
        <source>European Union</source>
        <translation>Европейский союз</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="89" />
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90" />
        <source>Council of Europe</source>
        <translation>Совет Европы</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90" />
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="90" />
        <source>United Nations</source>
        <translation>Организация Объединённых Наций</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="149" />
        <source>Press Delete to remove this bookmark</source>
        <translation>Нажмите Delete, чтобы удалить эту закладку</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="210" />
        <source>Guided assessment — Objector Guide</source>
        <translation>Пошаговая оценка — Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="211" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="212" />
        <source>Go back to the previous question (Alt+Left)</source>
        <translation>Вернуться к предыдущему вопросу (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="213" />
        <source>&amp;Restart</source>
        <translation>Начать &amp;заново</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="214" />
        <source>Start again with no answers</source>
        <translation>Начать заново, без ответов</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="215" />
        <source>&amp;Clear session</source>
        <translation>О&amp;чистить сеанс</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="216" />
        <source>Forget every answer, the name and the note (Ctrl+Shift+Delete)</source>
        <translation>Забыть все ответы, имя и заметку (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="217" />
        <source>Check the answers before you see the assessment</source>
        <translation>Проверьте ответы, прежде чем смотреть оценку</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="218" />
        <location filename="../../app/ui/wizard_window.py" line="227" />
        <source>Sheet language</source>
        <translation>Язык памятки</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="219" />
        <source>Paper</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="220" />
        <source>Client's name (optional)</source>
        <translation>Имя клиента (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="221" />
        <location filename="../../app/ui/wizard_window.py" line="229" />
        <source>Counsellor's note</source>
        <translation>Заметка консультанта</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="222" />
        <source>Leave empty unless the client wants it printed</source>
        <translation>Оставьте пустым, если клиент не хочет, чтобы имя было напечатано</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="223" />
        <source>The name and the note are printed on the sheet but never saved.</source>
        <translation>Имя и заметка печатаются на памятке, но никогда не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="224" />
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="225" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="226" />
        <source>Export sheet as P&amp;DF… (Ctrl+Shift+E)</source>
        <translation>&amp;Экспорт памятки в PDF… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="227" />
        <source>Progress</source>
        <translation>Ход оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="228" />
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="228" />
        <source>Client's name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="229" />
        <location filename="../../app/ui/wizard_window.py" line="255" />
        <location filename="../../app/ui/wizard_window.py" line="324" />
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="230" />
        <source>Your answers</source>
        <translation>Ваши ответы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="244" />
        <source>Question %1 of about %2</source>
        <translation>Вопрос %1 (всего около %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="248" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="250" />
        <source>All questions answered</source>
        <translation>Все вопросы пройдены</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="253" />
        <source>Show the &amp;assessment &gt;</source>
        <translation>Показать &amp;оценку &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="263" />
        <source>Why we ask:</source>
        <translation>Почему мы спрашиваем:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="300" />
        <source>Terms:</source>
        <translation>Понятия:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="312" />
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="324" />
        <source>Why this category</source>
        <translation>Почему эта категория</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="325" />
        <source>Circumstances that change the picture</source>
        <translation>Обстоятельства, которые меняют картину</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="325" />
        <source>What helps</source>
        <translation>Что помогает</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>Evidence to gather</source>
        <translation>Какие доказательства собрать</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="327" />
        <source>Read more in the guidebook</source>
        <translation>Подробнее в справочнике</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="327" />
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="328" />
        <source>Legal references</source>
        <translation>Правовые источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="328" />
        <source>Terms</source>
        <translation>Термины</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="329" />
        <source>Information, not legal advice.</source>
        <translation>Это информация, а не юридическая консультация.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="329" />
        <source>Information as of</source>
        <translation>Сведения по состоянию на</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="340" />
        <source>Choose an answer first</source>
        <translation>Сначала выберите ответ</translation>
    </message>
</context>
</TS>
