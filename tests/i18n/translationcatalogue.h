#pragma once
// A Qt Linguist .ts file as read for the checks of tst_translations: every
// message with its context, source, disambiguation, whether it has plural
// forms, and what the translators wrote.
#include <QList>
#include <QString>
#include <QStringList>

struct CatalogueMessage {
    QString context;
    QString source;
    QString comment;           // the disambiguation, part of what identifies the message
    bool numerus = false;
    QString state;             // the translation's type: empty when finished, else "unfinished", "vanished", ...
    QStringList translations;  // one, or one per plural form

    // What Qt looks a translation up by.
    QString key() const;
    // "Context | source" for a report.
    QString describe() const;
};

struct TranslationCatalogue {
    QString language; // the TS element's, e.g. "ru_RU"
    QList<CatalogueMessage> messages;
    QString error;    // set when the file could not be read

    static TranslationCatalogue read(const QString &path);
    const CatalogueMessage *find(const QString &key) const;
};
