#include "workthreads.h"

#include <QThread>
#include <QThreadPool>

namespace {

struct Pool {
    Pool() { threads.setMaxThreadCount(qMax(2, QThread::idealThreadCount())); }
    QThreadPool threads;
};

Q_GLOBAL_STATIC(Pool, workPool)

} // namespace

namespace WorkThreads {

QThreadPool *pool()
{
    return &workPool()->threads;
}

} // namespace WorkThreads
