#pragma once
// The SHA-256 of a file's bytes, for checking that a refused operation left
// a file exactly as it was. Empty when the file cannot be read.
#include <QByteArray>
#include <QString>

namespace FileHash {
QByteArray of(const QString &path);
}
