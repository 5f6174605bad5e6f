<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartBuilder</name>
    <message numerus="yes">
        <source> · the %1 largest of %Ln themes</source>
        <translation>
            <numerusform> · the %1 largest of %Ln theme</numerusform>
            <numerusform> · the %1 largest of %Ln themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>31 December %1 · %2: %3 of %Ln recommendations (%4)</source>
        <translation>
            <numerusform>31 December %1 · %2: %3 of %Ln recommendation (%4)</numerusform>
            <numerusform>31 December %1 · %2: %3 of %Ln recommendations (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %Ln recommendations received</source>
        <translation>
            <numerusform>%1 · %2: %3 of %Ln recommendation received</numerusform>
            <numerusform>%1 · %2: %3 of %Ln recommendations received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %Ln recommendations (%4)</source>
        <translation>
            <numerusform>%1 · %2: %3 of %Ln recommendation (%4)</numerusform>
            <numerusform>%1 · %2: %3 of %Ln recommendations (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsDashboard</name>
    <message numerus="yes">
        <source>Exported %n chart(s) into %1.</source>
        <translation>
            <numerusform>Exported %n chart into %1.</numerusform>
            <numerusform>Exported %n charts into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n recommendation(s) written to %1</source>
        <translation>
            <numerusform>%n recommendation written to %1</numerusform>
            <numerusform>%n recommendations written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--%1 was given %n times (&quot;%2&quot;); give it once.</source>
        <translation>
            <numerusform>--%1 was given %n time (&quot;%2&quot;); give it once.</numerusform>
            <numerusform>--%1 was given %n times (&quot;%2&quot;); give it once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>Import %n recommendation(s)</source>
        <translation>
            <numerusform>Import %n recommendation</numerusform>
            <numerusform>Import %n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete %n recommendation(s) with their status history? You can undo this with Edit &gt; Undo.</source>
        <translation>
            <numerusform>Delete %n recommendation with its status history? You can undo this with Edit &gt; Undo.</numerusform>
            <numerusform>Delete %n recommendations with their status history? You can undo this with Edit &gt; Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status assigned to %n recommendation(s).</source>
        <translation>
            <numerusform>Status assigned to %n recommendation.</numerusform>
            <numerusform>Status assigned to %n recommendations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n illustrative sample recommendation(s).</source>
        <translation>
            <numerusform>Loaded %n illustrative sample recommendation.</numerusform>
            <numerusform>Loaded %n illustrative sample recommendations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recommendation(s) shown</source>
        <translation>
            <numerusform>%1 of %n recommendation shown</numerusform>
            <numerusform>%1 of %n recommendations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copying %n row(s)...</source>
        <translation>
            <numerusform>Copying %n row...</numerusform>
            <numerusform>Copying %n rows...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationEdits</name>
    <message numerus="yes">
        <source>Duplicate %n recommendation(s)</source>
        <translation>
            <numerusform>Duplicate %n recommendation</numerusform>
            <numerusform>Duplicate %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recommendation(s)</source>
        <translation>
            <numerusform>Delete %n recommendation</numerusform>
            <numerusform>Delete %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n recommendation(s) to %1</source>
        <translation>
            <numerusform>Set %n recommendation to %1</numerusform>
            <numerusform>Set %n recommendations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n recommendation(s)</source>
        <translation>
            <numerusform>Reading %n recommendation</numerusform>
            <numerusform>Reading %n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTransfer</name>
    <message numerus="yes">
        <source>Added %n recommendation(s).</source>
        <translation>
            <numerusform>Added %n recommendation.</numerusform>
            <numerusform>Added %n recommendations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n already stored</numerusform>
            <numerusform>%n already stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the files</source>
        <translation>
            <numerusform>%n repeated in the files</numerusform>
            <numerusform>%n repeated in the files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n voluntary pledge(s), which are not recommendations.</source>
        <translation>
            <numerusform>Left out %n voluntary pledge, which is not a recommendation.</numerusform>
            <numerusform>Left out %n voluntary pledges, which are not recommendations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) that could not be read; see the details for where and why.</source>
        <translation>
            <numerusform>Skipped %n row that could not be read; see the details for where and why.</numerusform>
            <numerusform>Skipped %n rows that could not be read; see the details for where and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); see the details.</source>
        <translation>
            <numerusform>%n warning; see the details.</numerusform>
            <numerusform>%n warnings; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)...</source>
        <translation>
            <numerusform>Importing %n file...</numerusform>
            <numerusform>Importing %n files...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recommendation(s).</source>
        <translation>
            <numerusform>Imported %n recommendation.</numerusform>
            <numerusform>Imported %n recommendations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recommendation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n recommendation to %1.</numerusform>
            <numerusform>Exported %n recommendations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusAssignPanel</name>
    <message numerus="yes">
        <source>&amp;Assign status to %n recommendations</source>
        <translation>
            <numerusform>&amp;Assign status to %n recommendation</numerusform>
            <numerusform>&amp;Assign status to %n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>the sheet holds more than %Ln cells (counting the empty ones before the last filled cell of each row); delete the unused columns and rows</source>
        <translation>
            <numerusform>the sheet holds more than %Ln cell (counting the empty ones before the last filled cell of each row); delete the unused columns and rows</numerusform>
            <numerusform>the sheet holds more than %Ln cells (counting the empty ones before the last filled cell of each row); delete the unused columns and rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message numerus="yes">
        <source>A worksheet holds from 1 to %n columns.</source>
        <translation>
            <numerusform>A worksheet holds from 1 to %n column.</numerusform>
            <numerusform>A worksheet holds from 1 to %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of &quot;%2&quot; has %n cells but the sheet has only %3.</source>
        <translation>
            <numerusform>Row %1 of &quot;%2&quot; has %n cell but the sheet has only %3.</numerusform>
            <numerusform>Row %1 of &quot;%2&quot; has %n cells but the sheet has only %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
</TS>
