<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · status on 31 December of each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the %1 largest of %2 themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 December %1 · %2: %3 of %4 recommendations (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 recommendations received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 recommendations (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31 December %1 · of %2 accepted: %3 implemented (%4), %5 partially implemented (%6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export all charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size %1 × %2 is out of range: width 200 to 20000 and height 150 to 20000 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution %1 DPI is out of range: 72 to 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 DPI leaves too little room for the chart; give more pixels or fewer DPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is the database the chart is drawn from; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the SVG could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is the database the chart is drawn from; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartKind</name>
    <message>
        <source>Progress by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations received per year by mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation rate of accepted recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status by theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsDashboard</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all charts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 ends in .%2, but the format chosen is %3. Choose a name ending in .%4, or that format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all charts into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files exist in %1 and will be replaced:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the chart “%1” to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; in the mapping is not field=Column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the mapping; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping must say which column holds the text (text=Column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR Info export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal Human Rights Index export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation Tracker export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingForm</name>
    <message>
        <source>Column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sdg &quot;%1&quot; is not a Sustainable Development Goal; they are numbered 1 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanism: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document symbol, e.g. A/HRC/14/10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph number, e.g. 97.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommending state (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A responsible national institution (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of affected persons (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sustainable Development Goal, 1-17 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR session number; gives the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one recommendation and prints its id on the last line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one recommendation and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a dated status to a recommendation&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recommendations that match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the numbers behind the charts (progress by year and more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import UPR Info, UHRI, other workbooks and our own exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the matching recommendations as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation Tracker: follow up the recommendations of UN human-rights mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Subcommands (they need no display):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;%1 &lt;subcommand&gt; --help&quot; for the options of a subcommand.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; use one of: %2 (see %3 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; use --db FILE to open a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db must name a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or json; by default the extension of --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (replaced only when complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a CSV file with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the recommendations that match the filters as CSV, XLSX or JSON (JSON with the full status history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --format csv, xlsx or json (the name %1 does not say which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1 names a %2 file but --format is %3; make them agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom applies to CSV only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only this mechanism (repeatable): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only recommendations to this state under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this current status (repeatable): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents dated in this year or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents dated in this year or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only recommendations with this theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only recommendations made by this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only recommendations this institution is responsible for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only recommendations whose text holds every word (word beginnings match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a year; give four digits, such as 2010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year-from %1 is after --year-to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1, %2 %3, already stored %4, repeated in the files %5, pledges skipped %6, invalid skipped %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), upr-info, uhri, csv, xlsx or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding of CSV files (UTF-8, UTF-16, windows-1251, windows-1252, macintosh, ...); detected when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds which field, for other workbooks: &quot;text=Recommendation,state=Country,...&quot;. Remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanism of every record of a mapped file that has no mechanism column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and list the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and check everything, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports recommendations from UPR Info and UHRI exports, other CSV or XLSX workbooks and our own CSV and JSON exports. Nothing is written unless every file reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the number of matching records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the recommendations that match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --count cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the status took effect (may be in the past).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appends a dated status to a recommendation&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id &quot;%1&quot; is not a record id (a whole number from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a real date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no recommendation with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to count by: year (status at the end of each year, from the history), mechanism (received per year), rate (implementation rate per year), or the current status per theme, state (recommending state), institution or affected (affected persons). Default: year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, header line first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the numbers behind the charts for the recommendations that match the filters. --year-from and --year-to also bound the years shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot; for --by; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; options start with --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given %2 times (&quot;%3&quot;); give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is read-only (its write permission is off); nothing was changed. Make it writable to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a chart to a PNG, SVG or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use png, svg or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --format png, svg or pdf (the name %1 does not say which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a PNG has a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a PDF has pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF takes the size of its page; use --page and --orientation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --width and --height together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot;; use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;; use landscape or portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png, svg or pdf; by default the extension of --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (replaced only when the chart is complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (PNG; for SVG the canvas). Default 1600 for PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels (PNG; for SVG the canvas). Default 1000 for PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of a PNG, 72 to 1200. Default 150.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size of a PDF: a4 or letter. Default a4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page orientation of a PDF: landscape or portrait. Default landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title instead of the chart&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a chart of the recommendations that match the filters to a PNG, SVG or PDF file, without a display. --year-from and --year-to also bound the years shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1, line %2, column %3: a quoted cell is never closed; add the closing quote (&quot;) or remove the opening one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: text follows the closing quote of a quoted cell; quote the whole cell and double every quote inside it (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row: the file is empty or holds only blank lines. Choose a CSV file with a header row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first or choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Recommendation Tracker database (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so no database can be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Recommendation Tracker database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another application; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Recommendation Tracker (schema version %2; this version understands up to %3). Update the application to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs to be upgraded to this version&apos;s schema, but it is opened read-only. Make the file writable and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be switched to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceLink</name>
    <message>
        <source>The evidence link &quot;%1&quot; is not a web or file address; it should start with https://, http:// or file://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is the database being exported; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the text, symbol and paragraph (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows recommendations whose text contains every word typed, matching word beginnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State under review filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recommending states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every filter and shows all recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommended by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering on what the chart click added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All recommendations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows that cannot be read (they are listed afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism of rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a column must say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanism when no column says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status words to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The columns chosen also apply to the other files with the same columns; the rest are read by their own layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as it is; try another encoding, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read through the columns chosen below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns as you chose them for this layout last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a layout the program knows: choose below which column holds which field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the text of the recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that names the mechanism (UPR, CCPR, CAT, ...), or the mechanism of all the rows. A file read in its own known layout needs neither, but only while its columns are left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the columns (%2) are not a layout this program knows; say which column holds which field with --map, e.g. --map &quot;text=Recommendation,state=Country&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: no column %3 in the header (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Recommendation Tracker JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Universal Human Rights Index JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CSV in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same recommendation as %2; the first is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n recommendation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendations that match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status the selected recommendation has had; the bold entry defines the current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the illustrative &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;recommendations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all charts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recommendation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;status...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Recommendation Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Recommendation Tracker%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation Tracker databases (*.sqlite *.db *.rectracker);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation being edited has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added; the current filters hide the new recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendation(s) with their status history? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status assigned to %n recommendation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sample could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the illustrative sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n illustrative sample recommendation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start with the sample?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty. Load the bundled sample so you can try the application?

%1

You can remove it with Edit &gt; Undo, or load it later from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recommendation(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Recommendation Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recommendation Tracker %1&lt;/h3&gt;&lt;p&gt;Follow up the recommendations of the UN human rights mechanisms: the Universal Periodic Review and the treaty bodies.&lt;/p&gt;&lt;p&gt;The bundled sample is illustrative: its texts paraphrase A/HRC/14/10 and CCPR/C/KAZ/CO/1 and its status histories are invented.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index was cancelled; the index is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mechanism</name>
    <message>
        <source>Universal Periodic Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human Rights Committee (ICCPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee against Torture (CAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on the Elimination of Discrimination against Women (CEDAW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on Economic, Social and Cultural Rights (CESCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on the Rights of the Child (CRC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on the Elimination of Racial Discrimination (CERD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on the Rights of Persons with Disabilities (CRPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on Migrant Workers (CMW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee on Enforced Disappearances (CED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <source>New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Recommendation Tracker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state under review is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the recommendation is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR cycle %1 is not a valid cycle number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR session %1 is not a valid session number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDG %1 does not exist; the goals are numbered 1 to 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationEdits</name>
    <message>
        <source>The database %1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is still being saved; nothing else was changed. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recommendation %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n recommendation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The effective date is missing or is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %n recommendation(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5; 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate several with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN body that issued the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State under re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country the recommendation is addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN document symbol, such as A/HRC/14/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Para&amp;graph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph number in the document, such as 97.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR c&amp;ycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR cycle; none for treaty bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPR sessio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPR Working Group session number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommending states, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected &amp;persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected groups, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD&amp;Gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable Development Goals, numbers 1 to 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible national institutions, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the recommendation should be implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edited fields (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits and show the stored fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SDG number; type numbers from 1 to 17 separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationJson</name>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds &quot;%2&quot;, which is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;sdgs&quot; must be a list of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; in the history; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history entry has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Recommendation Tracker JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1 in the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationRepository</name>
    <message>
        <source>There is no recommendation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status change with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective date of a status change is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationTableModel</name>
    <message>
        <source>How well the text, symbol and paragraph match the search words, as a share of the best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTransfer</name>
    <message numerus="yes">
        <source>Added %n recommendation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out as duplicates: %1 already stored, %2 repeated in the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %n voluntary pledge(s), which are not recommendations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) that could not be read; see the details for where and why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation files (*.csv *.tsv *.txt *.xlsx *.json);;CSV text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The database is as it was. Correct the file, or choose other columns or status words, or skip the rows that cannot be read, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recommendation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with a byte order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON with the whole status history (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting recommendations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendations could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recommendation(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index could not be rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsAggregates</name>
    <message>
        <source>The statistics need an open SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics cannot be counted: Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2). Build the program against the SQLite library Qt uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics functions could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsQueries</name>
    <message>
        <source>The first year %1 is after the last year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress by year could not be read back from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records received per year could not be read back from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current statuses could not be read back from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (noted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusAssignPanel</name>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status to assign to the selected recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the status took effect; may lie in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to the law, report or decision that shows the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ffective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign status to %n recommendations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>This entry defines the current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWordsForm</name>
    <message>
        <source>Rows with a word left unchosen cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status in the file is a word the program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each of these words means. Rows with a word left unchosen cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableRecords</name>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sustainable Development Goal (1 to 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: session %2 is not in the UPR calendar, so it gives no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is read as accepted; note what was not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; has no date: give a status date, a document date or a UPR session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file is not a text file: it holds NUL bytes, as a ZIP archive, an XLSX workbook or an image does. Choose a CSV file, or save the sheet as CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds bytes that are not valid %1 text; choose another encoding, or &quot;auto&quot; to detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use one of UTF-8, UTF-16, windows-1251, windows-1252, macintosh or another ICU name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadConnection</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UhriJson</name>
    <message>
        <source>%1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown body &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sustainable Development Goal (1 to 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no Sustainable Development Goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown position &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: both supported and noted; read as accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position has no date: the record has no publication date or session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no list of recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2: not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitWithProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: its part %2 cannot be decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: its part %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook &quot;%1&quot; is damaged: %2 (in %3, line %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the cell %1 refers to a shared text that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet holds more than %L1 cells (counting the empty ones before the last filled cell of each row); delete the unused columns and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it from your spreadsheet program as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not an XLSX workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it is an old Excel (.xls) file or a password-protected workbook. Open it in your spreadsheet program and save it without a password as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it is not a ZIP archive. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XLSX workbook: it has no %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>no free temporary file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worksheet holds from 1 to %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a file in the folder &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the workbook &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet name &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the header of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; has %3 cells but the sheet has only %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; of &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in %1 is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 in %2 is outside the years 1900 to 9999 that Excel can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in %1 is of type %2, which cannot be written to a %3 column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook &quot;%1&quot; has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
