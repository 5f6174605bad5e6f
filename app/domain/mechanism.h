#pragma once
// The UN mechanisms that issue recommendations: the Universal Periodic Review,
// the treaty bodies (the Human Rights Committee for the ICCPR first of all),
// special procedures, and "other". Records refer to a mechanism by its key.
#include <QList>
#include <QString>

struct Mechanism {
    enum class Kind { PeriodicReview, TreatyBody, SpecialProcedure, Other };

    QString key;          // stable storage and command-line key: "upr", "iccpr", ...
    QString code;         // the UN's short code: "UPR", "CCPR", "CAT", ...
    QString treaty;       // the instrument a treaty body monitors; empty otherwise
    Kind kind = Kind::Other;

    // Translated full name, e.g. "Human Rights Committee (ICCPR)".
    QString name() const;
    // The short code as the interface shows it, in the user's language
    // ("UPR" is "УПО" in Russian); code itself is what files and the
    // command line read and write.
    QString abbreviation() const;
};

namespace MechanismCatalog {
const QList<Mechanism> &all();
const Mechanism *find(const QString &key);
bool isKnown(const QString &key);
QString keyList();
}
