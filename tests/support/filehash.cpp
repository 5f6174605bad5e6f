#include "filehash.h"

#include <QCryptographicHash>
#include <QFile>

namespace FileHash {

QByteArray of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace FileHash
