#pragma once
// How our own CSV and XLSX exports write a list in one cell, so that it
// reads back item for item: items joined by "; ", a semicolon inside an item
// doubled (";;"). Commas are never separators here: "Korea, Republic of" and
// "Violence, domestic" are one item each. Other files' lists are split by
// CellValue::splitList, which must guess.
#include <QString>
#include <QStringList>

namespace ListCell {
QString join(const QStringList &items);
QStringList split(const QString &cell);
}
