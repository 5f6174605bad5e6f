#include "mappingmemory.h"

#include <QCryptographicHash>
#include <QSettings>

namespace {

// The layout is the header's names, trimmed and in lower case, in order.
QString keyOf(const QStringList &header)
{
    QStringList names;
    for (const QString &name : header)
        names << name.trimmed().toLower();
    const QByteArray digest =
        QCryptographicHash::hash(names.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("importMappings/") + QString::fromLatin1(digest);
}

} // namespace

namespace MappingMemory {

void remember(const QStringList &header, const QString &mapping)
{
    QSettings().setValue(keyOf(header), mapping);
}

QString recall(const QStringList &header)
{
    return QSettings().value(keyOf(header)).toString();
}

} // namespace MappingMemory
