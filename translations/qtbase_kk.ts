<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>QShortcut</name>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Солға</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Мәзір</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Оңға</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Кірістіру</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Бет жоғары</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Backtab</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Бет төмен</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>дюйм</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>төменгі жиек</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Қағаз көзі:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң жақ жиек</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Жиектер</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Теңшелетін</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Беттердің орналасуы</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ені:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Беттер реті:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жоғарғы жиек</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол жақ жиек</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Бет өлшемі:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Төңкерілген кітаптық</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Бір парақтағы беттер:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (дюйм)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Төңкерілген альбомдық</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Биіктігі:</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ысыру</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндер</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына ж&amp;оқ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Барлығына иә</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жұп беттер</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдан оңға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңнан солға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазу</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>«Бір парақтағы беттер» және «Беттер жиыны» параметрлерін бірге қолдануға болмайды.
Олардың бірін өшіріңіз.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 бұрыннан бар.
Оны қайта жазу керек пе?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдан оңға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Тақ беттер</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергілікті файл</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Екі жақты басып шығару баптауларында қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлға басып шығару (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлға басып шығару ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Беттер қате көрсетілген</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 мәнінің синтаксисі дұрыс емес. Беттер мен ауқымдарды бөлу үшін «,» белгісін, ауқымдарды анықтау үшін «-» белгісін пайдаланыңыз және ауқымдардың бір-бірімен қиылыспайтынына көз жеткізіңіз.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңнан солға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Төменнен жоғарыға, солдан оңға</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>«Бастапқы бет» мәні «соңғы бет» мәнінен үлкен болмауы керек.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Барлық беттер</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Екі жақты басып шығару баптауларындағы қайшылықтар</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — қалта.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазу мүмкін емес.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Төменнен жоғарыға, оңнан солға</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Жоғарыдан төменге, солдан оңға</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Жоғарыдан төменге, оңнан солға</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>соңғы бет</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Ағымдағы бет</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Таңдалған бөлік</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Көшірмелер</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып шығару ауқымы</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режимі</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Шығару баптаулары</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Кері ретпен</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Сұр реңктер</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Көшірмелер бойынша топтау</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Көшірмелер саны:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Қысқа жағынан түптеу</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Беттерді немесе ауқымдарды үтір арқылы бөліп көрсетіңіз. Ауқым дефиспен бөлінген екі санмен беріледі. Мысалы: 3,5-7,9 мәні 3, 5, 6, 7 және 9 беттерін басып шығарады.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Бастапқы бет</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Екі жақты басып шығару</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер жиыны:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Ұзын жағынан түптеу</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бетке сыйдыру</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша сыйдыру</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Барлық беттерге шолу жасау</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Бірінші бет</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Соңғы бет</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бір бетті көрсету</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF ретінде экспорттау</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Қатар орналасқан беттерді көрсету</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Жоғарғы шетке</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Төмен айналдыру</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Осы жерге айналдыру</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Солға айналдыру</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Төменгі шетке</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Бір бет жоғары</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Бір бет оңға</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Жоғары айналдыру</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Оңға айналдыру</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Сол жақ шетке</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Бір бет төмен</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Бір бет солға</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Оң жақ шетке</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Бәрібір жою керек пе?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер тізімі</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Файл атауы:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар қалтасы</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа қалта</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы қалта</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Жаңа &amp;қалта</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа қалта жасау</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Қалтаны табу</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Жасырын файлдарды &amp;көрсету</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Қалта табылмады.
Қалта атауының дұрыс көрсетілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйірлік панель</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Қалтаны жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жоғарғы қалтаға өту</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық мәлімет көрінісіне ауысу</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа қалта жасау</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық мәлімет көрінісі</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Файл атауының дұрыс көрсетілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім көрінісіне ауысу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қ&amp;иып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қ&amp;иып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Сілтеме мекенжайын көшіру</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Жарамсыз файл атауы</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» атауын пайдалануға болмайды.&lt;/b&gt;&lt;p&gt;Таңбалары азырақ немесе тыныс белгілері жоқ басқа атауды пайдаланып көріңіз.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 әрекетін қайталау</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 әрекетін болдырмау</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 әрекетін қайталау</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 әрекетін болдырмау</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Қосымша параметрлердегі қайшылықтар</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапсырма параметрлері</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Бет параметрлеріндегі қайшылықтар</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Кейбір қосымша параметрлерде қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Бет параметрлерінде қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Принтер қасиеттері</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Белгісіз параметрлер: %1.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Белгісіз параметр: «%1».</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметрлер]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметрлер:</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt параметрлерін қоса алғанда, анықтаманы көрсетеді.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Қолданылуы: %1</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Командалық жол параметрлері бойынша анықтаманы көрсетеді.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>«%1» параметрінен кейін күтпеген мән берілген.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Нұсқа туралы ақпаратты көрсетеді.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументтер:</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>«%1» параметрінен кейін мән берілмеген.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толық мәліметті көрсету...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толық мәліметті жасыру...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt туралы&lt;/h3&gt;&lt;p&gt;Бұл бағдарлама Qt %1 нұсқасын пайдаланады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt — кросс-платформалық қолданбалар әзірлеуге арналған C++ құралдар жинағы.&lt;/p&gt;&lt;p&gt;Qt бір бастапқы кодтан барлық негізгі жұмыс үстелі операциялық жүйелеріне арналған қолданбалар құруға мүмкіндік береді. Ол сондай-ақ ендірілген Linux жүйесі мен басқа да ендірілген және мобильді операциялық жүйелер үшін қолжетімді.&lt;/p&gt;&lt;p&gt;Qt әр алуан пайдаланушыларымыздың қажеттіліктеріне сай келетін бірнеше лицензиялау нұсқасымен таратылады.&lt;/p&gt;&lt;p&gt;Біздің коммерциялық лицензиялық келісімімізбен лицензияланған Qt бастапқы кодты үшінші тараптармен бөліскіңіз келмейтін немесе GNU (L)GPL шарттарын басқа себептермен орындай алмайтын жағдайда меншікті/коммерциялық бағдарламалық жасақтама әзірлеуге жарамды.&lt;/p&gt;&lt;p&gt;GNU (L)GPL бойынша лицензияланған Qt тиісті лицензиялардың талаптары мен шарттарын орындай алған жағдайда Qt&amp;nbsp;қолданбаларын әзірлеуге жарамды.&lt;/p&gt;&lt;p&gt;Qt лицензиялауына шолуды &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; сайтынан қараңыз.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd және басқа үлес қосушылар.&lt;/p&gt;&lt;p&gt;Qt және Qt логотипі — The Qt Company Ltd компаниясының сауда белгілері.&lt;/p&gt;&lt;p&gt;Qt — ашық бастапқы кодты жоба ретінде әзірленген The Qt Company Ltd өнімі. Толығырақ ақпаратты &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; сайтынан қараңыз.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Қадам тө&amp;мен</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Қадам &amp;жоғары</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>Барлығын &amp;таңдау</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Мәнді енгізіңіз:</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>%1: key is empty</source>
        <translation>%1: кілт бос</translation>
    </message>
    <message>
        <source>%1: unable to make key</source>
        <translation>%1: кілтті жасау мүмкін емес</translation>
    </message>
    <message>
        <source>%1: ftok failed</source>
        <translation>%1: ftok орындалмады</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;бос&gt;</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QPA plugin. See QGuiApplication documentation for available options for each plugin.</source>
        <translation>QPA плагині. Әр плагиннің параметрлері QGuiApplication құжаттамасында сипатталған.</translation>
    </message>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
    <message>
        <source>Restores the application from an earlier session.</source>
        <translation>Қолданбаны алдыңғы сеанстан қалпына келтіреді.</translation>
    </message>
    <message>
        <source>Default window icon.</source>
        <translation>Терезенің әдепкі белгішесі.</translation>
    </message>
    <message>
        <source>Instance name according to ICCCM 4.1.2.5.</source>
        <translation>ICCCM 4.1.2.5 бойынша дана атауы.</translation>
    </message>
    <message>
        <source>Disable mouse grabbing (useful in debuggers).</source>
        <translation>Тінтуірді басып алуды өшіру (жөндеуші ішінде пайдалы).</translation>
    </message>
    <message>
        <source>Path to the platform plugins.</source>
        <translation>Платформа плагиндерінің жолы.</translation>
    </message>
    <message>
        <source>Alias for --windowtitle.</source>
        <translation>--windowtitle параметрінің баламасы.</translation>
    </message>
    <message>
        <source>Title of the first window.</source>
        <translation>Бірінші терезенің тақырыбы.</translation>
    </message>
    <message>
        <source>Window geometry for the main window, using the X11-syntax, like 100x100+50+50.</source>
        <translation>Негізгі терезенің геометриясы, X11 синтаксисімен, мысалы, 100x100+50+50.</translation>
    </message>
    <message>
        <source>Alias for --windowgeometry.</source>
        <translation>--windowgeometry параметрінің баламасы.</translation>
    </message>
    <message>
        <source>ID of the X11 Visual to use.</source>
        <translation>Пайдаланылатын X11 Visual идентификаторы.</translation>
    </message>
    <message>
        <source>Sets the application&apos;s layout direction to Qt::RightToLeft (debugging helper).</source>
        <translation>Қолданбаның орналасу бағытын Qt::RightToLeft етіп орнатады (жөндеуге көмекші).</translation>
    </message>
    <message>
        <source>Additional plugins to load, can be specified multiple times.</source>
        <translation>Жүктелетін қосымша плагиндер; бірнеше рет көрсетуге болады.</translation>
    </message>
    <message>
        <source>Display name, overrides $DISPLAY.</source>
        <translation>Дисплей атауы, $DISPLAY мәнінің орнына қолданылады.</translation>
    </message>
    <message>
        <source>Force mouse grabbing (even when running in a debugger).</source>
        <translation>Тінтуірді мәжбүрлі түрде басып алу (жөндеуші ішінде орындалғанда да).</translation>
    </message>
    <message>
        <source>Alias for --windowicon.</source>
        <translation>--windowicon параметрінің баламасы.</translation>
    </message>
    <message>
        <source>Platform theme.</source>
        <translation>Платформаның безендіру тақырыбы.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Executable &apos;%1&apos; requires Qt %2, found Qt %3.</source>
        <translation>«%1» орындалатын файлына Qt %2 қажет, бірақ Qt %3 табылды.</translation>
    </message>
    <message>
        <source>Incompatible Qt Library Error</source>
        <translation>Qt кітапханасының үйлесімсіздік қатесі</translation>
    </message>
</context>
</TS>
