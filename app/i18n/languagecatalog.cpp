#include "languagecatalog.h"

namespace LanguageCatalog {

const QList<Language> &all()
{
    // The names are in their own language on purpose: someone who cannot read
    // the interface must still find theirs. Hence no tr().
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English"), QLocale(QLocale::English, QLocale::UnitedStates)},
        {QStringLiteral("ru"), QStringLiteral("Русский"), QLocale(QLocale::Russian, QLocale::Russia)},
        {QStringLiteral("kk"), QStringLiteral("Қазақша"), QLocale(QLocale::Kazakh, QLocale::Kazakhstan)},
    };
    return languages;
}

const Language *find(const QString &code)
{
    for (const Language &language : all()) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}

QString englishCode()
{
    return all().constFirst().code;
}

QString forUiLanguages(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        // QLocale reads "ru", "ru_RU", "ru-RU" and "ru_RU.UTF-8" alike; "C",
        // "POSIX" and unknown names come out as the C locale, matching nothing.
        const QLocale::Language wanted = QLocale(name).language();
        for (const Language &language : all()) {
            if (language.home.language() == wanted)
                return language.code;
        }
    }
    return englishCode();
}

QString forSystem(const QString &messagesLocale, const QStringList &uiLanguages)
{
    const bool untranslated = messagesLocale.isEmpty() || messagesLocale == QLatin1String("C")
        || messagesLocale.startsWith(QLatin1String("C.")) || messagesLocale == QLatin1String("POSIX");
    return untranslated ? englishCode() : forUiLanguages(uiLanguages);
}

QString startupChoice(const QString &remembered, const QString &systemLanguage)
{
    return find(remembered) ? remembered : systemLanguage;
}

QLocale localeFor(const QString &code, const QLocale &system)
{
    const Language *language = find(code);
    if (!language)
        language = &all().constFirst();
    return system.language() == language->home.language() ? system : language->home;
}

} // namespace LanguageCatalog
