#pragma once
// The languages the interface is translated into, each named in itself, and
// which of them to speak: the user's remembered choice, else the first of the
// system's languages that has a translation, else English.
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

struct Language {
    QString code;       // "en", "ru", "kk": the catalogue's suffix and the remembered setting
    QString nativeName; // as the Language menu shows it, the same in every language
    QLocale home;       // dates and numbers, unless the system's locale speaks this language
};

namespace LanguageCatalog {
// English first, then the translations.
const QList<Language> &all();
const Language *find(const QString &code);
QString englishCode();

// The first of these interface languages (QLocale::uiLanguages(): LANGUAGE's
// list, else the messages locale) that has a translation; English when none
// has. "kk:ru" gives Kazakh, "de:ru" Russian, "de" or "C" English.
QString forUiLanguages(const QStringList &uiLanguages);
// The system's language as gettext, and so every other program, reads it:
// forUiLanguages(), except that the C (or POSIX) messages locale (LC_ALL, else
// LC_MESSAGES, else LANG; none set is C too) means English whatever LANGUAGE
// says. That is how scripts and test runs ask for untranslated output.
QString forSystem(const QString &messagesLocale, const QStringList &uiLanguages);
// The remembered choice when it names a language of the catalogue, else the system's.
QString startupChoice(const QString &remembered, const QString &systemLanguage);
// Where dates and numbers are formatted in a language: the system's locale when
// it speaks that language (ru_KZ stays ru_KZ, en_GB stays en_GB), else the
// language's home (ru_RU, kk_KZ, en_US).
QLocale localeFor(const QString &code, const QLocale &system);
}
