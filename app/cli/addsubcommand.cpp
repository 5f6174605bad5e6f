// rectracker add: records one recommendation and prints its id.
#include "isodate.h"
#include "mechanism.h"
#include "recommendationedits.h"
#include "recommendationrepository.h"
#include "subcommands.h"
#include "subcommandsupport.h"
#include "uprcalendar.h"

namespace {

std::optional<int> readNumber(const QCommandLineParser &parser, const QString &option, int min, int max,
                              QString *error)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max) {
        *error = CommandLineText::tr("--%1 \"%2\" is not a number from %3 to %4.").arg(option, text).arg(min).arg(max);
        return std::nullopt;
    }
    return number;
}

std::optional<QDate> readDate(const QCommandLineParser &parser, const QString &option, QString *error)
{
    if (!parser.isSet(option))
        return QDate();
    const QString text = parser.value(option).trimmed();
    const QDate date = IsoDate::parse(text);
    if (!date.isValid()) {
        *error = CommandLineText::tr("--%1 \"%2\" is not a real date in the form YYYY-MM-DD.").arg(option, text);
        return std::nullopt;
    }
    return date;
}

// Reads every option into a record, or says what is wrong.
std::optional<Recommendation> readRecommendation(const QCommandLineParser &parser, QString *error)
{
    if (!SubcommandSupport::requireOptions(parser, {QStringLiteral("db"), QStringLiteral("mechanism"),
                                                    QStringLiteral("state"), QStringLiteral("symbol"),
                                                    QStringLiteral("paragraph"), QStringLiteral("date"),
                                                    QStringLiteral("text")},
                                           error))
        return std::nullopt;
    Recommendation r;
    r.mechanism = parser.value(QStringLiteral("mechanism")).trimmed().toLower();
    if (!MechanismCatalog::isKnown(r.mechanism)) {
        *error = CommandLineText::tr("unknown mechanism \"%1\"; use one of: %2.")
                     .arg(parser.value(QStringLiteral("mechanism")), MechanismCatalog::keyList());
        return std::nullopt;
    }
    r.stateUnderReview = parser.value(QStringLiteral("state"));
    r.symbol = parser.value(QStringLiteral("symbol"));
    r.paragraph = parser.value(QStringLiteral("paragraph"));
    r.text = parser.value(QStringLiteral("text"));
    r.recommendedBy = parser.values(QStringLiteral("recommended-by"));
    r.themes = parser.values(QStringLiteral("theme"));
    r.institutions = parser.values(QStringLiteral("institution"));
    r.affectedPersons = parser.values(QStringLiteral("affected"));
    r.notes = parser.value(QStringLiteral("notes"));
    const std::optional<QDate> date = readDate(parser, QStringLiteral("date"), error);
    const std::optional<QDate> due = date ? readDate(parser, QStringLiteral("due"), error) : std::nullopt;
    const std::optional<int> session = due ? readNumber(parser, QStringLiteral("session"), 1, 999, error) : std::nullopt;
    const std::optional<int> cycle = session ? readNumber(parser, QStringLiteral("cycle"), 1, 99, error) : std::nullopt;
    if (!date || !due || !session || !cycle)
        return std::nullopt;
    r.documentDate = *date;
    r.dueDate = *due;
    r.uprSession = *session;
    // A session number alone gives the cycle.
    r.uprCycle = *cycle > 0 ? *cycle : UprCalendar::cycleOfSession(*session);
    for (const QString &sdgText : parser.values(QStringLiteral("sdg"))) {
        bool ok = false;
        const int sdg = sdgText.trimmed().toInt(&ok);
        if (!ok || sdg < 1 || sdg > 17) {
            *error = CommandLineText::tr("--sdg \"%1\" is not a Sustainable Development Goal; they are numbered 1 to 17.")
                         .arg(sdgText);
            return std::nullopt;
        }
        r.sdgs << sdg;
    }
    const QStringList problems = r.validationErrors();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    return r;
}

} // namespace

namespace Subcommands {

int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), CommandLineText::tr("The database file (created when missing)."), QStringLiteral("FILE")},
        {QStringLiteral("mechanism"), CommandLineText::tr("The mechanism: %1.").arg(MechanismCatalog::keyList()), QStringLiteral("M")},
        {QStringLiteral("state"), CommandLineText::tr("The state under review."), QStringLiteral("S")},
        {QStringLiteral("symbol"), CommandLineText::tr("The document symbol, e.g. A/HRC/14/10."), QStringLiteral("SYM")},
        {QStringLiteral("paragraph"), CommandLineText::tr("The paragraph number, e.g. 97.1."), QStringLiteral("P")},
        {QStringLiteral("date"), CommandLineText::tr("The date of the document."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("text"), CommandLineText::tr("The text of the recommendation."), QStringLiteral("T")},
        {QStringLiteral("recommended-by"), CommandLineText::tr("A recommending state (repeatable)."), QStringLiteral("STATE")},
        {QStringLiteral("theme"), CommandLineText::tr("A theme (repeatable)."), QStringLiteral("T")},
        {QStringLiteral("institution"), CommandLineText::tr("A responsible national institution (repeatable)."), QStringLiteral("I")},
        {QStringLiteral("affected"), CommandLineText::tr("A group of affected persons (repeatable)."), QStringLiteral("P")},
        {QStringLiteral("sdg"), CommandLineText::tr("A Sustainable Development Goal, 1-17 (repeatable)."), QStringLiteral("N")},
        {QStringLiteral("session"), CommandLineText::tr("The UPR session number; gives the cycle."), QStringLiteral("N")},
        {QStringLiteral("cycle"), CommandLineText::tr("The UPR cycle."), QStringLiteral("N")},
        {QStringLiteral("due"), CommandLineText::tr("The due date."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("notes"), CommandLineText::tr("Notes."), QStringLiteral("T")},
    });
    if (const auto finished = SubcommandSupport::parse(
            parser, arguments, CommandLineText::tr("Adds one recommendation and prints its id on the last line.")))
        return *finished;
    QString error;
    const std::optional<Recommendation> recommendation = readRecommendation(parser, &error);
    if (!recommendation)
        return CliOutput::fail(CliOutput::UsageError, error);

    int status = CliOutput::Success;
    std::unique_ptr<Database> database = SubcommandSupport::open(
        parser, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, &status);
    if (!database)
        return status;
    RecommendationRepository repository(*database);
    RecommendationEdits edits(repository);
    const std::optional<qint64> id = edits.addRecommendation({*recommendation, {}});
    if (!id)
        return CliOutput::fail(CliOutput::DataError, edits.lastError());
    CliOutput::print(QString::number(*id));
    return CliOutput::Success;
}

} // namespace Subcommands
