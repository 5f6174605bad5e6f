#include "statisticsaggregates.h"

#include "progresstally.h"
#include "yearendstatuses.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <cstring>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace {

struct Text {
    const char *data = nullptr; // null for SQL NULL
    int size = 0;
};

Text textOf(sqlite3_value *value)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return Text{data, data ? sqlite3_value_bytes(value) : 0};
}

// Records per year and mechanism. There are a handful of mechanisms, so a
// row's is found by comparing it with each seen so far, which is several
// times faster than hashing it; past a few dozen (not data this application
// writes) a hash takes over.
class ReceivedTally
{
public:
    void add(int year, const Text &mechanism)
    {
        ++m_counts[slotOf(mechanism)][size_t(year)];
    }

    QByteArray toBytes() const
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << quint32(m_keys.size());
        for (size_t slot = 0; slot < m_keys.size(); ++slot) {
            QList<QPair<qint32, qint32>> years;
            const std::vector<qint32> &counts = m_counts[slot];
            for (int year = 0; year < yearCount; ++year) {
                if (counts[size_t(year)] != 0)
                    years.append({year, counts[size_t(year)]});
            }
            out << m_keys[slot] << years;
        }
        return bytes;
    }

private:
    static constexpr int yearCount = 10000;
    static constexpr size_t comparedKeys = 32;

    size_t slotOf(const Text &mechanism)
    {
        const size_t size = size_t(mechanism.size);
        if (m_keys.size() <= comparedKeys) {
            for (size_t slot = 0; slot < m_keys.size(); ++slot) {
                const QByteArray &key = m_keys[slot];
                if (size_t(key.size()) == size && (size == 0 || std::memcmp(key.constData(), mechanism.data, size) == 0))
                    return slot;
            }
        } else {
            // A key that points into SQLite's memory is only looked up, never kept.
            const auto found = m_slots.constFind(QByteArray::fromRawData(mechanism.data, mechanism.size));
            if (found != m_slots.cend())
                return *found;
        }
        const size_t slot = m_keys.size();
        m_keys.emplace_back(mechanism.data, mechanism.size);
        m_counts.emplace_back(yearCount, 0);
        if (m_keys.size() > comparedKeys) {
            for (size_t i = m_slots.size(); i < m_keys.size(); ++i)
                m_slots.insert(m_keys[i], i);
        }
        return slot;
    }

    std::vector<QByteArray> m_keys;
    QHash<QByteArray, size_t> m_slots; // only past comparedKeys
    std::vector<std::vector<qint32>> m_counts;
};

// Records per group and current status. Groups are the ids of a list's
// vocabulary (themes, states...), small and dense, so they index a vector;
// an id beyond goes to a hash.
class CurrentStatusTally
{
public:
    void add(qint64 group, Status status)
    {
        if (group >= 0 && group < maxDenseGroup) {
            if (size_t(group) >= m_dense.size())
                m_dense.resize(size_t(group) + 1, Counts{});
            ++m_dense[size_t(group)][size_t(status)];
        } else {
            ++m_sparse[group][size_t(status)];
        }
    }

    QByteArray toBytes() const
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        const auto counted = [](const Counts &counts) {
            return std::any_of(counts.cbegin(), counts.cend(), [](qint32 count) { return count != 0; });
        };
        quint32 groups = quint32(m_sparse.size());
        for (const Counts &counts : m_dense)
            groups += counted(counts) ? 1 : 0;
        out << groups;
        const auto write = [&out](qint64 group, const Counts &counts) {
            out << group;
            for (qint32 count : counts)
                out << count;
        };
        for (size_t group = 0; group < m_dense.size(); ++group) {
            if (counted(m_dense[group]))
                write(qint64(group), m_dense[group]);
        }
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            write(it.key(), it.value());
        return bytes;
    }

private:
    using Counts = std::array<qint32, 5>;
    static constexpr qint64 maxDenseGroup = 1 << 20;
    std::vector<Counts> m_dense;
    QHash<qint64, Counts> m_sparse;
};

// The state of a running aggregate is a C++ object that SQLite's own
// aggregate memory points to: made for the first row, read and deleted by the
// final call, which SQLite makes exactly once, also when a query stops early.
template <typename State>
State *stateOf(sqlite3_context *context, bool create)
{
    auto **slot = static_cast<State **>(sqlite3_aggregate_context(context, create ? int(sizeof(State *)) : 0));
    if (!slot)
        return nullptr;
    if (!*slot && create)
        *slot = new (std::nothrow) State;
    return *slot;
}

template <typename State>
void finish(sqlite3_context *context)
{
    State *state = stateOf<State>(context, false);
    try {
        const QByteArray bytes = state ? state->toBytes() : QByteArray();
        sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    } catch (...) {
        sqlite3_result_error_nomem(context);
    }
    delete state;
}

// Steps never let an exception (only bad_alloc is possible) reach SQLite's C code.
template <typename State, typename Step>
void step(sqlite3_context *context, Step &&addRow)
{
    try {
        State *state = stateOf<State>(context, true);
        if (!state)
            sqlite3_result_error_nomem(context);
        else if (!addRow(*state))
            sqlite3_result_error(context, "ill-formed year_end_statuses", -1);
    } catch (...) {
        sqlite3_result_error_nomem(context);
    }
}

void progressStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    step<ProgressTally>(context, [&](ProgressTally &tally) {
        const Text date = textOf(arguments[0]);
        const Text statuses = textOf(arguments[1]);
        return tally.add(date.data, date.size, statuses.data, statuses.size);
    });
}

void receivedStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    step<ReceivedTally>(context, [&](ReceivedTally &tally) {
        const Text date = textOf(arguments[0]);
        if (const std::optional<int> year = ProgressTally::documentYear(date.data, date.size))
            tally.add(*year, textOf(arguments[1]));
        return true;
    });
}

void currentStatusStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    step<CurrentStatusTally>(context, [&](CurrentStatusTally &tally) {
        // The last letter of the year-end statuses is the current status.
        const Text statuses = textOf(arguments[1]);
        const std::optional<Status> status = statuses.size == 0
            ? std::optional<Status>(Status::Pending)
            : YearEndStatuses::statusOf(statuses.data[statuses.size - 1]);
        if (status)
            tally.add(sqlite3_value_int64(arguments[0]), *status);
        return status.has_value();
    });
}

// The three tallies the charts need, from one pass: the records' progress,
// their arrival by mechanism, and current status per theme id.
struct ChartsTally
{
    ProgressTally progress;
    ReceivedTally received;
    CurrentStatusTally themes;

    QByteArray toBytes() const
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << progress.toBytes() << received.toBytes() << themes.toBytes();
        return bytes;
    }
};

// Adds one count per id in "12 3 45" (what schema version 6 keeps in
// theme_ids); false for anything else.
bool addEachId(CurrentStatusTally &tally, const Text &ids, Status status)
{
    qint64 id = 0;
    bool inNumber = false;
    for (int i = 0; i < ids.size; ++i) {
        const char c = ids.data[i];
        if (c >= '0' && c <= '9') {
            id = id * 10 + (c - '0');
            inNumber = true;
        } else if (c == ' ' && inNumber) {
            tally.add(id, status);
            id = 0;
            inNumber = false;
        } else {
            return false;
        }
    }
    if (inNumber)
        tally.add(id, status);
    return !(ids.size > 0 && !inNumber);
}

void chartsStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    step<ChartsTally>(context, [&](ChartsTally &tally) {
        const Text date = textOf(arguments[0]);
        const Text statuses = textOf(arguments[1]);
        if (!tally.progress.add(date.data, date.size, statuses.data, statuses.size))
            return false;
        if (const std::optional<int> year = ProgressTally::documentYear(date.data, date.size))
            tally.received.add(*year, textOf(arguments[2]));
        const std::optional<Status> status = statuses.size == 0
            ? std::optional<Status>(Status::Pending)
            : YearEndStatuses::statusOf(statuses.data[statuses.size - 1]);
        return status && addEachId(tally.themes, textOf(arguments[3]), *status);
    });
}

} // namespace

namespace StatisticsAggregates {

bool install(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!connection) {
        *error = QCoreApplication::translate("StatisticsAggregates", "The statistics need an open SQLite database.");
        return false;
    }
    // Already there? Compiling a call tells, without a registry of connections.
    sqlite3_stmt *probe = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT rectracker_progress(NULL, NULL)", -1, &probe, nullptr) == SQLITE_OK) {
        sqlite3_finalize(probe);
        return true;
    }
    // The functions go in through the SQLite library this program is linked
    // with, which must be the one Qt's driver opened the connection with.
    QSqlQuery source(db);
    if (!source.exec(QStringLiteral("SELECT sqlite_source_id()")) || !source.next()
        || source.value(0).toString() != QLatin1String(sqlite3_sourceid())) {
        *error = QCoreApplication::translate("StatisticsAggregates", "The statistics cannot be counted: Qt's SQLite driver uses another SQLite library (%1) than "
                    "this program (%2). Build the program against the SQLite library Qt uses.")
                     .arg(source.value(0).toString(), QLatin1String(sqlite3_libversion()));
        return false;
    }
    // Deterministic, and callable only from the application's own SQL, never
    // from a trigger or view that another program would then fail to run.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
    const struct {
        const char *name;
        int arguments;
        void (*step)(sqlite3_context *, int, sqlite3_value **);
        void (*final)(sqlite3_context *);
    } functions[] = {
        {"rectracker_progress", 2, progressStep, finish<ProgressTally>},
        {"rectracker_received", 2, receivedStep, finish<ReceivedTally>},
        {"rectracker_current_status", 2, currentStatusStep, finish<CurrentStatusTally>},
        {"rectracker_charts", 4, chartsStep, finish<ChartsTally>},
    };
    for (const auto &function : functions) {
        if (sqlite3_create_function_v2(connection, function.name, function.arguments, flags, nullptr, nullptr,
                                       function.step, function.final, nullptr)
            != SQLITE_OK) {
            *error = QCoreApplication::translate("StatisticsAggregates", "The statistics functions could not be installed: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(connection)));
            return false;
        }
    }
    return true;
}

std::optional<QMap<int, QMap<QString, int>>> readReceived(const QByteArray &bytes)
{
    QMap<int, QMap<QString, int>> received;
    if (bytes.isEmpty())
        return received;
    QDataStream in(bytes);
    quint32 mechanisms = 0;
    in >> mechanisms;
    for (quint32 i = 0; i < mechanisms && in.status() == QDataStream::Ok; ++i) {
        QByteArray key;
        QList<QPair<qint32, qint32>> years;
        in >> key >> years;
        const QString mechanism = QString::fromUtf8(key);
        for (const auto &year : years)
            received[year.first].insert(mechanism, year.second);
    }
    return in.status() == QDataStream::Ok ? std::optional(received) : std::nullopt;
}

std::optional<ChartsBytes> splitCharts(const QByteArray &bytes)
{
    ChartsBytes parts;
    if (bytes.isEmpty())
        return parts; // no matching row: every tally empty
    QDataStream in(bytes);
    in >> parts.progress >> parts.received >> parts.themes;
    return in.status() == QDataStream::Ok && in.atEnd() ? std::optional(parts) : std::nullopt;
}

std::optional<QHash<qint64, StatusCounts>> readCurrentStatus(const QByteArray &bytes)
{
    QHash<qint64, StatusCounts> groups;
    if (bytes.isEmpty())
        return groups;
    QDataStream in(bytes);
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint64 group = 0;
        StatusCounts counts;
        in >> group;
        for (int &value : counts.counts)
            in >> value;
        groups.insert(group, counts);
    }
    return in.status() == QDataStream::Ok ? std::optional(groups) : std::nullopt;
}

} // namespace StatisticsAggregates
