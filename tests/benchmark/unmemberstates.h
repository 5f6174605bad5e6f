#pragma once
// The 193 UN member states as the UN writes their names, with their ISO 3166
// alpha-3 codes (treaty body symbols use them: CCPR/C/KAZ/CO/2) and their
// regional group (the To-Rgrp and From-Rgrp columns of the UPR Info export).
#include <QList>
#include <QString>

struct UnMemberState {
    QString name;
    QString code;
    QString regionalGroup;
};

namespace UnMemberStates {
const QList<UnMemberState> &all();
// The index in all() of the state of that name, or -1.
int indexOf(const QString &name);
}
