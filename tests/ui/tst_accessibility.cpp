// Every widget in ui/ can be used by keyboard and by screen reader: each
// control Tab stops at has a name and a description, Tab visits the controls
// in reading order (top to bottom, left to right), and a status is never
// told by colour alone.
//
// A control's name is its accessibleName, or the text of the QLabel whose
// buddy it is, or a button's own text: Qt hands the buddy's text to
// assistive technology as the control's label (a "labelled by" relation on
// Linux, the name on Windows), so a labelled field needs no second name.
// Its description must be set: it says what the control is for.
#include "chartexportdialog.h"
#include "chartsdashboard.h"
#include "columnmappingform.h"
#include "filterbar.h"
#include "importdialog.h"
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
#include "statuspresentation.h"
#include "statuswordsform.h"
#include "temporarydatabase.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), widget->accessibleName());
}

// The controls inside root that take focus (by Tab alone when tabStops). A
// field that hands its focus to another (a spin box's line edit) is part of
// the other, not a control of its own.
QList<QWidget *> controls(QWidget *root, bool tabStops = true)
{
    QList<QWidget *> found;
    QList<QWidget *> widgets{root};
    widgets += root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if ((widget == root || widget->isVisibleTo(root)) && widget->isEnabled()
            && (tabStops ? (widget->focusPolicy() & Qt::TabFocus) : widget->focusPolicy() != Qt::NoFocus)
            && !widget->focusProxy())
            found << widget;
    }
    return found;
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
}

QString nameOf(QWidget *control)
{
    if (!control->accessibleName().isEmpty())
        return control->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(control))
        return withoutMnemonic(button->text());
    for (QLabel *label : control->window()->findChildren<QLabel *>()) {
        if (label->buddy() == control && !label->isHidden())
            return withoutMnemonic(label->text());
    }
    return QString();
}

void verifyNamedAndDescribed(QWidget *root)
{
    const QList<QWidget *> found = controls(root, false);
    QVERIFY2(found.size() >= 2, qPrintable(describe(root)));
    for (QWidget *control : found) {
        QVERIFY2(!nameOf(control).isEmpty(), qPrintable(QStringLiteral("no name: ") + describe(control)));
        QVERIFY2(!control->accessibleDescription().trimmed().isEmpty(),
                 qPrintable(QStringLiteral("no description: ") + describe(control)));
    }
}

// The controls of root in the order Tab visits them, from the first one.
QList<QWidget *> tabOrder(QWidget *root)
{
    const QList<QWidget *> stops = controls(root);
    QList<QWidget *> order;
    QWidget *start = root->window();
    QWidget *widget = start;
    do {
        if (stops.contains(widget) && !order.contains(widget))
            order << widget;
        widget = widget->nextInFocusChain();
    } while (widget && widget != start);
    return order;
}

// Each stop is right of the one before on the same line, or on a line below it.
void verifyReadingOrder(QWidget *root)
{
    const QList<QWidget *> order = tabOrder(root);
    QCOMPARE(order.size(), controls(root).size()); // Tab reaches every control
    for (int i = 1; i < order.size(); ++i) {
        QWidget *before = order.at(i - 1);
        QWidget *after = order.at(i);
        const QRect a(before->mapTo(root, QPoint(0, 0)), before->size());
        const QRect b(after->mapTo(root, QPoint(0, 0)), after->size());
        const bool sameLine = qAbs(a.center().y() - b.center().y()) < qMin(a.height(), b.height()) / 2;
        const bool next = sameLine ? b.left() > a.left() : b.center().y() > a.center().y();
        QVERIFY2(next, qPrintable(QStringLiteral("Tab goes from %1 at (%2, %3) to %4 at (%5, %6)")
                                      .arg(describe(before)).arg(a.x()).arg(a.y())
                                      .arg(describe(after)).arg(b.x()).arg(b.y())));
    }
}

void showAndWait(QWidget *widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget->window()))
        QTest::qFail("the window was not shown", __FILE__, __LINE__);
}

// Where a cell has a colour or an icon, it also has text.
void verifyTextBesideColour(const QAbstractItemModel &model)
{
    int coloured = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const bool colour = !index.data(Qt::DecorationRole).isNull() || !index.data(Qt::BackgroundRole).isNull()
                                || !index.data(Qt::ForegroundRole).isNull();
            if (!colour)
                continue;
            ++coloured;
            QVERIFY2(!index.data(Qt::DisplayRole).toString().trimmed().isEmpty(),
                     qPrintable(QStringLiteral("row %1, column %2: colour without text").arg(row).arg(column)));
        }
    }
    QVERIFY(coloured > 0);
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterBar();
    void recommendationForm();
    void statusAssignPanel();
    void newRecommendationDialog();
    void importDialog();
    void chartExportDialog_data();
    void chartExportDialog();
    void chartsDashboard();
    void statusCellsCarryText();
    void statusIconsDifferInShape();
};

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void AccessibilityTest::filterBar()
{
    FilterBar bar;
    RecommendationFilter filter;
    filter.statusesOnDates = {{QDate(2012, 12, 31), {Status::Implemented}}};
    bar.setFilter(filter); // the chart selection's Remove button shows
    bar.resize(1200, 120);
    showAndWait(&bar);
    verifyNamedAndDescribed(&bar);
    verifyReadingOrder(&bar);
    // Every field is reached from its label's mnemonic (Alt+letter).
    for (QWidget *control : controls(&bar)) {
        if (qobject_cast<QAbstractButton *>(control))
            continue;
        bool labelled = false;
        for (QLabel *label : bar.findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == control && label->text().contains(QLatin1Char('&')));
        QVERIFY2(labelled || control->accessibleName() == FilterBar::tr("To year"), qPrintable(describe(control)));
    }
}

void AccessibilityTest::recommendationForm()
{
    RecommendationForm form;
    form.setRecommendation(RecommendationFactory::upr(1));
    // Edited, so that Apply and Revert are stops too.
    auto *state = form.findChildren<QLineEdit *>().at(0);
    QTest::keyClicks(state, QStringLiteral("x"));
    QVERIFY(form.isDirty());
    form.resize(600, 900);
    showAndWait(&form);
    verifyNamedAndDescribed(&form);
    verifyReadingOrder(&form);
}

void AccessibilityTest::statusAssignPanel()
{
    StatusAssignPanel panel;
    panel.setSelectionCount(2);
    showAndWait(&panel);
    verifyNamedAndDescribed(&panel);
    verifyReadingOrder(&panel);
}

void AccessibilityTest::newRecommendationDialog()
{
    NewRecommendationDialog dialog(RecommendationFactory::iccpr(1));
    showAndWait(&dialog);
    verifyNamedAndDescribed(&dialog);
    verifyReadingOrder(&dialog);
}

void AccessibilityTest::importDialog()
{
    ImportDialog dialog({QStringLiteral(FIXTURES "/ministry-ongoing.csv")});
    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("column_status"));
    status->setCurrentIndex(status->findText(QStringLiteral("Progress"))); // status words to choose appear
    showAndWait(&dialog);
    verifyNamedAndDescribed(&dialog);
    // The columns and the status words stand side by side, each read down:
    // Tab reaches every control, and goes in reading order within each part.
    QCOMPARE(tabOrder(&dialog).size(), controls(&dialog).size());
    for (QWidget *part : std::initializer_list<QWidget *>{dialog.findChild<ColumnMappingForm *>(),
                                                          dialog.findChild<StatusWordsForm *>(),
                                                          dialog.findChild<QDialogButtonBox *>()}) {
        QVERIFY(part);
        verifyReadingOrder(part);
    }
    // The parts themselves in reading order: the file's choices, the
    // preview, the columns, then the words beside them, then the buttons.
    const QList<QWidget *> order = tabOrder(&dialog);
    auto firstOf = [&](QWidget *part) {
        for (int i = 0; i < order.size(); ++i) {
            if (part->isAncestorOf(order.at(i)))
                return i;
        }
        return -1;
    };
    QVERIFY(order.indexOf(dialog.findChild<QComboBox *>(QStringLiteral("encoding"))) == 0);
    QVERIFY(order.indexOf(dialog.findChild<QTableView *>()) < firstOf(dialog.findChild<ColumnMappingForm *>()));
    QVERIFY(firstOf(dialog.findChild<ColumnMappingForm *>()) < firstOf(dialog.findChild<StatusWordsForm *>()));
    QVERIFY(firstOf(dialog.findChild<StatusWordsForm *>()) < firstOf(dialog.findChild<QDialogButtonBox *>()));
}

void AccessibilityTest::chartExportDialog_data()
{
    QTest::addColumn<ChartExportDialog::Scope>("scope");
    QTest::addColumn<ChartFormat>("format");
    QTest::newRow("one chart as PNG") << ChartExportDialog::Scope::OneChart << ChartFormat::Png;
    QTest::newRow("all charts as PDF") << ChartExportDialog::Scope::AllCharts << ChartFormat::Pdf;
}

void AccessibilityTest::chartExportDialog()
{
    QFETCH(ChartExportDialog::Scope, scope);
    QFETCH(ChartFormat, format);
    ChartExportDialog dialog(scope, ChartKind::Progress, format);
    showAndWait(&dialog);
    verifyNamedAndDescribed(&dialog);
    verifyReadingOrder(&dialog);
}

void AccessibilityTest::chartsDashboard()
{
    TemporaryDatabase file;
    QString error;
    QVERIFY2(SampleDatabase::fill(file.database(), &error), qPrintable(error));
    RecordNotifier notifier;
    ChartsDashboard dashboard(file.database(), notifier);
    dashboard.resize(1300, 1000);
    showAndWait(&dashboard);
    QTRY_VERIFY(!dashboard.isRefreshPending() && dashboard.data());
    verifyNamedAndDescribed(&dashboard);
    verifyReadingOrder(&dashboard);

    // Each segment's colour is named in the legend, in words.
    for (ChartKind kind : ChartKinds::all()) {
        QChart *chart = dashboard.view(kind)->chart();
        QVERIFY(chart->legend()->isVisible());
        const QList<QLegendMarker *> markers = chart->legend()->markers();
        QVERIFY(!markers.isEmpty());
        for (QLegendMarker *marker : markers)
            QVERIFY2(!marker->label().trimmed().isEmpty(), qPrintable(ChartKinds::key(kind)));
    }
    // Progress by year: one legend entry per status, by its label.
    QStringList labels;
    for (QLegendMarker *marker : dashboard.view(ChartKind::Progress)->chart()->legend()->markers())
        labels << marker->label();
    for (Status status : StatusInfo::all())
        QVERIFY2(labels.contains(StatusInfo::label(status)), qPrintable(labels.join(u'|')));
}

void AccessibilityTest::statusCellsCarryText()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    QList<RecommendationRecord> records;
    for (int i = 1; i <= 5; ++i)
        records << RecommendationRecord{RecommendationFactory::upr(i), {}};
    const std::optional<QList<qint64>> ids = edits.addRecords(records, QStringLiteral("fixture"));
    QVERIFY(ids && ids->size() == 5);
    const QList<Status> &statuses = StatusInfo::all();
    for (int i = 0; i < statuses.size(); ++i)
        QVERIFY(edits.assignStatus({ids->at(i)}, statuses.at(i), QDate(2020, 1, 1 + i)));

    RecommendationTableModel table(repository, *edits.notifier());
    verifyTextBesideColour(table);
    StatusHistoryModel history(repository, *edits.notifier());
    history.setRecommendation(ids->at(4));
    verifyTextBesideColour(history);
}

void AccessibilityTest::statusIconsDifferInShape()
{
    // Without colour (greyscale, colour blindness) each status's icon still
    // differs from every other by its shape: its outline, or a white mark
    // drawn inside it. The fill colour is left out of the comparison.
    auto shape = [](Status status) {
        const QImage image = StatusPresentation::icon(status).pixmap(16, 16).toImage();
        QList<int> cells;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                cells << (qAlpha(pixel) <= 127 ? 0 : qGray(pixel) > 240 ? 2 : 1); // outside, inside, white mark
            }
        }
        return cells;
    };
    const QList<Status> &statuses = StatusInfo::all();
    for (int i = 0; i < statuses.size(); ++i) {
        for (int j = i + 1; j < statuses.size(); ++j)
            QVERIFY2(shape(statuses.at(i)) != shape(statuses.at(j)),
                     qPrintable(StatusInfo::key(statuses.at(i)) + QStringLiteral(" and ") + StatusInfo::key(statuses.at(j))));
    }
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
