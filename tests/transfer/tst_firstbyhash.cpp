// FirstByHash, which finds the first row of each key of a large import by
// hashes computed beforehand: the right first row whether hashes differ,
// agree for the same key, or agree for different keys (made to collide here).
#include "firstbyhash.h"

#include <QStringList>
#include <QTest>

class FirstByHashTest : public QObject
{
    Q_OBJECT

private slots:
    void firstRows_data();
    void firstRows();
};

void FirstByHashTest::firstRows_data()
{
    QTest::addColumn<bool>("colliding");
    QTest::newRow("hashes of the keys") << false;
    QTest::newRow("every hash the same") << true;
}

void FirstByHashTest::firstRows()
{
    QFETCH(bool, colliding);
    const QStringList keys{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                           QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("c")};
    int keysMade = 0;
    FirstByHash<QString> first(
        [&](int row) {
            ++keysMade;
            return keys.at(row);
        },
        keys.size());
    QList<int> found;
    for (int row = 0; row < keys.size(); ++row)
        found << first.firstOrAdd(row, colliding ? 42 : qHash(keys.at(row)));
    QCOMPARE(found, (QList<int>{-1, -1, 0, -1, 1, 0, -1, 3}));
    // With hashes that tell the keys apart, keys are made only for the repeats.
    if (!colliding)
        QCOMPARE(keysMade, 2 * 4);
}

QTEST_GUILESS_MAIN(FirstByHashTest)
#include "tst_firstbyhash.moc"
