// The translation catalogues against the code: every message the sources ask
// for (found by the real lupdate, run over app/ and ui/ as
// .ci/update-translations runs it) is in the Russian and Kazakh catalogues
// with a finished translation (as many plural forms as Qt's rules give the
// language), every plural message has its English forms,
// the Kazakh catalogue is Kazakh, and no translation loses a placeholder or a
// tag. A failure lists the messages at fault (at most 20) and their number.
#include "translationcatalogue.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMessageOfTheCodeIsTranslated_data();
    void everyMessageOfTheCodeIsTranslated();
    void everyPluralHasItsEnglishForms();
    void committedCataloguesAreFinished_data();
    void committedCataloguesAreFinished();
    void kazakhCatalogueOfQtsTextsIsFinished();
    void kazakhCatalogueIsKazakh();
    void placeholdersAndTagsAreKept_data();
    void placeholdersAndTagsAreKept();

private:
    int pluralForms(const QString &language) const { return m_pluralForms.value(language); }

    TranslationCatalogue m_code;      // what lupdate finds in the sources today
    QHash<QString, int> m_pluralForms; // by language, as many as lupdate writes (Qt's plural rules)
};

namespace {

const QString sourceDir = QStringLiteral(SOURCE_DIR);

TranslationCatalogue committed(const QString &language)
{
    return TranslationCatalogue::read(sourceDir + QStringLiteral("/translations/rectracker_%1.ts").arg(language));
}

const QStringList languages{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")};

// Prints the first problems and returns the summary a failed test shows.
QByteArray report(const QStringList &problems, const QString &what)
{
    const int shown = qMin(20, int(problems.size()));
    for (int i = 0; i < shown; ++i)
        qWarning().noquote() << problems.at(i);
    if (problems.size() > shown)
        qWarning().noquote() << QStringLiteral("... and %1 more").arg(problems.size() - shown);
    return QStringLiteral("%1 message(s) %2").arg(problems.size()).arg(what).toUtf8();
}

// The problem with a translation, or nothing when it is finished and filled in.
QString unfinishedProblem(const CatalogueMessage &message, int forms)
{
    if (!message.state.isEmpty())
        return QStringLiteral("marked %1").arg(message.state);
    if (message.numerus && message.translations.size() != forms)
        return QStringLiteral("%1 plural forms, but Qt's rules for the language have %2 (lrelease keeps only those)")
            .arg(message.translations.size())
            .arg(forms);
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty())
            return QStringLiteral("an empty translation");
    }
    if (message.translations.isEmpty())
        return QStringLiteral("no translation");
    return {};
}

// %1 to %99 and %n, each once; %L1 counts as %1, since whether a number is
// written with the locale's digit grouping is the translator's to decide.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(n|[1-9][0-9]?)"));
    QStringList found;
    for (auto match = placeholder.globalMatch(text); match.hasNext();)
        found << QLatin1Char('%') + match.next().captured(1);
    found.removeDuplicates();
    found.sort();
    return found;
}

// The HTML tags, opening and closing, by name; attributes may be translated
// (a link's title) and "<subcommand>" in a usage text is not a tag.
QStringList tags(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral("<(/?)\\s*(a|b|i|u|s|p|br|hr|ul|ol|li|dl|dt|dd|table|tr|td|th|h[1-6]|small|big|code|pre|tt|em|"
                       "strong|span|div|img|nobr|qt|html|body|sub|sup|font|center|blockquote)\\b[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto match = tag.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch next = match.next();
        found << next.captured(1) + next.captured(2).toLower();
    }
    found.sort();
    return found;
}

} // namespace

void TranslationsTest::initTestCase()
{
    // One new catalogue per language, named like ours so that lupdate gives
    // each the plural forms of its language.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                          QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts")};
    for (const QString &language : languages)
        arguments << scratch.filePath(QStringLiteral("scanned_%1.ts").arg(language));
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(LUPDATE_BINARY), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());
    for (const QString &language : languages) {
        const TranslationCatalogue scanned =
            TranslationCatalogue::read(scratch.filePath(QStringLiteral("scanned_%1.ts").arg(language)));
        QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
        for (const CatalogueMessage &message : scanned.messages) {
            if (message.numerus) {
                m_pluralForms.insert(language, int(message.translations.size()));
                break;
            }
        }
        QVERIFY2(pluralForms(language) > 0, qPrintable(language));
        m_code = scanned; // the same messages in each
    }
    // The sources hold hundreds of messages; a handful would mean lupdate
    // looked in the wrong place and every check below would pass for nothing.
    QVERIFY2(m_code.messages.size() > 300, qPrintable(QString::number(m_code.messages.size())));
}

void TranslationsTest::everyMessageOfTheCodeIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Russian") << QStringLiteral("ru");
    QTest::newRow("Kazakh") << QStringLiteral("kk");
}

void TranslationsTest::everyMessageOfTheCodeIsTranslated()
{
    QFETCH(QString, language);
    const TranslationCatalogue catalogue = committed(language);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList problems;
    for (const CatalogueMessage &wanted : std::as_const(m_code.messages)) {
        const CatalogueMessage *found = catalogue.find(wanted.key());
        QString problem;
        if (!found)
            problem = QStringLiteral("missing (run .ci/update-translations)");
        else if (found->numerus != wanted.numerus)
            problem = wanted.numerus ? QStringLiteral("needs plural forms (run .ci/update-translations)")
                                     : QStringLiteral("has plural forms the code does not use");
        else
            problem = unfinishedProblem(*found, pluralForms(language));
        if (!problem.isEmpty())
            problems << wanted.describe() + QStringLiteral(": ") + problem;
    }
    if (!problems.isEmpty())
        QFAIL(report(problems, QStringLiteral("of the code untranslated in rectracker_%1.ts").arg(language)).constData());
}

void TranslationsTest::everyPluralHasItsEnglishForms()
{
    const TranslationCatalogue english = committed(QStringLiteral("en"));
    QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
    QStringList problems;
    for (const CatalogueMessage &wanted : std::as_const(m_code.messages)) {
        if (!wanted.numerus)
            continue;
        const CatalogueMessage *found = english.find(wanted.key());
        const QString problem = found ? unfinishedProblem(*found, pluralForms(QStringLiteral("en")))
                                      : QStringLiteral("missing (run .ci/update-translations)");
        if (!problem.isEmpty())
            problems << wanted.describe() + QStringLiteral(": ") + problem;
    }
    if (!problems.isEmpty())
        QFAIL(report(problems, QStringLiteral("with plural forms lack their English forms in rectracker_en.ts")).constData());
}

void TranslationsTest::committedCataloguesAreFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tsLanguage");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en_US");
    QTest::newRow("Russian") << QStringLiteral("ru") << QStringLiteral("ru_RU");
    QTest::newRow("Kazakh") << QStringLiteral("kk") << QStringLiteral("kk_KZ");
}

void TranslationsTest::committedCataloguesAreFinished()
{
    QFETCH(QString, language);
    QFETCH(QString, tsLanguage);
    const TranslationCatalogue catalogue = committed(language);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QCOMPARE(catalogue.language, tsLanguage);
    QVERIFY(!catalogue.messages.isEmpty());
    QStringList problems;
    for (const CatalogueMessage &message : catalogue.messages) {
        const QString problem = unfinishedProblem(message, pluralForms(language));
        if (!problem.isEmpty())
            problems << message.describe() + QStringLiteral(": ") + problem;
    }
    if (!problems.isEmpty())
        QFAIL(report(problems, QStringLiteral("unfinished in rectracker_%1.ts").arg(language)).constData());
}

// Qt has no Kazakh catalogue of its own texts; the one this program carries
// must be finished too.
void TranslationsTest::kazakhCatalogueOfQtsTextsIsFinished()
{
    const TranslationCatalogue catalogue =
        TranslationCatalogue::read(sourceDir + QStringLiteral("/translations/qtbase_kk.ts"));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QCOMPARE(catalogue.language, QStringLiteral("kk_KZ"));
    QVERIFY(catalogue.messages.size() > 100);
    QStringList problems;
    for (const CatalogueMessage &message : catalogue.messages) {
        const QString problem = unfinishedProblem(message, pluralForms(QStringLiteral("kk")));
        if (!problem.isEmpty())
            problems << message.describe() + QStringLiteral(": ") + problem;
    }
    if (!problems.isEmpty())
        QFAIL(report(problems, QStringLiteral("unfinished in qtbase_kk.ts")).constData());
}

void TranslationsTest::kazakhCatalogueIsKazakh()
{
    const TranslationCatalogue kazakh = committed(QStringLiteral("kk"));
    const TranslationCatalogue russian = committed(QStringLiteral("ru"));
    QVERIFY2(kazakh.error.isEmpty(), qPrintable(kazakh.error));
    QVERIFY2(russian.error.isEmpty(), qPrintable(russian.error));
    // The letters Kazakh has and Russian has not.
    static const QRegularExpression kazakhLetter(QStringLiteral("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]"));
    int translated = 0;
    int withKazakhLetters = 0;
    QStringList sameAsRussian;
    for (const CatalogueMessage &message : kazakh.messages) {
        const QString text = message.translations.join(QLatin1Char(' '));
        if (text.trimmed().isEmpty())
            continue;
        ++translated;
        if (text.contains(kazakhLetter))
            ++withKazakhLetters;
        const CatalogueMessage *inRussian = russian.find(message.key());
        if (inRussian && inRussian->translations.join(QLatin1Char(' ')) == text)
            sameAsRussian << message.describe() + QStringLiteral(": the same as in Russian");
    }
    // Short messages ("%1: %2", "JSON") are rightly the same in both, and
    // some Kazakh sentences need none of its own letters; a third is a margin
    // that a Russian file copied in, or a machine transliteration, cannot meet.
    QVERIFY2(translated > 0, "rectracker_kk.ts has no translation at all");
    QVERIFY2(withKazakhLetters * 3 >= translated,
             qPrintable(QStringLiteral("only %1 of %2 Kazakh translations use a letter of its own (ә ғ қ ң ө ұ ү һ і)")
                            .arg(withKazakhLetters)
                            .arg(translated)));
    if (sameAsRussian.size() * 3 >= translated)
        QFAIL(report(sameAsRussian, QStringLiteral("of %1 in rectracker_kk.ts are the Russian ones").arg(translated)).constData());
}

void TranslationsTest::placeholdersAndTagsAreKept_data()
{
    committedCataloguesAreFinished_data();
}

void TranslationsTest::placeholdersAndTagsAreKept()
{
    QFETCH(QString, language);
    const TranslationCatalogue catalogue = committed(language);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList problems;
    for (const CatalogueMessage &message : catalogue.messages) {
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                continue; // unfinished, which the other checks report
            if (placeholders(translation) != placeholders(message.source)) {
                problems << message.describe() + QStringLiteral(": placeholders %1 instead of %2 in \"%3\"")
                                                     .arg(placeholders(translation).join(QLatin1Char(' ')),
                                                          placeholders(message.source).join(QLatin1Char(' ')),
                                                          translation);
            } else if (tags(translation) != tags(message.source)) {
                problems << message.describe() + QStringLiteral(": HTML tags %1 instead of %2")
                                                     .arg(tags(translation).join(QLatin1Char(' ')),
                                                          tags(message.source).join(QLatin1Char(' ')));
            }
        }
    }
    if (!problems.isEmpty())
        QFAIL(report(problems, QStringLiteral("in rectracker_%1.ts lose a placeholder or a tag").arg(language)).constData());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
