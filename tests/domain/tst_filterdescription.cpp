// The one line that says what a filter selects, under every chart and in
// exports: its parts in order, statuses by their labels, dates in the
// locale's format with a four-digit year.
#include "filterdescription.h"
#include "recommendationfilter.h"

#include <QLocale>
#include <QTest>

class FilterDescriptionTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void everyPartInOrder()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        RecommendationFilter filter;
        QCOMPARE(FilterDescription::describe(filter), QStringLiteral("All recommendations"));
        filter.yearFrom = 2010;
        filter.yearTo = 2014;
        filter.statuses = {Status::Accepted};
        filter.theme = QStringLiteral("Torture");
        filter.searchText = QStringLiteral("  prisons ");
        const QString text = FilterDescription::describe(filter);
        for (const QString &part : {QStringLiteral("2010–2014"), QStringLiteral("status now: Accepted (supported)"),
                                    QStringLiteral("theme: Torture"), QStringLiteral("text: “prisons”")})
            QVERIFY2(text.contains(part), qPrintable(text));
        QVERIFY(text.indexOf(QLatin1String("2010")) < text.indexOf(QLatin1String("theme")));
    }

    void datesInTheLocalesFormat()
    {
        RecommendationFilter filter;
        filter.statusesOnDates = {{QDate(2013, 12, 31), {Status::Implemented}}};
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(FilterDescription::describe(filter).contains(QLatin1String("12/31/2013")),
                 qPrintable(FilterDescription::describe(filter)));
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY2(FilterDescription::describe(filter).contains(QLatin1String("31.12.2013")),
                 qPrintable(FilterDescription::describe(filter)));
        QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
        QVERIFY2(FilterDescription::describe(filter).contains(QLatin1String("31.12.2013")),
                 qPrintable(FilterDescription::describe(filter)));
    }
};

QTEST_MAIN(FilterDescriptionTest)
#include "tst_filterdescription.moc"
