#include "uprcalendar.h"

namespace UprCalendar {

int cycleOfSession(int number)
{
    if (number < 1)
        return 0;
    if (number <= 12)
        return 1;
    if (number <= 26)
        return 2;
    if (number <= 40)
        return 3;
    if (number <= 54)
        return 4;
    return 0;
}

const QList<UprSession> &sessions()
{
    // Working Group session dates as published by OHCHR. Sessions 51-54 are
    // the announced schedule of the fourth cycle; the days of the last two
    // may still move, but their year and month are what the year logic needs.
    struct Row { int number, y1, m1, d1, y2, m2, d2; };
    static const Row rows[] = {
        {1, 2008, 4, 7, 2008, 4, 18},    {2, 2008, 5, 5, 2008, 5, 19},
        {3, 2008, 12, 1, 2008, 12, 15},  {4, 2009, 2, 2, 2009, 2, 13},
        {5, 2009, 5, 4, 2009, 5, 15},    {6, 2009, 11, 30, 2009, 12, 11},
        {7, 2010, 2, 8, 2010, 2, 19},    {8, 2010, 5, 3, 2010, 5, 14},
        {9, 2010, 11, 1, 2010, 11, 12},  {10, 2011, 1, 24, 2011, 2, 4},
        {11, 2011, 5, 2, 2011, 5, 13},   {12, 2011, 10, 3, 2011, 10, 14},
        {13, 2012, 5, 21, 2012, 6, 4},   {14, 2012, 10, 22, 2012, 11, 5},
        {15, 2013, 1, 21, 2013, 2, 1},   {16, 2013, 4, 22, 2013, 5, 3},
        {17, 2013, 10, 21, 2013, 11, 1}, {18, 2014, 1, 27, 2014, 2, 7},
        {19, 2014, 4, 28, 2014, 5, 9},   {20, 2014, 10, 27, 2014, 11, 7},
        {21, 2015, 1, 19, 2015, 1, 30},  {22, 2015, 5, 4, 2015, 5, 15},
        {23, 2015, 11, 2, 2015, 11, 13}, {24, 2016, 1, 18, 2016, 1, 29},
        {25, 2016, 5, 2, 2016, 5, 13},   {26, 2016, 10, 31, 2016, 11, 11},
        {27, 2017, 5, 1, 2017, 5, 12},   {28, 2017, 11, 6, 2017, 11, 17},
        {29, 2018, 1, 15, 2018, 1, 26},  {30, 2018, 5, 7, 2018, 5, 18},
        {31, 2018, 11, 5, 2018, 11, 16}, {32, 2019, 1, 21, 2019, 2, 1},
        {33, 2019, 5, 6, 2019, 5, 17},   {34, 2019, 11, 4, 2019, 11, 15},
        {35, 2020, 1, 20, 2020, 1, 31},  {36, 2020, 11, 2, 2020, 11, 13},
        {37, 2021, 1, 18, 2021, 1, 29},  {38, 2021, 5, 3, 2021, 5, 14},
        {39, 2021, 11, 1, 2021, 11, 12}, {40, 2022, 1, 24, 2022, 2, 4},
        {41, 2022, 11, 7, 2022, 11, 18}, {42, 2023, 1, 23, 2023, 2, 3},
        {43, 2023, 5, 1, 2023, 5, 12},   {44, 2023, 11, 6, 2023, 11, 17},
        {45, 2024, 1, 22, 2024, 2, 2},   {46, 2024, 4, 29, 2024, 5, 10},
        {47, 2024, 11, 4, 2024, 11, 15}, {48, 2025, 1, 20, 2025, 1, 31},
        {49, 2025, 4, 28, 2025, 5, 9},   {50, 2025, 11, 3, 2025, 11, 14},
        {51, 2026, 1, 19, 2026, 1, 30},  {52, 2026, 5, 4, 2026, 5, 15},
        {53, 2026, 11, 2, 2026, 11, 13}, {54, 2027, 1, 18, 2027, 1, 29},
    };
    static const QList<UprSession> list = [] {
        QList<UprSession> result;
        for (const Row &row : rows) {
            result.append({row.number, cycleOfSession(row.number), QDate(row.y1, row.m1, row.d1),
                           QDate(row.y2, row.m2, row.d2)});
        }
        return result;
    }();
    return list;
}

std::optional<UprSession> session(int number)
{
    const QList<UprSession> &all = sessions();
    if (number < 1 || number > all.size())
        return std::nullopt;
    return all.at(number - 1); // the table is dense and ordered by number
}

} // namespace UprCalendar
