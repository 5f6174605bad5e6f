#include "syntheticdataset.h"

#include "mechanism.h"
#include "recordidentity.h"
#include "stablehash.h"
#include "syntheticclassification.h"
#include "synthetichistory.h"
#include "synthetictexts.h"
#include "unmemberstates.h"
#include "uprcalendar.h"

#include <QHash>

#include <array>

namespace {

// Per mille of the records; UPR is most of what real datasets hold. A
// mechanism added to the catalogue later gets a small share of its own.
int mechanismWeight(const QString &key)
{
    static const QHash<QString, int> weights{
        {QStringLiteral("upr"), 700},  {QStringLiteral("iccpr"), 50}, {QStringLiteral("cat"), 40},
        {QStringLiteral("cedaw"), 40}, {QStringLiteral("cescr"), 30}, {QStringLiteral("crc"), 40},
        {QStringLiteral("cerd"), 25},  {QStringLiteral("crpd"), 25},  {QStringLiteral("cmw"), 10},
        {QStringLiteral("ced"), 10},   {QStringLiteral("special_procedures"), 25},
        {QStringLiteral("other"), 5},
    };
    return weights.value(key, 5);
}

// The Human Rights Council session that adopts the report of a Working Group
// session: January-March reviews in June, April-June in September, the rest
// the next March; the Council holds three sessions a year from its 7th (2008).
int councilSession(const QDate &reviewStart)
{
    const int base = 7 + 3 * (reviewStart.year() - 2008);
    if (reviewStart.month() <= 3)
        return base + 1;
    if (reviewStart.month() <= 6)
        return base + 2;
    return base + 3;
}

// Each state is reviewed once a cycle, in the same slot of the cycle's sessions.
int sessionOf(int state, int cycle)
{
    static const int firstSession[] = {1, 13, 27, 41};
    static const int sessionCount[] = {12, 14, 14, 14};
    return firstSession[cycle - 1] + state % sessionCount[cycle - 1];
}

const QStringList &commonwealthOfIndependentStates()
{
    static const QStringList names{
        QStringLiteral("Russian Federation"), QStringLiteral("Kyrgyzstan"), QStringLiteral("Tajikistan"),
        QStringLiteral("Uzbekistan"),         QStringLiteral("Belarus"),    QStringLiteral("Turkmenistan"),
        QStringLiteral("Armenia"),            QStringLiteral("Azerbaijan"),
    };
    return names;
}

SyntheticTexts::Voice voiceOf(const QString &mechanism)
{
    using Voice = SyntheticTexts::Voice;
    const Mechanism *found = MechanismCatalog::find(mechanism);
    switch (found ? found->kind : Mechanism::Kind::Other) {
    case Mechanism::Kind::PeriodicReview: return Voice::PeriodicReview;
    case Mechanism::Kind::TreatyBody: return Voice::TreatyBody;
    case Mechanism::Kind::SpecialProcedure: return Voice::SpecialProcedure;
    case Mechanism::Kind::Other: break;
    }
    return Voice::Other;
}

} // namespace

SyntheticDataset::SyntheticDataset(quint64 seed, Scope scope, const QDate &asOf)
    : m_random(seed), m_scope(scope), m_asOf(asOf), m_kazakhstan(UnMemberStates::indexOf(QStringLiteral("Kazakhstan")))
{
    Q_ASSERT(asOf >= earliestAsOf());
}

QDate SyntheticDataset::earliestAsOf()
{
    return QDate(2012, 1, 1);
}

QString SyntheticDataset::chooseMechanism()
{
    if (m_scope == Scope::UprOnly)
        return QStringLiteral("upr");
    const QList<Mechanism> &mechanisms = MechanismCatalog::all();
    int total = 0;
    for (const Mechanism &mechanism : mechanisms)
        total += mechanismWeight(mechanism.key);
    int ticket = m_random.below(total);
    for (const Mechanism &mechanism : mechanisms) {
        ticket -= mechanismWeight(mechanism.key);
        if (ticket < 0)
            return mechanism.key;
    }
    return mechanisms.constLast().key;
}

int SyntheticDataset::chooseState()
{
    // A national tracker holds its own country's recommendations first of all.
    if (m_random.chance(0.1))
        return m_kazakhstan;
    return m_random.below(int(UnMemberStates::all().size()));
}

QString SyntheticDataset::nextParagraph(const QString &symbol, int first, int step)
{
    const int count = m_paragraphs.value(symbol, 0);
    m_paragraphs.insert(symbol, count + 1);
    return QString::number(first + step * count);
}

int SyntheticDataset::periodicReviewSession(int state)
{
    // A review counts once its Working Group session is over.
    QList<int> sessions;
    for (int cycle = 1; cycle <= 4; ++cycle) {
        const std::optional<UprSession> session = UprCalendar::session(sessionOf(state, cycle));
        if (session && session->end < m_asOf)
            sessions << session->number;
    }
    return m_random.pick(sessions);
}

SyntheticDataset::Document SyntheticDataset::periodicReviewDocument(int state, int session)
{
    const UprSession review = *UprCalendar::session(session);
    const quint64 hash = stableHash(UnMemberStates::all().at(state).code + QString::number(session));
    Document document;
    document.uprSession = session;
    document.date = review.end; // as the import dates a UPR Info row: the end of its session
    document.symbol = QStringLiteral("A/HRC/%1/%2").arg(councilSession(review.start)).arg(1 + hash % 16);
    // Numbered within one paragraph of the report: 97.1, 97.2, ...
    document.paragraph = QStringLiteral("%1.%2").arg(80 + hash % 60).arg(nextParagraph(document.symbol, 1, 1));
    return document;
}

SyntheticDataset::Document SyntheticDataset::treatyBodyDocument(int state, const QString &mechanism)
{
    const UnMemberState &reviewed = UnMemberStates::all().at(state);
    // A body reviews a state about every four years; all recommendations of
    // one review share its document and date.
    const int review = m_random.below((m_asOf.year() - 2008) / 4 + 1);
    const quint64 hash = stableHash(reviewed.code + mechanism + QString::number(review));
    QDate date(2008 + 4 * review + int(hash % 4), 1 + int(hash / 4 % 12), 1 + int(hash / 48 % 28));
    const QDate latest = m_asOf.addDays(-30);
    if (date > latest)
        date = latest.addDays(-int(hash % 300));
    Document document;
    document.date = date;
    const QString code = reviewed.code;
    static const QHash<QString, QPair<QString, int>> symbols{
        {QStringLiteral("iccpr"), {QStringLiteral("CCPR/C/%1/CO/%2"), 1}},
        {QStringLiteral("cat"), {QStringLiteral("CAT/C/%1/CO/%2"), 2}},
        {QStringLiteral("cedaw"), {QStringLiteral("CEDAW/C/%1/CO/%2"), 4}},
        {QStringLiteral("cescr"), {QStringLiteral("E/C.12/%1/CO/%2"), 2}},
        {QStringLiteral("crc"), {QStringLiteral("CRC/C/%1/CO/%2"), 3}},
        {QStringLiteral("cerd"), {QStringLiteral("CERD/C/%1/CO/%2"), 6}},
        {QStringLiteral("crpd"), {QStringLiteral("CRPD/C/%1/CO/%2"), 1}},
        {QStringLiteral("cmw"), {QStringLiteral("CMW/C/%1/CO/%2"), 1}},
        {QStringLiteral("ced"), {QStringLiteral("CED/C/%1/CO/%2"), 1}},
    };
    if (symbols.contains(mechanism)) {
        const auto &[pattern, firstReport] = symbols.value(mechanism);
        document.symbol = pattern.arg(code).arg(firstReport + review);
        document.paragraph = nextParagraph(document.symbol, 8, 2);
    } else if (mechanism == QLatin1String("special_procedures")) {
        document.symbol = QStringLiteral("A/HRC/%1/%2/Add.%3")
                              .arg(councilSession(date))
                              .arg(30 + hash % 40)
                              .arg(1 + hash / 40 % 3);
        document.paragraph = nextParagraph(document.symbol, 60, 1);
    }
    // "other" (a regional organisation, a national body): no UN symbol, no paragraph.
    return document;
}

QStringList SyntheticDataset::recommendingStates(int state)
{
    QStringList names;
    const int wanted = 1 + m_random.weighted({85, 11, 4});
    while (names.size() < wanted) {
        const int other = m_random.below(int(UnMemberStates::all().size()));
        const QString &name = UnMemberStates::all().at(other).name;
        if (other != state && !names.contains(name))
            names << name;
    }
    return names;
}


RecommendationRecord SyntheticDataset::next()
{
    RecommendationRecord record;
    Recommendation &r = record.recommendation;
    const int state = chooseState();
    const UnMemberState &reviewed = UnMemberStates::all().at(state);
    r.mechanism = chooseMechanism();
    r.stateUnderReview = reviewed.name;
    const bool periodicReview = r.mechanism == QLatin1String("upr");
    if (periodicReview)
        r.recommendedBy = recommendingStates(state);

    using Language = SyntheticTexts::Language;
    Language language = Language::English;
    if (state == m_kazakhstan)
        language = std::array{Language::English, Language::Russian, Language::Kazakh}[m_random.weighted({60, 22, 18})];
    else if (commonwealthOfIndependentStates().contains(reviewed.name) && m_random.chance(0.25))
        language = Language::Russian;

    // The session of a UPR record is known before its text, and the text is
    // drawn again until the record is not one already given (the few phrases
    // of a translated text run out first, so English takes over after a while).
    const int session = periodicReview ? periodicReviewSession(state) : 0;
    const SyntheticTexts::Voice voice = voiceOf(r.mechanism);
    for (int attempt = 0;; ++attempt) {
        const SyntheticText text =
            SyntheticTexts::compose(m_random, attempt < 5 ? language : Language::English, voice);
        const quint64 identity =
            stableHash(RecordIdentity::keyOf(QString(), QString(), text.text, r.stateUnderReview, r.recommendedBy, session));
        if (!m_identities.contains(identity)) {
            m_identities.insert(identity);
            r.text = text.text;
            r.themes = text.themes;
            break;
        }
    }

    const Document document =
        periodicReview ? periodicReviewDocument(state, session) : treatyBodyDocument(state, r.mechanism);
    r.symbol = document.symbol;
    r.paragraph = document.paragraph;
    r.documentDate = document.date;
    r.uprSession = document.uprSession;
    r.uprCycle = UprCalendar::cycleOfSession(document.uprSession);
    SyntheticClassification::classify(m_random, r);
    record.history = SyntheticHistory::draw(m_random, r, m_asOf);
    return record;
}
