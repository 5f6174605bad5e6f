#include "statuspresentation.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace StatusPresentation {

QColor colour(Status status)
{
    switch (status) {
    case Status::Pending: return QColor(0xDD, 0xDD, 0xDD);              // light grey
    case Status::Accepted: return QColor(0x56, 0xB4, 0xE9);             // sky blue
    case Status::Rejected: return QColor(0xD5, 0x5E, 0x00);             // vermillion
    case Status::PartiallyImplemented: return QColor(0xE6, 0x9F, 0x00); // orange
    case Status::Implemented: return QColor(0x00, 0x66, 0x4A);          // dark bluish green
    }
    return QColor(Qt::gray);
}

QBrush brush(Status status)
{
    if (status != Status::PartiallyImplemented)
        return QBrush(colour(status));
    // A texture rather than a pattern brush: a pattern has no background
    // colour, and the stripes alone would lose the orange.
    static const QPixmap texture = [] {
        QPixmap tile(8, 8);
        tile.fill(colour(Status::PartiallyImplemented));
        QPainter painter(&tile);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x5A, 0x3C, 0x00), 1.5));
        painter.drawLine(QPointF(-1, 9), QPointF(9, -1));
        painter.drawLine(QPointF(-1, 1), QPointF(1, -1));
        painter.drawLine(QPointF(7, 9), QPointF(9, 7));
        return tile;
    }();
    return QBrush(colour(Status::PartiallyImplemented), texture);
}

QIcon icon(Status status)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(status);
    if (cache.contains(key))
        return cache.value(key);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
    painter.setBrush(brush(status));
    // A different shape per status, so the icon reads without colour too.
    switch (status) {
    case Status::Pending: painter.drawEllipse(QRectF(2.5, 2.5, 11, 11)); break;
    case Status::Accepted: painter.drawRect(QRectF(2.5, 2.5, 11, 11)); break;
    case Status::Rejected: {
        const QPointF points[] = {{8, 2}, {14, 14}, {2, 14}};
        painter.drawPolygon(points, 3);
        break;
    }
    case Status::PartiallyImplemented: {
        const QPointF points[] = {{8, 1.5}, {14.5, 8}, {8, 14.5}, {1.5, 8}};
        painter.drawPolygon(points, 4);
        break;
    }
    case Status::Implemented:
        painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
        painter.setPen(QPen(Qt::white, 2));
        painter.drawLine(QPointF(5, 8), QPointF(7.5, 10.5));
        painter.drawLine(QPointF(7.5, 10.5), QPointF(11.5, 5.5));
        break;
    }
    painter.end();
    const QIcon result(pixmap);
    cache.insert(key, result);
    return result;
}

} // namespace StatusPresentation
