#include "listcell.h"

namespace ListCell {

QString join(const QStringList &items)
{
    QStringList escaped;
    escaped.reserve(items.size());
    for (QString item : items)
        escaped << item.replace(QLatin1Char(';'), QStringLiteral(";;"));
    return escaped.join(QStringLiteral("; "));
}

QStringList split(const QString &cell)
{
    QStringList items;
    QString item;
    auto finish = [&] {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !items.contains(trimmed, Qt::CaseInsensitive))
            items << trimmed;
        item.clear();
    };
    for (int i = 0; i < cell.size(); ++i) {
        if (cell.at(i) != QLatin1Char(';')) {
            item += cell.at(i);
        } else if (i + 1 < cell.size() && cell.at(i + 1) == QLatin1Char(';')) {
            item += QLatin1Char(';'); // a doubled semicolon is one inside the item
            ++i;
        } else {
            finish();
        }
    }
    finish();
    return items;
}

} // namespace ListCell
