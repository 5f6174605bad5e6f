#pragma once
// The threads the application's own long work runs on (the window's
// database work, an import's reading on every core), apart from Qt's global
// thread pool. Qt's painting splits large fills over the global pool and
// waits for them: while an import kept that pool busy, the window stood
// still for a fifth of a second at a time (the benchmark's stall probe).
class QThreadPool;

namespace WorkThreads {
// As many threads as cores: the work itself and whatever it spreads over
// the other cores (QtConcurrent::blockingMap also runs on the calling
// thread, so a full pool never deadlocks, it only runs on fewer cores).
QThreadPool *pool();
}
