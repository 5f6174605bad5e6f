#pragma once
// A translator that "translates" every text into itself between ⟦ and ⟧, so
// a test can tell a text that went through tr() and was applied again after
// a change of language from one that did not. Installing or removing it
// sends QEvent::LanguageChange, exactly as a real translation does. Plural
// forms keep their %n, which Qt replaces after translation.
#include <QTranslator>

class MarkingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    static QString mark(const QString &source);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    // Not empty, so that installing it answers true (for an empty one Qt
    // answers false, though it keeps it in its list).
    bool isEmpty() const override { return false; }
};
