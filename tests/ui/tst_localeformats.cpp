// Dates and numbers are written the way the chosen language's locale writes
// them (QLocale(), which the language switch sets with QLocale::setDefault):
// Russian short dates (31.12.2012), Russian digit grouping (12 000) in
// counts, a decimal comma, in the table, the history, the charts, their
// exports and the date fields. Years and symbols stay as they are.
#include "chartbuilder.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "optionaldateedit.h"
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "recommendationtablemodel.h"
#include "statushistorymodel.h"
#include "temporarydatabase.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QLocale russian(QLocale::Russian, QLocale::Russia);

// Statistics as large as a national database gives, built by hand: the
// counts need thousands to be grouped.
ChartData largeData()
{
    ChartData data;
    data.asOf = QDate(2024, 3, 15);
    for (int year : {2022, 2023}) {
        YearStatusCounts counts;
        counts.year = year;
        counts.counts[Status::Pending] = 12000;
        counts.counts[Status::Accepted] = 3456;
        counts.counts[Status::Implemented] = 1500;
        data.progress << counts;
        YearMechanismCounts received;
        received.year = year;
        received.byMechanism.insert(QStringLiteral("upr"), 15000);
        data.received << received;
    }
    data.rates = ImplementationRate::fromProgress(data.progress);
    GroupStatusCounts theme;
    theme.group = QStringLiteral("Torture");
    theme.counts[Status::Implemented] = 2500;
    data.themes << theme;
    data.themeCount = 1;
    return data;
}

QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QStringLiteral("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

} // namespace

class LocaleFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableShowsTheLocalesShortDates();
    void historyShowsTheLocalesShortDates();
    void chartTooltipsGroupDigits();
    void exportedChartsUseTheLocale();
    void dateFieldsUseTheLocalesDateFormat();
    void exportDialogWritesADecimalComma();

private:
    QLocale m_before;
};

void LocaleFormatsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The test's expectations are Russian's own formats.
    QCOMPARE(russian.toString(QDate(2012, 12, 31), QLocale::ShortFormat), QStringLiteral("31.12.2012"));
    QVERIFY(russian.groupSeparator() != QStringLiteral(",") && !russian.groupSeparator().isEmpty());
}

void LocaleFormatsTest::init()
{
    m_before = QLocale();
    QLocale::setDefault(russian);
}

void LocaleFormatsTest::cleanup()
{
    QLocale::setDefault(m_before);
}

void LocaleFormatsTest::tableShowsTheLocalesShortDates()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    Recommendation record = RecommendationFactory::iccpr(1);
    record.documentDate = QDate(2011, 7, 19);
    record.dueDate = QDate(2014, 12, 31);
    QVERIFY(edits.addRecommendation({record, {}}));
    RecommendationTableModel model(repository, *edits.notifier());
    QCOMPARE(model.index(0, RecommendationTableModel::DateColumn).data().toString(), QStringLiteral("19.07.2011"));
    QCOMPARE(model.index(0, RecommendationTableModel::DueDateColumn).data().toString(), QStringLiteral("31.12.2014"));
    // Every language's short date, with the year in four digits (English and
    // Kazakh would write "7/19/11" and "19.07.11").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(model.index(0, RecommendationTableModel::DateColumn).data().toString(), QStringLiteral("7/19/2011"));
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    QCOMPARE(model.index(0, RecommendationTableModel::DateColumn).data().toString(), QStringLiteral("19.07.2011"));
    QLocale::setDefault(russian);
    // A symbol is a code, written as the UN writes it.
    QCOMPARE(model.index(0, RecommendationTableModel::SymbolColumn).data().toString(), record.symbol);

    // Back to English: the same model writes the same date the English way.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(model.index(0, RecommendationTableModel::DateColumn).data().toString(), QStringLiteral("19/07/2011"));
}

void LocaleFormatsTest::historyShowsTheLocalesShortDates()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const std::optional<qint64> id = edits.addRecommendation({RecommendationFactory::upr(1), {}});
    QVERIFY(id);
    QVERIFY(edits.assignStatus({*id}, Status::Accepted, QDate(2010, 6, 10)));
    StatusHistoryModel model(repository, *edits.notifier());
    model.setRecommendation(*id);
    QCOMPARE(model.index(0, StatusHistoryModel::EffectiveDateColumn).data().toString(), QStringLiteral("10.06.2010"));
}

void LocaleFormatsTest::chartTooltipsGroupDigits()
{
    const ChartData data = largeData();
    const QString twelveThousand = QStringLiteral("12") + russian.groupSeparator() + QStringLiteral("000");
    const QString progress = ChartBuilder::segmentToolTip(ChartKind::Progress, data, StatusInfo::key(Status::Pending), 1);
    QVERIFY2(progress.contains(twelveThousand), qPrintable(progress));
    QVERIFY2(progress.contains(QStringLiteral("16") + russian.groupSeparator() + QStringLiteral("956")), qPrintable(progress));
    // A year is a name, not a count: never grouped.
    QVERIFY2(progress.contains(QStringLiteral("2023")), qPrintable(progress));
    const QString received = ChartBuilder::segmentToolTip(ChartKind::Received, data, QStringLiteral("upr"), 0);
    QVERIFY2(received.contains(QStringLiteral("15") + russian.groupSeparator() + QStringLiteral("000")), qPrintable(received));
    QVERIFY2(received.contains(QStringLiteral("2022")), qPrintable(received));
    const QString themes = ChartBuilder::segmentToolTip(ChartKind::Themes, data, StatusInfo::key(Status::Implemented), 0);
    QVERIFY2(themes.contains(QStringLiteral("2") + russian.groupSeparator() + QStringLiteral("500")), qPrintable(themes));
    // The subtitle dates the data the Russian way.
    QVERIFY2(ChartBuilder::subtitle(ChartKind::Progress, data).contains(QStringLiteral("15.03.2024")),
             qPrintable(ChartBuilder::subtitle(ChartKind::Progress, data)));
}

void LocaleFormatsTest::exportedChartsUseTheLocale()
{
    QTemporaryDir folder;
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    options.pixelSize = QSize(1000, 625);
    const QString path = folder.filePath(QStringLiteral("progress.svg"));
    QString error;
    QVERIFY2(ChartExporter::write(ChartKind::Progress, largeData(), options, path, &error), qPrintable(error));
    const QStringList texts = svgTexts(path);
    QVERIFY(!texts.isEmpty());
    // The count axis: ticks such as "4 000" and "16 000", grouped as Russian groups them.
    const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(%1\\d{3})+$")
                                         .arg(QRegularExpression::escape(russian.groupSeparator())));
    QStringList ticks;
    for (const QString &text : texts) {
        if (grouped.match(text).hasMatch())
            ticks << text;
    }
    QVERIFY2(!ticks.isEmpty(), qPrintable(texts.join(u'|')));
    // The years along the bottom stay whole.
    QVERIFY2(texts.contains(QStringLiteral("2022")) && texts.contains(QStringLiteral("2023")), qPrintable(texts.join(u'|')));
}

void LocaleFormatsTest::dateFieldsUseTheLocalesDateFormat()
{
    OptionalDateEdit edit;
    edit.setOptionalDate(QDate(2015, 6, 1));
    QCOMPARE(edit.text(), QStringLiteral("01.06.2015"));
    // A language chosen later reaches a field already open.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&edit, &change);
    QCOMPARE(edit.optionalDate(), QDate(2015, 6, 1));
    QCOMPARE(edit.text(), QStringLiteral("6/1/2015")); // the year in four digits, not "15"
}

void LocaleFormatsTest::exportDialogWritesADecimalComma()
{
    ChartExportDialog dialog(ChartExportDialog::Scope::OneChart, ChartKind::Progress, ChartFormat::Png);
    auto spins = dialog.findChildren<QSpinBox *>();
    QCOMPARE(spins.size(), 3);
    spins.at(0)->setValue(1600);
    spins.at(2)->setValue(150);
    // 1600 pixels at 150 DPI: 27.1 cm, written 27,1.
    bool found = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        found = found || label->text().contains(QStringLiteral("27,1"));
    QVERIFY(found);
}

QTEST_MAIN(LocaleFormatsTest)
#include "tst_localeformats.moc"
