#pragma once
// The threads the application's own long work runs on (the window's
// database work, an import's reading on every core), apart from Qt's global
// thread pool. Qt's painting splits large fills over the global pool and
// waits for them: while an import kept that pool busy, the window stood
// still for a fifth of a second at a time (the benchmark's stall probe).
#include <QThreadPool>

#include <utility>

namespace WorkThreads {
// As many threads as cores: the work itself and whatever it spreads over
// the other cores (QtConcurrent::blockingMap also runs on the calling
// thread, so a full pool never deadlocks, it only runs on fewer cores).
QThreadPool *pool();

// Destroys what it is given on one of these threads. Hundreds of thousands
// of records hold millions of small strings, and freeing them takes half a
// second: the window would stand still that long whenever an undo step
// holding an import is dropped. What is given must not be shared with the
// caller (containers that share their data count their references
// atomically, so a shared one is merely not freed there).
template <typename Value>
void destroyElsewhere(Value value)
{
    pool()->start([held = std::move(value)]() mutable { held = Value(); });
}
} // namespace WorkThreads
