// A change of language reaches every text of every widget in ui/ while it is
// open: with a translator that marks each text ⟦like this⟧ installed, every
// text shown is marked, and with it removed, every text is English again,
// exactly as before. The widgets are walked generically, so a label or a
// button added later without retranslation fails here; what is data, not
// interface (record fields, file names, numbers) is allowed explicitly.
#include "chartbuilder.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "chartsdashboard.h"
#include "columnmappingform.h"
#include "filterbar.h"
#include "importdialog.h"
#include "markingtranslator.h"
#include "mechanism.h"
#include "newrecommendationdialog.h"
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationform.h"
#include "recommendationrepository.h"
#include "recommendationtablemodel.h"
#include "recordnotifier.h"
#include "sampledatabase.h"
#include "statusassignpanel.h"
#include "statushistorymodel.h"
#include "statuswordsform.h"
#include "temporarydatabase.h"
#include "textdecoding.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Where a text is shown ("QLabel 'x' 0x55.. text") -> the text.
using Texts = QMap<QString, QString>;

QString nameOf(const QObject *object)
{
    return QStringLiteral("%1 '%2' %3")
        .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName())
        .arg(quintptr(object), 0, 16);
}

void add(Texts &texts, const QString &where, const QString &text)
{
    if (!text.isEmpty())
        texts.insert(where, text);
}

void addChart(Texts &texts, const QString &where, QChart *chart)
{
    add(texts, where + QStringLiteral(" chart title"), chart->title());
    const QList<QAbstractAxis *> axes = chart->axes();
    for (int i = 0; i < axes.size(); ++i)
        add(texts, where + QStringLiteral(" axis %1 title").arg(i), axes.at(i)->titleText());
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (int i = 0; i < markers.size(); ++i)
        add(texts, where + QStringLiteral(" legend %1").arg(i), markers.at(i)->label());
}

// Every interface text the widget and its visible descendants show or give
// to assistive technology. Typed and loaded values (a line edit's text, a
// table's cells) are data and not collected.
Texts shownTexts(QWidget *root)
{
    Texts texts;
    if (root->isWindow())
        add(texts, QStringLiteral("window title"), root->windowTitle());
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget != root && !widget->isVisibleTo(root))
            continue;
        const QString where = nameOf(widget);
        add(texts, where + QStringLiteral(" tooltip"), widget->toolTip());
        add(texts, where + QStringLiteral(" accessible name"), widget->accessibleName());
        add(texts, where + QStringLiteral(" accessible description"), widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(texts, where + QStringLiteral(" text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(texts, where + QStringLiteral(" text"), button->text());
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(texts, where + QStringLiteral(" title"), box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            add(texts, where + QStringLiteral(" special value"), spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            add(texts, where + QStringLiteral(" prefix"), spin->prefix());
            add(texts, where + QStringLiteral(" suffix"), spin->suffix());
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, where + QStringLiteral(" item %1").arg(i), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, where + QStringLiteral(" tab %1").arg(i), tabs->tabText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                add(texts, where + QStringLiteral(" header %1").arg(column),
                    view->model()->headerData(column, Qt::Horizontal).toString());
        }
        if (auto *chartView = qobject_cast<QChartView *>(widget); chartView && chartView->chart())
            addChart(texts, where, chartView->chart());
    }
    return texts;
}

bool isMarked(const QString &text)
{
    return text.contains(QStringLiteral("⟦")) && text.contains(QStringLiteral("⟧"));
}

// Texts that are not interface: numbers and punctuation, and the data the
// test put in (passed by each test, with a comment saying what it is).
bool isData(const QString &text, const QSet<QString> &data)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    return !text.contains(letter) || data.contains(text);
}

void processLanguageChange()
{
    // Installing a translator posts the change to every window.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class RetranslationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterBar();
    void recommendationForm();
    void statusAssignPanel();
    void newRecommendationDialog();
    void importDialog();
    void columnMappingAndStatusWordsForms();
    void chartExportDialog_data();
    void chartExportDialog();
    void chartsDashboard();
    void tableModelRetranslatesWithoutAReset();
    void historyModelRetranslatesWithoutAReset();

private:
    // Shows root, marks the language, checks every text, restores English.
    void checkRetranslates(QWidget *root, const QSet<QString> &data = {});
};

void RetranslationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // remembered mappings and export choices stay out of the user's settings
}

void RetranslationTest::checkRetranslates(QWidget *root, const QSet<QString> &data)
{
    root->show();
    QVERIFY(QTest::qWaitForWindowExposed(root->window()));
    const Texts english = shownTexts(root);
    QVERIFY2(english.size() >= 3, qPrintable(nameOf(root)));
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QVERIFY2(!isMarked(it.value()), qPrintable(it.key() + QStringLiteral(": ") + it.value()));

    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    processLanguageChange();
    const Texts marked = shownTexts(root);
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    processLanguageChange();

    QCOMPARE(marked.keys(), english.keys()); // the same texts in the same places
    int interface = 0;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (isData(it.value(), data)) {
            QCOMPARE(marked.value(it.key()), it.value());
            continue;
        }
        ++interface;
        QVERIFY2(isMarked(marked.value(it.key())),
                 qPrintable(QStringLiteral("not retranslated: %1: \"%2\"").arg(it.key(), marked.value(it.key()))));
    }
    QVERIFY(interface >= 3);
    // Back in English, word for word as before.
    const Texts restored = shownTexts(root);
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QVERIFY2(restored.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: \"%2\", was \"%3\"").arg(it.key(), restored.value(it.key()), it.value())));
    QCOMPARE(restored.keys(), english.keys());
}

void RetranslationTest::filterBar()
{
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    Recommendation upr = RecommendationFactory::upr(1);
    Recommendation iccpr = RecommendationFactory::iccpr(2);
    QVERIFY(edits.addRecords({{upr, {}}, {iccpr, {}}}, QStringLiteral("fixture")));
    FilterBar bar;
    bar.refreshChoices(repository);
    // A chart click's selection shows as a note made of dates and statuses.
    RecommendationFilter filter;
    filter.statusesOnDates = {{QDate(2012, 12, 31), {Status::Accepted}}};
    filter.alsoThemes = {QStringLiteral("Torture")};
    bar.setFilter(filter);
    auto *note = bar.findChild<QLabel *>(QStringLiteral("chartSelectionNote"));
    QVERIFY(note && !note->isHidden());

    // Data: the values in use that the choices list.
    QSet<QString> data;
    for (const QStringList &values :
         {repository.statesUnderReview(), repository.distinctValues(RecommendationList::Themes),
          repository.distinctValues(RecommendationList::RecommendingStates),
          repository.distinctValues(RecommendationList::Institutions)})
        data.unite(QSet<QString>(values.cbegin(), values.cend()));
    QVERIFY(data.contains(QStringLiteral("Kazakhstan")));
    checkRetranslates(&bar, data);
    // The note was made again from the selection, not from its old text.
    QVERIFY(note->text().contains(QLocale().toString(QDate(2012, 12, 31), QLocale::ShortFormat)));
    QVERIFY(note->text().contains(StatusInfo::label(Status::Accepted)));
    // The selection and the filter are as they were.
    QCOMPARE(bar.filter().statusesOnDates, filter.statusesOnDates);
    QCOMPARE(bar.filter().alsoThemes, filter.alsoThemes);
}

void RetranslationTest::recommendationForm()
{
    RecommendationForm form;
    form.setRecommendation(RecommendationFactory::upr(3));
    checkRetranslates(&form);
    // What the form shows is the record, untouched by the change of language.
    QString error;
    const std::optional<Recommendation> edited = form.edited(&error);
    QVERIFY2(edited, qPrintable(error));
    QCOMPARE(edited->mechanism, QStringLiteral("upr"));
    QVERIFY(!form.isDirty());
}

void RetranslationTest::statusAssignPanel()
{
    StatusAssignPanel panel;
    panel.setSelectionCount(3); // "Assign status to 3 recommendations": made from the count again
    checkRetranslates(&panel);
    QVERIFY(panel.findChild<QAbstractButton *>()->text().contains(QLatin1Char('3')));
}

void RetranslationTest::newRecommendationDialog()
{
    NewRecommendationDialog dialog(RecommendationFactory::iccpr(1));
    checkRetranslates(&dialog);
}

void RetranslationTest::importDialog()
{
    // Two tables: the preview says its choices apply to the other file too.
    const QString ministry = QStringLiteral(FIXTURES "/ministry-ongoing.csv");
    ImportDialog dialog({ministry, QStringLiteral(FIXTURES "/generic.csv")});
    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("column_status"));
    QVERIFY(status);
    status->setCurrentIndex(status->findText(QStringLiteral("Progress")));
    const QStringList words = dialog.findChild<StatusWordsForm *>()->words();
    QCOMPARE(words.size(), 2);

    QSet<QString> data;
    // The file's own column names (the mapping's choices and the preview's header).
    data << QStringLiteral("Body") << QStringLiteral("Country") << QStringLiteral("Recommendation")
         << QStringLiteral("Progress") << QStringLiteral("As of");
    // Its status words: each one names its combo for assistive technology.
    data.unite(QSet<QString>(words.cbegin(), words.cend()));
    // Encodings are named by their standard names.
    for (const QString &encoding : TextDecoding::knownEncodings())
        data << encoding;
    checkRetranslates(&dialog, data);
}

void RetranslationTest::columnMappingAndStatusWordsForms()
{
    // On their own too, as they are used inside other dialogs.
    ColumnMappingForm mapping;
    mapping.setHeader({QStringLiteral("Text"), QString(), QStringLiteral("Country")});
    checkRetranslates(&mapping, {QStringLiteral("Text"), QStringLiteral("Country")});

    StatusWordsForm words;
    words.setWords({QStringLiteral("ongoing")});
    words.comboFor(QStringLiteral("ongoing"))->setCurrentIndex(2);
    checkRetranslates(&words, {QStringLiteral("ongoing")});
    QCOMPARE(words.choices().size(), 1); // the choice stayed
}

void RetranslationTest::chartExportDialog_data()
{
    QTest::addColumn<ChartExportDialog::Scope>("scope");
    QTest::addColumn<ChartFormat>("format");
    QTest::newRow("one chart as PNG") << ChartExportDialog::Scope::OneChart << ChartFormat::Png;
    QTest::newRow("all charts as PDF") << ChartExportDialog::Scope::AllCharts << ChartFormat::Pdf;
}

void RetranslationTest::chartExportDialog()
{
    QFETCH(ChartExportDialog::Scope, scope);
    QFETCH(ChartFormat, format);
    ChartExportDialog dialog(scope, ChartKind::Rate, format);
    checkRetranslates(&dialog);
    QCOMPARE(dialog.kind(), ChartKind::Rate);
    QCOMPARE(dialog.options().format, format);
}

void RetranslationTest::chartsDashboard()
{
    TemporaryDatabase file;
    QString error;
    QVERIFY2(SampleDatabase::fill(file.database(), &error), qPrintable(error));
    RecordNotifier notifier;
    ChartsDashboard dashboard(file.database(), notifier);
    dashboard.resize(1300, 1000);
    dashboard.show();
    QTRY_VERIFY(!dashboard.isRefreshPending() && dashboard.data());
    const ChartData before = *dashboard.data();

    // Treaty bodies are named by their abbreviations in the legend, which
    // are translated too (УПО, КПЧ...): no text is data here.
    QSignalSpy refreshed(&dashboard, &ChartsDashboard::refreshed);
    checkRetranslates(&dashboard);
    // Drawn again from the statistics already read: nothing was read again.
    QCOMPARE(refreshed.size(), 0);
    QVERIFY(!dashboard.isRefreshPending());
    QCOMPARE(dashboard.data()->progress.size(), before.progress.size());
    // The charts drawn again still answer clicks and hovers with their segments.
    QChart *chart = dashboard.view(ChartKind::Progress)->chart();
    QVERIFY(chart->title().contains(ChartKinds::title(ChartKind::Progress)));

    // Tooltips are made when shown, and exports when written, in the
    // language of the moment.
    QTemporaryDir folder;
    const QString svg = folder.filePath(QStringLiteral("rate.svg"));
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    options.pixelSize = QSize(1000, 625);
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const QString tip = ChartBuilder::segmentToolTip(ChartKind::Progress, before, StatusInfo::key(Status::Pending), 0);
    QVERIFY2(ChartExporter::write(ChartKind::Rate, before, options, svg, &error), qPrintable(error));
    QCoreApplication::removeTranslator(&marking);
    QVERIFY2(isMarked(tip), qPrintable(tip));
    QFile written(svg);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString drawing = QString::fromUtf8(written.readAll());
    for (const QString &text : {ChartKinds::title(ChartKind::Rate), StatusInfo::label(Status::Implemented)})
        QVERIFY2(drawing.contains(MarkingTranslator::mark(text).toHtmlEscaped()), qPrintable(text));
}

void RetranslationTest::tableModelRetranslatesWithoutAReset()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    QList<RecommendationRecord> records;
    for (int i = 1; i <= 30; ++i)
        records << RecommendationRecord{RecommendationFactory::upr(i), {}};
    QVERIFY(edits.addRecords(records, QStringLiteral("fixture")));
    RecommendationTableModel model(repository, *edits.notifier());
    QTableView view;
    view.setModel(&model);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString englishHeader = model.headerData(RecommendationTableModel::StatusColumn, Qt::Horizontal,
                                                   Qt::DisplayRole).toString();
    const QString englishStatus = model.index(0, RecommendationTableModel::StatusColumn).data().toString();
    QCOMPARE(englishStatus, StatusInfo::label(Status::Pending));

    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    // The model hears of it at once, with no view to tell it.
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), RecommendationTableModel::ColumnCount - 1);
    QCOMPARE(cells.size(), 1);
    const QModelIndex first = cells.first().at(0).toModelIndex();
    const QModelIndex last = cells.first().at(1).toModelIndex();
    // The rows read so far (those on screen among them), every column.
    QCOMPARE(first.row(), 0);
    QVERIFY(last.row() >= view.rowAt(view.viewport()->height() - 1));
    QCOMPARE(first.column(), 0);
    QCOMPARE(last.column(), RecommendationTableModel::ColumnCount - 1);
    QVERIFY(cells.first().at(2).value<QList<int>>().contains(Qt::DisplayRole));
    for (int column = 0; column < RecommendationTableModel::ColumnCount; ++column)
        QVERIFY(isMarked(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    QVERIFY(isMarked(model.index(0, RecommendationTableModel::StatusColumn).data().toString()));
    QVERIFY(isMarked(model.index(0, RecommendationTableModel::MechanismColumn).data(Qt::ToolTipRole).toString()));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.headerData(RecommendationTableModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             englishHeader);
    QCOMPARE(model.index(0, RecommendationTableModel::StatusColumn).data().toString(), englishStatus);
}

void RetranslationTest::historyModelRetranslatesWithoutAReset()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const std::optional<qint64> id = edits.addRecommendation({RecommendationFactory::upr(1), {}});
    QVERIFY(id);
    QVERIFY(edits.assignStatus({*id}, Status::Accepted, QDate(2010, 6, 10)));
    QVERIFY(edits.assignStatus({*id}, Status::Implemented, QDate(2022, 3, 24)));
    StatusHistoryModel model(repository, *edits.notifier());
    model.setRecommendation(*id);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QCOMPARE(headers.size(), 1);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first().at(1).toModelIndex(), model.index(1, StatusHistoryModel::ColumnCount - 1));
    for (int column = 0; column < StatusHistoryModel::ColumnCount; ++column)
        QVERIFY(isMarked(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    QVERIFY(isMarked(model.index(0, StatusHistoryModel::StatusColumn).data().toString()));
    QVERIFY(isMarked(model.index(1, StatusHistoryModel::StatusColumn).data(Qt::ToolTipRole).toString()));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.index(0, StatusHistoryModel::StatusColumn).data().toString(), StatusInfo::label(Status::Accepted));
}

QTEST_MAIN(RetranslationTest)
#include "tst_retranslation.moc"
