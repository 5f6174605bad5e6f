// The command line in the user's language: --help and the error messages
// come out in Russian or Kazakh when the environment asks for it (LANGUAGE,
// LC_ALL, LANG, as for every command-line tool), in English in the C locale
// whatever LANGUAGE says, and Qt's own texts (the usage lines of --help) in
// the same language or in English, never in another.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>

class CliLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void englishInTheCLocale();
    void qtsOwnTextsInTheSameLanguageOrEnglish();
    void russianHelpAndMessages();
    void kazakhHelpAndMessages();
};

namespace {

const QHash<QString, QString> russian{{QStringLiteral("LC_ALL"), QString()},
                                      {QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8")},
                                      {QStringLiteral("LANGUAGE"), QStringLiteral("ru")}};
const QHash<QString, QString> kazakh{{QStringLiteral("LC_ALL"), QString()},
                                     {QStringLiteral("LANG"), QStringLiteral("kk_KZ.UTF-8")},
                                     {QStringLiteral("LANGUAGE"), QStringLiteral("kk")}};

const QStringList help{QStringLiteral("--help")};
const QStringList unknownSubcommand{QStringLiteral("frobnicate")};

bool hasCyrillic(const QByteArray &text)
{
    static const QRegularExpression cyrillic(QStringLiteral("[\u0400-\u04ff]"));
    return QString::fromUtf8(text).contains(cyrillic);
}

bool hasKazakhLetters(const QByteArray &text)
{
    static const QRegularExpression kazakhLetter(QStringLiteral("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]"));
    return QString::fromUtf8(text).contains(kazakhLetter);
}

} // namespace

void CliLanguageTest::englishInTheCLocale()
{
    const CliResult english = CliRunner::run(help);
    QCOMPARE(english.exitCode, 0);
    QVERIFY(english.out.contains("Subcommands (they need no display):"));
    QVERIFY(!hasCyrillic(english.out));
    // LANGUAGE does not count in the C locale (LC_ALL=C.UTF-8 here), as with gettext.
    const CliResult stillEnglish = CliRunner::run(help, {{QStringLiteral("LANGUAGE"), QStringLiteral("ru")}});
    QCOMPARE(stillEnglish.out, english.out);
}

void CliLanguageTest::qtsOwnTextsInTheSameLanguageOrEnglish()
{
    // Qt translates its own line for -h/--help into Russian
    // (qt6-translations-l10n); it has no Kazakh, so the program carries its
    // own (translations/qtbase_kk.ts): Kazakh, never the Russian line.
    const CliResult inRussian = CliRunner::run(help, russian);
    QCOMPARE(inRussian.exitCode, 0);
    QVERIFY2(inRussian.out.contains("Вывод справки по параметрам командной строки."), inRussian.out.constData());
    const CliResult inKazakh = CliRunner::run(help, kazakh);
    QCOMPARE(inKazakh.exitCode, 0);
    QVERIFY2(!inKazakh.out.contains("Displays help on commandline options."), inKazakh.out.constData());
    QVERIFY2(!inKazakh.out.contains("Вывод справки"), inKazakh.out.constData());
    // The line of -h, --help is written in Kazakh's own letters.
    const QString out = QString::fromUtf8(inKazakh.out);
    const QStringList lines = out.split(QLatin1Char('\n'));
    const auto helpLine = std::find_if(lines.cbegin(), lines.cend(),
                                       [](const QString &line) { return line.contains(QLatin1String("--help")); });
    QVERIFY2(helpLine != lines.cend(), inKazakh.out.constData());
    QVERIFY2(std::any_of(helpLine->cbegin(), helpLine->cend(),
                         [](QChar c) { return QStringLiteral("әғқңөұүһі").contains(c.toLower()); }),
             qPrintable(*helpLine));
}

void CliLanguageTest::russianHelpAndMessages()
{
    const CliResult englishHelp = CliRunner::run(help);
    const CliResult russianHelp = CliRunner::run(help, russian);
    QCOMPARE(russianHelp.exitCode, 0);
    QVERIFY(russianHelp.out != englishHelp.out);
    // Our own sentence, not only Qt's usage lines.
    QVERIFY2(!russianHelp.out.contains("Subcommands (they need no display):"), russianHelp.out.constData());
    // The names to type stay as they are.
    QVERIFY(russianHelp.out.contains("set-status"));
    QVERIFY(russianHelp.out.contains("--db"));

    const CliResult englishError = CliRunner::run(unknownSubcommand);
    const CliResult russianError = CliRunner::run(unknownSubcommand, russian);
    QCOMPARE(russianError.exitCode, englishError.exitCode);
    QVERIFY(russianError.err.startsWith("rectracker: "));
    QVERIFY(russianError.err.contains("frobnicate"));
    QVERIFY2(hasCyrillic(russianError.err), russianError.err.constData());
    QVERIFY(russianError.err != englishError.err);
}

void CliLanguageTest::kazakhHelpAndMessages()
{
    const CliResult kazakhHelp = CliRunner::run(help, kazakh);
    QCOMPARE(kazakhHelp.exitCode, 0);
    QVERIFY2(hasKazakhLetters(kazakhHelp.out), kazakhHelp.out.constData());
    QVERIFY(kazakhHelp.out != CliRunner::run(help, russian).out);

    const CliResult kazakhError = CliRunner::run(unknownSubcommand, kazakh);
    QCOMPARE(kazakhError.exitCode, 2);
    QVERIFY(kazakhError.err.contains("frobnicate"));
    QVERIFY2(hasKazakhLetters(kazakhError.err), kazakhError.err.constData());
}

QTEST_GUILESS_MAIN(CliLanguageTest)
#include "tst_clilanguage.moc"
