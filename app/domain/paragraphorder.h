#pragma once
// Paragraph numbers sort naturally ("97.2" before "97.10"), which plain text
// order gets wrong. The storage keeps this key beside the paragraph so the
// database can sort on it with an index.
#include <QString>

namespace ParagraphOrder {
QString sortKey(const QString &paragraph);
}
