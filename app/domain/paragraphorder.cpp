#include "paragraphorder.h"

namespace ParagraphOrder {

QString sortKey(const QString &paragraph)
{
    // Every run of digits is left-padded to ten places; everything else is kept,
    // lower-cased, so "97.2" < "97.10" and "12(a)" < "12(b)".
    QString key;
    key.reserve(paragraph.size() * 2);
    const QString text = paragraph.trimmed().toLower();
    int i = 0;
    while (i < text.size()) {
        if (text.at(i).isDigit()) {
            int end = i;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            QString digits = text.mid(i, end - i);
            while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
                digits.remove(0, 1);
            key += digits.rightJustified(10, QLatin1Char('0'));
            i = end;
        } else {
            key += text.at(i);
            ++i;
        }
    }
    return key;
}

} // namespace ParagraphOrder
