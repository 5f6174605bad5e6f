#include "applicationlanguage.h"

#include "languagecatalog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

QString ourCatalogue(const QString &code)
{
    return QStringLiteral(":/translations/rectracker_%1.qm").arg(code);
}

// Qt's own catalogue for exactly this language, from the system's Qt
// (Debian: qt6-translations-l10n), else the one this program carries for
// the texts of Qt's it shows (translations/qtbase_kk.ts: Qt has no Kazakh
// catalogue). Never another language's, so no window mixes two.
QString qtCatalogue(const QString &code)
{
    const QString system = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(code);
    return QFile::exists(system) ? system : QStringLiteral(":/translations/qtbase_%1.qm").arg(code);
}

QString systemLanguage()
{
    QString messagesLocale;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messagesLocale = qEnvironmentVariable(variable);
        if (!messagesLocale.isEmpty())
            break;
    }
    return LanguageCatalog::forSystem(messagesLocale, QLocale::system().uiLanguages());
}

} // namespace

ApplicationLanguage &ApplicationLanguage::of(QCoreApplication &application)
{
    auto *language = application.findChild<ApplicationLanguage *>(QString(), Qt::FindDirectChildrenOnly);
    if (!language)
        language = new ApplicationLanguage(application);
    return *language;
}

ApplicationLanguage::ApplicationLanguage(QCoreApplication &application)
    : QObject(&application),
      m_ours(new QTranslator(this)),
      m_qts(new QTranslator(this))
{
}

QString ApplicationLanguage::settingsKey()
{
    return QStringLiteral("language");
}

void ApplicationLanguage::applyStartupChoice()
{
    speak(LanguageCatalog::startupChoice(QSettings().value(settingsKey()).toString(), systemLanguage()));
}

void ApplicationLanguage::applySystemLanguage()
{
    speak(systemLanguage());
}

bool ApplicationLanguage::followsSystem() const
{
    return !LanguageCatalog::find(QSettings().value(settingsKey()).toString());
}

void ApplicationLanguage::choose(const QString &code)
{
    if (!LanguageCatalog::find(code))
        return;
    QSettings().setValue(settingsKey(), code);
    speak(code);
    emit changed();
}

void ApplicationLanguage::followSystem()
{
    QSettings().remove(settingsKey());
    speak(systemLanguage());
    emit changed();
}

void ApplicationLanguage::speak(const QString &code)
{
    if (code == m_current)
        return; // every translator swap makes every window retranslate
    m_current = code;
    // Before the translators: the windows retranslate on the events these
    // send, and format their dates as they do.
    QLocale::setDefault(LanguageCatalog::localeFor(code, QLocale::system()));
    // Widgets that already exist keep the locale they were made with (their
    // calendars, spin boxes) until told; setDefault alone tells no one.
    QEvent localeChange(QEvent::LocaleChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &localeChange);
    replaceTranslator(m_ours, &m_oursInstalled, ourCatalogue(code));
    replaceTranslator(m_qts, &m_qtsInstalled, qtCatalogue(code));
}

void ApplicationLanguage::replaceTranslator(QTranslator *translator, bool *installed, const QString &file)
{
    // Removed first, so that switching to a language without that catalogue
    // (Kazakh for Qt's, or English) leaves nothing of the previous one behind.
    // Always: Qt keeps an empty catalogue in its list though installing it
    // answers false (qtbase_en.qm is empty), and loading into a translator
    // still in the list would race with worker threads translating.
    QCoreApplication::removeTranslator(translator);
    *installed = false;
    // load() would also try shortened names (qtbase.qm): only this file will
    // do. An empty one adds nothing, so it is not installed at all.
    if (QFile::exists(file) && translator->load(file) && !translator->isEmpty())
        *installed = QCoreApplication::installTranslator(translator);
}
