#include "filterdescription.h"

#include "localeformats.h"
#include "mechanism.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
class FilterText
{
    Q_DECLARE_TR_FUNCTIONS(FilterDescription)
};
} // namespace

namespace FilterDescription {

QString describe(const RecommendationFilter &filter)
{
    QStringList parts;
    QStringList mechanisms;
    for (const QString &key : filter.mechanisms) {
        const Mechanism *mechanism = MechanismCatalog::find(key);
        mechanisms << (mechanism ? mechanism->name() : key);
    }
    if (!mechanisms.isEmpty())
        parts << mechanisms.join(QStringLiteral(", "));
    if (!filter.stateUnderReview.trimmed().isEmpty())
        parts << filter.stateUnderReview.simplified();
    if (filter.yearFrom > 0 && filter.yearTo > 0)
        parts << (filter.yearFrom == filter.yearTo ? QString::number(filter.yearFrom)
                                                   : QStringLiteral("%1–%2").arg(filter.yearFrom).arg(filter.yearTo));
    else if (filter.yearFrom > 0)
        parts << FilterText::tr("from %1").arg(filter.yearFrom);
    else if (filter.yearTo > 0)
        parts << FilterText::tr("until %1").arg(filter.yearTo);
    auto labels = [](const QList<Status> &statuses) {
        QStringList labels;
        for (Status status : statuses)
            labels << StatusInfo::label(status);
        return labels.join(QStringLiteral(", "));
    };
    if (!filter.statuses.isEmpty())
        parts << FilterText::tr("status now: %1").arg(labels(filter.statuses));
    for (const StatusOnDate &onDate : filter.statusesOnDates) {
        const QString day = LocaleFormats::date(onDate.date);
        parts << (onDate.statuses.isEmpty() ? FilterText::tr("issued by %1").arg(day)
                                            : FilterText::tr("status on %1: %2").arg(day, labels(onDate.statuses)));
    }
    QStringList themes = filter.alsoThemes;
    themes.prepend(filter.theme);
    themes.removeAll(QString());
    if (!themes.isEmpty())
        parts << FilterText::tr("theme: %1").arg(themes.join(QStringLiteral(" + ")));
    if (!filter.recommendedBy.trimmed().isEmpty())
        parts << FilterText::tr("recommended by %1").arg(filter.recommendedBy.simplified());
    if (!filter.institution.trimmed().isEmpty())
        parts << FilterText::tr("institution: %1").arg(filter.institution.simplified());
    if (!filter.searchText.trimmed().isEmpty())
        parts << FilterText::tr("text: “%1”").arg(filter.searchText.simplified());
    if (parts.isEmpty())
        return FilterText::tr("All recommendations");
    return parts.join(QStringLiteral(" · "));
}

} // namespace FilterDescription
