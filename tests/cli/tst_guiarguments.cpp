// The window's command line: a database named alone or with --db, data
// files to import, and what is still a subcommand.
#include "commandline.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class GuiArgumentsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        for (const char *name : {"records.sqlite", "upr.csv", "more.XLSX", "uhri.json"}) {
            QFile file(m_folder.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
    }

    void filesAndDatabases()
    {
        const QString db = m_folder.filePath(QStringLiteral("records.sqlite"));
        const QString csv = m_folder.filePath(QStringLiteral("upr.csv"));
        const QString xlsx = m_folder.filePath(QStringLiteral("more.XLSX"));

        CommandLine::GuiOptions options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), db});
        QCOMPARE(options.error, QString());
        QCOMPARE(options.databasePath, db);
        QVERIFY(options.databaseMustExist);
        QVERIFY(options.importPaths.isEmpty());

        // A name that is not there is a mistake, never a new database: "lsit"
        // after a data file, or a data file's ending mistyped.
        for (const QString &mistyped : {QStringLiteral("lsit"), m_folder.filePath(QStringLiteral("uhri.jsn"))}) {
            options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), csv, mistyped});
            QVERIFY2(options.error.contains(QLatin1String("is neither a database file")), qPrintable(options.error));
            QCOMPARE(options.databasePath, QString());
        }

        // What a file manager passes for "rectracker %F": data files, any case of ending.
        options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), csv, xlsx});
        QCOMPARE(options.error, QString());
        QCOMPARE(options.databasePath, QString());
        QCOMPARE(options.importPaths, (QStringList{csv, xlsx}));

        // --db may name a database to create.
        options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), QStringLiteral("--db"),
                                                m_folder.filePath(QStringLiteral("new.sqlite"))});
        QCOMPARE(options.error, QString());
        QVERIFY(!options.databaseMustExist);
        options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), QStringLiteral("--db"), db, csv});
        QCOMPARE(options.error, QString());
        QCOMPARE(options.databasePath, db);
        QCOMPARE(options.importPaths, QStringList{csv});

        // Two databases cannot both be open.
        options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), QStringLiteral("--db"), db,
                                                m_folder.filePath(QStringLiteral("other.sqlite"))});
        QVERIFY(options.error.contains(QLatin1String("one database at a time")));
        options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), QStringLiteral("--db"), QStringLiteral(" ")});
        QVERIFY(options.error.contains(QLatin1String("--db must name a database file")));
        options = CommandLine::parseGuiOptions({QStringLiteral("rectracker"), QStringLiteral("--frobnicate")});
        QVERIFY(!options.error.isEmpty());
    }

    void aFileOpensTheWindowAWordIsASubcommand()
    {
        const QByteArray db = QFile::encodeName(m_folder.filePath(QStringLiteral("records.sqlite")));
        const QByteArray missing = QFile::encodeName(m_folder.filePath(QStringLiteral("missing.sqlite")));
        const auto console = [](std::initializer_list<const char *> words) {
            QList<QByteArray> storage;
            for (const char *word : words)
                storage << QByteArray(word);
            QList<char *> argv;
            for (QByteArray &word : storage)
                argv << word.data();
            return CommandLine::isConsoleInvocation(int(argv.size()), argv.data());
        };
        QVERIFY(!console({"rectracker"}));
        QVERIFY(!console({"rectracker", db.constData()}));
        QVERIFY(!console({"rectracker", "--db", db.constData()}));
        QVERIFY(console({"rectracker", "list", "--count"}));
        QVERIFY(console({"rectracker", "help"}));
        // A mistyped subcommand, or a file that is not there, is reported on the console.
        QVERIFY(console({"rectracker", "lsit"}));
        QVERIFY(console({"rectracker", missing.constData()}));
        QVERIFY(console({"rectracker", db.constData(), "--help"}));
    }

private:
    QTemporaryDir m_folder;
};

QTEST_MAIN(GuiArgumentsTest)
#include "tst_guiarguments.moc"
