#include "chartbuilder.h"

#include "filterdescription.h"
#include "localeformats.h"
#include "mechanism.h"
#include "statuspresentation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
};

const char *const segmentKeyProperty = "segmentKey";

// Bottom to top: what is done first, so the growth of implementation reads
// from the baseline; rejected on top, apart from the rest.
const QList<Status> &stackOrder()
{
    static const QList<Status> order{Status::Implemented, Status::PartiallyImplemented, Status::Accepted,
                                     Status::Pending, Status::Rejected};
    return order;
}

// Okabe-Ito colours for mechanisms, in catalogue order, none equal to a
// status colour's neighbour in the same chart (mechanism charts show no status).
QColor mechanismColour(int index)
{
    static const QList<QColor> colours{QColor(0x00, 0x72, 0xB2), QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00),
                                       QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42), QColor(0x56, 0xB4, 0xE9),
                                       QColor(0xD5, 0x5E, 0x00), QColor(0x33, 0x33, 0x33), QColor(0x99, 0x99, 0x99)};
    return colours.at(index % colours.size());
}

QString mechanismLabel(const QString &key)
{
    const Mechanism *mechanism = MechanismCatalog::find(key);
    if (!mechanism)
        return key;
    return mechanism->kind == Mechanism::Kind::TreatyBody ? mechanism->abbreviation() : mechanism->name();
}

QBarSet *statusSet(Status status)
{
    auto *set = new QBarSet(StatusInfo::label(status));
    set->setProperty(segmentKeyProperty, StatusInfo::key(status));
    set->setBrush(StatusPresentation::brush(status));
    set->setPen(QPen(QColor(0x40, 0x40, 0x40), 0.6));
    return set;
}

// Counts as the locale writes them ("12 500" in Russian): Qt Charts applies
// the chart's locale only to a format with a precision, hence "%.0d". In
// texts, a count that decides a plural is %Ln, which tr() writes the same way.
QValueAxis *countAxis()
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0d"));
    return axis;
}

QString count(int number)
{
    return QLocale().toString(number);
}

// A count axis whose ticks land on whole numbers.
void fitCountAxis(QValueAxis *axis, int maximum)
{
    int top = qMax(4, maximum);
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000}) {
        step = candidate;
        if (top / candidate <= 8)
            break;
    }
    top = ((top + step - 1) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
}

// The horizontal theme bars list the largest theme on top, so the axis order
// is the reverse of the data's.
int themeIndex(const ChartData &data, int categoryIndex)
{
    return int(data.themes.size()) - 1 - categoryIndex;
}

// Many years side by side leave each label less room than "2010" needs;
// upright labels stay whole at any width.
QBarCategoryAxis *yearAxis(const QStringList &years)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(years);
    if (years.size() > 10)
        axis->setLabelsAngle(-90);
    return axis;
}

void addProgress(QChart *chart, const ChartData &data)
{
    auto *series = new QStackedBarSeries;
    for (Status status : stackOrder()) {
        QBarSet *set = statusSet(status);
        for (const YearStatusCounts &year : data.progress)
            set->append(year.counts[status]);
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *years = yearAxis(ChartBuilder::categories(ChartKind::Progress, data));
    chart->addAxis(years, Qt::AlignBottom);
    series->attachAxis(years);
    QValueAxis *counts = countAxis();
    int maximum = 0;
    for (const YearStatusCounts &year : data.progress)
        maximum = qMax(maximum, year.counts.total());
    fitCountAxis(counts, maximum);
    counts->setTitleText(ChartText::tr("Recommendations"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
}

void addReceived(QChart *chart, const ChartData &data)
{
    auto *series = new QStackedBarSeries;
    const QList<Mechanism> &mechanisms = MechanismCatalog::all();
    for (int i = 0; i < mechanisms.size(); ++i) {
        const QString key = mechanisms.at(i).key;
        bool used = false;
        for (const YearMechanismCounts &year : data.received)
            used = used || year.byMechanism.value(key) > 0;
        if (!used)
            continue;
        auto *set = new QBarSet(mechanismLabel(key));
        set->setProperty(segmentKeyProperty, key);
        set->setColor(mechanismColour(i));
        set->setBorderColor(QColor(0x40, 0x40, 0x40));
        for (const YearMechanismCounts &year : data.received)
            set->append(year.byMechanism.value(key));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *years = yearAxis(ChartBuilder::categories(ChartKind::Received, data));
    chart->addAxis(years, Qt::AlignBottom);
    series->attachAxis(years);
    QValueAxis *counts = countAxis();
    int maximum = 0;
    for (const YearMechanismCounts &year : data.received) {
        int total = 0;
        for (int count : year.byMechanism)
            total += count;
        maximum = qMax(maximum, total);
    }
    fitCountAxis(counts, maximum);
    counts->setTitleText(ChartText::tr("Recommendations received"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
}

void addRate(QChart *chart, const ChartData &data)
{
    auto *years = yearAxis(ChartBuilder::categories(ChartKind::Rate, data));
    chart->addAxis(years, Qt::AlignBottom);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0d %"));
    percent->setTitleText(ChartText::tr("Share of accepted"));
    chart->addAxis(percent, Qt::AlignLeft);
    // Line style as well as colour tells the two apart in greyscale.
    const QList<QPair<Status, Qt::PenStyle>> lines{{Status::Implemented, Qt::SolidLine},
                                                   {Status::PartiallyImplemented, Qt::DashLine}};
    for (const auto &line : lines) {
        auto *series = new QLineSeries;
        series->setName(StatusInfo::label(line.first));
        series->setProperty(segmentKeyProperty, StatusInfo::key(line.first));
        QPen pen(StatusPresentation::colour(line.first), 2.5, line.second);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (int i = 0; i < data.rates.size(); ++i) {
            const YearImplementationRate &rate = data.rates.at(i);
            if (rate.accepted == 0)
                continue; // no share to draw; 0 % would read as "none implemented"
            const double share = line.first == Status::Implemented ? rate.implemented : rate.partiallyImplemented;
            series->append(i, share * 100.0);
        }
        chart->addSeries(series);
        series->attachAxis(years);
        series->attachAxis(percent);
    }
}

void addThemes(QChart *chart, const ChartData &data)
{
    auto *series = new QHorizontalStackedBarSeries;
    for (Status status : stackOrder()) {
        QBarSet *set = statusSet(status);
        for (int i = 0; i < data.themes.size(); ++i)
            set->append(data.themes.at(themeIndex(data, i)).counts[status]);
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *themes = new QBarCategoryAxis;
    themes->append(ChartBuilder::categories(ChartKind::Themes, data));
    chart->addAxis(themes, Qt::AlignLeft);
    series->attachAxis(themes);
    QValueAxis *counts = countAxis();
    int maximum = 0;
    for (const GroupStatusCounts &theme : data.themes)
        maximum = qMax(maximum, theme.counts.total());
    fitCountAxis(counts, maximum);
    counts->setTitleText(ChartText::tr("Recommendations"));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
}

QString percentText(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    const QLocale locale;
    return locale.toString(qRound(100.0 * part / whole)) + locale.percent();
}

} // namespace

namespace ChartBuilder {

QStringList categories(ChartKind kind, const ChartData &data)
{
    QStringList labels;
    switch (kind) {
    case ChartKind::Progress:
    case ChartKind::Rate:
        for (const YearStatusCounts &year : data.progress)
            labels << QString::number(year.year);
        break;
    case ChartKind::Received:
        for (const YearMechanismCounts &year : data.received)
            labels << QString::number(year.year);
        break;
    case ChartKind::Themes:
        for (int i = 0; i < data.themes.size(); ++i)
            labels << data.themes.at(themeIndex(data, i)).group;
        break;
    }
    return labels;
}

QString subtitle(ChartKind kind, const ChartData &data)
{
    QString text = FilterDescription::describe(data.filter);
    if (kind == ChartKind::Progress)
        text += ChartText::tr(" · status on 31 December of each year");
    if (kind == ChartKind::Themes && data.themeCount > data.themes.size())
        text += ChartText::tr(" · the %1 largest of %Ln themes", nullptr, data.themeCount).arg(count(int(data.themes.size())));
    return text + ChartText::tr(" · data as of %1").arg(LocaleFormats::date(data.asOf));
}

QChart *build(ChartKind kind, const ChartData &data, const QString &customTitle)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    // Numbers on the axes in the locale of the language chosen, as in the
    // tooltips and the table.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    const QString title = customTitle.trimmed().isEmpty() ? ChartKinds::title(kind) : customTitle.trimmed();
    chart->setTitle(QStringLiteral("<div align=\"center\"><b>%1</b><br/><span style=\"font-size:small\">%2</span></div>")
                        .arg(title.toHtmlEscaped(), subtitle(kind, data).toHtmlEscaped()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    switch (kind) {
    case ChartKind::Progress: addProgress(chart, data); break;
    case ChartKind::Received: addReceived(chart, data); break;
    case ChartKind::Rate: addRate(chart, data); break;
    case ChartKind::Themes: addThemes(chart, data); break;
    }
    return chart;
}

QString segmentKey(const QBarSet *set)
{
    return set ? set->property(segmentKeyProperty).toString() : QString();
}

std::optional<RecommendationFilter> segmentFilter(ChartKind kind, const ChartData &data, const QString &key,
                                                  int categoryIndex)
{
    RecommendationFilter filter = data.filter;
    switch (kind) {
    case ChartKind::Progress: {
        const std::optional<Status> status = StatusInfo::fromKey(key);
        if (!status || categoryIndex < 0 || categoryIndex >= data.progress.size())
            return std::nullopt;
        // Added to what the chart already counts (an earlier click included).
        const StatusOnDate onDate{QDate(data.progress.at(categoryIndex).year, 12, 31), {*status}};
        if (!filter.statusesOnDates.contains(onDate))
            filter.statusesOnDates << onDate;
        return filter;
    }
    case ChartKind::Received: {
        if (!MechanismCatalog::isKnown(key) || categoryIndex < 0 || categoryIndex >= data.received.size())
            return std::nullopt;
        const int year = data.received.at(categoryIndex).year;
        filter.mechanisms = {key};
        filter.yearFrom = year;
        filter.yearTo = year;
        return filter;
    }
    case ChartKind::Themes: {
        const std::optional<Status> status = StatusInfo::fromKey(key);
        const int index = themeIndex(data, categoryIndex);
        if (!status || index < 0 || index >= data.themes.size())
            return std::nullopt;
        const QString theme = data.themes.at(index).group;
        // With a theme filter set, the bars are the themes those records also
        // carry: the segment is the records with both.
        if (filter.theme.trimmed().isEmpty())
            filter.theme = theme;
        else if (filter.theme.simplified().compare(theme, Qt::CaseInsensitive) != 0 && !filter.alsoThemes.contains(theme))
            filter.alsoThemes << theme;
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(*status))
            return std::nullopt;
        filter.statuses = {*status};
        return filter;
    }
    case ChartKind::Rate:
        return std::nullopt;
    }
    return std::nullopt;
}

QString segmentToolTip(ChartKind kind, const ChartData &data, const QString &key, int categoryIndex)
{
    switch (kind) {
    case ChartKind::Progress: {
        const std::optional<Status> status = StatusInfo::fromKey(key);
        if (!status || categoryIndex < 0 || categoryIndex >= data.progress.size())
            return {};
        const YearStatusCounts &year = data.progress.at(categoryIndex);
        return ChartText::tr("31 December %1 · %2: %3 of %Ln recommendations (%4)", nullptr, year.counts.total())
            .arg(year.year)
            .arg(StatusInfo::label(*status), count(year.counts[*status]),
                 percentText(year.counts[*status], year.counts.total()));
    }
    case ChartKind::Received: {
        if (categoryIndex < 0 || categoryIndex >= data.received.size())
            return {};
        const YearMechanismCounts &year = data.received.at(categoryIndex);
        int total = 0;
        for (int count : year.byMechanism)
            total += count;
        return ChartText::tr("%1 · %2: %3 of %Ln recommendations received", nullptr, total)
            .arg(year.year)
            .arg(mechanismLabel(key), count(year.byMechanism.value(key)));
    }
    case ChartKind::Themes: {
        const std::optional<Status> status = StatusInfo::fromKey(key);
        const int index = themeIndex(data, categoryIndex);
        if (!status || index < 0 || index >= data.themes.size())
            return {};
        const GroupStatusCounts &theme = data.themes.at(index);
        return ChartText::tr("%1 · %2: %3 of %Ln recommendations (%4)", nullptr, theme.counts.total())
            .arg(theme.group, StatusInfo::label(*status), count(theme.counts[*status]),
                 percentText(theme.counts[*status], theme.counts.total()));
    }
    case ChartKind::Rate: {
        if (categoryIndex < 0 || categoryIndex >= data.rates.size())
            return {};
        const YearImplementationRate &rate = data.rates.at(categoryIndex);
        const YearStatusCounts &year = data.progress.at(categoryIndex);
        return ChartText::tr("31 December %1 · of %2 accepted: %3 implemented (%4), %5 partially implemented (%6)")
            .arg(rate.year)
            .arg(count(rate.accepted), count(year.counts[Status::Implemented]),
                 percentText(year.counts[Status::Implemented], rate.accepted),
                 count(year.counts[Status::PartiallyImplemented]),
                 percentText(year.counts[Status::PartiallyImplemented], rate.accepted));
    }
    }
    return {};
}

} // namespace ChartBuilder
