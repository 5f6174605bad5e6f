<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;p&gt;Data sources: the import reads the exports of &lt;a href=&quot;https://www.upr-info.org/&quot;&gt;UPR Info&lt;/a&gt;&apos;s database of UPR recommendations and of the &lt;a href=&quot;https://uhri.ohchr.org/&quot;&gt;Universal Human Rights Index&lt;/a&gt; of the Office of the UN High Commissioner for Human Rights (OHCHR). The sample paraphrases the UN documents A/HRC/14/10 (report of the UPR Working Group on Kazakhstan, 2010) and CCPR/C/KAZ/CO/1 (concluding observations of the Human Rights Committee, 2011).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Источники данных: программа импортирует файлы экспорта базы данных рекомендаций УПО &lt;a href=&quot;https://www.upr-info.org/&quot;&gt;UPR Info&lt;/a&gt; и &lt;a href=&quot;https://uhri.ohchr.org/&quot;&gt;Универсального индекса по правам человека&lt;/a&gt; Управления Верховного комиссара ООН по правам человека (УВКПЧ). Тексты примера в свободном изложении передают содержание документов ООН A/HRC/14/10 (доклад Рабочей группы по УПО о Казахстане, 2010 год) и CCPR/C/KAZ/CO/1 (заключительные замечания Комитета по правам человека, 2011 год).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with absolutely no warranty. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Лицензия: GNU General Public License версии 3 или (по вашему выбору) любой более поздней версии (GPL-3.0-or-later). Программа предоставляется без каких-либо гарантий. &lt;a href=&quot;%1&quot;&gt;Прочитать лицензию&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Программа собрана с Qt %1 и работает с Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Recommendations received</source>
        <translation>Получено рекомендаций</translation>
    </message>
    <message>
        <source>Share of accepted</source>
        <translation>Доля от принятых</translation>
    </message>
    <message>
        <source> · status on 31 December of each year</source>
        <translation> · статус на 31 декабря каждого года</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · данные на %1</translation>
    </message>
    <message>
        <source>31 December %1 · of %2 accepted: %3 implemented (%4), %5 partially implemented (%6)</source>
        <translation>31 декабря %1 · принято: %2 · выполнено: %3 (%4), выполнено частично: %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source> · the %1 largest of %Ln themes</source>
        <translation>
            <numerusform> · %1 крупнейших из %Ln темы</numerusform>
            <numerusform> · %1 крупнейших из %Ln тем</numerusform>
            <numerusform> · %1 крупнейших из %Ln тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>31 December %1 · %2: %3 of %Ln recommendations (%4)</source>
        <translation>
            <numerusform>31 декабря %1 · %2: %3 из %Ln рекомендации (%4)</numerusform>
            <numerusform>31 декабря %1 · %2: %3 из %Ln рекомендаций (%4)</numerusform>
            <numerusform>31 декабря %1 · %2: %3 из %Ln рекомендаций (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %Ln recommendations received</source>
        <translation>
            <numerusform>%1 · %2: %3 из %Ln полученной рекомендации</numerusform>
            <numerusform>%1 · %2: %3 из %Ln полученных рекомендаций</numerusform>
            <numerusform>%1 · %2: %3 из %Ln полученных рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %Ln recommendations (%4)</source>
        <translation>
            <numerusform>%1 · %2: %3 из %Ln рекомендации (%4)</numerusform>
            <numerusform>%1 · %2: %3 из %Ln рекомендаций (%4)</numerusform>
            <numerusform>%1 · %2: %3 из %Ln рекомендаций (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export all charts</source>
        <translation>Экспорт всех диаграмм</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>Векторный рисунок SVG</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>Страница PDF</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ширина:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Высота:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Страница:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>The chart&apos;s own title</source>
        <translation>Заголовок диаграммы по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>Выбрать папку...</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Выбрать файл...</translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation>При этом разрешении размер отпечатка: %1 × %2 см</translation>
    </message>
    <message>
        <source>Which of the charts to export</source>
        <translation>Какую из диаграмм экспортировать</translation>
    </message>
    <message>
        <source>An image of a fixed size, or a drawing that stays sharp at any size</source>
        <translation>Изображение фиксированного размера или рисунок, который остается четким при любом размере</translation>
    </message>
    <message>
        <source>The width of the image in pixels</source>
        <translation>Ширина изображения в пикселях</translation>
    </message>
    <message>
        <source>The height of the image in pixels</source>
        <translation>Высота изображения в пикселях</translation>
    </message>
    <message>
        <source>The resolution of the image, which sets the size it prints at</source>
        <translation>Разрешение изображения, от которого зависит размер при печати</translation>
    </message>
    <message>
        <source>The paper size of the PDF page</source>
        <translation>Формат бумаги для страницы PDF</translation>
    </message>
    <message>
        <source>Whether the PDF page lies wide or stands tall</source>
        <translation>Ориентация страницы PDF: альбомная или книжная</translation>
    </message>
    <message>
        <source>A title to show instead of the chart&apos;s own; empty keeps the chart&apos;s</source>
        <translation>Заголовок, который будет показан вместо заголовка диаграммы по умолчанию; если поле пустое, сохраняется заголовок диаграммы</translation>
    </message>
    <message>
        <source>Asks for the folder to write the charts into</source>
        <translation>Запрашивает папку, в которую будут записаны диаграммы</translation>
    </message>
    <message>
        <source>Asks for the file to write the chart into</source>
        <translation>Запрашивает файл, в который будет записана диаграмма</translation>
    </message>
    <message>
        <source>Closes the dialog without exporting</source>
        <translation>Закрывает диалоговое окно без экспорта</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Не удалось записать %1: это папка.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Не удалось записать %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>The size %1 × %2 is out of range: width 200 to 20000 and height 150 to 20000 pixels.</source>
        <translation>Размер %1 × %2 вне допустимого диапазона: ширина от 200 до 20000, высота от 150 до 20000 пикселей.</translation>
    </message>
    <message>
        <source>The resolution %1 DPI is out of range: 72 to 1200.</source>
        <translation>Разрешение %1 DPI вне допустимого диапазона: от 72 до 1200.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 DPI leaves too little room for the chart; give more pixels or fewer DPI.</source>
        <translation>При размере %1 × %2 пикселей и разрешении %3 DPI для диаграммы остается слишком мало места; увеличьте размер в пикселях или уменьшите разрешение.</translation>
    </message>
    <message>
        <source>Could not write %1: it is the database the chart is drawn from; choose another file.</source>
        <translation>Не удалось записать %1: это база данных, по которой построена диаграмма; выберите другой файл.</translation>
    </message>
    <message>
        <source>Could not write %1: the SVG could not be started.</source>
        <translation>Не удалось записать %1: не удалось начать создание SVG.</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation>Не удалось записать %1: не удалось начать создание PDF.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Could not write into %1: %2</source>
        <translation>Не удалось выполнить запись в %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: it is the database the chart is drawn from; choose another folder.</source>
        <translation>Не удалось записать %1: это база данных, по которой построена диаграмма; выберите другую папку.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>The page could not be sent to the printer %1.</source>
        <translation>Не удалось отправить страницу на принтер %1.</translation>
    </message>
</context>
<context>
    <name>ChartKind</name>
    <message>
        <source>Progress by year</source>
        <translation>Ход выполнения по годам</translation>
    </message>
    <message>
        <source>Recommendations received per year by mechanism</source>
        <translation>Полученные рекомендации по годам и механизмам</translation>
    </message>
    <message>
        <source>Implementation rate of accepted recommendations</source>
        <translation>Доля выполнения принятых рекомендаций</translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation>Текущий статус по темам</translation>
    </message>
</context>
<context>
    <name>ChartsDashboard</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The charts could not be brought up to date: %1</source>
        <translation>Не удалось обновить диаграммы: %1</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>Экспорт в &amp;PNG...</translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
        <translation>Экспорт в &amp;SVG...</translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation>Экспорт в P&amp;DF...</translation>
    </message>
    <message>
        <source>Export &amp;all charts...</source>
        <translation>Экспорт &amp;всех диаграмм...</translation>
    </message>
    <message>
        <source>The charts could not be brought up to date</source>
        <translation>Не удалось обновить диаграммы</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>The chart could not be exported</source>
        <translation>Не удалось экспортировать диаграмму</translation>
    </message>
    <message>
        <source>The name %1 ends in .%2, but the format chosen is %3. Choose a name ending in .%4, or that format.</source>
        <translation>Имя %1 оканчивается на .%2, а выбран формат %3. Укажите имя с расширением .%4 или выберите формат, соответствующий имени.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Экспортировано: %1.</translation>
    </message>
    <message>
        <source>Export all charts into</source>
        <translation>Экспорт всех диаграмм в папку</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <source>These files exist in %1 and will be replaced:
%2</source>
        <translation>Эти файлы уже есть в папке %1 и будут заменены:
%2</translation>
    </message>
    <message>
        <source>The charts could not be exported</source>
        <translation>Не удалось экспортировать диаграммы</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation>
            <numerusform>Экспортирована %n диаграмма в папку %1.</numerusform>
            <numerusform>Экспортированы %n диаграммы в папку %1.</numerusform>
            <numerusform>Экспортировано %n диаграмм в папку %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the chart “%1” to the clipboard.</source>
        <translation>Диаграмма «%1» скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>Печать диаграммы</translation>
    </message>
    <message>
        <source>The chart could not be printed</source>
        <translation>Не удалось напечатать диаграмму</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to copy, export or print this chart</source>
        <translation>Щелкните правой кнопкой мыши или нажмите клавишу контекстного меню, чтобы скопировать, экспортировать или напечатать эту диаграмму</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Копировать диаграмму</translation>
    </message>
    <message>
        <source>&amp;Export chart...</source>
        <translation>&amp;Экспорт диаграммы...</translation>
    </message>
    <message>
        <source>P&amp;rint chart...</source>
        <translation>&amp;Печать диаграммы...</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; in the mapping is not field=Column.</source>
        <translation>«%1» в сопоставлении не имеет вида поле=Столбец.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the mapping; use one of: %2.</source>
        <translation>неизвестное поле «%1» в сопоставлении; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is mapped twice.</source>
        <translation>поле «%1» сопоставлено дважды.</translation>
    </message>
    <message>
        <source>the mapping must say which column holds the text (text=Column).</source>
        <translation>в сопоставлении должно быть указано, в каком столбце находится текст (text=Столбец).</translation>
    </message>
    <message>
        <source>UPR Info export</source>
        <translation>Экспорт UPR Info</translation>
    </message>
    <message>
        <source>Universal Human Rights Index export</source>
        <translation>Экспорт Универсального индекса по правам человека</translation>
    </message>
    <message>
        <source>Recommendation Tracker export</source>
        <translation>Экспорт Recommendation Tracker</translation>
    </message>
    <message>
        <source>mapped columns</source>
        <translation>сопоставленные столбцы</translation>
    </message>
</context>
<context>
    <name>ColumnMappingForm</name>
    <message>
        <source>Column of %1</source>
        <translation>Столбец для поля «%1»</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Государство — объект обзора</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Text (required)</source>
        <translation>Текст (обязательно)</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Цикл УПО</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>Сессия УПО</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <source>Recommending states</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Затрагиваемые лица</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Цели в области устойчивого развития</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок выполнения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(столбец %1 без названия)</translation>
    </message>
    <message>
        <source>Which column of the file holds this field</source>
        <translation>В каком столбце файла находится это поле</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation>--%1 «%2» не является числом от %3 до %4.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation>--%1 «%2» не является допустимой датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation>неизвестный механизм «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>--sdg &quot;%1&quot; is not a Sustainable Development Goal; they are numbered 1 to 17.</source>
        <translation>--sdg «%1» не является Целью в области устойчивого развития; цели пронумерованы от 1 до 17.</translation>
    </message>
    <message>
        <source>The database file (created when missing).</source>
        <translation>Файл базы данных (создается, если отсутствует).</translation>
    </message>
    <message>
        <source>The mechanism: %1.</source>
        <translation>Механизм: %1.</translation>
    </message>
    <message>
        <source>The state under review.</source>
        <translation>Государство — объект обзора.</translation>
    </message>
    <message>
        <source>The document symbol, e.g. A/HRC/14/10.</source>
        <translation>Условное обозначение документа, например A/HRC/14/10.</translation>
    </message>
    <message>
        <source>The paragraph number, e.g. 97.1.</source>
        <translation>Номер пункта, например 97.1.</translation>
    </message>
    <message>
        <source>The date of the document.</source>
        <translation>Дата документа.</translation>
    </message>
    <message>
        <source>The text of the recommendation.</source>
        <translation>Текст рекомендации.</translation>
    </message>
    <message>
        <source>A recommending state (repeatable).</source>
        <translation>Рекомендующее государство (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>A theme (repeatable).</source>
        <translation>Тема (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>A responsible national institution (repeatable).</source>
        <translation>Ответственное национальное учреждение (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>A group of affected persons (repeatable).</source>
        <translation>Группа затрагиваемых лиц (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>A Sustainable Development Goal, 1-17 (repeatable).</source>
        <translation>Цель в области устойчивого развития, 1-17 (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>The UPR session number; gives the cycle.</source>
        <translation>Номер сессии УПО; по нему определяется цикл.</translation>
    </message>
    <message>
        <source>The UPR cycle.</source>
        <translation>Цикл УПО.</translation>
    </message>
    <message>
        <source>The due date.</source>
        <translation>Срок выполнения.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Примечания.</translation>
    </message>
    <message>
        <source>Adds one recommendation and prints its id on the last line.</source>
        <translation>Добавляет одну рекомендацию и выводит ее идентификатор в последней строке.</translation>
    </message>
    <message>
        <source>Add one recommendation and print its id.</source>
        <translation>Добавить одну рекомендацию и вывести ее идентификатор.</translation>
    </message>
    <message>
        <source>Append a dated status to a recommendation&apos;s history.</source>
        <translation>Добавить датированный статус в историю статусов рекомендации.</translation>
    </message>
    <message>
        <source>Print the recommendations that match the filters.</source>
        <translation>Вывести рекомендации, соответствующие фильтрам.</translation>
    </message>
    <message>
        <source>Print the numbers behind the charts (progress by year and more).</source>
        <translation>Вывести данные, на которых построены диаграммы (ход выполнения по годам и другие).</translation>
    </message>
    <message>
        <source>Import UPR Info, UHRI, other workbooks and our own exports.</source>
        <translation>Импортировать файлы UPR Info, UHRI, другие таблицы и собственные файлы экспорта программы.</translation>
    </message>
    <message>
        <source>Write the matching recommendations as CSV, XLSX or JSON.</source>
        <translation>Записать соответствующие фильтрам рекомендации в формате CSV, XLSX или JSON.</translation>
    </message>
    <message>
        <source>Recommendation Tracker: follow up the recommendations of UN human-rights mechanisms.</source>
        <translation>Recommendation Tracker: мониторинг выполнения рекомендаций правозащитных механизмов ООН.</translation>
    </message>
    <message>
        <source>Open this database file instead of the default one.</source>
        <translation>Открыть указанный файл базы данных вместо используемого по умолчанию.</translation>
    </message>
    <message>
        <source>
Subcommands (they need no display):
</source>
        <translation>
Подкоманды (работают без графического дисплея):
</translation>
    </message>
    <message>
        <source>
Run &quot;%1 &lt;subcommand&gt; --help&quot; for the options of a subcommand.
</source>
        <translation>
Чтобы узнать параметры подкоманды, выполните &quot;%1 &lt;subcommand&gt; --help&quot;.
</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; use one of: %2 (see %3 --help).</source>
        <translation>неизвестная подкоманда «%1»; допустимые значения: %2 (см. %3 --help).</translation>
    </message>
    <message>
        <source>--db must name a database file.</source>
        <translation>после --db должно быть указано имя файла базы данных.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>csv, xlsx or json; by default the extension of --out.</source>
        <translation>csv, xlsx или json; по умолчанию определяется по расширению --out.</translation>
    </message>
    <message>
        <source>The file to write (replaced only when complete).</source>
        <translation>Файл для записи (заменяется только после завершения записи).</translation>
    </message>
    <message>
        <source>Start a CSV file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Начать файл CSV с метки порядка байтов UTF-8 (для Excel).</translation>
    </message>
    <message>
        <source>Writes the recommendations that match the filters as CSV, XLSX or JSON (JSON with the full status history).</source>
        <translation>Записывает рекомендации, соответствующие фильтрам, в формате CSV, XLSX или JSON (JSON — с полной историей статусов).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation>неизвестный формат «%1»; используйте csv, xlsx или json.</translation>
    </message>
    <message>
        <source>give --format csv, xlsx or json (the name %1 does not say which).</source>
        <translation>укажите --format csv, xlsx или json (по имени %1 формат определить нельзя).</translation>
    </message>
    <message>
        <source>--out %1 names a %2 file but --format is %3; make them agree.</source>
        <translation>--out %1 указывает на файл %2, а --format имеет значение %3; приведите их в соответствие.</translation>
    </message>
    <message>
        <source>--bom applies to CSV only.</source>
        <translation>--bom применяется только к CSV.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) written to %1</source>
        <translation>
            <numerusform>%n рекомендация записана в %1</numerusform>
            <numerusform>%n рекомендации записаны в %1</numerusform>
            <numerusform>%n рекомендаций записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this mechanism (repeatable): %1.</source>
        <translation>Только указанный механизм (можно указать несколько раз): %1.</translation>
    </message>
    <message>
        <source>Only recommendations to this state under review.</source>
        <translation>Только рекомендации, адресованные указанному государству — объекту обзора.</translation>
    </message>
    <message>
        <source>Only this current status (repeatable): %1.</source>
        <translation>Только указанный текущий статус (можно указать несколько раз): %1.</translation>
    </message>
    <message>
        <source>Only documents dated in this year or later.</source>
        <translation>Только документы, датированные этим годом или позднее.</translation>
    </message>
    <message>
        <source>Only documents dated in this year or earlier.</source>
        <translation>Только документы, датированные этим годом или ранее.</translation>
    </message>
    <message>
        <source>Only recommendations with this theme.</source>
        <translation>Только рекомендации по указанной теме.</translation>
    </message>
    <message>
        <source>Only recommendations made by this state.</source>
        <translation>Только рекомендации, вынесенные указанным государством.</translation>
    </message>
    <message>
        <source>Only recommendations this institution is responsible for.</source>
        <translation>Только рекомендации, за выполнение которых отвечает указанное учреждение.</translation>
    </message>
    <message>
        <source>Only recommendations whose text holds every word (word beginnings match).</source>
        <translation>Только рекомендации, текст которых содержит все слова (сопоставляются начала слов).</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a year; give four digits, such as 2010.</source>
        <translation>--%1 «%2» не является годом; укажите четыре цифры, например 2010.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>неизвестный статус «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>--year-from %1 is after --year-to %2.</source>
        <translation>--year-from %1 больше, чем --year-to %2.</translation>
    </message>
    <message>
        <source>read %1, %2 %3, already stored %4, repeated in the files %5, pledges skipped %6, invalid skipped %7
</source>
        <translation>прочитано %1, %2 %3, уже в базе %4, повторов в файлах %5, пропущено добровольных обязательств %6, пропущено недопустимых %7
</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>будет добавлено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation>пропущено: %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>предупреждение: %1
</translation>
    </message>
    <message>
        <source>dry run: nothing was written.
</source>
        <translation>пробный запуск: ничего не записано.
</translation>
    </message>
    <message>
        <source>auto (default), upr-info, uhri, csv, xlsx or json.</source>
        <translation>auto (по умолчанию), upr-info, uhri, csv, xlsx или json.</translation>
    </message>
    <message>
        <source>The text encoding of CSV files (UTF-8, UTF-16, windows-1251, windows-1252, macintosh, ...); detected when absent.</source>
        <translation>Кодировка текста файлов CSV (UTF-8, UTF-16, windows-1251, windows-1252, macintosh, ...); если не указана, определяется автоматически.</translation>
    </message>
    <message>
        <source>Which column holds which field, for other workbooks: &quot;text=Recommendation,state=Country,...&quot;. Remembered for files with the same columns.</source>
        <translation>Какой столбец содержит какое поле (для других таблиц): &quot;text=Recommendation,state=Country,...&quot;. Запоминается для файлов с теми же столбцами.</translation>
    </message>
    <message>
        <source>The mechanism of every record of a mapped file that has no mechanism column: %1.</source>
        <translation>Механизм всех записей файла с сопоставленными столбцами, в котором нет столбца механизма: %1.</translation>
    </message>
    <message>
        <source>Import the valid rows and list the others.</source>
        <translation>Импортировать допустимые строки и перечислить остальные.</translation>
    </message>
    <message>
        <source>Read and check everything, write nothing.</source>
        <translation>Прочитать и проверить всё, ничего не записывая.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Файлы для импорта.</translation>
    </message>
    <message>
        <source>Imports recommendations from UPR Info and UHRI exports, other CSV or XLSX workbooks and our own CSV and JSON exports. Nothing is written unless every file reads.</source>
        <translation>Импортирует рекомендации из файлов экспорта UPR Info и UHRI, других таблиц CSV или XLSX, а также из собственных файлов экспорта программы в форматах CSV и JSON. Если хотя бы один файл не удается прочитать, ничего не записывается.</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>укажите хотя бы один файл для импорта.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>неизвестный формат «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation>файл %1 не существует.</translation>
    </message>
    <message>
        <source>Print a JSON array of records.</source>
        <translation>Вывести записи в виде массива JSON.</translation>
    </message>
    <message>
        <source>Print only the number of matching records.</source>
        <translation>Вывести только количество соответствующих записей.</translation>
    </message>
    <message>
        <source>Prints the recommendations that match the filters.</source>
        <translation>Выводит рекомендации, соответствующие фильтрам.</translation>
    </message>
    <message>
        <source>--json and --count cannot be combined.</source>
        <translation>--json и --count нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>The id of the recommendation.</source>
        <translation>Идентификатор рекомендации.</translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation>Новый статус: %1.</translation>
    </message>
    <message>
        <source>The date the status took effect (may be in the past).</source>
        <translation>Дата вступления статуса в силу (может быть в прошлом).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Что произошло.</translation>
    </message>
    <message>
        <source>A link to the evidence.</source>
        <translation>Ссылка на подтверждение.</translation>
    </message>
    <message>
        <source>Appends a dated status to a recommendation&apos;s history.</source>
        <translation>Добавляет датированный статус в историю статусов рекомендации.</translation>
    </message>
    <message>
        <source>--id &quot;%1&quot; is not a record id (a whole number from 1).</source>
        <translation>--id «%1» не является идентификатором записи (целым числом от 1).</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation>--date «%1» не является допустимой датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>there is no recommendation with id %1 in %2.</source>
        <translation>в %2 нет рекомендации с идентификатором %1.</translation>
    </message>
    <message>
        <source>What to count by: year (status at the end of each year, from the history), mechanism (received per year), rate (implementation rate per year), or the current status per theme, state (recommending state), institution or affected (affected persons). Default: year.</source>
        <translation>Признак группировки: year (статус на конец каждого года по истории статусов), mechanism (получено рекомендаций за год), rate (доля выполнения за год) или текущий статус в разрезе theme (тем), state (рекомендующих государств), institution (учреждений) или affected (затрагиваемых лиц). По умолчанию: year.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, header line first).</source>
        <translation>Вывести CSV (RFC 4180, первая строка — заголовки).</translation>
    </message>
    <message>
        <source>Prints the numbers behind the charts for the recommendations that match the filters. --year-from and --year-to also bound the years shown.</source>
        <translation>Выводит данные, на которых построены диаграммы, для рекомендаций, соответствующих фильтрам. --year-from и --year-to также ограничивают показываемые годы.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation>--json и --csv нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot; for --by; use one of: %2.</source>
        <translation>неизвестная группировка «%1» для --by; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; options start with --.</source>
        <translation>непредвиденный аргумент «%1»; параметры начинаются с --.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1: обязательный параметр.</translation>
    </message>
    <message>
        <source>--%1 must not be empty.</source>
        <translation>--%1 не может быть пустым.</translation>
    </message>
    <message>
        <source>the database %1 is read-only (its write permission is off); nothing was changed. Make it writable to change it.</source>
        <translation>база данных %1 доступна только для чтения (запись в файл запрещена); ничего не изменено. Чтобы вносить изменения, разрешите запись в файл.</translation>
    </message>
    <message>
        <source>Render a chart to a PNG, SVG or PDF file.</source>
        <translation>Построить диаграмму и сохранить ее в файл PNG, SVG или PDF.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a positive whole number.</source>
        <translation>--%1 «%2» не является целым положительным числом.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use png, svg or pdf.</source>
        <translation>неизвестный формат «%1»; используйте png, svg или pdf.</translation>
    </message>
    <message>
        <source>give --format png, svg or pdf (the name %1 does not say which).</source>
        <translation>укажите --format png, svg или pdf (по имени %1 формат определить нельзя).</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2: %3</source>
        <translation>--%1 не применяется к %2: %3</translation>
    </message>
    <message>
        <source>only a PNG has a resolution.</source>
        <translation>разрешение задается только для PNG.</translation>
    </message>
    <message>
        <source>only a PDF has pages.</source>
        <translation>страницы есть только у PDF.</translation>
    </message>
    <message>
        <source>a PDF takes the size of its page; use --page and --orientation.</source>
        <translation>размер PDF определяется размером страницы; используйте --page и --orientation.</translation>
    </message>
    <message>
        <source>give --width and --height together.</source>
        <translation>укажите --width и --height вместе.</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use a4 or letter.</source>
        <translation>неизвестный размер страницы «%1»; используйте a4 или letter.</translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;; use landscape or portrait.</source>
        <translation>неизвестная ориентация «%1»; используйте landscape или portrait.</translation>
    </message>
    <message>
        <source>Which chart: %1.</source>
        <translation>Диаграмма: %1.</translation>
    </message>
    <message>
        <source>png, svg or pdf; by default the extension of --out.</source>
        <translation>png, svg или pdf; по умолчанию определяется по расширению --out.</translation>
    </message>
    <message>
        <source>The file to write (replaced only when the chart is complete).</source>
        <translation>Файл для записи (заменяется только после построения диаграммы).</translation>
    </message>
    <message>
        <source>Width in pixels (PNG; for SVG the canvas). Default 1600 for PNG.</source>
        <translation>Ширина в пикселях (PNG; для SVG — размер холста). По умолчанию 1600 для PNG.</translation>
    </message>
    <message>
        <source>Height in pixels (PNG; for SVG the canvas). Default 1000 for PNG.</source>
        <translation>Высота в пикселях (PNG; для SVG — размер холста). По умолчанию 1000 для PNG.</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72 to 1200. Default 150.</source>
        <translation>Разрешение PNG, от 72 до 1200. По умолчанию 150.</translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 or letter. Default a4.</source>
        <translation>Размер страницы PDF: a4 или letter. По умолчанию a4.</translation>
    </message>
    <message>
        <source>Page orientation of a PDF: landscape or portrait. Default landscape.</source>
        <translation>Ориентация страницы PDF: landscape (альбомная) или portrait (книжная). По умолчанию landscape.</translation>
    </message>
    <message>
        <source>A title instead of the chart&apos;s own.</source>
        <translation>Заголовок вместо стандартного заголовка диаграммы.</translation>
    </message>
    <message>
        <source>Renders a chart of the recommendations that match the filters to a PNG, SVG or PDF file, without a display. --year-from and --year-to also bound the years shown.</source>
        <translation>Строит диаграмму по рекомендациям, соответствующим фильтрам, и сохраняет ее в файл PNG, SVG или PDF без графического дисплея. --year-from и --year-to также ограничивают показываемые годы.</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; use one of: %2.</source>
        <translation>неизвестная диаграмма «%1»; допустимые значения: %2.</translation>
    </message>
    <message numerus="yes">
        <source>--%1 was given %n times (&quot;%2&quot;); give it once.</source>
        <translation>
            <numerusform>--%1 указан %n раз (&quot;%2&quot;); укажите его только один раз.</numerusform>
            <numerusform>--%1 указан %n раза (&quot;%2&quot;); укажите его только один раз.</numerusform>
            <numerusform>--%1 указан %n раз (&quot;%2&quot;); укажите его только один раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>A database file to open (as --db does), and CSV, XLSX or JSON files to import into it.</source>
        <translation>Файл базы данных, который нужно открыть (как с --db), и файлы CSV, XLSX или JSON для импорта в нее.</translation>
    </message>
    <message>
        <source>one database at a time: both &quot;%1&quot; and &quot;%2&quot; were given.</source>
        <translation>можно указать только одну базу данных, а указаны две: «%1» и «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a database file nor a CSV, XLSX or JSON file to import.</source>
        <translation>«%1» — не файл базы данных и не файл CSV, XLSX или JSON для импорта.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a quoted cell is never closed; add the closing quote (&quot;) or remove the opening one.</source>
        <translation>%1, строка %2, столбец %3: ячейка в кавычках не закрыта; добавьте закрывающую кавычку (&quot;) или удалите открывающую.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: text follows the closing quote of a quoted cell; quote the whole cell and double every quote inside it (&quot;&quot;).</source>
        <translation>%1, строка %2, столбец %3: после закрывающей кавычки ячейки следует текст; заключите в кавычки всю ячейку и удвойте каждую кавычку внутри нее (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1 has no header row: the file is empty or holds only blank lines. Choose a CSV file with a header row.</source>
        <translation>В файле %1 нет строки заголовков: он пуст или содержит только пустые строки. Выберите файл CSV со строкой заголовков.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first or choose another location.</source>
        <translation>Папка %1 не существует; сначала создайте ее или выберите другое расположение.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>По пути %1 нет базы данных.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read; check its permissions.</source>
        <translation>Не удается прочитать базу данных %1; проверьте права доступа к ней.</translation>
    </message>
    <message>
        <source>%1 is not a Recommendation Tracker database (it is not a SQLite file).</source>
        <translation>%1 не является базой данных Recommendation Tracker (это не файл SQLite).</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so no database can be created there.</source>
        <translation>Запись в папку %1 запрещена, поэтому создать в ней базу данных невозможно.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Recommendation Tracker database: %2</source>
        <translation>%1 не является базой данных Recommendation Tracker: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another application; it was left untouched.</source>
        <translation>%1 — база данных другого приложения; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left untouched.</source>
        <translation>%1 — база данных SQLite другого приложения; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Recommendation Tracker (schema version %2; this version understands up to %3). Update the application to open it; the file was left untouched.</source>
        <translation>Файл %1 создан более новой версией Recommendation Tracker (версия схемы %2; эта версия поддерживает схемы до версии %3). Чтобы открыть его, обновите приложение; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded to this version&apos;s schema, but it is opened read-only. Make the file writable and open it again.</source>
        <translation>Файл %1 необходимо обновить до схемы этой версии, но он открыт только для чтения. Разрешите запись в файл и откройте его снова.</translation>
    </message>
    <message>
        <source>The database %1 could not be switched to WAL mode: %2</source>
        <translation>Не удалось перевести базу данных %1 в режим WAL: %2</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до версии %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>База данных %1 не открыта.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>База данных сообщила об ошибке: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>No file was given for the copy.</source>
        <translation>Не указан файл для копии.</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file for the copy.</source>
        <translation>%1 — это сама открытая база данных; выберите для копии другой файл.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the copy.</source>
        <translation>%1 — это папка; укажите имя файла для копии.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another location.</source>
        <translation>Папка %1 не существует; выберите другое расположение.</translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation>Не удалось выполнить запись в папку %1: %2</translation>
    </message>
    <message>
        <source>The database could not be read for the copy: %1</source>
        <translation>Не удалось прочитать базу данных для создания копии: %1</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Не удалось записать копию: %1</translation>
    </message>
    <message>
        <source>Could not replace %1: %2.</source>
        <translation>Не удалось заменить %1: %2.</translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <source>Only files can be dropped here to import them.</source>
        <translation>Для импорта сюда можно перетаскивать только файлы.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; save it first, then drop the file to import it.</source>
        <translation>%1 не является файлом на этом компьютере; сначала сохраните его, а затем перетащите сюда файл, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>%1 is a folder; drop the CSV, XLSX or JSON files in it instead.</source>
        <translation>%1 — это папка; перетащите вместо нее находящиеся в ней файлы CSV, XLSX или JSON.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: only CSV, XLSX and JSON files can.</source>
        <translation>Не удается импортировать %1: импортировать можно только файлы CSV, XLSX и JSON.</translation>
    </message>
</context>
<context>
    <name>EvidenceLink</name>
    <message>
        <source>The evidence link &quot;%1&quot; is not a web or file address; it should start with https://, http:// or file://.</source>
        <translation>Ссылка на подтверждение «%1» не является веб-адресом или адресом файла; она должна начинаться с https://, http:// или file://.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation>неизвестный формат экспорта «%1»; используйте csv, xlsx или json.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Не удалось записать %1: это папка.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Не удалось записать %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>Could not write %1: it is the database being exported; choose another file.</source>
        <translation>Не удалось записать %1: это экспортируемая база данных; выберите другой файл.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменен; файл не записан.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the text, symbol and paragraph (Ctrl+F)</source>
        <translation>Поиск по тексту, обозначению и пункту (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Shows recommendations whose text contains every word typed, matching word beginnings</source>
        <translation>Показывает рекомендации, текст которых содержит все введенные слова; совпадение ищется по началу слов</translation>
    </message>
    <message>
        <source>Mechanism filter</source>
        <translation>Фильтр по механизму</translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation>Все механизмы</translation>
    </message>
    <message>
        <source>State under review filter</source>
        <translation>Фильтр по государству — объекту обзора</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Начальный год</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Конечный год</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Recommending state filter</source>
        <translation>Фильтр по рекомендующему государству</translation>
    </message>
    <message>
        <source>Institution filter</source>
        <translation>Фильтр по учреждению</translation>
    </message>
    <message>
        <source>All states under review</source>
        <translation>Все государства — объекты обзора</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All recommending states</source>
        <translation>Все рекомендующие государства</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Removes every filter and shows all recommendations</source>
        <translation>Снимает все фильтры и показывает все рекомендации</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>П&amp;оиск:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Механизм:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>Го&amp;ды:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Recommended by:</source>
        <translation>&amp;Кем рекомендовано:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Уч&amp;реждение:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Stop filtering on what the chart click added</source>
        <translation>Отменить фильтрацию, добавленную щелчком по диаграмме</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Вынесены не позднее %1</translation>
    </message>
    <message>
        <source>Status on %1: %2</source>
        <translation>Статус на %1: %2</translation>
    </message>
    <message>
        <source>Also theme: %1</source>
        <translation>Также тема: %1</translation>
    </message>
    <message>
        <source>Shows only the recommendations of this UN body</source>
        <translation>Показывает только рекомендации этого органа ООН</translation>
    </message>
    <message>
        <source>Shows only the recommendations made to this state</source>
        <translation>Показывает только рекомендации, адресованные этому государству</translation>
    </message>
    <message>
        <source>Shows only the recommendations whose current status is this one</source>
        <translation>Показывает только рекомендации с этим текущим статусом</translation>
    </message>
    <message>
        <source>Shows only the recommendations issued in this year or later; any for no limit</source>
        <translation>Показывает только рекомендации, вынесенные в этом году или позднее; «любой» — без ограничения</translation>
    </message>
    <message>
        <source>Shows only the recommendations issued in this year or earlier; any for no limit</source>
        <translation>Показывает только рекомендации, вынесенные в этом году или ранее; «любой» — без ограничения</translation>
    </message>
    <message>
        <source>Shows only the recommendations on this theme</source>
        <translation>Показывает только рекомендации по этой теме</translation>
    </message>
    <message>
        <source>Shows only the recommendations this state made</source>
        <translation>Показывает только рекомендации, вынесенные этим государством</translation>
    </message>
    <message>
        <source>Shows only the recommendations this national institution is responsible for</source>
        <translation>Показывает только рекомендации, за выполнение которых отвечает это национальное учреждение</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>from %1</source>
        <translation>с %1 г.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1 г.</translation>
    </message>
    <message>
        <source>status now: %1</source>
        <translation>текущий статус: %1</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>вынесены не позднее %1</translation>
    </message>
    <message>
        <source>status on %1: %2</source>
        <translation>статус на %1: %2</translation>
    </message>
    <message>
        <source>theme: %1</source>
        <translation>тема: %1</translation>
    </message>
    <message>
        <source>recommended by %1</source>
        <translation>кем рекомендовано: %1</translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation>учреждение: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>текст: «%1»</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Все рекомендации</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import recommendations</source>
        <translation>Импорт рекомендаций</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлы: %1</translation>
    </message>
    <message>
        <source>&amp;Skip rows that cannot be read (they are listed afterwards)</source>
        <translation>&amp;Пропускать строки, которые не удается прочитать (их список будет показан после импорта)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Preview of:</source>
        <translation>Предварительный просмотр:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Структура:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Mechanism of rows without one</source>
        <translation>Механизм для строк, в которых он не указан</translation>
    </message>
    <message>
        <source>None: a column must say</source>
        <translation>Нет: механизм указывается в столбце</translation>
    </message>
    <message>
        <source>&amp;Mechanism when no column says:</source>
        <translation>&amp;Механизм, если он не указан в столбце:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Предварительный просмотр файла</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Содержимое столбцов</translation>
    </message>
    <message>
        <source>Status words to read</source>
        <translation>Обозначения статусов в файле</translation>
    </message>
    <message>
        <source>%1. The columns chosen also apply to the other files with the same columns; the rest are read by their own layout.</source>
        <translation>%1. Выбранные столбцы применяются и к другим файлам с такими же столбцами; остальные файлы читаются в соответствии с их собственной структурой.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Автоматически (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read as it is; try another encoding, or cancel.</source>
        <translation>Файл не удается прочитать в текущем виде; попробуйте другую кодировку или отмените импорт.</translation>
    </message>
    <message>
        <source>%1, read through the columns chosen below</source>
        <translation>%1, чтение по столбцам, выбранным ниже</translation>
    </message>
    <message>
        <source>Columns as you chose them for this layout last time</source>
        <translation>Столбцы, выбранные вами для этой структуры в прошлый раз</translation>
    </message>
    <message>
        <source>Not a layout the program knows: choose below which column holds which field</source>
        <translation>Структура файла неизвестна программе: укажите ниже, в каком столбце находится каждое поле</translation>
    </message>
    <message>
        <source>Choose the column that holds the text of the recommendations.</source>
        <translation>Выберите столбец, содержащий текст рекомендаций.</translation>
    </message>
    <message>
        <source>Choose the column that names the mechanism (UPR, CCPR, CAT, ...), or the mechanism of all the rows. A file read in its own known layout needs neither, but only while its columns are left as they were.</source>
        <translation>Выберите столбец с названием механизма (UPR, CCPR, CAT, ...) или механизм для всех строк. Для файла, который читается по известной программе структуре, это не требуется, пока его столбцы не изменены.</translation>
    </message>
    <message>
        <source>The character encoding the file is read in; the preview follows each choice</source>
        <translation>Кодировка, в которой читается файл; предварительный просмотр обновляется при каждом выборе</translation>
    </message>
    <message>
        <source>The mechanism given to rows whose mechanism column is empty or missing</source>
        <translation>Механизм, назначаемый строкам, в которых столбец механизма пуст или отсутствует</translation>
    </message>
    <message>
        <source>The first rows of the file as they are read with the choices made</source>
        <translation>Первые строки файла в том виде, в каком они читаются с выбранными параметрами</translation>
    </message>
    <message>
        <source>Imports the rows that can be read and lists the others; otherwise one unreadable row stops the import</source>
        <translation>Импортирует строки, которые удается прочитать, и выводит список остальных; без этого параметра одна нечитаемая строка останавливает импорт</translation>
    </message>
    <message>
        <source>Imports the files with these choices</source>
        <translation>Импортирует файлы с выбранными параметрами</translation>
    </message>
    <message>
        <source>Closes the dialog without importing anything</source>
        <translation>Закрывает диалоговое окно, ничего не импортируя</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменен; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: the columns (%2) are not a layout this program knows; say which column holds which field with --map, e.g. --map &quot;text=Recommendation,state=Country&quot;.</source>
        <translation>%1: столбцы (%2) не соответствуют ни одной известной программе структуре; укажите с помощью --map, в каком столбце находится каждое поле, например --map &quot;text=Recommendation,state=Country&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2: no column %3 in the header (%4).</source>
        <translation>%1, строка %2: в заголовке нет столбца %3 (%4).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Recommendation Tracker JSON</source>
        <translation>%1: JSON Recommendation Tracker</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, запись %2</translation>
    </message>
    <message>
        <source>%1: Universal Human Rights Index JSON</source>
        <translation>%1: JSON Универсального индекса по правам человека</translation>
    </message>
    <message>
        <source>%1: XLSX</source>
        <translation>%1: XLSX</translation>
    </message>
    <message>
        <source>%1: CSV in %2</source>
        <translation>%1: CSV в кодировке %2</translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;; use one of: %2.</source>
        <translation>неизвестный формат импорта «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>%1 is the same recommendation as %2; the first is kept.</source>
        <translation>%1: та же рекомендация, что и %2; сохранена первая из них.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n recommendation(s)</source>
        <translation>
            <numerusform>импорт %n рекомендации</numerusform>
            <numerusform>импорт %n рекомендаций</numerusform>
            <numerusform>импорт %n рекомендаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>The recommendations that match the filters</source>
        <translation>Рекомендации, соответствующие фильтрам</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Every status the selected recommendation has had; the bold entry defines the current status</source>
        <translation>Все статусы выбранной рекомендации; запись, выделенная полужирным, определяет текущий статус</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Открыть базу данных...</translation>
    </message>
    <message>
        <source>Load the illustrative &amp;sample</source>
        <translation>&amp;Загрузить иллюстративный пример</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импорт...</translation>
    </message>
    <message>
        <source>Export &amp;recommendations...</source>
        <translation>Экспорт &amp;рекомендаций...</translation>
    </message>
    <message>
        <source>&amp;Export chart...</source>
        <translation>&amp;Экспорт диаграммы...</translation>
    </message>
    <message>
        <source>Export &amp;all charts...</source>
        <translation>Экспорт &amp;всех диаграмм...</translation>
    </message>
    <message>
        <source>&amp;Print chart...</source>
        <translation>&amp;Печать диаграммы...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Add recommendation...</source>
        <translation>&amp;Добавить рекомендацию...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Удалить...</translation>
    </message>
    <message>
        <source>Assign &amp;status...</source>
        <translation>Назначить &amp;статус...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>&amp;Рекомендации</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Перестроить поисковый индекс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Recommendation Tracker</source>
        <translation>&amp;О программе Recommendation Tracker</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Could not read the recommendations</source>
        <translation>Не удалось прочитать рекомендации</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Не удалось сохранить изменение</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>%1 - Recommendation Tracker%2</source>
        <translation>%1 — Recommendation Tracker%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Recommendation Tracker databases (*.sqlite *.db *.rectracker);;All files (*)</source>
        <translation>Базы данных Recommendation Tracker (*.sqlite *.db *.rectracker);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Показано: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>The recommendation being edited has changes that are not saved yet.</source>
        <translation>В редактируемой рекомендации есть несохраненные изменения.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The recommendation could not be added</source>
        <translation>Не удалось добавить рекомендацию</translation>
    </message>
    <message>
        <source>Added; the current filters hide the new recommendation.</source>
        <translation>Добавлено; новая рекомендация скрыта текущими фильтрами.</translation>
    </message>
    <message>
        <source>Could not duplicate</source>
        <translation>Не удалось дублировать</translation>
    </message>
    <message>
        <source>Delete recommendations</source>
        <translation>Удаление рекомендаций</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendation(s) with their status history? You can undo this with Edit &gt; Undo.</source>
        <translation>
            <numerusform>Удалить %n рекомендацию вместе с историей статусов? Это действие можно отменить командой Правка &gt; Отменить.</numerusform>
            <numerusform>Удалить %n рекомендации вместе с историей статусов? Это действие можно отменить командой Правка &gt; Отменить.</numerusform>
            <numerusform>Удалить %n рекомендаций вместе с историей статусов? Это действие можно отменить командой Правка &gt; Отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <source>The status was not assigned</source>
        <translation>Статус не назначен</translation>
    </message>
    <message numerus="yes">
        <source>Status assigned to %n recommendation(s).</source>
        <translation>
            <numerusform>Статус назначен %n рекомендации.</numerusform>
            <numerusform>Статус назначен %n рекомендациям.</numerusform>
            <numerusform>Статус назначен %n рекомендациям.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample could not be loaded</source>
        <translation>Не удалось загрузить пример</translation>
    </message>
    <message>
        <source>Load the illustrative sample</source>
        <translation>загрузка иллюстративного примера</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n illustrative sample recommendation(s).</source>
        <translation>
            <numerusform>Загружена %n рекомендация из иллюстративного примера.</numerusform>
            <numerusform>Загружены %n рекомендации из иллюстративного примера.</numerusform>
            <numerusform>Загружено %n рекомендаций из иллюстративного примера.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with the sample?</source>
        <translation>Начать с примера?</translation>
    </message>
    <message>
        <source>The database is empty. Load the bundled sample so you can try the application?

%1

You can remove it with Edit &gt; Undo, or load it later from the File menu.</source>
        <translation>База данных пуста. Загрузить прилагаемый пример, чтобы опробовать приложение?

%1

Пример можно удалить командой Правка &gt; Отменить или загрузить позже из меню «Файл».</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n рекомендация</numerusform>
            <numerusform>%n рекомендации</numerusform>
            <numerusform>%n рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recommendation(s) shown</source>
        <translation>
            <numerusform>Показано %1 из %n рекомендации</numerusform>
            <numerusform>Показано %1 из %n рекомендаций</numerusform>
            <numerusform>Показано %1 из %n рекомендаций</numerusform>
        </translation>
    </message>
    <message>
        <source>About Recommendation Tracker</source>
        <translation>О программе Recommendation Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recommendation Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN human rights mechanisms: the Universal Periodic Review and the treaty bodies.&lt;/p&gt;&lt;p&gt;The bundled sample is illustrative: its texts paraphrase A/HRC/14/10 and CCPR/C/KAZ/CO/1 and its status histories are invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recommendation Tracker %1&lt;/h3&gt;&lt;p&gt;Мониторинг выполнения рекомендаций правозащитных механизмов ООН: Универсального периодического обзора и договорных органов.&lt;/p&gt;&lt;p&gt;Прилагаемый пример носит иллюстративный характер: его тексты в свободном изложении передают содержание документов A/HRC/14/10 и CCPR/C/KAZ/CO/1, а истории статусов вымышлены.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rebuilding the search index...</source>
        <translation>Перестроение поискового индекса...</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>Поисковый индекс перестроен.</translation>
    </message>
    <message>
        <source>Rebuilding the search index was cancelled; the index is as it was.</source>
        <translation>Перестроение поискового индекса отменено; индекс остался прежним.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt</source>
        <translation>Не удалось перестроить поисковый индекс</translation>
    </message>
    <message>
        <source>The list of recent databases was cleared.</source>
        <translation>Список недавних баз данных очищен.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>The recommendation table with its detail editor, and the charts</source>
        <translation>Таблица рекомендаций с редактором подробных сведений и диаграммы</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Recommendation details</source>
        <translation>Сведения о рекомендации</translation>
    </message>
    <message>
        <source>Assign a status</source>
        <translation>Назначение статуса</translation>
    </message>
    <message>
        <source>Number of recommendations</source>
        <translation>Количество рекомендаций</translation>
    </message>
    <message>
        <source>How many recommendations match the filters, of how many stored</source>
        <translation>Сколько рекомендаций соответствует фильтрам и сколько всего сохранено</translation>
    </message>
    <message>
        <source>Recommendation Tracker</source>
        <translation>Recommendation Tracker</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Скопирована %n строка.</numerusform>
            <numerusform>Скопированы %n строки.</numerusform>
            <numerusform>Скопировано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Создать базу данных...</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>&amp;Clear recent</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation>Со&amp;хранить копию...</translation>
    </message>
    <message>
        <source>C&amp;lose database</source>
        <translation>Закрыть &amp;базу данных</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copies the selected rows as a table, with a header row</source>
        <translation>Копирует выбранные строки в виде таблицы со строкой заголовков</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>&amp;Выделить все</translation>
    </message>
    <message>
        <source>&amp;Edit recommendation</source>
        <translation>Изменить &amp;рекомендацию</translation>
    </message>
    <message>
        <source>Moves to the detail editor of the selected recommendation</source>
        <translation>Переходит к редактору подробных сведений выбранной рекомендации</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Создать базу данных</translation>
    </message>
    <message>
        <source>Could not create the database</source>
        <translation>Не удалось создать базу данных</translation>
    </message>
    <message>
        <source>%1 is an existing database; it was opened as it is.</source>
        <translation>%1 — существующая база данных; она открыта без изменений.</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Создана база данных %1.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent databases.</source>
        <translation>%1 больше не существует; файл удален из списка недавних баз данных.</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 (копия).%2</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Сохранить копию базы данных</translation>
    </message>
    <message>
        <source>Saving a copy of the database...</source>
        <translation>Сохранение копии базы данных...</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Не удалось сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy of the database to %1.</source>
        <translation>Копия базы данных сохранена в %1.</translation>
    </message>
    <message>
        <source>The database was closed.</source>
        <translation>База данных закрыта.</translation>
    </message>
    <message>
        <source>Open a database first, then drop the files on it to import them.</source>
        <translation>Сначала откройте базу данных, а затем перетащите на нее файлы, чтобы импортировать их.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported into it.</source>
        <translation>База данных открыта только для чтения; импортировать в нее ничего нельзя.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>No database is open, so the files were not imported.</source>
        <translation>База данных не открыта, поэтому файлы не импортированы.</translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation>&amp;Копировать диаграмму</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>Дубл&amp;ировать</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n row(s)...</source>
        <translation>
            <numerusform>Копирование %n строки...</numerusform>
            <numerusform>Копирование %n строк...</numerusform>
            <numerusform>Копирование %n строк...</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying was cancelled; the clipboard is as it was.</source>
        <translation>Копирование отменено; буфер обмена не изменился.</translation>
    </message>
    <message>
        <source>Could not copy the rows</source>
        <translation>Не удалось скопировать строки</translation>
    </message>
</context>
<context>
    <name>Mechanism</name>
    <message>
        <source>Universal Periodic Review</source>
        <translation>Универсальный периодический обзор</translation>
    </message>
    <message>
        <source>Human Rights Committee (ICCPR)</source>
        <translation>Комитет по правам человека (МПГПП)</translation>
    </message>
    <message>
        <source>Committee against Torture (CAT)</source>
        <translation>Комитет против пыток (КПП)</translation>
    </message>
    <message>
        <source>Committee on the Elimination of Discrimination against Women (CEDAW)</source>
        <translation>Комитет по ликвидации дискриминации в отношении женщин (КЛДЖ)</translation>
    </message>
    <message>
        <source>Committee on Economic, Social and Cultural Rights (CESCR)</source>
        <translation>Комитет по экономическим, социальным и культурным правам (КЭСКП)</translation>
    </message>
    <message>
        <source>Committee on the Rights of the Child (CRC)</source>
        <translation>Комитет по правам ребенка (КПР)</translation>
    </message>
    <message>
        <source>Committee on the Elimination of Racial Discrimination (CERD)</source>
        <translation>Комитет по ликвидации расовой дискриминации (КЛРД)</translation>
    </message>
    <message>
        <source>Committee on the Rights of Persons with Disabilities (CRPD)</source>
        <translation>Комитет по правам инвалидов (КПИ)</translation>
    </message>
    <message>
        <source>Committee on Migrant Workers (CMW)</source>
        <translation>Комитет по трудящимся-мигрантам (КТМ)</translation>
    </message>
    <message>
        <source>Committee on Enforced Disappearances (CED)</source>
        <translation>Комитет по насильственным исчезновениям (КНИ)</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>Специальные процедуры</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>UPR</source>
        <comment>abbreviation: Universal Periodic Review</comment>
        <translation>УПО</translation>
    </message>
    <message>
        <source>CCPR</source>
        <comment>abbreviation: Human Rights Committee</comment>
        <translation>КПЧ</translation>
    </message>
    <message>
        <source>CAT</source>
        <comment>abbreviation: Committee against Torture</comment>
        <translation>КПП</translation>
    </message>
    <message>
        <source>CEDAW</source>
        <comment>abbreviation: Committee on the Elimination of Discrimination against Women</comment>
        <translation>КЛДЖ</translation>
    </message>
    <message>
        <source>CESCR</source>
        <comment>abbreviation: Committee on Economic, Social and Cultural Rights</comment>
        <translation>КЭСКП</translation>
    </message>
    <message>
        <source>CRC</source>
        <comment>abbreviation: Committee on the Rights of the Child</comment>
        <translation>КПР</translation>
    </message>
    <message>
        <source>CERD</source>
        <comment>abbreviation: Committee on the Elimination of Racial Discrimination</comment>
        <translation>КЛРД</translation>
    </message>
    <message>
        <source>CRPD</source>
        <comment>abbreviation: Committee on the Rights of Persons with Disabilities</comment>
        <translation>КПИ</translation>
    </message>
    <message>
        <source>CMW</source>
        <comment>abbreviation: Committee on Migrant Workers</comment>
        <translation>КТМ</translation>
    </message>
    <message>
        <source>CED</source>
        <comment>abbreviation: Committee on Enforced Disappearances</comment>
        <translation>КНИ</translation>
    </message>
    <message>
        <source>SP</source>
        <comment>abbreviation: special procedures</comment>
        <translation>СП</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>abbreviation: another mechanism</comment>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <source>Adds the recommendation with these fields</source>
        <translation>Добавляет рекомендацию с указанными значениями полей</translation>
    </message>
    <message>
        <source>Closes the dialog without adding anything</source>
        <translation>Закрывает диалоговое окно, ничего не добавляя</translation>
    </message>
</context>
<context>
    <name>NoDatabasePage</name>
    <message>
        <source>No database is open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Create a new database, open an existing one, or choose one you used recently.</source>
        <translation>Создайте новую базу данных, откройте существующую или выберите одну из недавно использованных.</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Создать базу данных...</translation>
    </message>
    <message>
        <source>Creates an empty database file and opens it</source>
        <translation>Создает пустой файл базы данных и открывает его</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Открыть базу данных...</translation>
    </message>
    <message>
        <source>Opens an existing database file</source>
        <translation>Открывает существующий файл базы данных</translation>
    </message>
    <message>
        <source>Lists the databases opened last</source>
        <translation>Показывает список недавно открытых баз данных</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Recommendation Tracker</source>
        <translation>Recommendation Tracker</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation>Неизвестный механизм «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>The state under review is missing.</source>
        <translation>Не указано государство — объект обзора.</translation>
    </message>
    <message>
        <source>The text of the recommendation is missing.</source>
        <translation>Отсутствует текст рекомендации.</translation>
    </message>
    <message>
        <source>The UPR cycle %1 is not a valid cycle number.</source>
        <translation>Недопустимый номер цикла УПО: %1.</translation>
    </message>
    <message>
        <source>The UPR session %1 is not a valid session number.</source>
        <translation>Недопустимый номер сессии УПО: %1.</translation>
    </message>
    <message>
        <source>SDG %1 does not exist; the goals are numbered 1 to 17.</source>
        <translation>ЦУР %1 не существует; цели пронумерованы от 1 до 17.</translation>
    </message>
    <message>
        <source>The document date is not a valid date.</source>
        <translation>Дата документа не является допустимой датой.</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>Срок выполнения не является допустимой датой.</translation>
    </message>
</context>
<context>
    <name>RecommendationEdits</name>
    <message>
        <source>The database %1 is read-only; nothing was changed.</source>
        <translation>База данных %1 доступна только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>Another change is still being saved; nothing else was changed. Try again when it is done.</source>
        <translation>Еще не завершено сохранение другого изменения; больше ничего не изменено. Повторите попытку, когда сохранение завершится.</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>добавление рекомендации</translation>
    </message>
    <message>
        <source>There is nothing to add.</source>
        <translation>Нечего добавлять.</translation>
    </message>
    <message>
        <source>Edit recommendation %1 %2</source>
        <translation>изменение рекомендации %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n recommendation(s)</source>
        <translation>
            <numerusform>дублирование %n рекомендации</numerusform>
            <numerusform>дублирование %n рекомендаций</numerusform>
            <numerusform>дублирование %n рекомендаций</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation was selected.</source>
        <translation>Не выбрана ни одна рекомендация.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendation(s)</source>
        <translation>
            <numerusform>удаление %n рекомендации</numerusform>
            <numerusform>удаление %n рекомендаций</numerusform>
            <numerusform>удаление %n рекомендаций</numerusform>
        </translation>
    </message>
    <message>
        <source>The effective date is missing or is not a real date.</source>
        <translation>Дата вступления в силу не указана или недопустима.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n recommendation(s) to %1</source>
        <translation>
            <numerusform>назначение статуса «%1» %n рекомендации</numerusform>
            <numerusform>назначение статуса «%1» %n рекомендациям</numerusform>
            <numerusform>назначение статуса «%1» %n рекомендациям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n recommendation(s)</source>
        <translation>
            <numerusform>Чтение %n рекомендации</numerusform>
            <numerusform>Чтение %n рекомендаций</numerusform>
            <numerusform>Чтение %n рекомендаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>e.g. 5; 16</source>
        <translation>например: 5; 16</translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation>несколько значений разделяйте знаком ;</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Механизм:</translation>
    </message>
    <message>
        <source>The UN body that issued the recommendation</source>
        <translation>Орган ООН, вынесший рекомендацию</translation>
    </message>
    <message>
        <source>State under re&amp;view:</source>
        <translation>&amp;Государство — объект обзора:</translation>
    </message>
    <message>
        <source>The country the recommendation is addressed to</source>
        <translation>Страна, которой адресована рекомендация</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Обозначение:</translation>
    </message>
    <message>
        <source>The UN document symbol, such as A/HRC/14/10</source>
        <translation>Условное обозначение документа ООН, например A/HRC/14/10</translation>
    </message>
    <message>
        <source>Para&amp;graph:</source>
        <translation>Пу&amp;нкт:</translation>
    </message>
    <message>
        <source>The paragraph number in the document, such as 97.1</source>
        <translation>Номер пункта в документе, например 97.1</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>The text of the recommendation</source>
        <translation>Текст рекомендации</translation>
    </message>
    <message>
        <source>UPR c&amp;ycle:</source>
        <translation>Ц&amp;икл УПО:</translation>
    </message>
    <message>
        <source>The UPR cycle; none for treaty bodies</source>
        <translation>Цикл УПО; для договорных органов — нет</translation>
    </message>
    <message>
        <source>UPR sessio&amp;n:</source>
        <translation>С&amp;ессия УПО:</translation>
    </message>
    <message>
        <source>The UPR Working Group session number</source>
        <translation>Номер сессии Рабочей группы по УПО</translation>
    </message>
    <message>
        <source>&amp;Document date:</source>
        <translation>&amp;Дата документа:</translation>
    </message>
    <message>
        <source>The date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>&amp;Кем рекомендовано:</translation>
    </message>
    <message>
        <source>Recommending states, separated by semicolons</source>
        <translation>Рекомендующие государства через точку с запятой</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>Тем&amp;ы:</translation>
    </message>
    <message>
        <source>Themes, separated by semicolons</source>
        <translation>Темы через точку с запятой</translation>
    </message>
    <message>
        <source>Affected &amp;persons:</source>
        <translation>&amp;Затрагиваемые лица:</translation>
    </message>
    <message>
        <source>Affected groups, separated by semicolons</source>
        <translation>Затрагиваемые группы через точку с запятой</translation>
    </message>
    <message>
        <source>SD&amp;Gs:</source>
        <translation>&amp;ЦУР:</translation>
    </message>
    <message>
        <source>Sustainable Development Goals, numbers 1 to 17</source>
        <translation>Цели в области устойчивого развития, номера от 1 до 17</translation>
    </message>
    <message>
        <source>&amp;Institutions:</source>
        <translation>&amp;Учреждения:</translation>
    </message>
    <message>
        <source>Responsible national institutions, separated by semicolons</source>
        <translation>Ответственные национальные учреждения через точку с запятой</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Срок выполнения:</translation>
    </message>
    <message>
        <source>When the recommendation should be implemented</source>
        <translation>Когда рекомендация должна быть выполнена</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>П&amp;римечания:</translation>
    </message>
    <message>
        <source>Your notes on this recommendation</source>
        <translation>Ваши примечания к этой рекомендации</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Применить изменения</translation>
    </message>
    <message>
        <source>Save the edited fields (Ctrl+Return)</source>
        <translation>Сохранить измененные поля (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Discard the edits and show the stored fields</source>
        <translation>Отменить правки и показать сохраненные значения полей</translation>
    </message>
    <message>
        <source>No recommendation is selected.</source>
        <translation>Рекомендация не выбрана.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG number; type numbers from 1 to 17 separated by semicolons.</source>
        <translation>«%1» не является номером ЦУР; введите номера от 1 до 17 через точку с запятой.</translation>
    </message>
</context>
<context>
    <name>RecommendationJson</name>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>Поле «%1» должно быть текстом.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of texts.</source>
        <translation>Поле «%1» должно быть списком текстовых значений.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation>Поле «%1» должно быть целым числом.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds &quot;%2&quot;, which is not a date in the form YYYY-MM-DD.</source>
        <translation>Поле «%1» содержит «%2», что не является датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The field &quot;sdgs&quot; must be a list of numbers.</source>
        <translation>Поле «sdgs» должно быть списком чисел.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; in the history; use one of: %2.</source>
        <translation>Неизвестный статус «%1» в истории; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>A history entry has no date.</source>
        <translation>В записи истории нет даты.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Файл не является допустимым JSON (%1 в байте %2).</translation>
    </message>
    <message>
        <source>The file is not a Recommendation Tracker JSON file.</source>
        <translation>Файл не является файлом JSON Recommendation Tracker.</translation>
    </message>
    <message>
        <source>Recommendation %1 in the file: %2</source>
        <translation>Рекомендация %1 в файле: %2</translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>В этой сборке отсутствует прилагаемый пример.</translation>
    </message>
</context>
<context>
    <name>RecommendationRepository</name>
    <message>
        <source>There is no recommendation with id %1.</source>
        <translation>Нет рекомендации с идентификатором %1.</translation>
    </message>
    <message>
        <source>There is no status change with id %1.</source>
        <translation>Нет изменения статуса с идентификатором %1.</translation>
    </message>
    <message>
        <source>The effective date of a status change is missing or not a real date.</source>
        <translation>Дата вступления в силу изменения статуса не указана или недопустима.</translation>
    </message>
</context>
<context>
    <name>RecommendationTableModel</name>
    <message>
        <source>How well the text, symbol and paragraph match the search words, as a share of the best match</source>
        <translation>Степень соответствия текста, обозначения и пункта словам поиска по отношению к наилучшему совпадению</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Объект обзора</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Кем рекомендовано</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок выполнения</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Релевантность</translation>
    </message>
</context>
<context>
    <name>RecordTransfer</name>
    <message numerus="yes">
        <source>Added %n recommendation(s).</source>
        <translation>
            <numerusform>Добавлена %n рекомендация.</numerusform>
            <numerusform>Добавлены %n рекомендации.</numerusform>
            <numerusform>Добавлено %n рекомендаций.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n voluntary pledge(s), which are not recommendations.</source>
        <translation>
            <numerusform>Пропущено %n добровольное обязательство: добровольные обязательства не являются рекомендациями.</numerusform>
            <numerusform>Пропущено %n добровольных обязательства: добровольные обязательства не являются рекомендациями.</numerusform>
            <numerusform>Пропущено %n добровольных обязательств: добровольные обязательства не являются рекомендациями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) that could not be read; see the details for where and why.</source>
        <translation>
            <numerusform>Пропущена %n строка, которую не удалось прочитать; где и почему — см. подробности.</numerusform>
            <numerusform>Пропущены %n строки, которые не удалось прочитать; где и почему — см. подробности.</numerusform>
            <numerusform>Пропущено %n строк, которые не удалось прочитать; где и почему — см. подробности.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); see the details.</source>
        <translation>
            <numerusform>%n предупреждение; см. подробности.</numerusform>
            <numerusform>%n предупреждения; см. подробности.</numerusform>
            <numerusform>%n предупреждений; см. подробности.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Прочитанные файлы:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Пропущенные строки:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation>Импорт рекомендаций</translation>
    </message>
    <message>
        <source>Recommendation files (*.csv *.tsv *.txt *.xlsx *.json);;CSV text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;JSON (*.json);;All files (*)</source>
        <translation>Файлы рекомендаций (*.csv *.tsv *.txt *.xlsx *.json);;Текст CSV (*.csv *.tsv *.txt);;Книги Excel (*.xlsx);;JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation>
            <numerusform>Импорт %n файла...</numerusform>
            <numerusform>Импорт %n файлов...</numerusform>
            <numerusform>Импорт %n файлов...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Отменено; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>%1

The database is as it was. Correct the file, or choose other columns or status words, or skip the rows that cannot be read, and import again.</source>
        <translation>%1

База данных не изменилась. Исправьте файл, выберите другие столбцы или обозначения статусов либо пропустите строки, которые не удается прочитать, и повторите импорт.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recommendation(s).</source>
        <translation>
            <numerusform>Импортирована %n рекомендация.</numerusform>
            <numerusform>Импортированы %n рекомендации.</numerusform>
            <numerusform>Импортировано %n рекомендаций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершен</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with a byte order mark (*.csv)</source>
        <translation>CSV для Excel, UTF-8 с меткой порядка байтов (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON with the whole status history (*.json)</source>
        <translation>JSON с полной историей статусов (*.json)</translation>
    </message>
    <message>
        <source>Export recommendations</source>
        <translation>Экспорт рекомендаций</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>рекомендации</translation>
    </message>
    <message>
        <source>Exporting recommendations...</source>
        <translation>Экспорт рекомендаций...</translation>
    </message>
    <message>
        <source>The recommendations could not be exported</source>
        <translation>Не удалось экспортировать рекомендации</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recommendation(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n рекомендация в %1.</numerusform>
            <numerusform>Экспортированы %n рекомендации в %1.</numerusform>
            <numerusform>Экспортировано %n рекомендаций в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out as duplicates: %1, %2.</source>
        <translation>Пропущены дубликаты: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n уже есть в базе данных</numerusform>
            <numerusform>%n уже есть в базе данных</numerusform>
            <numerusform>%n уже есть в базе данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the files</source>
        <translation>
            <numerusform>%n повтор в файлах</numerusform>
            <numerusform>%n повтора в файлах</numerusform>
            <numerusform>%n повторов в файлах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index could not be rebuilt: %1</source>
        <translation>Не удалось перестроить поисковый индекс: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsAggregates</name>
    <message>
        <source>The statistics need an open SQLite database.</source>
        <translation>Для статистики требуется открытая база данных SQLite.</translation>
    </message>
    <message>
        <source>The statistics cannot be counted: Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2). Build the program against the SQLite library Qt uses.</source>
        <translation>Не удается подсчитать статистику: драйвер SQLite в Qt использует другую библиотеку SQLite (%1), чем эта программа (%2). Соберите программу с той библиотекой SQLite, которую использует Qt.</translation>
    </message>
    <message>
        <source>The statistics functions could not be installed: %1</source>
        <translation>Не удалось зарегистрировать функции статистики: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQueries</name>
    <message>
        <source>The first year %1 is after the last year %2.</source>
        <translation>Начальный год %1 больше конечного года %2.</translation>
    </message>
    <message>
        <source>The progress by year could not be read back from the database.</source>
        <translation>Не удалось прочитать из базы данных ход выполнения по годам.</translation>
    </message>
    <message>
        <source>The records received per year could not be read back from the database.</source>
        <translation>Не удалось прочитать из базы данных число записей, полученных за каждый год.</translation>
    </message>
    <message>
        <source>The current statuses could not be read back from the database.</source>
        <translation>Не удалось прочитать из базы данных текущие статусы.</translation>
    </message>
    <message>
        <source>The chart statistics could not be read back from the database.</source>
        <translation>Не удалось прочитать из базы данных статистику для диаграмм.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <source>Accepted (supported)</source>
        <translation>Принята (поддержана)</translation>
    </message>
    <message>
        <source>Rejected (noted)</source>
        <translation>Отклонена (принята к сведению)</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Выполнена частично</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнена</translation>
    </message>
</context>
<context>
    <name>StatusAssignPanel</name>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>The status to assign to the selected recommendations</source>
        <translation>Статус, назначаемый выбранным рекомендациям</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <source>The date the status took effect; may lie in the past</source>
        <translation>Дата вступления статуса в силу; может быть в прошлом</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>What happened, in a sentence</source>
        <translation>Что произошло — в одном предложении</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Ссылка на подтверждение</translation>
    </message>
    <message>
        <source>A link to the law, report or decision that shows the status</source>
        <translation>Ссылка на закон, доклад или решение, подтверждающие статус</translation>
    </message>
    <message>
        <source>Assign status</source>
        <translation>Назначить статус</translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>E&amp;ffective date:</source>
        <translation>&amp;Дата вступления в силу:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Evidence link:</source>
        <translation>&amp;Ссылка на подтверждение:</translation>
    </message>
    <message>
        <source>&amp;Assign status</source>
        <translation>Н&amp;азначить статус</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign status to %n recommendations</source>
        <translation>
            <numerusform>Н&amp;азначить статус %n рекомендации</numerusform>
            <numerusform>Н&amp;азначить статус %n рекомендациям</numerusform>
            <numerusform>Н&amp;азначить статус %n рекомендациям</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives the selected recommendations this status from this date, as one step that can be undone</source>
        <translation>Назначает выбранным рекомендациям этот статус с указанной даты одним действием, которое можно отменить</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>This entry defines the current status.</source>
        <translation>Эта запись определяет текущий статус.</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
</context>
<context>
    <name>StatusWordsForm</name>
    <message>
        <source>Rows with a word left unchosen cannot be read.</source>
        <translation>Строки с обозначением, для которого не выбран статус, прочитать не удастся.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; means:</source>
        <translation>«%1» означает:</translation>
    </message>
    <message>
        <source>Every status in the file is a word the program knows.</source>
        <translation>Все обозначения статусов в файле известны программе.</translation>
    </message>
    <message>
        <source>Say what each of these words means. Rows with a word left unchosen cannot be read.</source>
        <translation>Укажите, что означает каждое из этих обозначений. Строки с обозначением, для которого не выбран статус, прочитать не удастся.</translation>
    </message>
</context>
<context>
    <name>TableRecords</name>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, строка %2, столбец %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>«%1» не является целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» не является датой; укажите дату в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation>неизвестный механизм «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sustainable Development Goal (1 to 17).</source>
        <translation>«%1» не является Целью в области устойчивого развития (от 1 до 17).</translation>
    </message>
    <message>
        <source>%1: session %2 is not in the UPR calendar, so it gives no date.</source>
        <translation>%1: сессии %2 нет в календаре УПО, поэтому дату по ней определить нельзя.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use %2.</source>
        <translation>неизвестный статус «%1»; используйте: %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is read as accepted; note what was not supported.</source>
        <translation>%1: «%2» прочитано как «Принята (поддержана)»; укажите в примечании, что не было поддержано.</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; has no date: give a status date, a document date or a UPR session.</source>
        <translation>у статуса «%1» нет даты: укажите дату статуса, дату документа или сессию УПО.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импортировано из %1</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is not a text file: it holds NUL bytes, as a ZIP archive, an XLSX workbook or an image does. Choose a CSV file, or save the sheet as CSV first.</source>
        <translation>Файл не является текстовым: он содержит байты NUL, как архив ZIP, книга XLSX или изображение. Выберите файл CSV или сначала сохраните лист в формате CSV.</translation>
    </message>
    <message>
        <source>The file holds bytes that are not valid %1 text; choose another encoding, or &quot;auto&quot; to detect it.</source>
        <translation>Файл содержит байты, недопустимые для текста в кодировке %1; выберите другую кодировку или автоматическое определение (auto).</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use one of UTF-8, UTF-16, windows-1251, windows-1252, macintosh or another ICU name.</source>
        <translation>Неизвестная кодировка «%1»; используйте UTF-8, UTF-16, windows-1251, windows-1252, macintosh или другое имя кодировки ICU.</translation>
    </message>
</context>
<context>
    <name>ThreadConnection</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Не удалось открыть базу данных %1: %2</translation>
    </message>
</context>
<context>
    <name>UhriJson</name>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, поле %2: %3</translation>
    </message>
    <message>
        <source>unknown body &quot;%1&quot;.</source>
        <translation>неизвестный орган «%1».</translation>
    </message>
    <message>
        <source>%1 is not a Sustainable Development Goal (1 to 17).</source>
        <translation>%1 не является Целью в области устойчивого развития (от 1 до 17).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Sustainable Development Goal.</source>
        <translation>«%1» не обозначает ни одну из Целей в области устойчивого развития.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session number.</source>
        <translation>«%1» не является номером сессии.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» не является датой.</translation>
    </message>
    <message>
        <source>unknown position &quot;%1&quot;; use %2.</source>
        <translation>неизвестная позиция «%1»; используйте: %2.</translation>
    </message>
    <message>
        <source>%1: both supported and noted; read as accepted.</source>
        <translation>%1: рекомендация одновременно поддержана и принята к сведению; прочитано как «Принята (поддержана)».</translation>
    </message>
    <message>
        <source>the position has no date: the record has no publication date or session.</source>
        <translation>у позиции нет даты: в записи нет ни даты публикации, ни сессии.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Импортировано из %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1, строка %2: недопустимый JSON (%3).</translation>
    </message>
    <message>
        <source>%1 holds no list of recommendations.</source>
        <translation>%1 не содержит списка рекомендаций.</translation>
    </message>
    <message>
        <source>%1, record %2: not an object.</source>
        <translation>%1, запись %2: не является объектом.</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, запись %2</translation>
    </message>
</context>
<context>
    <name>WaitWithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Выполняется отмена...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>WalCheckpoint</name>
    <message>
        <source>The database log could not be copied into %1: %2</source>
        <translation>Не удалось перенести журнал базы данных в %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: its part %2 cannot be decompressed.</source>
        <translation>Книга «%1» повреждена: не удается распаковать ее часть %2.</translation>
    </message>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: its part %2 is missing.</source>
        <translation>Книга «%1» повреждена: отсутствует ее часть %2.</translation>
    </message>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: %2 (in %3, line %4).</source>
        <translation>Книга «%1» повреждена: %2 (в %3, строка %4).</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again.</source>
        <translation>Откройте ее в табличном редакторе и сохраните заново.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the cell %1 refers to a shared text that does not exist</source>
        <translation>ячейка %1 ссылается на несуществующий элемент таблицы общих строк</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid</source>
        <translation>недопустимая ссылка на ячейку «%1»</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid</source>
        <translation>недопустимый номер строки «%1»</translation>
    </message>
    <message>
        <source>Save it from your spreadsheet program as an Excel workbook (.xlsx).</source>
        <translation>Сохраните его в табличном редакторе как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Файл «%1» не существует.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not an XLSX workbook.</source>
        <translation>«%1» — это папка, а не книга XLSX.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Не удается прочитать файл «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it is an old Excel (.xls) file or a password-protected workbook. Open it in your spreadsheet program and save it without a password as an Excel workbook (.xlsx).</source>
        <translation>«%1» не является книгой XLSX: это файл старого формата Excel (.xls) или книга, защищенная паролем. Откройте его в табличном редакторе и сохраните без пароля как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it is not a ZIP archive. %2</source>
        <translation>«%1» не является книгой XLSX: это не архив ZIP. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it has no %2. %3</source>
        <translation>«%1» не является книгой XLSX: в нем нет части %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>the sheet holds more than %Ln cells (counting the empty ones before the last filled cell of each row); delete the unused columns and rows</source>
        <translation>
            <numerusform>лист содержит более %Ln ячейки (с учетом пустых ячеек перед последней заполненной ячейкой каждой строки); удалите неиспользуемые столбцы и строки</numerusform>
            <numerusform>лист содержит более %Ln ячеек (с учетом пустых ячеек перед последней заполненной ячейкой каждой строки); удалите неиспользуемые столбцы и строки</numerusform>
            <numerusform>лист содержит более %Ln ячеек (с учетом пустых ячеек перед последней заполненной ячейкой каждой строки); удалите неиспользуемые столбцы и строки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>no free temporary file name</source>
        <translation>нет свободного имени для временного файла</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name for the workbook.</source>
        <translation>«%1» — это папка. Выберите имя файла для книги.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder for the workbook.</source>
        <translation>Папка «%1» не существует. Выберите существующую папку для книги.</translation>
    </message>
    <message>
        <source>Could not create a file in the folder &quot;%1&quot;: %2.</source>
        <translation>Не удалось создать файл в папке «%1»: %2.</translation>
    </message>
    <message>
        <source>Could not start the workbook &quot;%1&quot;: %2</source>
        <translation>Не удалось создать книгу «%1»: %2</translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; cannot be used: %2</source>
        <translation>Имя листа «%1» использовать нельзя: %2</translation>
    </message>
    <message>
        <source>Could not write the header of &quot;%1&quot;: %2</source>
        <translation>Не удалось записать строку заголовков в «%1»: %2</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>Книга не открыта.</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; of &quot;%3&quot;</source>
        <translation>строка %1, столбец «%2», книга «%3»</translation>
    </message>
    <message>
        <source>The value in %1 is not a finite number.</source>
        <translation>Значение (%1) не является конечным числом.</translation>
    </message>
    <message>
        <source>The date %1 in %2 is outside the years 1900 to 9999 that Excel can show.</source>
        <translation>Дата %1 (%2) выходит за пределы 1900–9999 годов, которые может отображать Excel.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>The value in %1 is of type %2, which cannot be written to a %3 column.</source>
        <translation>Значение (%1) имеет тип %2, который нельзя записать в столбец типа «%3».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать значение (%1): %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Could not replace &quot;%1&quot;: %2.</source>
        <translation>Не удалось заменить «%1»: %2.</translation>
    </message>
    <message numerus="yes">
        <source>A worksheet holds from 1 to %n columns.</source>
        <translation>
            <numerusform>Лист может содержать от 1 до %n столбца.</numerusform>
            <numerusform>Лист может содержать от 1 до %n столбцов.</numerusform>
            <numerusform>Лист может содержать от 1 до %n столбцов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of &quot;%2&quot; has %n cells but the sheet has only %3.</source>
        <translation>
            <numerusform>Строка %1 книги «%2» содержит %n ячейку, а на листе всего %3.</numerusform>
            <numerusform>Строка %1 книги «%2» содержит %n ячейки, а на листе всего %3.</numerusform>
            <numerusform>Строка %1 книги «%2» содержит %n ячеек, а на листе всего %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n столбец</numerusform>
            <numerusform>%n столбца</numerusform>
            <numerusform>%n столбцов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook &quot;%1&quot; has no worksheet.</source>
        <translation>В книге «%1» нет ни одного листа.</translation>
    </message>
</context>
</TS>
