<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;p&gt;Data sources: the import reads the exports of &lt;a href=&quot;https://www.upr-info.org/&quot;&gt;UPR Info&lt;/a&gt;&apos;s database of UPR recommendations and of the &lt;a href=&quot;https://uhri.ohchr.org/&quot;&gt;Universal Human Rights Index&lt;/a&gt; of the Office of the UN High Commissioner for Human Rights (OHCHR). The sample paraphrases the UN documents A/HRC/14/10 (report of the UPR Working Group on Kazakhstan, 2010) and CCPR/C/KAZ/CO/1 (concluding observations of the Human Rights Committee, 2011).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Деректер көздері: бағдарлама &lt;a href=&quot;https://www.upr-info.org/&quot;&gt;UPR Info&lt;/a&gt; ұйымының ЖМШ ұсынымдары дерекқорының және БҰҰ-ның Адам құқықтары жөніндегі жоғарғы комиссары басқармасының (OHCHR) &lt;a href=&quot;https://uhri.ohchr.org/&quot;&gt;Адам құқықтарының әмбебап индексінің&lt;/a&gt; экспорттарын импорттайды. Үлгінің мәтіндері БҰҰ-ның A/HRC/14/10 (ЖМШ жөніндегі жұмыс тобының Қазақстан бойынша баяндамасы, 2010 жыл) және CCPR/C/KAZ/CO/1 (Адам құқықтары жөніндегі комитеттің қорытынды ескертпелері, 2011 жыл) құжаттарының мазмұнын өз сөзімен баяндайды.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with absolutely no warranty. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Лицензия: GNU General Public License, 3-нұсқасы немесе (қалауыңыз бойынша) кез келген кейінгі нұсқасы (GPL-3.0-or-later). Бағдарлама ешқандай кепілдіксіз беріледі. &lt;a href=&quot;%1&quot;&gt;Лицензияны оқу&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Бағдарлама Qt %1 нұсқасымен құрастырылған, Qt %2 нұсқасымен жұмыс істеп тұр.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>Recommendations received</source>
        <translation>Алынған ұсынымдар</translation>
    </message>
    <message>
        <source>Share of accepted</source>
        <translation>Қабылданғандардың үлесі</translation>
    </message>
    <message>
        <source> · status on 31 December of each year</source>
        <translation> · әр жылғы 31 желтоқсандағы мәртебе</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · деректер %1 күнгі жағдай бойынша</translation>
    </message>
    <message>
        <source>31 December %1 · of %2 accepted: %3 implemented (%4), %5 partially implemented (%6)</source>
        <translation>%1 жылғы 31 желтоқсан · қабылданған %2 ұсынымның ішінен: %3 орындалды (%4), %5 ішінара орындалды (%6)</translation>
    </message>
    <message numerus="yes">
        <source> · the %1 largest of %Ln themes</source>
        <translation>
            <numerusform> · %Ln тақырыптың ішінен ең ірі %1 тақырып</numerusform>
            <numerusform> · %Ln тақырыптың ішінен ең ірі %1 тақырып</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>31 December %1 · %2: %3 of %Ln recommendations (%4)</source>
        <translation>
            <numerusform>%1 жылғы 31 желтоқсан · %2: %Ln ұсынымның ішінен %3 (%4)</numerusform>
            <numerusform>%1 жылғы 31 желтоқсан · %2: %Ln ұсынымның ішінен %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %Ln recommendations received</source>
        <translation>
            <numerusform>%1 · %2: алынған %Ln ұсынымның ішінен %3</numerusform>
            <numerusform>%1 · %2: алынған %Ln ұсынымның ішінен %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %Ln recommendations (%4)</source>
        <translation>
            <numerusform>%1 · %2: %Ln ұсынымның ішінен %3 (%4)</numerusform>
            <numerusform>%1 · %2: %Ln ұсынымның ішінен %3 (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export all charts</source>
        <translation>Барлық диаграммаларды экспорттау</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG кескіні</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG векторлық суреті</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>PDF беті</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Пішім:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Ені:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Биіктігі:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Ажыратымдылық:</translation>
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
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>Бе&amp;т:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Бағда&amp;р:</translation>
    </message>
    <message>
        <source>The chart&apos;s own title</source>
        <translation>Диаграмманың өз атауы</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>Қалтаны таңдау...</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Файлды таңдау...</translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation>Осы ажыратымдылықта %1 × %2 см болып басылады</translation>
    </message>
    <message>
        <source>Which of the charts to export</source>
        <translation>Қай диаграмманы экспорттау керек</translation>
    </message>
    <message>
        <source>An image of a fixed size, or a drawing that stays sharp at any size</source>
        <translation>Өлшемі тұрақты кескін немесе кез келген өлшемде анық болып қалатын сурет</translation>
    </message>
    <message>
        <source>The width of the image in pixels</source>
        <translation>Кескіннің пиксельмен берілген ені</translation>
    </message>
    <message>
        <source>The height of the image in pixels</source>
        <translation>Кескіннің пиксельмен берілген биіктігі</translation>
    </message>
    <message>
        <source>The resolution of the image, which sets the size it prints at</source>
        <translation>Кескіннің ажыратымдылығы; басып шығарылатын өлшемі осыған байланысты</translation>
    </message>
    <message>
        <source>The paper size of the PDF page</source>
        <translation>PDF бетінің қағаз өлшемі</translation>
    </message>
    <message>
        <source>Whether the PDF page lies wide or stands tall</source>
        <translation>PDF бетінің бағдары: альбомдық немесе кітаптық</translation>
    </message>
    <message>
        <source>A title to show instead of the chart&apos;s own; empty keeps the chart&apos;s</source>
        <translation>Диаграмманың өз атауының орнына көрсетілетін атау; бос қалса, диаграмманың өз атауы сақталады</translation>
    </message>
    <message>
        <source>Asks for the folder to write the charts into</source>
        <translation>Диаграммалар жазылатын қалтаны сұрайды</translation>
    </message>
    <message>
        <source>Asks for the file to write the chart into</source>
        <translation>Диаграмма жазылатын файлды сұрайды</translation>
    </message>
    <message>
        <source>Closes the dialog without exporting</source>
        <translation>Экспорттамай, терезені жабады</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>%1 жазылмады: бұл — қалта.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>%1 жазылмады: %2 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The size %1 × %2 is out of range: width 200 to 20000 and height 150 to 20000 pixels.</source>
        <translation>%1 × %2 өлшемі рұқсат етілген шектен тыс: ені 200-ден 20000-ға дейін, биіктігі 150-ден 20000-ға дейін пиксель болуы керек.</translation>
    </message>
    <message>
        <source>The resolution %1 DPI is out of range: 72 to 1200.</source>
        <translation>%1 DPI ажыратымдылығы рұқсат етілген шектен тыс: 72-ден 1200-ге дейін болуы керек.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 DPI leaves too little room for the chart; give more pixels or fewer DPI.</source>
        <translation>%3 DPI кезінде %1 × %2 пиксель диаграммаға тым аз орын қалдырады; пиксельді көбейтіңіз немесе DPI мәнін азайтыңыз.</translation>
    </message>
    <message>
        <source>Could not write %1: it is the database the chart is drawn from; choose another file.</source>
        <translation>%1 жазылмады: диаграмма осы дерекқордан құрылады; басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>Could not write %1: the SVG could not be started.</source>
        <translation>%1 жазылмады: SVG жазуды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation>%1 жазылмады: PDF жазуды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Could not write into %1: %2</source>
        <translation>%1 ішіне жазылмады: %2</translation>
    </message>
    <message>
        <source>Could not write %1: it is the database the chart is drawn from; choose another folder.</source>
        <translation>%1 жазылмады: диаграмма осы дерекқордан құрылады; басқа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The page could not be sent to the printer %1.</source>
        <translation>Бет %1 принтеріне жіберілмеді.</translation>
    </message>
</context>
<context>
    <name>ChartKind</name>
    <message>
        <source>Progress by year</source>
        <translation>Жылдар бойынша орындалу барысы</translation>
    </message>
    <message>
        <source>Recommendations received per year by mechanism</source>
        <translation>Тетіктер бойынша жыл сайын алынған ұсынымдар</translation>
    </message>
    <message>
        <source>Implementation rate of accepted recommendations</source>
        <translation>Қабылданған ұсынымдардың орындалу деңгейі</translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation>Тақырыптар бойынша ағымдағы мәртебе</translation>
    </message>
</context>
<context>
    <name>ChartsDashboard</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG кескіндері (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG суреттері (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The charts could not be brought up to date: %1</source>
        <translation>Диаграммаларды жаңарту мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>&amp;PNG ретінде экспорттау...</translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
        <translation>&amp;SVG ретінде экспорттау...</translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation>P&amp;DF ретінде экспорттау...</translation>
    </message>
    <message>
        <source>Export &amp;all charts...</source>
        <translation>Барлық &amp;диаграммаларды экспорттау...</translation>
    </message>
    <message>
        <source>The charts could not be brought up to date</source>
        <translation>Диаграммаларды жаңарту мүмкін болмады</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>The chart could not be exported</source>
        <translation>Диаграмманы экспорттау мүмкін болмады</translation>
    </message>
    <message>
        <source>The name %1 ends in .%2, but the format chosen is %3. Choose a name ending in .%4, or that format.</source>
        <translation>%1 атауы .%2 кеңейтімімен аяқталады, бірақ %3 пішімі таңдалған. Атауын .%4 кеңейтімімен аяқталатындай етіңіз немесе атауына сай пішімді таңдаңыз.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 экспортталды.</translation>
    </message>
    <message>
        <source>Export all charts into</source>
        <translation>Барлық диаграммаларды экспорттайтын қалта</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Файлдар ауыстырылсын ба?</translation>
    </message>
    <message>
        <source>These files exist in %1 and will be replaced:
%2</source>
        <translation>%1 қалтасында мына файлдар бар, олар ауыстырылады:
%2</translation>
    </message>
    <message>
        <source>The charts could not be exported</source>
        <translation>Диаграммаларды экспорттау мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation>
            <numerusform>%1 қалтасына %n диаграмма экспортталды.</numerusform>
            <numerusform>%1 қалтасына %n диаграмма экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the chart “%1” to the clipboard.</source>
        <translation>«%1» диаграммасы алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>Диаграмманы басып шығару</translation>
    </message>
    <message>
        <source>The chart could not be printed</source>
        <translation>Диаграмманы басып шығару мүмкін болмады</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to copy, export or print this chart</source>
        <translation>Осы диаграмманы көшіру, экспорттау немесе басып шығару үшін тінтуірдің оң жақ батырмасын немесе мәзір пернесін басыңыз</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>Диаграмманы &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;Export chart...</source>
        <translation>Диаграмманы &amp;экспорттау...</translation>
    </message>
    <message>
        <source>P&amp;rint chart...</source>
        <translation>Диаграмманы &amp;басып шығару...</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; in the mapping is not field=Column.</source>
        <translation>Сәйкестендірудегі &quot;%1&quot; өріс=Баған түрінде емес.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the mapping; use one of: %2.</source>
        <translation>сәйкестендіруде белгісіз &quot;%1&quot; өрісі бар; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is mapped twice.</source>
        <translation>&quot;%1&quot; өрісі екі рет сәйкестендірілген.</translation>
    </message>
    <message>
        <source>the mapping must say which column holds the text (text=Column).</source>
        <translation>сәйкестендіруде мәтін қай бағанда екені көрсетілуі керек (text=Баған).</translation>
    </message>
    <message>
        <source>UPR Info export</source>
        <translation>UPR Info экспорты</translation>
    </message>
    <message>
        <source>Universal Human Rights Index export</source>
        <translation>Адам құқықтарының әмбебап индексінің экспорты</translation>
    </message>
    <message>
        <source>Recommendation Tracker export</source>
        <translation>Recommendation Tracker экспорты</translation>
    </message>
    <message>
        <source>mapped columns</source>
        <translation>сәйкестендірілген бағандар</translation>
    </message>
</context>
<context>
    <name>ColumnMappingForm</name>
    <message>
        <source>Column of %1</source>
        <translation>%1 бағаны</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Тетік</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Шолу жүргізілетін мемлекет</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Құжаттың шартты белгісі</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Text (required)</source>
        <translation>Мәтін (міндетті)</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>ЖМШ циклі</translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation>ЖМШ сессиясы</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Мәртебе күні</translation>
    </message>
    <message>
        <source>Recommending states</source>
        <translation>Ұсыным берген мемлекеттер</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Қатысты тұлғалар</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Тұрақты даму мақсаттары</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Мекемелер</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(файлда жоқ)</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(%1-баған атаусыз)</translation>
    </message>
    <message>
        <source>Which column of the file holds this field</source>
        <translation>Файлдың қай бағанында осы өріс бар</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation>--%1 &quot;%2&quot; — рұқсат етілген сан емес (ең кемі %3, ең көбі %4).</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation>--%1 &quot;%2&quot; — ЖЖЖЖ-АА-КК түріндегі нақты күн емес.</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation>белгісіз &quot;%1&quot; тетігі; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>--sdg &quot;%1&quot; is not a Sustainable Development Goal; they are numbered 1 to 17.</source>
        <translation>--sdg &quot;%1&quot; — Тұрақты даму мақсаты емес; олар 1-ден 17-ге дейін нөмірленген.</translation>
    </message>
    <message>
        <source>The database file (created when missing).</source>
        <translation>Дерекқор файлы (жоқ болса, жасалады).</translation>
    </message>
    <message>
        <source>The mechanism: %1.</source>
        <translation>Тетік: %1.</translation>
    </message>
    <message>
        <source>The state under review.</source>
        <translation>Шолу жүргізілетін мемлекет.</translation>
    </message>
    <message>
        <source>The document symbol, e.g. A/HRC/14/10.</source>
        <translation>Құжаттың шартты белгісі, мысалы, A/HRC/14/10.</translation>
    </message>
    <message>
        <source>The paragraph number, e.g. 97.1.</source>
        <translation>Тармақ нөмірі, мысалы, 97.1.</translation>
    </message>
    <message>
        <source>The date of the document.</source>
        <translation>Құжаттың күні.</translation>
    </message>
    <message>
        <source>The text of the recommendation.</source>
        <translation>Ұсынымның мәтіні.</translation>
    </message>
    <message>
        <source>A recommending state (repeatable).</source>
        <translation>Ұсыным берген мемлекет (қайталауға болады).</translation>
    </message>
    <message>
        <source>A theme (repeatable).</source>
        <translation>Тақырып (қайталауға болады).</translation>
    </message>
    <message>
        <source>A responsible national institution (repeatable).</source>
        <translation>Жауапты ұлттық мекеме (қайталауға болады).</translation>
    </message>
    <message>
        <source>A group of affected persons (repeatable).</source>
        <translation>Қатысты тұлғалар тобы (қайталауға болады).</translation>
    </message>
    <message>
        <source>A Sustainable Development Goal, 1-17 (repeatable).</source>
        <translation>Тұрақты даму мақсаты, 1-17 (қайталауға болады).</translation>
    </message>
    <message>
        <source>The UPR session number; gives the cycle.</source>
        <translation>ЖМШ сессиясының нөмірі; ол бойынша цикл анықталады.</translation>
    </message>
    <message>
        <source>The UPR cycle.</source>
        <translation>ЖМШ циклі.</translation>
    </message>
    <message>
        <source>The due date.</source>
        <translation>Орындау мерзімі.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Ескертпелер.</translation>
    </message>
    <message>
        <source>Adds one recommendation and prints its id on the last line.</source>
        <translation>Бір ұсыным қосады және оның id-ін соңғы жолға шығарады.</translation>
    </message>
    <message>
        <source>Add one recommendation and print its id.</source>
        <translation>Бір ұсыным қосу және оның id-ін шығару.</translation>
    </message>
    <message>
        <source>Append a dated status to a recommendation&apos;s history.</source>
        <translation>Ұсынымның тарихына күні көрсетілген мәртебе қосу.</translation>
    </message>
    <message>
        <source>Print the recommendations that match the filters.</source>
        <translation>Сүзгілерге сәйкес келетін ұсынымдарды шығару.</translation>
    </message>
    <message>
        <source>Print the numbers behind the charts (progress by year and more).</source>
        <translation>Диаграммалардың негізіндегі сандарды шығару (жылдар бойынша орындалу барысы және т.б.).</translation>
    </message>
    <message>
        <source>Import UPR Info, UHRI, other workbooks and our own exports.</source>
        <translation>UPR Info, UHRI, басқа жұмыс кітаптарын және өзіміздің экспорттарды импорттау.</translation>
    </message>
    <message>
        <source>Write the matching recommendations as CSV, XLSX or JSON.</source>
        <translation>Сәйкес келетін ұсынымдарды CSV, XLSX немесе JSON түрінде жазу.</translation>
    </message>
    <message>
        <source>Recommendation Tracker: follow up the recommendations of UN human-rights mechanisms.</source>
        <translation>Recommendation Tracker: БҰҰ-ның адам құқықтары жөніндегі тетіктері берген ұсынымдар бойынша кейінгі іс-шараларды қадағалау.</translation>
    </message>
    <message>
        <source>Open this database file instead of the default one.</source>
        <translation>Әдепкі дерекқордың орнына осы дерекқор файлын ашу.</translation>
    </message>
    <message>
        <source>
Subcommands (they need no display):
</source>
        <translation>
Ішкі командалар (оларға графикалық экран қажет емес):
</translation>
    </message>
    <message>
        <source>
Run &quot;%1 &lt;subcommand&gt; --help&quot; for the options of a subcommand.
</source>
        <translation>
Ішкі команданың параметрлерін көру үшін &quot;%1 &lt;subcommand&gt; --help&quot; іске қосыңыз.
</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; use one of: %2 (see %3 --help).</source>
        <translation>белгісіз &quot;%1&quot; ішкі командасы; мыналардың бірін пайдаланыңыз: %2 (%3 --help қараңыз).</translation>
    </message>
    <message>
        <source>--db must name a database file.</source>
        <translation>--db дерекқор файлын көрсетуі керек.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Дерекқор файлы.</translation>
    </message>
    <message>
        <source>csv, xlsx or json; by default the extension of --out.</source>
        <translation>csv, xlsx немесе json; әдепкіде --out кеңейтімі бойынша.</translation>
    </message>
    <message>
        <source>The file to write (replaced only when complete).</source>
        <translation>Жазылатын файл (тек толық дайын болғанда ауыстырылады).</translation>
    </message>
    <message>
        <source>Start a CSV file with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV файлын UTF-8 байт ретінің белгісімен бастау (Excel үшін).</translation>
    </message>
    <message>
        <source>Writes the recommendations that match the filters as CSV, XLSX or JSON (JSON with the full status history).</source>
        <translation>Сүзгілерге сәйкес келетін ұсынымдарды CSV, XLSX немесе JSON түрінде жазады (JSON мәртебелердің толық тарихымен бірге).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation>белгісіз &quot;%1&quot; пішімі; csv, xlsx немесе json пайдаланыңыз.</translation>
    </message>
    <message>
        <source>give --format csv, xlsx or json (the name %1 does not say which).</source>
        <translation>--format csv, xlsx немесе json көрсетіңіз (%1 атауынан пішімі анықталмайды).</translation>
    </message>
    <message>
        <source>--out %1 names a %2 file but --format is %3; make them agree.</source>
        <translation>--out %1 — %2 файлы, бірақ --format мәні %3; оларды бір-біріне сәйкес келтіріңіз.</translation>
    </message>
    <message>
        <source>--bom applies to CSV only.</source>
        <translation>--bom тек CSV үшін қолданылады.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) written to %1</source>
        <translation>
            <numerusform>%1 файлына %n ұсыным жазылды</numerusform>
            <numerusform>%1 файлына %n ұсыным жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this mechanism (repeatable): %1.</source>
        <translation>Тек осы тетік (қайталауға болады): %1.</translation>
    </message>
    <message>
        <source>Only recommendations to this state under review.</source>
        <translation>Тек осы шолу жүргізілетін мемлекетке берілген ұсынымдар.</translation>
    </message>
    <message>
        <source>Only this current status (repeatable): %1.</source>
        <translation>Тек осы ағымдағы мәртебе (қайталауға болады): %1.</translation>
    </message>
    <message>
        <source>Only documents dated in this year or later.</source>
        <translation>Тек осы жылы немесе одан кейін күні қойылған құжаттар.</translation>
    </message>
    <message>
        <source>Only documents dated in this year or earlier.</source>
        <translation>Тек осы жылы немесе одан бұрын күні қойылған құжаттар.</translation>
    </message>
    <message>
        <source>Only recommendations with this theme.</source>
        <translation>Тек осы тақырыптағы ұсынымдар.</translation>
    </message>
    <message>
        <source>Only recommendations made by this state.</source>
        <translation>Тек осы мемлекет берген ұсынымдар.</translation>
    </message>
    <message>
        <source>Only recommendations this institution is responsible for.</source>
        <translation>Тек осы мекеме жауапты ұсынымдар.</translation>
    </message>
    <message>
        <source>Only recommendations whose text holds every word (word beginnings match).</source>
        <translation>Тек мәтінінде барлық сөз кездесетін ұсынымдар (сөздердің басы сәйкес келуі жеткілікті).</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a year; give four digits, such as 2010.</source>
        <translation>--%1 &quot;%2&quot; — жыл емес; төрт цифр көрсетіңіз, мысалы, 2010.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>белгісіз &quot;%1&quot; мәртебесі; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>--year-from %1 is after --year-to %2.</source>
        <translation>--year-from %1 мәні --year-to %2 мәнінен кейін.</translation>
    </message>
    <message>
        <source>read %1, %2 %3, already stored %4, repeated in the files %5, pledges skipped %6, invalid skipped %7
</source>
        <translation>оқылғаны %1, %2 %3, бұрыннан сақталғаны %4, файлдарда қайталанғаны %5, өткізіп жіберілген міндеттемелер %6, өткізіп жіберілген жарамсыздар %7
</translation>
    </message>
    <message>
        <source>would add</source>
        <translation>қосылатыны</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылғаны</translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation>өткізіп жіберілді: %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>ескерту: %1
</translation>
    </message>
    <message>
        <source>dry run: nothing was written.
</source>
        <translation>сынақ іске қосу: ештеңе жазылған жоқ.
</translation>
    </message>
    <message>
        <source>auto (default), upr-info, uhri, csv, xlsx or json.</source>
        <translation>auto (әдепкі), upr-info, uhri, csv, xlsx немесе json.</translation>
    </message>
    <message>
        <source>The text encoding of CSV files (UTF-8, UTF-16, windows-1251, windows-1252, macintosh, ...); detected when absent.</source>
        <translation>CSV файлдарының мәтін кодтауы (UTF-8, UTF-16, windows-1251, windows-1252, macintosh, ...); көрсетілмесе, автоматты түрде анықталады.</translation>
    </message>
    <message>
        <source>Which column holds which field, for other workbooks: &quot;text=Recommendation,state=Country,...&quot;. Remembered for files with the same columns.</source>
        <translation>Басқа жұмыс кітаптары үшін қай бағанда қай өріс бар екені: &quot;text=Recommendation,state=Country,...&quot;. Бағандары бірдей файлдар үшін есте сақталады.</translation>
    </message>
    <message>
        <source>The mechanism of every record of a mapped file that has no mechanism column: %1.</source>
        <translation>Тетік бағаны жоқ сәйкестендірілген файлдың әр жазбасына арналған тетік: %1.</translation>
    </message>
    <message>
        <source>Import the valid rows and list the others.</source>
        <translation>Жарамды жолдарды импорттап, қалғандарын тізіп шығару.</translation>
    </message>
    <message>
        <source>Read and check everything, write nothing.</source>
        <translation>Барлығын оқып, тексеру, бірақ ештеңе жазбау.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Импортталатын файлдар.</translation>
    </message>
    <message>
        <source>Imports recommendations from UPR Info and UHRI exports, other CSV or XLSX workbooks and our own CSV and JSON exports. Nothing is written unless every file reads.</source>
        <translation>Ұсынымдарды UPR Info және UHRI экспорттарынан, басқа CSV немесе XLSX жұмыс кітаптарынан және өзіміздің CSV және JSON экспорттарымыздан импорттайды. Барлық файл оқылмайынша, ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>импортталатын кемінде бір файлды көрсетіңіз.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>белгісіз &quot;%1&quot; пішімі; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation>%1 файлы жоқ.</translation>
    </message>
    <message>
        <source>Print a JSON array of records.</source>
        <translation>Жазбалардың JSON массивін шығару.</translation>
    </message>
    <message>
        <source>Print only the number of matching records.</source>
        <translation>Тек сәйкес келетін жазбалардың санын шығару.</translation>
    </message>
    <message>
        <source>Prints the recommendations that match the filters.</source>
        <translation>Сүзгілерге сәйкес келетін ұсынымдарды шығарады.</translation>
    </message>
    <message>
        <source>--json and --count cannot be combined.</source>
        <translation>--json мен --count бірге қолданылмайды.</translation>
    </message>
    <message>
        <source>The id of the recommendation.</source>
        <translation>Ұсынымның id-і.</translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation>Жаңа мәртебе: %1.</translation>
    </message>
    <message>
        <source>The date the status took effect (may be in the past).</source>
        <translation>Мәртебенің күшіне енген күні (өткен күн болуы мүмкін).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Не болғаны.</translation>
    </message>
    <message>
        <source>A link to the evidence.</source>
        <translation>Дәлелге сілтеме.</translation>
    </message>
    <message>
        <source>Appends a dated status to a recommendation&apos;s history.</source>
        <translation>Ұсынымның тарихына күні көрсетілген мәртебе қосады.</translation>
    </message>
    <message>
        <source>--id &quot;%1&quot; is not a record id (a whole number from 1).</source>
        <translation>--id &quot;%1&quot; — жазба id-і емес (1-ден басталатын бүтін сан).</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation>--date &quot;%1&quot; — ЖЖЖЖ-АА-КК түріндегі нақты күн емес.</translation>
    </message>
    <message>
        <source>there is no recommendation with id %1 in %2.</source>
        <translation>%2 ішінде id-і %1 болатын ұсыным жоқ.</translation>
    </message>
    <message>
        <source>What to count by: year (status at the end of each year, from the history), mechanism (received per year), rate (implementation rate per year), or the current status per theme, state (recommending state), institution or affected (affected persons). Default: year.</source>
        <translation>Неге қарай санау: year (әр жыл соңындағы мәртебе, тарих бойынша), mechanism (жыл сайын алынғандар), rate (жыл сайынғы орындалу деңгейі) немесе ағымдағы мәртебені theme (тақырып), state (ұсыным берген мемлекет), institution (мекеме) не affected (қатысты тұлғалар) бойынша. Әдепкі: year.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON шығару.</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, header line first).</source>
        <translation>CSV шығару (RFC 4180, алдымен тақырып жолы).</translation>
    </message>
    <message>
        <source>Prints the numbers behind the charts for the recommendations that match the filters. --year-from and --year-to also bound the years shown.</source>
        <translation>Сүзгілерге сәйкес келетін ұсынымдар бойынша диаграммалардың негізіндегі сандарды шығарады. --year-from және --year-to көрсетілетін жылдарды да шектейді.</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation>--json мен --csv бірге қолданылмайды.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot; for --by; use one of: %2.</source>
        <translation>--by үшін белгісіз &quot;%1&quot; топтауы; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; options start with --.</source>
        <translation>күтпеген &quot;%1&quot; аргументі; параметрлер -- белгісінен басталады.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 міндетті.</translation>
    </message>
    <message>
        <source>--%1 must not be empty.</source>
        <translation>--%1 бос болмауы керек.</translation>
    </message>
    <message>
        <source>the database %1 is read-only (its write permission is off); nothing was changed. Make it writable to change it.</source>
        <translation>%1 дерекқоры тек оқуға арналған (жазу рұқсаты өшірулі); ештеңе өзгертілген жоқ. Өзгерту үшін оны жазуға болатын етіңіз.</translation>
    </message>
    <message>
        <source>Render a chart to a PNG, SVG or PDF file.</source>
        <translation>Диаграмманы PNG, SVG немесе PDF файлына шығару.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a positive whole number.</source>
        <translation>--%1 &quot;%2&quot; — оң бүтін сан емес.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use png, svg or pdf.</source>
        <translation>белгісіз &quot;%1&quot; пішімі; png, svg немесе pdf пайдаланыңыз.</translation>
    </message>
    <message>
        <source>give --format png, svg or pdf (the name %1 does not say which).</source>
        <translation>--format png, svg немесе pdf көрсетіңіз (%1 атауынан пішімі анықталмайды).</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2: %3</source>
        <translation>--%1 параметрі %2 үшін қолданылмайды: %3</translation>
    </message>
    <message>
        <source>only a PNG has a resolution.</source>
        <translation>ажыратымдылық тек PNG-де болады.</translation>
    </message>
    <message>
        <source>only a PDF has pages.</source>
        <translation>беттер тек PDF-те болады.</translation>
    </message>
    <message>
        <source>a PDF takes the size of its page; use --page and --orientation.</source>
        <translation>PDF өлшемі оның бетінің өлшемімен анықталады; --page және --orientation пайдаланыңыз.</translation>
    </message>
    <message>
        <source>give --width and --height together.</source>
        <translation>--width пен --height параметрлерін бірге беріңіз.</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use a4 or letter.</source>
        <translation>белгісіз &quot;%1&quot; бет өлшемі; a4 немесе letter пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;; use landscape or portrait.</source>
        <translation>белгісіз &quot;%1&quot; бағдары; landscape немесе portrait пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Which chart: %1.</source>
        <translation>Қай диаграмма: %1.</translation>
    </message>
    <message>
        <source>png, svg or pdf; by default the extension of --out.</source>
        <translation>png, svg немесе pdf; әдепкіде --out кеңейтімі бойынша.</translation>
    </message>
    <message>
        <source>The file to write (replaced only when the chart is complete).</source>
        <translation>Жазылатын файл (тек диаграмма толық дайын болғанда ауыстырылады).</translation>
    </message>
    <message>
        <source>Width in pixels (PNG; for SVG the canvas). Default 1600 for PNG.</source>
        <translation>Пиксельмен берілген ені (PNG; SVG үшін — кенеп). PNG үшін әдепкі мәні 1600.</translation>
    </message>
    <message>
        <source>Height in pixels (PNG; for SVG the canvas). Default 1000 for PNG.</source>
        <translation>Пиксельмен берілген биіктігі (PNG; SVG үшін — кенеп). PNG үшін әдепкі мәні 1000.</translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72 to 1200. Default 150.</source>
        <translation>PNG ажыратымдылығы, 72-ден 1200-ге дейін. Әдепкі мәні 150.</translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 or letter. Default a4.</source>
        <translation>PDF бетінің өлшемі: a4 немесе letter. Әдепкі мәні a4.</translation>
    </message>
    <message>
        <source>Page orientation of a PDF: landscape or portrait. Default landscape.</source>
        <translation>PDF бетінің бағдары: landscape немесе portrait. Әдепкі мәні landscape.</translation>
    </message>
    <message>
        <source>A title instead of the chart&apos;s own.</source>
        <translation>Диаграмманың өз атауының орнына қойылатын атау.</translation>
    </message>
    <message>
        <source>Renders a chart of the recommendations that match the filters to a PNG, SVG or PDF file, without a display. --year-from and --year-to also bound the years shown.</source>
        <translation>Сүзгілерге сәйкес келетін ұсынымдардың диаграммасын графикалық экрансыз PNG, SVG немесе PDF файлына шығарады. --year-from және --year-to көрсетілетін жылдарды да шектейді.</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; use one of: %2.</source>
        <translation>белгісіз &quot;%1&quot; диаграммасы; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message numerus="yes">
        <source>--%1 was given %n times (&quot;%2&quot;); give it once.</source>
        <translation>
            <numerusform>--%1 параметрі %n рет берілген (&quot;%2&quot;); оны бір рет қана беріңіз.</numerusform>
            <numerusform>--%1 параметрі %n рет берілген (&quot;%2&quot;); оны бір рет қана беріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>A database file to open (as --db does), and CSV, XLSX or JSON files to import into it.</source>
        <translation>Ашылатын дерекқор файлы (--db параметрі сияқты) және оған импортталатын CSV, XLSX немесе JSON файлдары.</translation>
    </message>
    <message>
        <source>one database at a time: both &quot;%1&quot; and &quot;%2&quot; were given.</source>
        <translation>бір уақытта тек бір дерекқорды көрсетуге болады, ал екеуі көрсетілген: &quot;%1&quot; және &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a database file nor a CSV, XLSX or JSON file to import.</source>
        <translation>«%1» дерекқор файлы да, импорттауға арналған CSV, XLSX немесе JSON файлы да емес.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a quoted cell is never closed; add the closing quote (&quot;) or remove the opening one.</source>
        <translation>%1, %2-жол, %3-баған: тырнақшаға алынған ұяшық жабылмаған; жабатын тырнақшаны (&quot;) қосыңыз немесе ашатынын алып тастаңыз.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: text follows the closing quote of a quoted cell; quote the whole cell and double every quote inside it (&quot;&quot;).</source>
        <translation>%1, %2-жол, %3-баған: тырнақшаға алынған ұяшықтың жабатын тырнақшасынан кейін мәтін бар; бүкіл ұяшықты тырнақшаға алып, ішіндегі әр тырнақшаны екі еселеңіз (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1 has no header row: the file is empty or holds only blank lines. Choose a CSV file with a header row.</source>
        <translation>%1 файлында тақырып жолы жоқ: файл бос немесе тек бос жолдардан тұрады. Тақырып жолы бар CSV файлын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Дерекқор файлы көрсетілмеген.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first or choose another location.</source>
        <translation>%1 қалтасы жоқ; алдымен оны жасаңыз немесе басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 — дерекқор файлы емес, қалта.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 орнында дерекқор жоқ.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read; check its permissions.</source>
        <translation>%1 дерекқорын оқу мүмкін емес; оның рұқсаттарын тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 is not a Recommendation Tracker database (it is not a SQLite file).</source>
        <translation>%1 — Recommendation Tracker дерекқоры емес (ол SQLite файлы емес).</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so no database can be created there.</source>
        <translation>%1 қалтасына жазуға болмайды, сондықтан онда дерекқор жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>%1 дерекқорын ашу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>%1 is not a Recommendation Tracker database: %2</source>
        <translation>%1 — Recommendation Tracker дерекқоры емес: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another application; it was left untouched.</source>
        <translation>%1 — басқа қолданбаның дерекқоры; ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left untouched.</source>
        <translation>%1 — басқа қолданбаның SQLite дерекқоры; ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Recommendation Tracker (schema version %2; this version understands up to %3). Update the application to open it; the file was left untouched.</source>
        <translation>%1 файлын Recommendation Tracker бағдарламасының жаңарақ нұсқасы жазған (схема нұсқасы %2; бұл нұсқа %3 нұсқасына дейінгісін ғана түсінеді). Оны ашу үшін қолданбаны жаңартыңыз; файл өзгертілмеді.</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded to this version&apos;s schema, but it is opened read-only. Make the file writable and open it again.</source>
        <translation>%1 дерекқорын осы нұсқаның схемасына дейін жаңарту керек, бірақ ол тек оқу үшін ашылған. Файлды жазуға болатын етіп, қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The database %1 could not be switched to WAL mode: %2</source>
        <translation>%1 дерекқорын WAL режиміне ауыстыру мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Дерекқорды %1 нұсқасына дейін жаңарту сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>%1 дерекқоры ашық емес.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Дерекқор қате туралы хабарлады: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Бас тартылды; ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>No file was given for the copy.</source>
        <translation>Көшірме үшін файл көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file for the copy.</source>
        <translation>%1 — ашық тұрған дерекқордың өзі; көшірме үшін басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the copy.</source>
        <translation>%1 — қалта; көшірме үшін файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another location.</source>
        <translation>%1 қалтасы жоқ; басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <source>Could not write in the folder %1: %2</source>
        <translation>%1 қалтасына жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The database could not be read for the copy: %1</source>
        <translation>Көшірме жасау үшін дерекқорды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Көшірмені жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Could not replace %1: %2.</source>
        <translation>%1 файлын ауыстыру мүмкін болмады: %2.</translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <source>Only files can be dropped here to import them.</source>
        <translation>Импорттау үшін мұнда тек файлдарды сүйреп әкелуге болады.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer; save it first, then drop the file to import it.</source>
        <translation>%1 — осы компьютердегі файл емес; алдымен оны сақтаңыз, содан кейін импорттау үшін файлды осында сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>%1 is a folder; drop the CSV, XLSX or JSON files in it instead.</source>
        <translation>%1 — қалта; оның орнына ішіндегі CSV, XLSX немесе JSON файлдарын сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 жоқ.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: only CSV, XLSX and JSON files can.</source>
        <translation>%1 импортталмайды: тек CSV, XLSX және JSON файлдарын импорттауға болады.</translation>
    </message>
</context>
<context>
    <name>EvidenceLink</name>
    <message>
        <source>The evidence link &quot;%1&quot; is not a web or file address; it should start with https://, http:// or file://.</source>
        <translation>&quot;%1&quot; дәлелге сілтемесі веб-мекенжай да, файл мекенжайы да емес; ол https://, http:// немесе file:// деп басталуы керек.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation>белгісіз &quot;%1&quot; экспорт пішімі; csv, xlsx немесе json пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>%1 жазылмады: бұл — қалта.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>%1 жазылмады: %2 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Could not write %1: it is the database being exported; choose another file.</source>
        <translation>%1 жазылмады: бұл — экспортталып жатқан дерекқор; басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорттан бас тартылды; ешқандай файл жазылған жоқ.</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the text, symbol and paragraph (Ctrl+F)</source>
        <translation>Мәтін, шартты белгі және тармақ бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Shows recommendations whose text contains every word typed, matching word beginnings</source>
        <translation>Мәтінінде терілген әр сөз кездесетін ұсынымдарды көрсетеді; сөздердің басы сәйкес келуі жеткілікті</translation>
    </message>
    <message>
        <source>Mechanism filter</source>
        <translation>Тетік сүзгісі</translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation>Барлық тетіктер</translation>
    </message>
    <message>
        <source>State under review filter</source>
        <translation>Шолу жүргізілетін мемлекет сүзгісі</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Мәртебе сүзгісі</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Басталатын жыл</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Аяқталатын жыл</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Тақырып сүзгісі</translation>
    </message>
    <message>
        <source>Recommending state filter</source>
        <translation>Ұсыным берген мемлекет сүзгісі</translation>
    </message>
    <message>
        <source>Institution filter</source>
        <translation>Мекеме сүзгісі</translation>
    </message>
    <message>
        <source>All states under review</source>
        <translation>Шолу жүргізілетін барлық мемлекеттер</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <source>All recommending states</source>
        <translation>Ұсыным берген барлық мемлекеттер</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Барлық мекемелер</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>Removes every filter and shows all recommendations</source>
        <translation>Барлық сүзгіні алып тастап, барлық ұсынымдарды көрсетеді</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Мәртебе:</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Тетік:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>Мем&amp;лекет:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Жылдар:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Та&amp;қырып:</translation>
    </message>
    <message>
        <source>&amp;Recommended by:</source>
        <translation>&amp;Ұсыным берген:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Мек&amp;еме:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Stop filtering on what the chart click added</source>
        <translation>Диаграммаға басу арқылы қосылған сүзгіні алып тастау</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>%1 не одан бұрын берілген</translation>
    </message>
    <message>
        <source>Status on %1: %2</source>
        <translation>%1 күнгі мәртебе: %2</translation>
    </message>
    <message>
        <source>Also theme: %1</source>
        <translation>Қосымша тақырып: %1</translation>
    </message>
    <message>
        <source>Shows only the recommendations of this UN body</source>
        <translation>Тек осы БҰҰ органының ұсынымдарын көрсетеді</translation>
    </message>
    <message>
        <source>Shows only the recommendations made to this state</source>
        <translation>Тек осы мемлекетке берілген ұсынымдарды көрсетеді</translation>
    </message>
    <message>
        <source>Shows only the recommendations whose current status is this one</source>
        <translation>Тек ағымдағы мәртебесі осы болатын ұсынымдарды көрсетеді</translation>
    </message>
    <message>
        <source>Shows only the recommendations issued in this year or later; any for no limit</source>
        <translation>Тек осы жылы немесе одан кейін берілген ұсынымдарды көрсетеді; «кез келген» — шектеусіз</translation>
    </message>
    <message>
        <source>Shows only the recommendations issued in this year or earlier; any for no limit</source>
        <translation>Тек осы жылы немесе одан бұрын берілген ұсынымдарды көрсетеді; «кез келген» — шектеусіз</translation>
    </message>
    <message>
        <source>Shows only the recommendations on this theme</source>
        <translation>Тек осы тақырыптағы ұсынымдарды көрсетеді</translation>
    </message>
    <message>
        <source>Shows only the recommendations this state made</source>
        <translation>Тек осы мемлекет берген ұсынымдарды көрсетеді</translation>
    </message>
    <message>
        <source>Shows only the recommendations this national institution is responsible for</source>
        <translation>Тек осы ұлттық мекеме жауапты ұсынымдарды көрсетеді</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>from %1</source>
        <translation>%1 жылдан бастап</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 жылға дейін</translation>
    </message>
    <message>
        <source>status now: %1</source>
        <translation>қазіргі мәртебе: %1</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>%1 не одан бұрын берілген</translation>
    </message>
    <message>
        <source>status on %1: %2</source>
        <translation>%1 күнгі мәртебе: %2</translation>
    </message>
    <message>
        <source>theme: %1</source>
        <translation>тақырып: %1</translation>
    </message>
    <message>
        <source>recommended by %1</source>
        <translation>ұсыным берген: %1</translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation>мекеме: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>мәтін: «%1»</translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation>Барлық ұсынымдар</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import recommendations</source>
        <translation>Ұсынымдарды импорттау</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Файлдар: %1</translation>
    </message>
    <message>
        <source>&amp;Skip rows that cannot be read (they are listed afterwards)</source>
        <translation>Оқылмайтын жолдарды &amp;өткізіп жіберу (олар кейін тізіммен көрсетіледі)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Preview of:</source>
        <translation>Алдын ала қарау:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Құрылымы:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодтау</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматты</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодтау:</translation>
    </message>
    <message>
        <source>Mechanism of rows without one</source>
        <translation>Тетігі көрсетілмеген жолдардың тетігі</translation>
    </message>
    <message>
        <source>None: a column must say</source>
        <translation>Жоқ: тетікті баған көрсетуі керек</translation>
    </message>
    <message>
        <source>&amp;Mechanism when no column says:</source>
        <translation>Баған көрсетпесе, &amp;тетік:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Файлды алдын ала қарау</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Қай бағанда не бар</translation>
    </message>
    <message>
        <source>Status words to read</source>
        <translation>Оқылатын мәртебе сөздері</translation>
    </message>
    <message>
        <source>%1. The columns chosen also apply to the other files with the same columns; the rest are read by their own layout.</source>
        <translation>%1. Таңдалған бағандар дәл осындай бағандары бар басқа файлдарға да қолданылады; қалғандары өз құрылымы бойынша оқылады.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Автоматты (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read as it is; try another encoding, or cancel.</source>
        <translation>Файлды осы күйінде оқу мүмкін емес; басқа кодтауды таңдаңыз немесе бас тартыңыз.</translation>
    </message>
    <message>
        <source>%1, read through the columns chosen below</source>
        <translation>%1, төменде таңдалған бағандар арқылы оқылады</translation>
    </message>
    <message>
        <source>Columns as you chose them for this layout last time</source>
        <translation>Бағандар осы құрылым үшін соңғы рет таңдалғандай</translation>
    </message>
    <message>
        <source>Not a layout the program knows: choose below which column holds which field</source>
        <translation>Бағдарламаға белгісіз құрылым: төменде қай бағанда қай өріс бар екенін таңдаңыз</translation>
    </message>
    <message>
        <source>Choose the column that holds the text of the recommendations.</source>
        <translation>Ұсынымдардың мәтіні бар бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the column that names the mechanism (UPR, CCPR, CAT, ...), or the mechanism of all the rows. A file read in its own known layout needs neither, but only while its columns are left as they were.</source>
        <translation>Тетік аталған бағанды (UPR, CCPR, CAT, ...) немесе барлық жолдарға ортақ тетікті таңдаңыз. Өзіне белгілі құрылыммен оқылатын файлға бұлардың ешқайсысы қажет емес, бірақ оның бағандары бастапқы күйінде қалғанда ғана.</translation>
    </message>
    <message>
        <source>The character encoding the file is read in; the preview follows each choice</source>
        <translation>Файл оқылатын таңбалар кодтауы; алдын ала қарау әр таңдауға сай жаңарады</translation>
    </message>
    <message>
        <source>The mechanism given to rows whose mechanism column is empty or missing</source>
        <translation>Тетік бағаны бос немесе жоқ жолдарға берілетін тетік</translation>
    </message>
    <message>
        <source>The first rows of the file as they are read with the choices made</source>
        <translation>Файлдың таңдалған параметрлермен оқылған алғашқы жолдары</translation>
    </message>
    <message>
        <source>Imports the rows that can be read and lists the others; otherwise one unreadable row stops the import</source>
        <translation>Оқылатын жолдарды импорттап, қалғандарын тізіп шығарады; әйтпесе бір оқылмайтын жол импортты тоқтатады</translation>
    </message>
    <message>
        <source>Imports the files with these choices</source>
        <translation>Файлдарды осы параметрлермен импорттайды</translation>
    </message>
    <message>
        <source>Closes the dialog without importing anything</source>
        <translation>Ештеңе импорттамай, терезені жабады</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорттан бас тартылды; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>%1: the columns (%2) are not a layout this program knows; say which column holds which field with --map, e.g. --map &quot;text=Recommendation,state=Country&quot;.</source>
        <translation>%1: бағандар (%2) бұл бағдарламаға белгілі құрылым емес; қай бағанда қай өріс бар екенін --map арқылы көрсетіңіз, мысалы, --map &quot;text=Recommendation,state=Country&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2: no column %3 in the header (%4).</source>
        <translation>%1, %2-жол: тақырып жолында %3 бағаны жоқ (%4).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Recommendation Tracker JSON</source>
        <translation>%1: Recommendation Tracker JSON</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, %2-жазба</translation>
    </message>
    <message>
        <source>%1: Universal Human Rights Index JSON</source>
        <translation>%1: Адам құқықтарының әмбебап индексі, JSON</translation>
    </message>
    <message>
        <source>%1: XLSX</source>
        <translation>%1: XLSX</translation>
    </message>
    <message>
        <source>%1: CSV in %2</source>
        <translation>%1: CSV, кодтауы %2</translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;; use one of: %2.</source>
        <translation>белгісіз &quot;%1&quot; импорт пішімі; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>%1 is the same recommendation as %2; the first is kept.</source>
        <translation>%1 — %2 ұсынымымен бірдей; біріншісі сақталды.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n recommendation(s)</source>
        <translation>
            <numerusform>%n ұсынымды импорттау</numerusform>
            <numerusform>%n ұсынымды импорттау</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталған жоқ: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
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
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <source>The recommendations that match the filters</source>
        <translation>Сүзгілерге сәйкес келетін ұсынымдар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Мәртебелер тарихы</translation>
    </message>
    <message>
        <source>Every status the selected recommendation has had; the bold entry defines the current status</source>
        <translation>Таңдалған ұсынымның барлық мәртебелері; ағымдағы мәртебені қалың қаріппен белгіленген жазба анықтайды</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>Дерекқорды &amp;ашу...</translation>
    </message>
    <message>
        <source>Load the illustrative &amp;sample</source>
        <translation>Көрнекі &amp;үлгіні жүктеу</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импорттау...</translation>
    </message>
    <message>
        <source>Export &amp;recommendations...</source>
        <translation>&amp;Ұсынымдарды экспорттау...</translation>
    </message>
    <message>
        <source>&amp;Export chart...</source>
        <translation>Диаграмманы &amp;экспорттау...</translation>
    </message>
    <message>
        <source>Export &amp;all charts...</source>
        <translation>Барлық &amp;диаграммаларды экспорттау...</translation>
    </message>
    <message>
        <source>&amp;Print chart...</source>
        <translation>Диаграмманы &amp;басып шығару...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Add recommendation...</source>
        <translation>&amp;Ұсыным қосу...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Жою...</translation>
    </message>
    <message>
        <source>Assign &amp;status...</source>
        <translation>&amp;Мәртебе беру...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>&amp;Ұсынымдар</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Іздеу индексін қайта құру</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Recommendation Tracker</source>
        <translation>Recommendation Tracker &amp;туралы</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Could not read the recommendations</source>
        <translation>Ұсынымдарды оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Өзгерісті сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>%1 - Recommendation Tracker%2</source>
        <translation>%1 - Recommendation Tracker%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (тек оқу үшін)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Recommendation Tracker databases (*.sqlite *.db *.rectracker);;All files (*)</source>
        <translation>Recommendation Tracker дерекқорлары (*.sqlite *.db *.rectracker);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Дерекқорды ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Көрсетілуде: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The recommendation being edited has changes that are not saved yet.</source>
        <translation>Өңделіп жатқан ұсынымда әлі сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>The recommendation could not be added</source>
        <translation>Ұсынымды қосу мүмкін болмады</translation>
    </message>
    <message>
        <source>Added; the current filters hide the new recommendation.</source>
        <translation>Қосылды; ағымдағы сүзгілер жаңа ұсынымды жасырып тұр.</translation>
    </message>
    <message>
        <source>Could not duplicate</source>
        <translation>Телнұсқасын жасау мүмкін болмады</translation>
    </message>
    <message>
        <source>Delete recommendations</source>
        <translation>Ұсынымдарды жою</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendation(s) with their status history? You can undo this with Edit &gt; Undo.</source>
        <translation>
            <numerusform>%n ұсынымды мәртебелер тарихымен бірге жою керек пе? Мұны Түзету &gt; Болдырмау арқылы болдырмауға болады.</numerusform>
            <numerusform>%n ұсынымды мәртебелер тарихымен бірге жою керек пе? Мұны Түзету &gt; Болдырмау арқылы болдырмауға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Жою мүмкін болмады</translation>
    </message>
    <message>
        <source>The status was not assigned</source>
        <translation>Мәртебе берілмеді</translation>
    </message>
    <message numerus="yes">
        <source>Status assigned to %n recommendation(s).</source>
        <translation>
            <numerusform>%n ұсынымға мәртебе берілді.</numerusform>
            <numerusform>%n ұсынымға мәртебе берілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample could not be loaded</source>
        <translation>Үлгіні жүктеу мүмкін болмады</translation>
    </message>
    <message>
        <source>Load the illustrative sample</source>
        <translation>Көрнекі үлгіні жүктеу</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n illustrative sample recommendation(s).</source>
        <translation>
            <numerusform>Көрнекі үлгідегі %n ұсыным жүктелді.</numerusform>
            <numerusform>Көрнекі үлгідегі %n ұсыным жүктелді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with the sample?</source>
        <translation>Үлгіден бастайсыз ба?</translation>
    </message>
    <message>
        <source>The database is empty. Load the bundled sample so you can try the application?

%1

You can remove it with Edit &gt; Undo, or load it later from the File menu.</source>
        <translation>Дерекқор бос. Қолданбаны сынап көру үшін бірге берілген үлгіні жүктейсіз бе?

%1

Оны Түзету &gt; Болдырмау арқылы алып тастауға немесе кейінірек Файл мәзірінен жүктеуге болады.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n ұсыным</numerusform>
            <numerusform>%n ұсыным</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recommendation(s) shown</source>
        <translation>
            <numerusform>%n ұсынымның ішінен %1 көрсетілді</numerusform>
            <numerusform>%n ұсынымның ішінен %1 көрсетілді</numerusform>
        </translation>
    </message>
    <message>
        <source>About Recommendation Tracker</source>
        <translation>Recommendation Tracker туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recommendation Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN human rights mechanisms: the Universal Periodic Review and the treaty bodies.&lt;/p&gt;&lt;p&gt;The bundled sample is illustrative: its texts paraphrase A/HRC/14/10 and CCPR/C/KAZ/CO/1 and its status histories are invented.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recommendation Tracker %1&lt;/h3&gt;&lt;p&gt;БҰҰ-ның адам құқықтары жөніндегі тетіктерінің — Жалпыға бірдей мерзімдік шолудың және шарттық органдардың ұсынымдары бойынша кейінгі іс-шараларды қадағалау.&lt;/p&gt;&lt;p&gt;Бірге берілген үлгі тек көрнекілік үшін: оның мәтіндері A/HRC/14/10 және CCPR/C/KAZ/CO/1 құжаттарының мазмұнын өз сөзімен баяндайды, ал мәртебелер тарихы ойдан құрастырылған.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rebuilding the search index...</source>
        <translation>Іздеу индексі қайта құрылуда...</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>Іздеу индексі қайта құрылды.</translation>
    </message>
    <message>
        <source>Rebuilding the search index was cancelled; the index is as it was.</source>
        <translation>Іздеу индексін қайта құрудан бас тартылды; индекс бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt</source>
        <translation>Іздеу индексін қайта құру мүмкін болмады</translation>
    </message>
    <message>
        <source>The list of recent databases was cleared.</source>
        <translation>Соңғы дерекқорлар тізімі тазартылды.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Көріністер</translation>
    </message>
    <message>
        <source>The recommendation table with its detail editor, and the charts</source>
        <translation>Толық мәліметтерді өңдеу тақтасы бар ұсынымдар кестесі және диаграммалар</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <source>Recommendation details</source>
        <translation>Ұсыным туралы толық мәлімет</translation>
    </message>
    <message>
        <source>Assign a status</source>
        <translation>Мәртебе беру</translation>
    </message>
    <message>
        <source>Number of recommendations</source>
        <translation>Ұсынымдар саны</translation>
    </message>
    <message>
        <source>How many recommendations match the filters, of how many stored</source>
        <translation>Сақталған ұсынымдардың барлығы қанша және олардың қаншасы сүзгілерге сәйкес келеді</translation>
    </message>
    <message>
        <source>Recommendation Tracker</source>
        <translation>Recommendation Tracker</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n жол көшірілді.</numerusform>
            <numerusform>%n жол көшірілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Жаңа дерекқор...</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>&amp;Соңғы дерекқорлар</translation>
    </message>
    <message>
        <source>&amp;Clear recent</source>
        <translation>Тізімді &amp;тазарту</translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation>Көшірмесін сақ&amp;тау...</translation>
    </message>
    <message>
        <source>C&amp;lose database</source>
        <translation>Дерекқорды жаб&amp;у</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Copies the selected rows as a table, with a header row</source>
        <translation>Таңдалған жолдарды тақырып жолы бар кесте ретінде көшіреді</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Б&amp;арлығын таңдау</translation>
    </message>
    <message>
        <source>&amp;Edit recommendation</source>
        <translation>Ұсынымды &amp;өңдеу</translation>
    </message>
    <message>
        <source>Moves to the detail editor of the selected recommendation</source>
        <translation>Таңдалған ұсынымның толық мәліметтерін өңдеу тақтасына өтеді</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Could not create the database</source>
        <translation>Дерекқорды жасау мүмкін болмады</translation>
    </message>
    <message>
        <source>%1 is an existing database; it was opened as it is.</source>
        <translation>%1 — бұрыннан бар дерекқор; ол өзгеріссіз ашылды.</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>%1 дерекқоры жасалды.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent databases.</source>
        <translation>%1 енді жоқ; ол соңғы дерекқорлар тізімінен алынып тасталды.</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 көшірмесі.%2</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Дерекқордың көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Saving a copy of the database...</source>
        <translation>Дерекқордың көшірмесі сақталуда...</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Көшірмені сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Saved a copy of the database to %1.</source>
        <translation>Дерекқордың көшірмесі %1 файлына сақталды.</translation>
    </message>
    <message>
        <source>The database was closed.</source>
        <translation>Дерекқор жабылды.</translation>
    </message>
    <message>
        <source>Open a database first, then drop the files on it to import them.</source>
        <translation>Алдымен дерекқорды ашыңыз, содан кейін импорттау үшін файлдарды оған сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported into it.</source>
        <translation>Дерекқор тек оқу үшін ашылған; оған ештеңе импорттауға болмайды.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>No database is open, so the files were not imported.</source>
        <translation>Дерекқор ашылмаған, сондықтан файлдар импортталмады.</translation>
    </message>
    <message>
        <source>Cop&amp;y chart</source>
        <translation>Диаграмманы &amp;көшіру</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Телнұсқалау</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n row(s)...</source>
        <translation>
            <numerusform>%n жол көшірілуде...</numerusform>
            <numerusform>%n жол көшірілуде...</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying was cancelled; the clipboard is as it was.</source>
        <translation>Көшіруден бас тартылды; алмасу буфері бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <source>Could not copy the rows</source>
        <translation>Жолдарды көшіру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>Mechanism</name>
    <message>
        <source>Universal Periodic Review</source>
        <translation>Жалпыға бірдей мерзімдік шолу</translation>
    </message>
    <message>
        <source>Human Rights Committee (ICCPR)</source>
        <translation>Адам құқықтары жөніндегі комитет (АСҚХП)</translation>
    </message>
    <message>
        <source>Committee against Torture (CAT)</source>
        <translation>Азаптауларға қарсы комитет (CAT)</translation>
    </message>
    <message>
        <source>Committee on the Elimination of Discrimination against Women (CEDAW)</source>
        <translation>Әйелдерге қатысты кемсітушілікті жою жөніндегі комитет (CEDAW)</translation>
    </message>
    <message>
        <source>Committee on Economic, Social and Cultural Rights (CESCR)</source>
        <translation>Экономикалық, әлеуметтік және мәдени құқықтар жөніндегі комитет (CESCR)</translation>
    </message>
    <message>
        <source>Committee on the Rights of the Child (CRC)</source>
        <translation>Бала құқықтары жөніндегі комитет (CRC)</translation>
    </message>
    <message>
        <source>Committee on the Elimination of Racial Discrimination (CERD)</source>
        <translation>Нәсілдік кемсітушілікті жою жөніндегі комитет (CERD)</translation>
    </message>
    <message>
        <source>Committee on the Rights of Persons with Disabilities (CRPD)</source>
        <translation>Мүгедектігі бар адамдардың құқықтары жөніндегі комитет (CRPD)</translation>
    </message>
    <message>
        <source>Committee on Migrant Workers (CMW)</source>
        <translation>Еңбекші мигранттар жөніндегі комитет (CMW)</translation>
    </message>
    <message>
        <source>Committee on Enforced Disappearances (CED)</source>
        <translation>Күштеп жоғалтулар жөніндегі комитет (CED)</translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation>Арнайы рәсімдер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>UPR</source>
        <comment>abbreviation: Universal Periodic Review</comment>
        <translation>ЖМШ</translation>
    </message>
    <message>
        <source>CCPR</source>
        <comment>abbreviation: Human Rights Committee</comment>
        <translation>CCPR</translation>
    </message>
    <message>
        <source>CAT</source>
        <comment>abbreviation: Committee against Torture</comment>
        <translation>CAT</translation>
    </message>
    <message>
        <source>CEDAW</source>
        <comment>abbreviation: Committee on the Elimination of Discrimination against Women</comment>
        <translation>CEDAW</translation>
    </message>
    <message>
        <source>CESCR</source>
        <comment>abbreviation: Committee on Economic, Social and Cultural Rights</comment>
        <translation>CESCR</translation>
    </message>
    <message>
        <source>CRC</source>
        <comment>abbreviation: Committee on the Rights of the Child</comment>
        <translation>CRC</translation>
    </message>
    <message>
        <source>CERD</source>
        <comment>abbreviation: Committee on the Elimination of Racial Discrimination</comment>
        <translation>CERD</translation>
    </message>
    <message>
        <source>CRPD</source>
        <comment>abbreviation: Committee on the Rights of Persons with Disabilities</comment>
        <translation>CRPD</translation>
    </message>
    <message>
        <source>CMW</source>
        <comment>abbreviation: Committee on Migrant Workers</comment>
        <translation>CMW</translation>
    </message>
    <message>
        <source>CED</source>
        <comment>abbreviation: Committee on Enforced Disappearances</comment>
        <translation>CED</translation>
    </message>
    <message>
        <source>SP</source>
        <comment>abbreviation: special procedures</comment>
        <translation>АР</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>abbreviation: another mechanism</comment>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <source>New recommendation</source>
        <translation>Жаңа ұсыным</translation>
    </message>
    <message>
        <source>Adds the recommendation with these fields</source>
        <translation>Ұсынымды осы өрістермен қосады</translation>
    </message>
    <message>
        <source>Closes the dialog without adding anything</source>
        <translation>Ештеңе қоспай, терезені жабады</translation>
    </message>
</context>
<context>
    <name>NoDatabasePage</name>
    <message>
        <source>No database is open</source>
        <translation>Ешбір дерекқор ашылмаған</translation>
    </message>
    <message>
        <source>Create a new database, open an existing one, or choose one you used recently.</source>
        <translation>Жаңа дерекқор жасаңыз, бар дерекқорды ашыңыз немесе соңғы кезде пайдаланғандарыңыздың бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Жаңа дерекқор...</translation>
    </message>
    <message>
        <source>Creates an empty database file and opens it</source>
        <translation>Бос дерекқор файлын жасап, оны ашады</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>Дерекқорды &amp;ашу...</translation>
    </message>
    <message>
        <source>Opens an existing database file</source>
        <translation>Бар дерекқор файлын ашады</translation>
    </message>
    <message>
        <source>Lists the databases opened last</source>
        <translation>Соңғы ашылған дерекқорларды тізіп көрсетеді</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы дерекқорлар</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
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
        <translation>Белгісіз &quot;%1&quot; тетігі; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>The state under review is missing.</source>
        <translation>Шолу жүргізілетін мемлекет көрсетілмеген.</translation>
    </message>
    <message>
        <source>The text of the recommendation is missing.</source>
        <translation>Ұсынымның мәтіні жоқ.</translation>
    </message>
    <message>
        <source>The UPR cycle %1 is not a valid cycle number.</source>
        <translation>%1 — жарамды ЖМШ циклінің нөмірі емес.</translation>
    </message>
    <message>
        <source>The UPR session %1 is not a valid session number.</source>
        <translation>%1 — жарамды ЖМШ сессиясының нөмірі емес.</translation>
    </message>
    <message>
        <source>SDG %1 does not exist; the goals are numbered 1 to 17.</source>
        <translation>%1 нөмірлі ТДМ жоқ; мақсаттар 1-ден 17-ге дейін нөмірленген.</translation>
    </message>
    <message>
        <source>The document date is not a valid date.</source>
        <translation>Құжат күні жарамды күн емес.</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>Орындау мерзімі жарамды күн емес.</translation>
    </message>
</context>
<context>
    <name>RecommendationEdits</name>
    <message>
        <source>The database %1 is read-only; nothing was changed.</source>
        <translation>%1 дерекқоры тек оқуға арналған; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Another change is still being saved; nothing else was changed. Try again when it is done.</source>
        <translation>Басқа өзгеріс әлі сақталып жатыр; басқа ештеңе өзгертілген жоқ. Ол аяқталғанда қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Ұсыным қосу</translation>
    </message>
    <message>
        <source>There is nothing to add.</source>
        <translation>Қосатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Edit recommendation %1 %2</source>
        <translation>%1 %2 ұсынымын өңдеу</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n recommendation(s)</source>
        <translation>
            <numerusform>%n ұсынымды телнұсқалау</numerusform>
            <numerusform>%n ұсынымды телнұсқалау</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation was selected.</source>
        <translation>Ешбір ұсыным таңдалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendation(s)</source>
        <translation>
            <numerusform>%n ұсынымды жою</numerusform>
            <numerusform>%n ұсынымды жою</numerusform>
        </translation>
    </message>
    <message>
        <source>The effective date is missing or is not a real date.</source>
        <translation>Күшіне енген күні көрсетілмеген немесе нақты күн емес.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n recommendation(s) to %1</source>
        <translation>
            <numerusform>%n ұсынымға «%1» мәртебесін беру</numerusform>
            <numerusform>%n ұсынымға «%1» мәртебесін беру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n recommendation(s)</source>
        <translation>
            <numerusform>%n ұсынымды оқу</numerusform>
            <numerusform>%n ұсынымды оқу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>e.g. 5; 16</source>
        <translation>мысалы, 5; 16</translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation>бірнешеуін ; арқылы бөліңіз</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Тетік:</translation>
    </message>
    <message>
        <source>The UN body that issued the recommendation</source>
        <translation>Ұсынымды берген БҰҰ органы</translation>
    </message>
    <message>
        <source>State under re&amp;view:</source>
        <translation>Шолу жүргізілетін &amp;мемлекет:</translation>
    </message>
    <message>
        <source>The country the recommendation is addressed to</source>
        <translation>Ұсыным берілген ел</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>Шартты &amp;белгі:</translation>
    </message>
    <message>
        <source>The UN document symbol, such as A/HRC/14/10</source>
        <translation>БҰҰ құжатының шартты белгісі, мысалы, A/HRC/14/10</translation>
    </message>
    <message>
        <source>Para&amp;graph:</source>
        <translation>Т&amp;армақ:</translation>
    </message>
    <message>
        <source>The paragraph number in the document, such as 97.1</source>
        <translation>Құжаттағы тармақ нөмірі, мысалы, 97.1</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Мәт&amp;ін:</translation>
    </message>
    <message>
        <source>The text of the recommendation</source>
        <translation>Ұсынымның мәтіні</translation>
    </message>
    <message>
        <source>UPR c&amp;ycle:</source>
        <translation>ЖМШ &amp;циклі:</translation>
    </message>
    <message>
        <source>The UPR cycle; none for treaty bodies</source>
        <translation>ЖМШ циклі; шарттық органдар үшін — жоқ</translation>
    </message>
    <message>
        <source>UPR sessio&amp;n:</source>
        <translation>ЖМШ &amp;сессиясы:</translation>
    </message>
    <message>
        <source>The UPR Working Group session number</source>
        <translation>ЖМШ жөніндегі жұмыс тобы сессиясының нөмірі</translation>
    </message>
    <message>
        <source>&amp;Document date:</source>
        <translation>&amp;Құжат күні:</translation>
    </message>
    <message>
        <source>The date of the document</source>
        <translation>Құжаттың күні</translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation>&amp;Ұсыным берген:</translation>
    </message>
    <message>
        <source>Recommending states, separated by semicolons</source>
        <translation>Ұсыным берген мемлекеттер, нүктелі үтірмен бөлінеді</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>Тақ&amp;ырыптар:</translation>
    </message>
    <message>
        <source>Themes, separated by semicolons</source>
        <translation>Тақырыптар, нүктелі үтірмен бөлінеді</translation>
    </message>
    <message>
        <source>Affected &amp;persons:</source>
        <translation>Қатысты тұ&amp;лғалар:</translation>
    </message>
    <message>
        <source>Affected groups, separated by semicolons</source>
        <translation>Қатысты топтар, нүктелі үтірмен бөлінеді</translation>
    </message>
    <message>
        <source>SD&amp;Gs:</source>
        <translation>Т&amp;ДМ:</translation>
    </message>
    <message>
        <source>Sustainable Development Goals, numbers 1 to 17</source>
        <translation>Тұрақты даму мақсаттары, 1-ден 17-ге дейінгі нөмірлер</translation>
    </message>
    <message>
        <source>&amp;Institutions:</source>
        <translation>Мек&amp;емелер:</translation>
    </message>
    <message>
        <source>Responsible national institutions, separated by semicolons</source>
        <translation>Жауапты ұлттық мекемелер, нүктелі үтірмен бөлінеді</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Орындау мерзімі:</translation>
    </message>
    <message>
        <source>When the recommendation should be implemented</source>
        <translation>Ұсыным қашан орындалуы керек</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ес&amp;кертпелер:</translation>
    </message>
    <message>
        <source>Your notes on this recommendation</source>
        <translation>Осы ұсыным бойынша сіздің ескертпелеріңіз</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Өзгерістерді қолдану</translation>
    </message>
    <message>
        <source>Save the edited fields (Ctrl+Return)</source>
        <translation>Өңделген өрістерді сақтау (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Қайтар&amp;у</translation>
    </message>
    <message>
        <source>Discard the edits and show the stored fields</source>
        <translation>Өңдеулерді тастап, сақталған өрістерді көрсету</translation>
    </message>
    <message>
        <source>No recommendation is selected.</source>
        <translation>Ешбір ұсыным таңдалмаған.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG number; type numbers from 1 to 17 separated by semicolons.</source>
        <translation>&quot;%1&quot; — ТДМ нөмірі емес; 1-ден 17-ге дейінгі нөмірлерді нүктелі үтірмен бөліп теріңіз.</translation>
    </message>
</context>
<context>
    <name>RecommendationJson</name>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; өрісі мәтін болуы керек.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of texts.</source>
        <translation>&quot;%1&quot; өрісі мәтіндер тізімі болуы керек.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; өрісі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds &quot;%2&quot;, which is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; өрісінде &quot;%2&quot; бар, бұл ЖЖЖЖ-АА-КК түріндегі күн емес.</translation>
    </message>
    <message>
        <source>The field &quot;sdgs&quot; must be a list of numbers.</source>
        <translation>&quot;sdgs&quot; өрісі сандар тізімі болуы керек.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; in the history; use one of: %2.</source>
        <translation>Тарихта белгісіз &quot;%1&quot; мәртебесі бар; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>A history entry has no date.</source>
        <translation>Тарихтағы бір жазбаның күні жоқ.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Файл жарамды JSON емес (%1, байт: %2).</translation>
    </message>
    <message>
        <source>The file is not a Recommendation Tracker JSON file.</source>
        <translation>Файл Recommendation Tracker JSON файлы емес.</translation>
    </message>
    <message>
        <source>Recommendation %1 in the file: %2</source>
        <translation>Файлдағы %1-ұсыным: %2</translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>Бірге берілетін үлгі осы құрастырмада жоқ.</translation>
    </message>
</context>
<context>
    <name>RecommendationRepository</name>
    <message>
        <source>There is no recommendation with id %1.</source>
        <translation>id-і %1 болатын ұсыным жоқ.</translation>
    </message>
    <message>
        <source>There is no status change with id %1.</source>
        <translation>id-і %1 болатын мәртебе өзгерісі жоқ.</translation>
    </message>
    <message>
        <source>The effective date of a status change is missing or not a real date.</source>
        <translation>Мәртебе өзгерісінің күшіне енген күні көрсетілмеген немесе нақты күн емес.</translation>
    </message>
</context>
<context>
    <name>RecommendationTableModel</name>
    <message>
        <source>How well the text, symbol and paragraph match the search words, as a share of the best match</source>
        <translation>Мәтіннің, шартты белгінің және тармақтың іздеу сөздеріне қаншалықты сәйкес келетіні, ең жақсы сәйкестікке шаққандағы үлес ретінде</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Шартты белгі</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Тетік</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Шолу жүргізілетін мемлекет</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Ұсыным берген</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Сәйкестік</translation>
    </message>
</context>
<context>
    <name>RecordTransfer</name>
    <message numerus="yes">
        <source>Added %n recommendation(s).</source>
        <translation>
            <numerusform>%n ұсыным қосылды.</numerusform>
            <numerusform>%n ұсыным қосылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n voluntary pledge(s), which are not recommendations.</source>
        <translation>
            <numerusform>Ұсыным болып табылмайтын %n ерікті міндеттеме алынып тасталды.</numerusform>
            <numerusform>Ұсыным болып табылмайтын %n ерікті міндеттеме алынып тасталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) that could not be read; see the details for where and why.</source>
        <translation>
            <numerusform>Оқылмаған %n жол өткізіп жіберілді; қай жерде және неліктен екенін толық мәліметтерден қараңыз.</numerusform>
            <numerusform>Оқылмаған %n жол өткізіп жіберілді; қай жерде және неліктен екенін толық мәліметтерден қараңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); see the details.</source>
        <translation>
            <numerusform>%n ескерту; толық мәліметтерді қараңыз.</numerusform>
            <numerusform>%n ескерту; толық мәліметтерді қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Оқылғандар:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Өткізіп жіберілген жолдар:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Ескертулер:</translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation>Ұсынымдарды импорттау</translation>
    </message>
    <message>
        <source>Recommendation files (*.csv *.tsv *.txt *.xlsx *.json);;CSV text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;JSON (*.json);;All files (*)</source>
        <translation>Ұсынымдар файлдары (*.csv *.tsv *.txt *.xlsx *.json);;CSV мәтіні (*.csv *.tsv *.txt);;Excel жұмыс кітаптары (*.xlsx);;JSON (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation>
            <numerusform>%n файл импортталуда...</numerusform>
            <numerusform>%n файл импортталуда...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Бас тартылды; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ештеңе импортталған жоқ</translation>
    </message>
    <message>
        <source>%1

The database is as it was. Correct the file, or choose other columns or status words, or skip the rows that cannot be read, and import again.</source>
        <translation>%1

Дерекқор бұрынғы күйінде қалды. Файлды түзетіңіз, немесе басқа бағандарды не мәртебе сөздерін таңдаңыз, немесе оқылмайтын жолдарды өткізіп жіберіңіз де, қайта импорттаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recommendation(s).</source>
        <translation>
            <numerusform>%n ұсыным импортталды.</numerusform>
            <numerusform>%n ұсыным импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт аяқталды</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with a byte order mark (*.csv)</source>
        <translation>Excel үшін CSV, байт ретінің белгісі бар UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel жұмыс кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON with the whole status history (*.json)</source>
        <translation>Мәртебелердің толық тарихы бар JSON (*.json)</translation>
    </message>
    <message>
        <source>Export recommendations</source>
        <translation>Ұсынымдарды экспорттау</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>ұсынымдар</translation>
    </message>
    <message>
        <source>Exporting recommendations...</source>
        <translation>Ұсынымдар экспортталуда...</translation>
    </message>
    <message>
        <source>The recommendations could not be exported</source>
        <translation>Ұсынымдарды экспорттау мүмкін болмады</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recommendation(s) to %1.</source>
        <translation>
            <numerusform>%1 файлына %n ұсыным экспортталды.</numerusform>
            <numerusform>%1 файлына %n ұсыным экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out as duplicates: %1, %2.</source>
        <translation>Қайталанатын ұсынымдар алынып тасталды: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n — дерекқорда бұрыннан бар</numerusform>
            <numerusform>%n — дерекқорда бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the files</source>
        <translation>
            <numerusform>%n — файлдарда қайталанған</numerusform>
            <numerusform>%n — файлдарда қайталанған</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index could not be rebuilt: %1</source>
        <translation>Іздеу индексін қайта құру мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsAggregates</name>
    <message>
        <source>The statistics need an open SQLite database.</source>
        <translation>Статистика үшін ашық SQLite дерекқоры қажет.</translation>
    </message>
    <message>
        <source>The statistics cannot be counted: Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2). Build the program against the SQLite library Qt uses.</source>
        <translation>Статистиканы есептеу мүмкін емес: Qt-тың SQLite драйвері осы бағдарламадағыдан (%2) басқа SQLite кітапханасын (%1) пайдаланады. Бағдарламаны Qt пайдаланатын SQLite кітапханасымен құрастырыңыз.</translation>
    </message>
    <message>
        <source>The statistics functions could not be installed: %1</source>
        <translation>Статистика функцияларын орнату мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsQueries</name>
    <message>
        <source>The first year %1 is after the last year %2.</source>
        <translation>Бірінші жыл (%1) соңғы жылдан (%2) кейін тұр.</translation>
    </message>
    <message>
        <source>The progress by year could not be read back from the database.</source>
        <translation>Жылдар бойынша орындалу барысын дерекқордан қайта оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The records received per year could not be read back from the database.</source>
        <translation>Жыл сайын алынған жазбаларды дерекқордан қайта оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The current statuses could not be read back from the database.</source>
        <translation>Ағымдағы мәртебелерді дерекқордан қайта оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The chart statistics could not be read back from the database.</source>
        <translation>Диаграммалар статистикасын дерекқордан қайта оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>Жауап күтілуде</translation>
    </message>
    <message>
        <source>Accepted (supported)</source>
        <translation>Қабылданды (қолдау тапты)</translation>
    </message>
    <message>
        <source>Rejected (noted)</source>
        <translation>Қабылданбады (назарға алынды)</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Орындалды</translation>
    </message>
</context>
<context>
    <name>StatusAssignPanel</name>
    <message>
        <source>New status</source>
        <translation>Жаңа мәртебе</translation>
    </message>
    <message>
        <source>The status to assign to the selected recommendations</source>
        <translation>Таңдалған ұсынымдарға берілетін мәртебе</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>The date the status took effect; may lie in the past</source>
        <translation>Мәртебенің күшіне енген күні; өткен күн болуы мүмкін</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>What happened, in a sentence</source>
        <translation>Не болғаны, бір сөйлеммен</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Дәлелге сілтеме</translation>
    </message>
    <message>
        <source>A link to the law, report or decision that shows the status</source>
        <translation>Мәртебені растайтын заңға, баяндамаға немесе шешімге сілтеме</translation>
    </message>
    <message>
        <source>Assign status</source>
        <translation>Мәртебе беру</translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation>Жаңа &amp;мәртебе:</translation>
    </message>
    <message>
        <source>E&amp;ffective date:</source>
        <translation>&amp;Күшіне енген күні:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>&amp;Evidence link:</source>
        <translation>&amp;Дәлелге сілтеме:</translation>
    </message>
    <message>
        <source>&amp;Assign status</source>
        <translation>Мәртебе &amp;беру</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign status to %n recommendations</source>
        <translation>
            <numerusform>%n ұсынымға мәртебе &amp;беру</numerusform>
            <numerusform>%n ұсынымға мәртебе &amp;беру</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives the selected recommendations this status from this date, as one step that can be undone</source>
        <translation>Таңдалған ұсынымдарға осы мәртебені осы күннен бастап бір әрекетпен береді; бұл әрекетті болдырмауға болады</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>This entry defines the current status.</source>
        <translation>Бұл жазба ағымдағы мәртебені анықтайды.</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Күшіне енген</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Тіркелген</translation>
    </message>
</context>
<context>
    <name>StatusWordsForm</name>
    <message>
        <source>Rows with a word left unchosen cannot be read.</source>
        <translation>Сөзі таңдалмай қалған жолдарды оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(таңдалмаған)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; means:</source>
        <translation>&quot;%1&quot; мағынасы:</translation>
    </message>
    <message>
        <source>Every status in the file is a word the program knows.</source>
        <translation>Файлдағы әр мәртебе — бағдарламаға белгілі сөз.</translation>
    </message>
    <message>
        <source>Say what each of these words means. Rows with a word left unchosen cannot be read.</source>
        <translation>Осы сөздердің әрқайсысы нені білдіретінін көрсетіңіз. Сөзі таңдалмай қалған жолдарды оқу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>TableRecords</name>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, %2-жол, %3-баған (%4): %5</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2-жол: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; — рұқсат етілген бүтін сан емес (ең кемі %2, ең көбі %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; — күн емес; оны ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation>белгісіз &quot;%1&quot; тетігі; мыналардың бірін пайдаланыңыз: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sustainable Development Goal (1 to 17).</source>
        <translation>&quot;%1&quot; — Тұрақты даму мақсаты емес (1-ден 17-ге дейін).</translation>
    </message>
    <message>
        <source>%1: session %2 is not in the UPR calendar, so it gives no date.</source>
        <translation>%1: %2 сессиясы ЖМШ күнтізбесінде жоқ, сондықтан ол бойынша күнді анықтау мүмкін емес.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use %2.</source>
        <translation>белгісіз &quot;%1&quot; мәртебесі; %2 пайдаланыңыз.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is read as accepted; note what was not supported.</source>
        <translation>%1: &quot;%2&quot; қабылданды деп оқылды; нені қолдау таппағанын ескертпеге жазыңыз.</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; has no date: give a status date, a document date or a UPR session.</source>
        <translation>&quot;%1&quot; мәртебесінің күні жоқ: мәртебе күнін, құжат күнін немесе ЖМШ сессиясын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Дереккөзінен импортталды: %1</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is not a text file: it holds NUL bytes, as a ZIP archive, an XLSX workbook or an image does. Choose a CSV file, or save the sheet as CSV first.</source>
        <translation>Файл мәтіндік файл емес: онда ZIP архивіндегі, XLSX жұмыс кітабындағы немесе кескіндегідей NUL байттары бар. CSV файлын таңдаңыз немесе алдымен парақты CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The file holds bytes that are not valid %1 text; choose another encoding, or &quot;auto&quot; to detect it.</source>
        <translation>Файлда жарамды %1 мәтіні болып табылмайтын байттар бар; басқа кодтауды таңдаңыз немесе оны автоматты анықтау үшін &quot;auto&quot; таңдаңыз.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use one of UTF-8, UTF-16, windows-1251, windows-1252, macintosh or another ICU name.</source>
        <translation>Белгісіз &quot;%1&quot; кодтауы; UTF-8, UTF-16, windows-1251, windows-1252, macintosh немесе басқа ICU атауын пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>ThreadConnection</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>%1 дерекқорын ашу мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>UhriJson</name>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, %2 өрісі: %3</translation>
    </message>
    <message>
        <source>unknown body &quot;%1&quot;.</source>
        <translation>белгісіз &quot;%1&quot; органы.</translation>
    </message>
    <message>
        <source>%1 is not a Sustainable Development Goal (1 to 17).</source>
        <translation>%1 — Тұрақты даму мақсаты емес (1-ден 17-ге дейін).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Sustainable Development Goal.</source>
        <translation>&quot;%1&quot; ешбір Тұрақты даму мақсатын білдірмейді.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session number.</source>
        <translation>&quot;%1&quot; — сессия нөмірі емес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; — күн емес.</translation>
    </message>
    <message>
        <source>unknown position &quot;%1&quot;; use %2.</source>
        <translation>белгісіз &quot;%1&quot; ұстанымы; %2 пайдаланыңыз.</translation>
    </message>
    <message>
        <source>%1: both supported and noted; read as accepted.</source>
        <translation>%1: әрі қолдау тапты, әрі назарға алынды; қабылданды деп оқылды.</translation>
    </message>
    <message>
        <source>the position has no date: the record has no publication date or session.</source>
        <translation>ұстанымның күні жоқ: жазбада жарияланған күні де, сессиясы да жоқ.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Дереккөзінен импортталды: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, %2-жол</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1, %2-жол: жарамсыз JSON (%3).</translation>
    </message>
    <message>
        <source>%1 holds no list of recommendations.</source>
        <translation>%1 ішінде ұсынымдар тізімі жоқ.</translation>
    </message>
    <message>
        <source>%1, record %2: not an object.</source>
        <translation>%1, %2-жазба: объект емес.</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, %2-жазба</translation>
    </message>
</context>
<context>
    <name>WaitWithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Тоқтатылуда...</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Бас тартылды; ештеңе өзгертілген жоқ.</translation>
    </message>
</context>
<context>
    <name>WalCheckpoint</name>
    <message>
        <source>The database log could not be copied into %1: %2</source>
        <translation>Дерекқор журналын %1 ішіне көшіру мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: its part %2 cannot be decompressed.</source>
        <translation>&quot;%1&quot; жұмыс кітабы бүлінген: оның %2 бөлігін архивтен шығару мүмкін емес.</translation>
    </message>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: its part %2 is missing.</source>
        <translation>&quot;%1&quot; жұмыс кітабы бүлінген: оның %2 бөлігі жоқ.</translation>
    </message>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: %2 (in %3, line %4).</source>
        <translation>&quot;%1&quot; жұмыс кітабы бүлінген: %2 (%3 ішінде, %4-жол).</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again.</source>
        <translation>Оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the cell %1 refers to a shared text that does not exist</source>
        <translation>%1 ұяшығы жоқ ортақ мәтінге сілтейді</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid</source>
        <translation>&quot;%1&quot; ұяшық сілтемесі жарамсыз</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid</source>
        <translation>&quot;%1&quot; жол нөмірі жарамсыз</translation>
    </message>
    <message>
        <source>Save it from your spreadsheet program as an Excel workbook (.xlsx).</source>
        <translation>Оны электрондық кесте бағдарламасынан Excel жұмыс кітабы (.xlsx) ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>&quot;%1&quot; файлы жоқ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not an XLSX workbook.</source>
        <translation>&quot;%1&quot; — XLSX жұмыс кітабы емес, қалта.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2.</source>
        <translation>&quot;%1&quot; файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it is an old Excel (.xls) file or a password-protected workbook. Open it in your spreadsheet program and save it without a password as an Excel workbook (.xlsx).</source>
        <translation>&quot;%1&quot; — XLSX жұмыс кітабы емес: бұл ескі Excel (.xls) файлы немесе құпиясөзбен қорғалған жұмыс кітабы. Оны электрондық кесте бағдарламасында ашып, құпиясөзсіз Excel жұмыс кітабы (.xlsx) ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it is not a ZIP archive. %2</source>
        <translation>&quot;%1&quot; — XLSX жұмыс кітабы емес: ол ZIP архиві емес. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it has no %2. %3</source>
        <translation>&quot;%1&quot; — XLSX жұмыс кітабы емес: онда %2 жоқ. %3</translation>
    </message>
    <message numerus="yes">
        <source>the sheet holds more than %Ln cells (counting the empty ones before the last filled cell of each row); delete the unused columns and rows</source>
        <translation>
            <numerusform>парақтағы ұяшықтар саны %Ln шегінен асады (әр жолдың соңғы толтырылған ұяшығына дейінгі бос ұяшықтар да саналады); пайдаланылмайтын бағандар мен жолдарды жойыңыз</numerusform>
            <numerusform>парақтағы ұяшықтар саны %Ln шегінен асады (әр жолдың соңғы толтырылған ұяшығына дейінгі бос ұяшықтар да саналады); пайдаланылмайтын бағандар мен жолдарды жойыңыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>no free temporary file name</source>
        <translation>бос уақытша файл атауы жоқ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name for the workbook.</source>
        <translation>&quot;%1&quot; — қалта. Жұмыс кітабы үшін файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder for the workbook.</source>
        <translation>&quot;%1&quot; қалтасы жоқ. Жұмыс кітабы үшін бар қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Could not create a file in the folder &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; қалтасында файл жасау мүмкін болмады: %2.</translation>
    </message>
    <message>
        <source>Could not start the workbook &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; жұмыс кітабын жасауды бастау мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; cannot be used: %2</source>
        <translation>&quot;%1&quot; парақ атауын пайдалануға болмайды: %2</translation>
    </message>
    <message>
        <source>Could not write the header of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; ішіне тақырып жолын жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>Жұмыс кітабы ашық емес.</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; of &quot;%3&quot;</source>
        <translation>&quot;%3&quot; ішіндегі %1-жол, &quot;%2&quot; бағаны</translation>
    </message>
    <message>
        <source>The value in %1 is not a finite number.</source>
        <translation>%1 ішіндегі мән ақырлы сан емес.</translation>
    </message>
    <message>
        <source>The date %1 in %2 is outside the years 1900 to 9999 that Excel can show.</source>
        <translation>%2 ішіндегі %1 күні Excel көрсете алатын 1900–9999 жылдар аралығынан тыс.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>The value in %1 is of type %2, which cannot be written to a %3 column.</source>
        <translation>%1 ішіндегі мәннің түрі — %2, оны %3 бағанына жазуға болмайды.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; жазылмады: %2</translation>
    </message>
    <message>
        <source>Could not replace &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; ауыстырылмады: %2.</translation>
    </message>
    <message numerus="yes">
        <source>A worksheet holds from 1 to %n columns.</source>
        <translation>
            <numerusform>Жұмыс парағындағы бағандар саны ең кемі 1, ең көбі %n болуы мүмкін.</numerusform>
            <numerusform>Жұмыс парағындағы бағандар саны ең кемі 1, ең көбі %n болуы мүмкін.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of &quot;%2&quot; has %n cells but the sheet has only %3.</source>
        <translation>
            <numerusform>&quot;%2&quot; жұмыс кітабының %1 нөмірлі жолында %n ұяшық бар, бірақ парақта небәрі %3 бар.</numerusform>
            <numerusform>&quot;%2&quot; жұмыс кітабының %1 нөмірлі жолында %n ұяшық бар, бірақ парақта небәрі %3 бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n баған</numerusform>
            <numerusform>%n баған</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook &quot;%1&quot; has no worksheet.</source>
        <translation>&quot;%1&quot; жұмыс кітабында жұмыс парағы жоқ.</translation>
    </message>
</context>
</TS>
