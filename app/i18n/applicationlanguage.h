#pragma once
// The language the running application speaks: our translator and Qt's own
// (so that the standard dialogs and the command line's usage text match)
// installed on the application, dates and numbers in that language's locale,
// and the user's choice remembered for the next start.
//
// There is one per application, made on first use as the application's
// child: the translators it installs belong to that application, so this is
// where the language lives, and what it speaks is read there too. Installing
// a translator makes Qt send QEvent::LanguageChange to every window, which is
// how the widgets learn to retranslate themselves.
#include <QObject>
#include <QString>

class QCoreApplication;
class QTranslator;

class ApplicationLanguage : public QObject
{
    Q_OBJECT
public:
    static ApplicationLanguage &of(QCoreApplication &application);

    // The window's language: the remembered choice, else the system's.
    void applyStartupChoice();
    // The command line's: the system's alone (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG), as with every other command-line tool, so that what a script
    // reads depends on its environment, not on a menu choice made in a window.
    void applySystemLanguage();

    QString current() const { return m_current; } // a LanguageCatalog code
    bool followsSystem() const;                   // no choice remembered

    // Speaks that language at once and remembers it.
    void choose(const QString &code);
    // Forgets the choice and speaks the system's language at once.
    void followSystem();

    // The settings key of the remembered choice (a LanguageCatalog code).
    static QString settingsKey();

signals:
    // After every choice, including one that keeps the language but stops
    // or starts following the system.
    void changed();

private:
    explicit ApplicationLanguage(QCoreApplication &application);
    void speak(const QString &code);
    void replaceTranslator(QTranslator *translator, bool *installed, const QString &file);

    QTranslator *m_ours;
    QTranslator *m_qts;
    bool m_oursInstalled = false;
    bool m_qtsInstalled = false;
    QString m_current;
};
