#pragma once
// Column mappings remembered per header layout, so a workbook mapped once
// imports again without --map (and the dialog offers the same choices).
#include <QString>
#include <QStringList>

namespace MappingMemory {
void remember(const QStringList &header, const QString &mapping);
// Empty when this header was never mapped.
QString recall(const QStringList &header);
}
