#include "chartkind.h"

#include <QCoreApplication>
#include <QStringList>

namespace ChartKinds {

const QList<ChartKind> &all()
{
    static const QList<ChartKind> kinds{ChartKind::Progress, ChartKind::Received, ChartKind::Rate, ChartKind::Themes};
    return kinds;
}

QString key(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Progress: return QStringLiteral("progress");
    case ChartKind::Received: return QStringLiteral("received");
    case ChartKind::Rate: return QStringLiteral("rate");
    case ChartKind::Themes: return QStringLiteral("themes");
    }
    return {};
}

std::optional<ChartKind> fromKey(const QString &text)
{
    for (ChartKind kind : all()) {
        if (key(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString keyList()
{
    QStringList keys;
    for (ChartKind kind : all())
        keys << key(kind);
    return keys.join(QStringLiteral(", "));
}

QString title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Progress: return QCoreApplication::translate("ChartKind", "Progress by year");
    case ChartKind::Received: return QCoreApplication::translate("ChartKind", "Recommendations received per year by mechanism");
    case ChartKind::Rate: return QCoreApplication::translate("ChartKind", "Implementation rate of accepted recommendations");
    case ChartKind::Themes: return QCoreApplication::translate("ChartKind", "Current status by theme");
    }
    return {};
}

QString fileBaseName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Progress: return QStringLiteral("progress-by-year");
    case ChartKind::Received: return QStringLiteral("received-by-mechanism");
    case ChartKind::Rate: return QStringLiteral("implementation-rate");
    case ChartKind::Themes: return QStringLiteral("status-by-theme");
    }
    return {};
}

} // namespace ChartKinds
