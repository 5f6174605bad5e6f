#include "texttable.h"

int TextTable::columnOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
