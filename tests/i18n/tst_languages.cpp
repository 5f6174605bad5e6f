// The language the application speaks: which one it starts in (the
// remembered choice, else the system's), switching at run time (translations,
// Qt's own texts and the locale of dates together, nothing left of the
// previous language) and the Language menu that does it.
#include "applicationlanguage.h"
#include "languagecatalog.h"
#include "languagemenu.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <optional>

class LanguagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void systemLanguage_data();
    void systemLanguage();
    void startupChoice_data();
    void startupChoice();
    void localeOfDatesAndNumbers_data();
    void localeOfDatesAndNumbers();
    void environmentDecidesTheSystemLanguage_data();
    void environmentDecidesTheSystemLanguage();
    void startupReadsTheRememberedChoice();
    void choosingRemembersAndFollowingTheSystemForgets();
    void datesAndNumbersFollowTheLanguage();
    void openWidgetsTakeTheNewLocale();
    void englishHasItsPluralForms();
    void qtsOwnTextsNeverMixLanguages();
    void switchingTranslatesAtOnce();
    void menuChecksTheCurrentChoice();
    void menuSwitchesAndRemembers();
    void menuRetranslatesItself();

private:
    ApplicationLanguage &language() { return ApplicationLanguage::of(*QCoreApplication::instance()); }
};

namespace {

QString remembered()
{
    return QSettings().value(ApplicationLanguage::settingsKey()).toString();
}

QAction *actionFor(const QMenu &menu, const QString &code)
{
    for (QAction *action : menu.actions()) {
        if (!action->isSeparator() && action->data().toString() == code)
            return action;
    }
    return nullptr;
}

// The menu's first item, which follows the system (it has no language code).
QAction *systemAction(const QMenu &menu)
{
    return actionFor(menu, QString());
}

// Sets environment variables for one test and puts them back after it.
class EnvironmentChange
{
public:
    explicit EnvironmentChange(const QHash<QString, QString> &changes)
    {
        for (auto change = changes.cbegin(); change != changes.cend(); ++change) {
            const QByteArray name = change.key().toLatin1();
            m_saved.insert(name, qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
            if (change.value().isNull())
                qunsetenv(name);
            else
                qputenv(name, change.value().toUtf8());
        }
    }
    ~EnvironmentChange()
    {
        for (auto saved = m_saved.cbegin(); saved != m_saved.cend(); ++saved) {
            if (saved.value())
                qputenv(saved.key(), *saved.value());
            else
                qunsetenv(saved.key());
        }
    }

private:
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
};

// A translator of the test's own, for the menu's texts, which no catalogue
// may have translated yet.
class GermanMenuTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "LanguageMenu") != 0)
            return {};
        if (qstrcmp(source, "&Language") == 0)
            return QStringLiteral("&Sprache");
        if (qstrcmp(source, "System language") == 0)
            return QStringLiteral("Systemsprache");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void LanguagesTest::initTestCase()
{
    // Settings in a test folder of their own, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RecommendationTrackerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
}

void LanguagesTest::init()
{
    // Every test starts in English, following the system (ctest runs in the C locale).
    language().choose(LanguageCatalog::englishCode());
    QSettings().clear();
    QCOMPARE(language().current(), QStringLiteral("en"));
    QVERIFY(language().followsSystem());
}

void LanguagesTest::systemLanguage_data()
{
    QTest::addColumn<QString>("messagesLocale");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LANG=ru_RU.UTF-8") << "ru_RU.UTF-8" << QStringList{"ru-RU"} << "ru";
    QTest::newRow("LANG=kk_KZ.UTF-8") << "kk_KZ.UTF-8" << QStringList{"kk-KZ"} << "kk";
    QTest::newRow("Russian in Kazakhstan") << "ru_KZ.UTF-8" << QStringList{"ru-KZ"} << "ru";
    QTest::newRow("LANG=en_GB.UTF-8") << "en_GB.UTF-8" << QStringList{"en-GB"} << "en";
    QTest::newRow("a language without a translation") << "de_DE.UTF-8" << QStringList{"de-DE"} << "en";
    QTest::newRow("an unknown locale") << "xx_YY" << QStringList{"xx-YY"} << "en";
    QTest::newRow("LANGUAGE=kk:ru") << "en_US.UTF-8" << QStringList{"kk", "ru"} << "kk";
    QTest::newRow("LANGUAGE=de:ru") << "de_DE.UTF-8" << QStringList{"de", "ru"} << "ru";
    QTest::newRow("LANGUAGE=ru_RU") << "de_DE.UTF-8" << QStringList{"ru_RU"} << "ru";
    QTest::newRow("LANGUAGE=ru, but LC_ALL=C") << "C" << QStringList{"ru"} << "en";
    QTest::newRow("LANGUAGE=kk, but LC_ALL=C.UTF-8") << "C.UTF-8" << QStringList{"kk"} << "en";
    QTest::newRow("LANGUAGE=ru, but LANG=POSIX") << "POSIX" << QStringList{"ru"} << "en";
    QTest::newRow("LANGUAGE=ru, nothing else") << "" << QStringList{"ru"} << "en";
    QTest::newRow("no languages at all") << "ru_RU.UTF-8" << QStringList{} << "en";
}

void LanguagesTest::systemLanguage()
{
    QFETCH(QString, messagesLocale);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageCatalog::forSystem(messagesLocale, uiLanguages), expected);
}

void LanguagesTest::startupChoice_data()
{
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing remembered: the system's") << "" << "ru" << "ru";
    QTest::newRow("the remembered choice beats the system") << "kk" << "ru" << "kk";
    QTest::newRow("English remembered on a Russian system") << "en" << "ru" << "en";
    QTest::newRow("a language no longer translated: the system's") << "de" << "kk" << "kk";
}

void LanguagesTest::startupChoice()
{
    QFETCH(QString, remembered);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(LanguageCatalog::startupChoice(remembered, system), expected);
}

void LanguagesTest::localeOfDatesAndNumbers_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QLocale>("expected");
    const QLocale usEnglish(QLocale::English, QLocale::UnitedStates);
    const QLocale britishEnglish(QLocale::English, QLocale::UnitedKingdom);
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    const QLocale russianInKazakhstan(QLocale::Russian, QLocale::Kazakhstan);
    const QLocale kazakh(QLocale::Kazakh, QLocale::Kazakhstan);
    QTest::newRow("Russian on a Russian system") << "ru" << russian << russian;
    QTest::newRow("Russian on a ru_KZ system keeps ru_KZ") << "ru" << russianInKazakhstan << russianInKazakhstan;
    QTest::newRow("Russian on a British system") << "ru" << britishEnglish << russian;
    QTest::newRow("Kazakh on a Russian system") << "kk" << russian << kazakh;
    QTest::newRow("English on a British system keeps en_GB") << "en" << britishEnglish << britishEnglish;
    QTest::newRow("English on a Russian system") << "en" << russian << usEnglish;
    QTest::newRow("English in the C locale") << "en" << QLocale::c() << usEnglish;
}

void LanguagesTest::localeOfDatesAndNumbers()
{
    QFETCH(QString, code);
    QFETCH(QLocale, system);
    QFETCH(QLocale, expected);
    QCOMPARE(LanguageCatalog::localeFor(code, system), expected);
}

void LanguagesTest::environmentDecidesTheSystemLanguage_data()
{
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("languageList");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LANG=ru_RU.UTF-8") << QString() << "ru_RU.UTF-8" << QString() << "ru";
    QTest::newRow("LANGUAGE=kk:ru") << QString() << "ru_RU.UTF-8" << "kk:ru" << "kk";
    QTest::newRow("LC_ALL=C.UTF-8 beats LANGUAGE=kk") << "C.UTF-8" << "kk_KZ.UTF-8" << "kk" << "en";
    QTest::newRow("LC_ALL=kk_KZ.UTF-8 beats LANG") << "kk_KZ.UTF-8" << "ru_RU.UTF-8" << QString() << "kk";
}

void LanguagesTest::environmentDecidesTheSystemLanguage()
{
    QFETCH(QString, lcAll);
    QFETCH(QString, lang);
    QFETCH(QString, languageList);
    QFETCH(QString, expected);
    const EnvironmentChange environment({{QStringLiteral("LC_ALL"), lcAll},
                                         {QStringLiteral("LC_MESSAGES"), QString()},
                                         {QStringLiteral("LANG"), lang},
                                         {QStringLiteral("LANGUAGE"), languageList}});
    language().applySystemLanguage();
    QCOMPARE(language().current(), expected);
}

void LanguagesTest::startupReadsTheRememberedChoice()
{
    QSettings().setValue(ApplicationLanguage::settingsKey(), QStringLiteral("kk"));
    language().applyStartupChoice();
    QCOMPARE(language().current(), QStringLiteral("kk"));
    QVERIFY(!language().followsSystem());

    QSettings().remove(ApplicationLanguage::settingsKey());
    language().applyStartupChoice();
    QCOMPARE(language().current(), QStringLiteral("en")); // the C locale of the test run
}

void LanguagesTest::choosingRemembersAndFollowingTheSystemForgets()
{
    QSignalSpy changed(&language(), &ApplicationLanguage::changed);
    language().choose(QStringLiteral("ru"));
    QCOMPARE(language().current(), QStringLiteral("ru"));
    QCOMPARE(remembered(), QStringLiteral("ru"));
    QVERIFY(!language().followsSystem());
    QCOMPARE(changed.count(), 1);

    language().choose(QStringLiteral("xx")); // not a language of the catalogue: nothing happens
    QCOMPARE(language().current(), QStringLiteral("ru"));
    QCOMPARE(remembered(), QStringLiteral("ru"));
    QCOMPARE(changed.count(), 1);

    language().followSystem();
    QCOMPARE(language().current(), QStringLiteral("en"));
    QVERIFY(!QSettings().contains(ApplicationLanguage::settingsKey()));
    QVERIFY(language().followsSystem());
    QCOMPARE(changed.count(), 2);

    // English chosen explicitly is remembered, though it is the system's too.
    language().choose(QStringLiteral("en"));
    QCOMPARE(remembered(), QStringLiteral("en"));
    QVERIFY(!language().followsSystem());
    QCOMPARE(changed.count(), 3);
}

void LanguagesTest::datesAndNumbersFollowTheLanguage()
{
    const QDate day(2010, 3, 16);
    const QString english = QLocale().toString(day, QLocale::LongFormat);
    QVERIFY2(english.contains(QLatin1String("March")), qPrintable(english));

    language().choose(QStringLiteral("ru"));
    QCOMPARE(QLocale().language(), QLocale::Russian);
    const QString russian = QLocale().toString(day, QLocale::LongFormat);
    QVERIFY2(russian.contains(QStringLiteral("марта")), qPrintable(russian));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u00a0234,5"));

    language().choose(QStringLiteral("kk"));
    QCOMPARE(QLocale().language(), QLocale::Kazakh);
    QVERIFY(QLocale().toString(day, QLocale::LongFormat) != russian);

    language().choose(QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().toString(day, QLocale::LongFormat), english);
}

void LanguagesTest::openWidgetsTakeTheNewLocale()
{
    // A date field and a number field made before the switch: their calendar
    // and separators follow it, as new ones would.
    QDateEdit date(QDate(2010, 3, 16));
    QDoubleSpinBox number;
    number.setValue(1.5);
    QCOMPARE(date.locale().language(), QLocale::English);
    language().choose(QStringLiteral("ru"));
    QCOMPARE(date.locale().language(), QLocale::Russian);
    QCOMPARE(number.text(), QStringLiteral("1,50"));
    language().choose(QStringLiteral("en"));
    QCOMPARE(date.locale().language(), QLocale::English);
    QCOMPARE(number.text(), QStringLiteral("1.50"));
}

void LanguagesTest::englishHasItsPluralForms()
{
    // English speaks through rectracker_en.ts for its plurals alone.
    QCOMPARE(QCoreApplication::translate("RecordTransfer", "Added %n recommendation(s).", nullptr, 1),
             QStringLiteral("Added 1 recommendation."));
    QCOMPARE(QCoreApplication::translate("RecordTransfer", "Added %n recommendation(s).", nullptr, 2),
             QStringLiteral("Added 2 recommendations."));
    QCOMPARE(QCoreApplication::translate("RecordTransfer", "Added %n recommendation(s).", nullptr, 0),
             QStringLiteral("Added 0 recommendations."));
    // And the rest stays the source text.
    QCOMPARE(QCoreApplication::translate("Status", "Pending"), QStringLiteral("Pending"));
}

void LanguagesTest::qtsOwnTextsNeverMixLanguages()
{
    // Qt's own texts come in the language chosen: Russian from the system's
    // Qt, Kazakh from the catalogue this program carries (Qt has none), never
    // the Russian that was installed before it, and English when back.
    const auto cancel = [] { return QCoreApplication::translate("QPlatformTheme", "Cancel"); };
    const auto undo = [] { return QCoreApplication::translate("QUndoStack", "Undo %1"); };
    const auto help = [] { return QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."); };
    QCOMPARE(cancel(), QStringLiteral("Cancel"));
    language().choose(QStringLiteral("ru"));
    QCOMPARE(cancel(), QStringLiteral("Отмена"));
    language().choose(QStringLiteral("kk"));
    const QString kazakhLetters = QStringLiteral("әғқңөұүһі");
    for (const QString &text : {cancel(), undo(), help()}) {
        QVERIFY2(text != QLatin1String("Cancel") && text != QLatin1String("Undo %1") && !text.startsWith(QLatin1String("Displays")),
                 qPrintable(text));
        QVERIFY2(text != QStringLiteral("Отмена") && !text.startsWith(QStringLiteral("Отменить")), qPrintable(text));
    }
    QVERIFY2(std::any_of(help().cbegin(), help().cend(), [&](QChar c) { return kazakhLetters.contains(c.toLower()); }),
             qPrintable(help()));
    QVERIFY(undo().contains(QLatin1String("%1")));
    language().choose(QStringLiteral("ru"));
    QCOMPARE(cancel(), QStringLiteral("Отмена"));
    language().choose(QStringLiteral("en"));
    QCOMPARE(cancel(), QStringLiteral("Cancel"));
}

void LanguagesTest::switchingTranslatesAtOnce()
{
    // The glossary's terms for "Pending" (translations/glossary.md).
    const auto pending = [] { return QCoreApplication::translate("Status", "Pending"); };
    language().choose(QStringLiteral("ru"));
    QCOMPARE(pending(), QStringLiteral("Ожидает ответа"));
    language().choose(QStringLiteral("kk"));
    QCOMPARE(pending(), QStringLiteral("Жауап күтілуде"));
    language().choose(QStringLiteral("en"));
    QCOMPARE(pending(), QStringLiteral("Pending"));
}

void LanguagesTest::menuChecksTheCurrentChoice()
{
    LanguageMenu menu;
    QVERIFY(systemAction(menu));
    QVERIFY(systemAction(menu)->isChecked());
    QCOMPARE(menu.title(), QStringLiteral("&Language"));
    // Each language named in itself.
    QCOMPARE(actionFor(menu, QStringLiteral("en"))->text(), QStringLiteral("English"));
    QCOMPARE(actionFor(menu, QStringLiteral("ru"))->text(), QStringLiteral("Русский"));
    QCOMPARE(actionFor(menu, QStringLiteral("kk"))->text(), QStringLiteral("Қазақша"));

    language().choose(QStringLiteral("kk")); // from elsewhere, such as another window's menu
    QVERIFY(actionFor(menu, QStringLiteral("kk"))->isChecked());
    QVERIFY(!systemAction(menu)->isChecked());

    QSettings().setValue(ApplicationLanguage::settingsKey(), QStringLiteral("ru"));
    language().applyStartupChoice();
    LanguageMenu another;
    QVERIFY(actionFor(another, QStringLiteral("ru"))->isChecked());
}

void LanguagesTest::menuSwitchesAndRemembers()
{
    LanguageMenu menu;
    actionFor(menu, QStringLiteral("ru"))->trigger();
    QCOMPARE(language().current(), QStringLiteral("ru"));
    QCOMPARE(remembered(), QStringLiteral("ru"));
    QVERIFY(actionFor(menu, QStringLiteral("ru"))->isChecked());
    QCOMPARE(QLocale().language(), QLocale::Russian);

    actionFor(menu, QStringLiteral("kk"))->trigger();
    QCOMPARE(language().current(), QStringLiteral("kk"));
    QCOMPARE(remembered(), QStringLiteral("kk"));
    QVERIFY(!actionFor(menu, QStringLiteral("ru"))->isChecked());

    systemAction(menu)->trigger();
    QCOMPARE(language().current(), QStringLiteral("en"));
    QVERIFY(!QSettings().contains(ApplicationLanguage::settingsKey()));
    QVERIFY(systemAction(menu)->isChecked());
    QVERIFY(!actionFor(menu, QStringLiteral("kk"))->isChecked());
}

void LanguagesTest::menuRetranslatesItself()
{
    LanguageMenu menu;
    GermanMenuTranslator german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(menu.title(), QStringLiteral("&Sprache"));
    QCOMPARE(systemAction(menu)->text(), QStringLiteral("Systemsprache"));
    QCOMPARE(actionFor(menu, QStringLiteral("ru"))->text(), QStringLiteral("Русский"));

    QVERIFY(QCoreApplication::removeTranslator(&german));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(menu.title(), QStringLiteral("&Language"));
    QCOMPARE(systemAction(menu)->text(), QStringLiteral("System language"));
}

QTEST_MAIN(LanguagesTest)
#include "tst_languages.moc"
