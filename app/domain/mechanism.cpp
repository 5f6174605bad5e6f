#include "mechanism.h"

#include <QCoreApplication>
#include <QStringList>

QString Mechanism::name() const
{
    // Listed one by one so that lupdate sees every name.
    if (key == QLatin1String("upr"))
        return QCoreApplication::translate("Mechanism", "Universal Periodic Review");
    if (key == QLatin1String("iccpr"))
        return QCoreApplication::translate("Mechanism", "Human Rights Committee (ICCPR)");
    if (key == QLatin1String("cat"))
        return QCoreApplication::translate("Mechanism", "Committee against Torture (CAT)");
    if (key == QLatin1String("cedaw"))
        return QCoreApplication::translate(
            "Mechanism", "Committee on the Elimination of Discrimination against Women (CEDAW)");
    if (key == QLatin1String("cescr"))
        return QCoreApplication::translate(
            "Mechanism", "Committee on Economic, Social and Cultural Rights (CESCR)");
    if (key == QLatin1String("crc"))
        return QCoreApplication::translate("Mechanism", "Committee on the Rights of the Child (CRC)");
    if (key == QLatin1String("cerd"))
        return QCoreApplication::translate(
            "Mechanism", "Committee on the Elimination of Racial Discrimination (CERD)");
    if (key == QLatin1String("crpd"))
        return QCoreApplication::translate(
            "Mechanism", "Committee on the Rights of Persons with Disabilities (CRPD)");
    if (key == QLatin1String("cmw"))
        return QCoreApplication::translate("Mechanism", "Committee on Migrant Workers (CMW)");
    if (key == QLatin1String("ced"))
        return QCoreApplication::translate("Mechanism", "Committee on Enforced Disappearances (CED)");
    if (key == QLatin1String("special_procedures"))
        return QCoreApplication::translate("Mechanism", "Special procedures");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("Mechanism", "Other");
    return key;
}

QString Mechanism::abbreviation() const
{
    // Listed one by one so that lupdate sees every code; the comment tells
    // translators what each stands for.
    if (key == QLatin1String("upr"))
        return QCoreApplication::translate("Mechanism", "UPR", "abbreviation: Universal Periodic Review");
    if (key == QLatin1String("iccpr"))
        return QCoreApplication::translate("Mechanism", "CCPR", "abbreviation: Human Rights Committee");
    if (key == QLatin1String("cat"))
        return QCoreApplication::translate("Mechanism", "CAT", "abbreviation: Committee against Torture");
    if (key == QLatin1String("cedaw"))
        return QCoreApplication::translate("Mechanism", "CEDAW",
                                           "abbreviation: Committee on the Elimination of Discrimination against Women");
    if (key == QLatin1String("cescr"))
        return QCoreApplication::translate("Mechanism", "CESCR",
                                           "abbreviation: Committee on Economic, Social and Cultural Rights");
    if (key == QLatin1String("crc"))
        return QCoreApplication::translate("Mechanism", "CRC", "abbreviation: Committee on the Rights of the Child");
    if (key == QLatin1String("cerd"))
        return QCoreApplication::translate("Mechanism", "CERD",
                                           "abbreviation: Committee on the Elimination of Racial Discrimination");
    if (key == QLatin1String("crpd"))
        return QCoreApplication::translate("Mechanism", "CRPD",
                                           "abbreviation: Committee on the Rights of Persons with Disabilities");
    if (key == QLatin1String("cmw"))
        return QCoreApplication::translate("Mechanism", "CMW", "abbreviation: Committee on Migrant Workers");
    if (key == QLatin1String("ced"))
        return QCoreApplication::translate("Mechanism", "CED", "abbreviation: Committee on Enforced Disappearances");
    if (key == QLatin1String("special_procedures"))
        return QCoreApplication::translate("Mechanism", "SP", "abbreviation: special procedures");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("Mechanism", "Other", "abbreviation: another mechanism");
    return code.isEmpty() ? key : code;
}

namespace MechanismCatalog {

const QList<Mechanism> &all()
{
    using K = Mechanism::Kind;
    static const QList<Mechanism> mechanisms{
        {QStringLiteral("upr"), QStringLiteral("UPR"), QString(), K::PeriodicReview},
        {QStringLiteral("iccpr"), QStringLiteral("CCPR"),
         QStringLiteral("International Covenant on Civil and Political Rights"), K::TreatyBody},
        {QStringLiteral("cat"), QStringLiteral("CAT"),
         QStringLiteral("Convention against Torture"), K::TreatyBody},
        {QStringLiteral("cedaw"), QStringLiteral("CEDAW"),
         QStringLiteral("Convention on the Elimination of All Forms of Discrimination against Women"),
         K::TreatyBody},
        {QStringLiteral("cescr"), QStringLiteral("CESCR"),
         QStringLiteral("International Covenant on Economic, Social and Cultural Rights"),
         K::TreatyBody},
        {QStringLiteral("crc"), QStringLiteral("CRC"),
         QStringLiteral("Convention on the Rights of the Child"), K::TreatyBody},
        {QStringLiteral("cerd"), QStringLiteral("CERD"),
         QStringLiteral("International Convention on the Elimination of All Forms of Racial "
                        "Discrimination"),
         K::TreatyBody},
        {QStringLiteral("crpd"), QStringLiteral("CRPD"),
         QStringLiteral("Convention on the Rights of Persons with Disabilities"), K::TreatyBody},
        {QStringLiteral("cmw"), QStringLiteral("CMW"),
         QStringLiteral("International Convention on the Protection of the Rights of All Migrant "
                        "Workers and Members of Their Families"),
         K::TreatyBody},
        {QStringLiteral("ced"), QStringLiteral("CED"),
         QStringLiteral("International Convention for the Protection of All Persons from Enforced "
                        "Disappearance"),
         K::TreatyBody},
        {QStringLiteral("special_procedures"), QStringLiteral("SP"), QString(), K::SpecialProcedure},
        {QStringLiteral("other"), QStringLiteral("Other"), QString(), K::Other},
    };
    return mechanisms;
}

const Mechanism *find(const QString &key)
{
    for (const Mechanism &mechanism : all()) {
        if (mechanism.key == key)
            return &mechanism;
    }
    return nullptr;
}

bool isKnown(const QString &key)
{
    return find(key) != nullptr;
}

QString keyList()
{
    QStringList keys;
    for (const Mechanism &mechanism : all())
        keys << mechanism.key;
    return keys.join(QStringLiteral(", "));
}

} // namespace MechanismCatalog
