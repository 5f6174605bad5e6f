// What is handed to WorkThreads::destroyElsewhere is destroyed, once, and
// not on the thread that handed it over.
#include "workthreads.h"

#include <QList>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

// Says on which thread it was destroyed, once it has been told where to.
struct Witness {
    std::shared_ptr<std::atomic<QThread *>> destroyedOn;
    std::shared_ptr<std::atomic<int>> destroyed;
    Witness() = default;
    Witness(const Witness &) = default;
    Witness(Witness &&) = default; // what it is moved from no longer says anything
    Witness &operator=(const Witness &) = default;
    Witness &operator=(Witness &&) = default;
    ~Witness()
    {
        if (destroyedOn) {
            destroyedOn->store(QThread::currentThread());
            ++*destroyed;
        }
    }
};

} // namespace

class WorkThreadsTest : public QObject
{
    Q_OBJECT

private slots:
    void destroysWhatItIsGivenOnAnotherThread();
};

void WorkThreadsTest::destroysWhatItIsGivenOnAnotherThread()
{
    auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
    auto destroyed = std::make_shared<std::atomic<int>>(0);
    QList<Witness> values;
    for (int i = 0; i < 3; ++i) {
        values.emplaceBack();
        values.last().destroyedOn = destroyedOn;
        values.last().destroyed = destroyed;
    }
    WorkThreads::destroyElsewhere(std::move(values));
    QVERIFY(WorkThreads::pool()->waitForDone(10000));
    QCOMPARE(destroyed->load(), 3);
    QVERIFY(destroyedOn->load() != nullptr);
    QVERIFY(destroyedOn->load() != QThread::currentThread());
}

QTEST_GUILESS_MAIN(WorkThreadsTest)
#include "tst_workthreads.moc"
