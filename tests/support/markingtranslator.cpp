#include "markingtranslator.h"

QString MarkingTranslator::mark(const QString &source)
{
    return QStringLiteral("⟦") + source + QStringLiteral("⟧");
}

QString MarkingTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    if (!sourceText || !*sourceText)
        return QString();
    return mark(QString::fromUtf8(sourceText));
}
