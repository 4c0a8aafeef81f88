<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="113" />
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="113" />
        <source>Go back to the previous page</source>
        <translation>Вернуться на предыдущую страницу</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="114" />
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="114" />
        <source>Go forward again</source>
        <translation>Снова перейти вперёд</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="115" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="115" />
        <source>Jump to the search field</source>
        <translation>Перейти к полю поиска</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="116" />
        <source>&amp;Find in Page…</source>
        <translation>&amp;Найти на странице…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="116" />
        <source>Find a word in the page you are reading</source>
        <translation>Найти слово на открытой странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="117" />
        <source>Find &amp;Next</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="117" />
        <source>Next match in the page</source>
        <translation>Следующее совпадение на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="118" />
        <source>Find Pre&amp;vious</source>
        <translation>П&amp;редыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="118" />
        <source>Previous match in the page</source>
        <translation>Предыдущее совпадение на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="119" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="119" />
        <source>Make the text larger</source>
        <translation>Сделать текст крупнее</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="120" />
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="120" />
        <source>Make the text smaller</source>
        <translation>Сделать текст мельче</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="121" />
        <source>&amp;Normal Size</source>
        <translation>О&amp;бычный размер</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="121" />
        <source>Reset the text size</source>
        <translation>Вернуть обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="122" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="122" />
        <source>Print the page you are reading</source>
        <translation>Напечатать открытую страницу</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="123" />
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="123" />
        <source>See the printed page before printing</source>
        <translation>Посмотреть, как страница будет выглядеть при печати</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124" />
        <source>Export as P&amp;DF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="124" />
        <source>Save the page you are reading as a PDF file</source>
        <translation>Сохранить открытую страницу в файл PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="125" />
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Закладка на эту страницу</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="125" />
        <source>Add or remove a bookmark for this page</source>
        <translation>Добавить или убрать закладку для этой страницы</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="126" />
        <source>Close the guidebook</source>
        <translation>Закрыть справочник</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127" />
        <source>&amp;About Objector Guide</source>
        <translation>&amp;О программе Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="127" />
        <source>Content version, source report and disclaimer</source>
        <translation>Версия содержания, исходный доклад и правовая оговорка</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="128" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="128" />
        <source>List every keyboard shortcut</source>
        <translation>Список всех сочетаний клавиш</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="129" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="130" />
        <source>Your organisation's details, printed at the foot of every guidance sheet</source>
        <translation>Данные вашей организации, печатаются внизу каждой памятки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="131" />
        <source>Guided &amp;Assessment…</source>
        <translation>Пошаговая &amp;оценка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="132" />
        <source>Walk a client's situation through the questions to an assessment and a sheet</source>
        <translation>Пройти по вопросам ситуацию клиента и получить оценку и памятку</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="133" />
        <source>&amp;Import Report…</source>
        <translation>&amp;Импортировать доклад…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="134" />
        <source>Add a newer report (.pdf, .txt, .md, .html) so it is searched beside the guidebook</source>
        <translation>Добавить более новый доклад (.pdf, .txt, .md, .html), чтобы поиск шёл и по нему наряду со справочником</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="135" />
        <source>&amp;Manage Imported Reports…</source>
        <translation>&amp;Управление импортированными докладами…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="135" />
        <source>Rename or remove imported reports</source>
        <translation>Переименовать или удалить импортированные доклады</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="136" />
        <source>Install Content &amp;Update…</source>
        <translation>Установить о&amp;бновление содержания…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="137" />
        <source>Install a signed guidebook update from a file (.ogedition): see what it changes first</source>
        <translation>Установить подписанное обновление справочника из файла (.ogedition); сначала будет показано, что оно изменит</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="139" />
        <source>What &amp;Changed</source>
        <translation>&amp;Что изменилось</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="140" />
        <source>What the content update in use changed: sections, terms, legal references, outcomes</source>
        <translation>Что изменило используемое обновление содержания: разделы, термины, правовые источники, результаты оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="141" />
        <source>C&amp;lear Session</source>
        <translation>О&amp;чистить сеанс</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="142" />
        <source>Forget the search, the pages read, the assessment's answers and notes</source>
        <translation>Забыть поиск, прочитанные страницы, ответы и заметки пошаговой оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="143" />
        <source>&amp;Two Languages Side by Side</source>
        <translation>&amp;Два языка рядом</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="144" />
        <source>Show the page in a second language beside it, for the client to follow</source>
        <translation>Показать рядом ту же страницу на втором языке, чтобы клиент мог следить за текстом</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="145" />
        <source>&amp;Contents</source>
        <translation>&amp;Оглавление</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="145" />
        <source>Show the report's table of contents</source>
        <translation>Показать оглавление доклада</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="146" />
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="146" />
        <source>Show the A–Z glossary</source>
        <translation>Показать глоссарий от А до Я</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="147" />
        <source>&amp;Law</source>
        <translation>&amp;Правовые источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="147" />
        <source>Show the legal references</source>
        <translation>Показать правовые источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="148" />
        <source>Book&amp;marks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="148" />
        <source>Show your bookmarks</source>
        <translation>Показать закладки</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="156" />
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="156" />
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="156" />
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="157" />
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="161" />
        <source>Show the interface and the guidebook in %1</source>
        <translation>Язык интерфейса и справочника: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="163" />
        <source>Show the page next to the main page in this language: %1</source>
        <translation>Показать рядом с основной страницей на языке: %1</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../app/ui/crash.py" line="40" />
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="44" />
        <source>Something went wrong, but your work is safe and the guidebook keeps running. If it happens again, please tell the people who maintain it what you were doing.</source>
        <translation>Что-то пошло не так, но ваша работа в безопасности, и справочник продолжает работать. Если это повторится, сообщите тем, кто поддерживает программу, что вы делали в этот момент.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="22" />
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="23" />
        <source>Content as of</source>
        <translation>Содержание по состоянию на</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="24" />
        <source>Source report</source>
        <translation>Исходный доклад</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="25" />
        <source>Report address (not opened by this app)</source>
        <translation>Адрес доклада (программа его не открывает)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="28" />
        <source>This guidebook is information, not legal advice. It summarises a report dated 20 February 2024 and later changes in EU law; check the current law and practice before acting, and refer clients to a lawyer or an asylum counselling service.</source>
        <translation>Этот справочник — информация, а не юридическая консультация. Он кратко излагает доклад от 20 февраля 2024 года и последующие изменения в праве ЕС; прежде чем действовать, проверьте действующее право и практику и направляйте клиентов к юристу или в консультацию по вопросам убежища.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="31" />
        <source>It works offline: nothing you search or type is sent anywhere or kept after you close it, except bookmarks, settings and reports you import.</source>
        <translation>Программа работает без сети: ничто из того, что вы ищете или вводите, никуда не отправляется и не сохраняется после закрытия — кроме закладок, настроек и импортированных вами докладов.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="51" />
        <source>Focus the search field</source>
        <translation>Перейти к полю поиска</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="51" />
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="52" />
        <source>Choose a result / open it</source>
        <translation>Выбрать результат / открыть его</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="52" />
        <location filename="../../app/ui/dialogs.py" line="54" />
        <source>Up, Down / Enter</source>
        <translation>↑, ↓ / Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="53" />
        <source>Back / Forward</source>
        <translation>Назад / Вперёд</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="53" />
        <source>Alt+Left / Alt+Right, mouse back/forward buttons</source>
        <translation>Alt+← / Alt+→, кнопки мыши «назад» и «вперёд»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="54" />
        <source>Choose an answer / go on</source>
        <translation>Выбрать ответ / дальше</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="55" />
        <source>Previous question</source>
        <translation>Предыдущий вопрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="57" />
        <source>Save or open the answers</source>
        <translation>Сохранить или открыть ответы</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="58" />
        <source>Print the sheet / export it as PDF</source>
        <translation>Напечатать памятку / сохранить её в PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59" />
        <source>Clear the session</source>
        <translation>Очистить сеанс</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="60" />
        <source>Close the assessment (asks first)</source>
        <translation>Закрыть оценку (с вопросом)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="62" />
        <source>In the assessment window</source>
        <translation>В окне пошаговой оценки</translation>
    </message>
</context>
<context>
    <name>EditionDialogs</name>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="49" />
        <source>Content update</source>
        <translation>Обновление содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="49" />
        <location filename="../../app/ui/edition_dialogs.py" line="59" />
        <location filename="../../app/ui/edition_dialogs.py" line="155" />
        <location filename="../../app/ui/edition_dialogs.py" line="158" />
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="54" />
        <source>About this content update</source>
        <translation>Об этом обновлении содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="62" />
        <source>&amp;Install</source>
        <translation>&amp;Установить</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="77" />
        <source>Signed by %1 — the signature is valid and the file is unchanged.</source>
        <translation>Подписано: %1 — подпись действительна, файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="79" />
        <location filename="../../app/ui/edition_dialogs.py" line="162" />
        <source>Edition %1, dated %2</source>
        <translation>Издание %1 от %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="99" />
        <source>Install content update</source>
        <translation>Установка обновления содержания</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="100" />
        <source>Content updates (*.ogedition);;All files (*)</source>
        <translation>Обновления содержания (*.ogedition);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="109" />
        <location filename="../../app/ui/edition_dialogs.py" line="137" />
        <source>Not installed</source>
        <translation>Не установлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="110" />
        <location filename="../../app/ui/edition_dialogs.py" line="138" />
        <source>This content update was not installed; nothing was changed.</source>
        <translation>Это обновление содержания не установлено; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="119" />
        <source>Installing the content update…</source>
        <translation>Установка обновления содержания…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="124" />
        <source>Checking the signature…</source>
        <translation>Проверка подписи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="124" />
        <source>Unpacking…</source>
        <translation>Распаковка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="125" />
        <source>Checking the content…</source>
        <translation>Проверка содержания…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="125" />
        <source>Building the search index…</source>
        <translation>Построение поискового индекса…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="126" />
        <source>Switching to the new content…</source>
        <translation>Переход на новое содержание…</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="126" />
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location filename="../../app/ui/edition_dialogs.py" line="159" />
        <source>You are using the content that came with the app (edition %1); no content update has been installed.</source>
        <translation>Используется содержание, поставляемое с программой (издание %1); обновления содержания не устанавливались.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="209" />
        <location filename="../../app/ui/import_dialog.py" line="210" />
        <location filename="../../app/ui/import_dialog.py" line="420" />
        <source>Import a report</source>
        <translation>Импорт доклада</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="211" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="212" />
        <source>&amp;Publisher:</source>
        <translation>&amp;Издатель:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="213" />
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="214" />
        <source>Read as:</source>
        <translation>Прочитан как:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="215" />
        <source>YYYY-MM-DD, e.g. 2024-02-20</source>
        <translation>ГГГГ-ММ-ДД, например 2024-02-20</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="216" />
        <source>&amp;Sections found (check that chapters and their parts nest right):</source>
        <translation>Найденные &amp;разделы (проверьте, правильно ли главы и их части вложены друг в друга):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="217" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="217" />
        <source>Characters</source>
        <translation>Символов</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="218" />
        <source>&amp;Replace the earlier import</source>
        <translation>&amp;Заменить прежний импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="219" />
        <source>The text is imported as it is, without review: its sections are searched beside the guidebook and marked “imported, not reviewed”. Nothing in the file is run and no address in it is opened.</source>
        <translation>Текст импортируется как есть, без проверки: поиск по его разделам идёт наряду со справочником, а сами разделы помечаются «импортированный доклад, не проверен редакцией». Ничто из файла не запускается, и никакие адреса из него не открываются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="222" />
        <source>&amp;Import</source>
        <translation>Им&amp;портировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="223" />
        <source>File being imported</source>
        <translation>Импортируемый файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="224" />
        <location filename="../../app/ui/import_dialog.py" line="227" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="224" />
        <location filename="../../app/ui/import_dialog.py" line="227" />
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="225" />
        <source>Date of the report</source>
        <translation>Дата доклада</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="226" />
        <source>Text encoding used</source>
        <translation>Использованная кодировка текста</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="228" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="228" />
        <source>Read as</source>
        <translation>Прочитан как</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="229" />
        <source>Sections found</source>
        <translation>Найденные разделы</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="230" />
        <source>Sections found in the report</source>
        <translation>Разделы, найденные в докладе</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="231" />
        <source>Earlier import</source>
        <translation>Прежний импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="232" />
        <source>Replace the earlier import</source>
        <translation>Заменить прежний импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="233" />
        <source>About imported reports</source>
        <translation>Об импортированных докладах</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="234" />
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="235" />
        <source>Dialog buttons</source>
        <translation>Кнопки диалога</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="235" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="236" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="239" />
        <source>Reading %1 …</source>
        <translation>Чтение %1 …</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="253" />
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="270" />
        <source>Ready to import.</source>
        <translation>Готово к импорту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="280" />
        <source>plain text</source>
        <translation>обычный текст</translation>
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
        <translation>%1 — %2, %3 КБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="285" />
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="285" />
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="285" />
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="287" />
        <source>PDF text layer</source>
        <translation>текстовый слой PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="288" />
        <source>%1 · language: %2</source>
        <translation>%1 · язык: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="289" />
        <source>&amp;Sections found: %1 (check that chapters and their parts nest right)</source>
        <translation>Найдено &amp;разделов: %1 (проверьте, правильно ли главы и их части вложены друг в друга)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="294" />
        <source>This file was already imported on %1 as “%2”. Tick the box to import it again in place of the earlier import.</source>
        <translation>Этот файл уже был импортирован %1 под названием «%2». Отметьте флажок, чтобы импортировать его заново вместо прежнего импорта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297" />
        <source>A file with this name was imported on %1 as “%2”. Tick the box to replace that import with this file; leave it to keep both.</source>
        <translation>Файл с таким именем был импортирован %1 под названием «%2». Отметьте флажок, чтобы заменить тот импорт этим файлом; оставьте флажок пустым, чтобы сохранить оба.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="324" />
        <source>This file cannot be imported</source>
        <translation>Этот файл нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="338" />
        <source>Please check the details</source>
        <translation>Проверьте данные</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="343" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="359" />
        <source>Imported %1 sections (imported, not reviewed).</source>
        <translation>Импортировано разделов: %1 (импортированный доклад, не проверен редакцией).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="373" />
        <source>The report was not imported</source>
        <translation>Доклад не импортирован</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="377" />
        <source>Import cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="417" />
        <source>Reports (%1)</source>
        <translation>Доклады (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="417" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="435" />
        <source>Imported “%1”: %2 sections, marked “imported, not reviewed”.</source>
        <translation>Импортирован «%1»; разделов: %2, с пометкой «импортированный доклад, не проверен редакцией».</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="434" />
        <source>Imported reports</source>
        <translation>Импортированные доклады</translation>
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
        <translation>Импортированные доклады</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="111" />
        <source>Reports you imported. Their sections are searched beside the guidebook and marked “imported, not reviewed”. They are kept only on this computer.</source>
        <translation>Доклады, которые вы импортировали. Поиск по их разделам идёт наряду со справочником, а сами разделы помечаются «импортированный доклад, не проверен редакцией». Доклады хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="113" />
        <source>No reports imported yet. Use “Import report…” to add one.</source>
        <translation>Импортированных докладов пока нет. Чтобы добавить доклад, нажмите «Импортировать доклад…».</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="114" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="115" />
        <source>Imported on</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="116" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="117" />
        <source>&amp;Import report…</source>
        <translation>&amp;Импортировать доклад…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="118" />
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="119" />
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="120" />
        <source>&amp;Put Back a Kept Copy…</source>
        <translation>&amp;Вернуть сохранённую копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="121" />
        <source>About imported reports</source>
        <translation>Об импортированных докладах</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="122" />
        <source>List of imported reports</source>
        <translation>Список импортированных докладов</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="123" />
        <source>No imported reports</source>
        <translation>Нет импортированных докладов</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="124" />
        <source>Read the selected report</source>
        <translation>Читать выбранный доклад</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="125" />
        <source>Import a report</source>
        <translation>Импортировать доклад</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="126" />
        <source>Rename the selected report</source>
        <translation>Переименовать выбранный доклад</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="127" />
        <source>Remove the selected report</source>
        <translation>Удалить выбранный доклад</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="128" />
        <source>Put back the reports of a copy set aside because it could not be read</source>
        <translation>Вернуть доклады из копии, сохранённой отдельно, так как её не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="130" />
        <source>Dialog buttons</source>
        <translation>Кнопки диалога</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="131" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="204" />
        <source>Rename imported report</source>
        <translation>Переименовать импортированный доклад</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="205" />
        <source>New title:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="214" />
        <source>Not renamed</source>
        <translation>Не переименовано</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="226" />
        <source>Remove imported report</source>
        <translation>Удалить импортированный доклад</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="227" />
        <source>Remove “%1” and its %2 sections from this computer? Search will no longer find them. The original file is not touched.</source>
        <translation>Удалить доклад «%1» и его разделы (всего: %2) с этого компьютера? Поиск больше не будет их находить. Исходный файл останется нетронутым.</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="236" />
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="249" />
        <location filename="../../app/ui/imports_manager.py" line="257" />
        <location filename="../../app/ui/imports_manager.py" line="272" />
        <source>Put back a kept copy</source>
        <translation>Вернуть сохранённую копию</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="250" />
        <source>No kept copy can be put back.</source>
        <translation>Нет сохранённых копий, которые можно вернуть.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/imports_manager.py" line="253" />
        <source>%1 (set aside %2): %n report(s)</source>
        <translation>
            <numerusform>%1 (копия от %2): %n доклад</numerusform>
            <numerusform>%1 (копия от %2): %n доклада</numerusform>
            <numerusform>%1 (копия от %2): %n докладов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="258" />
        <source>When the imported reports file could not be read, it was kept under a new name and a new one was started. Choose the copy whose reports to put back:</source>
        <translation>Когда файл с импортированными докладами не удалось прочитать, он был сохранён под другим именем, и вместо него создан новый. Выберите копию, доклады из которой нужно вернуть:</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports_manager.py" line="269" />
        <source>Not put back</source>
        <translation>Не возвращено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/imports_manager.py" line="273" />
        <source>%n report(s) put back from %1.</source>
        <translation>
            <numerusform>Из %1 возвращён %n доклад.</numerusform>
            <numerusform>Из %1 возвращено %n доклада.</numerusform>
            <numerusform>Из %1 возвращено %n докладов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="106" />
        <source>The guidebook database was rebuilt from the bundled content: %1</source>
        <translation>База данных справочника заново создана из встроенного содержания: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180" />
        <location filename="../../app/ui/printing.py" line="118" />
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181" />
        <location filename="../../app/ui/printing.py" line="119" />
        <source>read-only, or no permission</source>
        <translation>только для чтения или нет прав на запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183" />
        <source>Your data folder %1 cannot be written to (%2): bookmarks, settings and imported reports will not be saved in this session.</source>
        <translation>Папка данных %1 недоступна для записи (%2): закладки, настройки и импортированные доклады в этом сеансе сохраняться не будут.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="355" />
        <source>Objector Guide</source>
        <translation>Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="364" />
        <source>&amp;Second Language</source>
        <translation>&amp;Второй язык</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365" />
        <source>Search terms, facts, laws… (Ctrl+F, Ctrl+K or /)</source>
        <translation>Поиск терминов, фактов, законов… (Ctrl+F, Ctrl+K или /)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <source>Search the guidebook</source>
        <translation>Поиск по справочнику</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Type to search; Up/Down to choose; Enter to open; Esc to clear</source>
        <translation>Введите запрос; ↑, ↓ — выбрать; Enter — открыть; Esc — очистить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <location filename="../../app/ui/main_window.py" line="584" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="370" />
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="796" />
        <source>Find in page (Enter: next, Shift+F3: previous)</source>
        <translation>Найти на странице (Enter — следующее, Shift+F3 — предыдущее)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="797" />
        <source>Find in page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="798" />
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска на странице (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="799" />
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска на странице</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="373" />
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>Law</source>
        <translation>Правовой источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378" />
        <location filename="../../app/ui/main_window.py" line="603" />
        <source>Page in the second language</source>
        <translation>Страница на втором языке</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395" />
        <source>The interface translation is missing; menus stay in English.</source>
        <translation>Перевод интерфейса отсутствует; меню останутся на английском языке.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="454" />
        <source>imported, not reviewed</source>
        <translation>импортированный доклад, не проверен редакцией</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455" />
        <source>no longer in force</source>
        <translation>не действует</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="456" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="462" />
        <source>No results for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="463" />
        <source>Did you mean:</source>
        <translation>Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="511" />
        <source>External link</source>
        <translation>Внешняя ссылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="512" />
        <source>This guidebook works offline and does not open web pages. The address is:

%1</source>
        <translation>Справочник работает без интернета и не открывает веб-страницы. Адрес:

%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="721" />
        <source>Bookmark removed.</source>
        <translation>Закладка удалена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="724" />
        <source>Bookmarked.</source>
        <translation>Закладка добавлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="726" />
        <location filename="../../app/ui/main_window.py" line="738" />
        <location filename="../../app/ui/main_window.py" line="757" />
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="906" />
        <source>The content update is installed: edition %1.</source>
        <translation>Обновление содержания установлено: издание %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="934" />
        <source>The guidebook database was damaged; it has been rebuilt from the bundled content.</source>
        <translation>База данных справочника была повреждена; она заново создана из встроенного содержания.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="980" />
        <source>This guidebook's content dates from %1; the law and practice may have changed since. Ask your publisher for a content update (File → Install Content Update).</source>
        <translation>Содержание справочника подготовлено по состоянию на %1; с тех пор право и практика могли измениться. Запросите у издателя справочника обновление содержания (Файл → Установить обновление содержания).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1033" />
        <source>Clear the session?</source>
        <translation>Очистить сеанс?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1034" />
        <source>The search, the pages read, the answers, the client's name and the note will be forgotten. Clear the session?</source>
        <translation>Поиск, прочитанные страницы, ответы, имя клиента и заметка будут забыты. Очистить сеанс?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1083" />
        <source>The bookmark could not be saved: the disk holding %1 is full.</source>
        <translation>Не удалось сохранить закладку: диск, на котором находится %1, заполнен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1084" />
        <source>The bookmark could not be saved: the folder %1 cannot be written to (read-only, or no permission).</source>
        <translation>Не удалось сохранить закладку: папка %1 недоступна для записи (только для чтения или нет прав на запись).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1086" />
        <source>The bookmark could not be saved in the folder %1: %2</source>
        <translation>Не удалось сохранить закладку в папку %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1087" />
        <source>Settings could not be saved: the disk holding %1 is full.</source>
        <translation>Не удалось сохранить настройки: диск, на котором находится %1, заполнен.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1088" />
        <source>Settings could not be saved: the folder %1 cannot be written to (read-only, or no permission).</source>
        <translation>Не удалось сохранить настройки: папка %1 недоступна для записи (только для чтения или нет прав на запись).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1090" />
        <source>Settings could not be saved in the folder %1: %2</source>
        <translation>Не удалось сохранить настройки в папку %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="743" />
        <source>Bookmark removed: %1. Ctrl+Z in the list brings it back.</source>
        <translation>Закладка удалена: %1. Ctrl+Z в списке вернёт её.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="826" />
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="828" />
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="995" />
        <source>Guided assessment</source>
        <translation>Пошаговая оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="996" />
        <source>The assessment questions could not be loaded: %1</source>
        <translation>Не удалось загрузить вопросы пошаговой оценки: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1050" />
        <source>Session cleared: search, pages read and assessment forgotten.</source>
        <translation>Сеанс очищен: поиск, прочитанные страницы и ответы пошаговой оценки забыты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1058" />
        <source>About Objector Guide</source>
        <translation>О программе Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="1065" />
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
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
        <location filename="../../app/ui/navigation.py" line="98" />
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <source>Law</source>
        <translation>Правовые источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="68" />
        <location filename="../../app/ui/navigation.py" line="102" />
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
        <location filename="../../app/ui/navigation.py" line="96" />
        <source>Filter terms…</source>
        <translation>Фильтр терминов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="97" />
        <source>Filter the glossary</source>
        <translation>Фильтр глоссария</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="74" />
        <source>Table of contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="100" />
        <source>Legal references</source>
        <translation>Правовые источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="76" />
        <source>superseded since %1</source>
        <translation>не действует с %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="77" />
        <source>Imported reports (not reviewed)</source>
        <translation>Импортированные доклады (не проверены)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="78" />
        <source>removed in this edition</source>
        <translation>удалено в этом издании</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="79" />
        <source>Imported by you from files; not reviewed by the guidebook's editors.</source>
        <translation>Импортированы вами из файлов; редакция справочника их не проверяла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="80" />
        <source>Imported by you from a file; not reviewed by the guidebook's editors.</source>
        <translation>Импортировано вами из файла; не проверено редакцией справочника.</translation>
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
        <location filename="../../app/ui/navigation.py" line="321" />
        <source>Press Delete to remove this bookmark</source>
        <translation>Нажмите Delete, чтобы удалить эту закладку</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="325" />
        <source>This page is not in the content in use (a content update removed it). Press Delete to remove this bookmark.</source>
        <translation>Этой страницы нет в используемом содержании (её удалило обновление содержания). Нажмите Delete, чтобы удалить эту закладку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="329" />
        <source>No bookmarks yet. Press Ctrl+D on a page to keep it here.</source>
        <translation>Закладок пока нет. Нажмите Ctrl+D на странице, чтобы сохранить её здесь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="361" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="362" />
        <source>Remove bookmark</source>
        <translation>Удалить закладку</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="19" />
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="22" />
        <source>Your organisation's details are printed at the foot of every guidance sheet, so the client knows whom to contact. All optional. They are never printed on the safe sheet.</source>
        <translation>Данные вашей организации печатаются внизу каждой памятки, чтобы клиент знал, куда обращаться. Все поля необязательны. На безопасной памятке они никогда не печатаются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="26" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="26" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="26" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="27" />
        <source>Other line (e.g. opening hours)</source>
        <translation>Дополнительная строка (например, часы приёма)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/printing.py" line="36" />
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="53" />
        <source>No printer</source>
        <translation>Нет принтера</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="54" />
        <source>No printer is set up on this computer. Save the page as a PDF file instead?</source>
        <translation>На этом компьютере не настроен принтер. Вместо этого сохранить страницу как файл PDF?</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="98" />
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="99" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="121" />
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="122" />
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="69" />
        <source>Printing to a file</source>
        <translation>Печать в файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="70" />
        <source>“%1” saves or sends a file instead of printing on paper, and the system usually keeps a record of the folder and the file's name. Save the PDF with this app's own save dialog instead? That dialog leaves no such record. Choose No to print with “%1” anyway.</source>
        <translation>«%1» не печатает на бумаге, а сохраняет или отправляет файл, и система обычно запоминает папку и имя файла. Вместо этого сохранить PDF через собственное окно сохранения этой программы? Оно таких следов не оставляет. Нажмите «Нет», чтобы всё же напечатать через «%1».</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="307" />
        <source>Guided assessment — Objector Guide</source>
        <translation>Пошаговая оценка — Objector Guide</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="308" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="309" />
        <source>Go back to the previous question (Alt+Left)</source>
        <translation>Вернуться к предыдущему вопросу (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="310" />
        <source>&amp;Restart</source>
        <translation>Начать &amp;заново</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="311" />
        <source>Start again with no answers</source>
        <translation>Начать заново, без ответов</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="312" />
        <source>&amp;Clear session</source>
        <translation>О&amp;чистить сеанс</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="313" />
        <source>Clos&amp;e</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="314" />
        <source>&amp;Save answers…</source>
        <translation>&amp;Сохранить ответы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="315" />
        <source>Save the answers (not the name or the note) to a file you choose (Ctrl+S)</source>
        <translation>Сохранить ответы (без имени и заметки) в выбранный вами файл (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="316" />
        <source>&amp;Open answers…</source>
        <translation>&amp;Открыть ответы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="317" />
        <source>Continue an assessment from a saved answers file (Ctrl+O)</source>
        <translation>Продолжить оценку по сохранённому файлу ответов (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="318" />
        <source>Close the assessment (Esc, Ctrl+W); asks first if answers would be lost</source>
        <translation>Закрыть оценку (Esc, Ctrl+W); если ответы будут потеряны, сначала будет задан вопрос</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="319" />
        <source>Forget every answer, the name and the note (Ctrl+Shift+Delete)</source>
        <translation>Забыть все ответы, имя и заметку (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="320" />
        <source>Check the answers before you see the assessment</source>
        <translation>Проверьте ответы, прежде чем смотреть оценку</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="321" />
        <location filename="../../app/ui/wizard_window.py" line="334" />
        <source>Sheet language</source>
        <translation>Язык памятки</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="322" />
        <source>Paper</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="323" />
        <source>Client's name (optional)</source>
        <translation>Имя клиента (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="324" />
        <location filename="../../app/ui/wizard_window.py" line="336" />
        <source>Counsellor's note</source>
        <translation>Заметка консультанта</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="325" />
        <source>Leave empty unless the client wants it printed</source>
        <translation>Оставьте пустым, если клиент не хочет, чтобы имя было напечатано</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="326" />
        <source>The name and the note are printed on the sheet but never saved (up to 4,000 characters; a long note goes on a page of its own). Write the note in the sheet's language, so the client can read it.</source>
        <translation>Имя и заметка печатаются на памятке, но никогда не сохраняются (до 4000 знаков; длинная заметка выносится на отдельную страницу). Пишите заметку на языке памятки, чтобы клиент мог её прочитать.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="329" />
        <source>&amp;Safe sheet for travel: neutral title and checklist only</source>
        <translation>&amp;Безопасная памятка для поездки: нейтральный заголовок и только перечень</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="330" />
        <source>For a client still in Russia or crossing borders: the sheet names no military, asylum or war matters. Only the checklist and your note are printed.</source>
        <translation>Для клиента, который ещё в России или пересекает границы: в памятке не упоминаются армия, убежище или война. Печатаются только перечень и ваша заметка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="554" />
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="555" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="556" />
        <source>Export sheet as P&amp;DF… (Ctrl+Shift+E)</source>
        <translation>&amp;Экспорт памятки в PDF… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="334" />
        <source>Progress</source>
        <translation>Ход оценки</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="335" />
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="335" />
        <source>Client's name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="336" />
        <location filename="../../app/ui/wizard_window.py" line="386" />
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="337" />
        <source>Your answers</source>
        <translation>Ваши ответы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="375" />
        <source>Question %1 of about %2</source>
        <translation>Вопрос %1 (всего около %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="379" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="381" />
        <source>All questions answered</source>
        <translation>Все вопросы пройдены</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="384" />
        <location filename="../../app/ui/wizard_window.py" line="387" />
        <source>Show the &amp;assessment &gt;</source>
        <translation>Показать &amp;оценку &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="396" />
        <source>Why we ask:</source>
        <translation>Почему мы спрашиваем:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="435" />
        <source>Terms:</source>
        <translation>Термины:</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="461" />
        <source>change</source>
        <translation>изменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="479" />
        <source>Choose an answer first</source>
        <translation>Сначала выберите ответ</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="500" />
        <source>Start again?</source>
        <translation>Начать заново?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="501" />
        <source>The answers given so far will be forgotten; the client's name and the note stay. Start again?</source>
        <translation>Ответы, данные до сих пор, будут забыты; имя клиента и заметка сохранятся. Начать заново?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="515" />
        <source>Clear the session?</source>
        <translation>Очистить сеанс?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="516" />
        <source>The answers, the client's name and the note will be forgotten. Clear the session?</source>
        <translation>Ответы, имя клиента и заметка будут забыты. Очистить сеанс?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="550" />
        <source>Print Pre&amp;view of the safe sheet…</source>
        <translation>Пред&amp;варительный просмотр безопасной памятки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="551" />
        <source>&amp;Print the safe sheet…</source>
        <translation>&amp;Печать безопасной памятки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="552" />
        <source>Export the safe sheet as P&amp;DF… (Ctrl+Shift+E)</source>
        <translation>&amp;Экспорт безопасной памятки в PDF… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="577" />
        <source>Safe sheet: the note is printed as typed and contains: %1</source>
        <translation>Безопасная памятка: заметка печатается как есть и содержит: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="627" />
        <source>Save the client's answers?</source>
        <translation>Сохранить ответы клиента?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="628" />
        <source>The file will describe this client's situation (service, summons, route, papers). Save it only where the client agrees and nobody else can read it. The name and the note are not saved.</source>
        <translation>Файл будет описывать ситуацию этого клиента (служба, повестка, маршрут, документы). Сохраняйте его, только если клиент согласен, и там, где его не сможет прочитать никто другой. Имя и заметка не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="634" />
        <source>Save answers</source>
        <translation>Сохранить ответы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="635" />
        <location filename="../../app/ui/wizard_window.py" line="653" />
        <source>Answers (*.json)</source>
        <translation>Ответы (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="641" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="643" />
        <source>Answers saved to %1</source>
        <translation>Ответы сохранены в %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="653" />
        <source>Open answers</source>
        <translation>Открыть ответы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="659" />
        <source>Cannot open the answers</source>
        <translation>Не удаётся открыть ответы</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="673" />
        <source>Close the assessment?</source>
        <translation>Закрыть оценку?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard_window.py" line="674" />
        <source>The answers, the client's name and the note will be forgotten. Close the assessment?</source>
        <translation>Ответы, имя клиента и заметка будут забыты. Закрыть оценку?</translation>
    </message>
</context>
</TS>