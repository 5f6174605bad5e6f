#pragma once
// The UPR Working Group's session calendar: session number to dates and
// cycle, so that a session number alone gives a year. Three sessions a year;
// cycle 1 = sessions 1-12, 2 = 13-26, 3 = 27-40, 4 = 41 onwards.
#include <QDate>
#include <QList>
#include <optional>

struct UprSession {
    int number = 0;
    int cycle = 0;
    QDate start;
    QDate end;
};

namespace UprCalendar {
const QList<UprSession> &sessions();
std::optional<UprSession> session(int number);
// The cycle a session belongs to; 0 for a number outside every cycle.
int cycleOfSession(int number);
}
