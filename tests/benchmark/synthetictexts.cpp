#include "synthetictexts.h"

#include "syntheticrandom.h"

#include <QSet>

namespace {

// An operative phrase and the themes it is about ("|" between themes).
struct Core {
    const char *phrase;
    const char *themes;
};

const Core englishCores[] = {
    {"take effective measures to prevent torture and ill-treatment in places of detention",
     "Torture and other CID|Detention"},
    {"ensure that all allegations of torture are promptly, thoroughly and impartially investigated and that "
     "perpetrators are prosecuted",
     "Torture and other CID|Impunity"},
    {"establish an independent national preventive mechanism with unimpeded access to all places of deprivation "
     "of liberty",
     "Torture and other CID|Detention|International instruments"},
    {"ratify the Optional Protocol to the Convention against Torture", "International instruments|Torture and other CID"},
    {"bring the definition of torture in the Criminal Code into line with article 1 of the Convention against "
     "Torture",
     "Torture and other CID|Justice"},
    {"guarantee that evidence obtained under torture is never admitted in court proceedings",
     "Torture and other CID|Justice"},
    {"provide redress and rehabilitation to victims of torture and to the families of persons tortured in custody",
     "Torture and other CID"},
    {"ensure that no one is tortured or subjected to cruel, inhuman or degrading treatment by police officers",
     "Torture and other CID|Human rights violations by state agents"},
    {"adopt comprehensive anti-discrimination legislation that prohibits direct and indirect discrimination on all "
     "grounds",
     "Racial discrimination|Minorities"},
    {"repeal all provisions that discriminate against women in national legislation", "Women's rights"},
    {"eliminate discrimination against persons with disabilities and ensure their access to public buildings and "
     "transport",
     "Disabilities"},
    {"combat discriminatory practices and hate speech against ethnic and religious minorities",
     "Minorities|Racial discrimination"},
    {"protect lesbian, gay, bisexual, transgender and intersex persons from discrimination and violence",
     "Sexual Orientation and Gender Identity"},
    {"criminalize domestic violence and ensure that victims have access to shelters, legal aid and protection "
     "orders",
     "Women's rights"},
    {"increase the representation of women in decision-making positions in public and political life",
     "Women's rights"},
    {"guarantee equal pay for work of equal value and address the gender wage gap", "Women's rights|Labour"},
    {"strengthen the independence of the judiciary, in particular as regards the appointment, tenure and dismissal "
     "of judges",
     "Justice"},
    {"guarantee the right to a fair trial and access to a lawyer from the moment of arrest", "Justice|Detention"},
    {"ensure that pre-trial detention is used only as a measure of last resort and for the shortest possible time",
     "Detention|Justice"},
    {"improve conditions of detention, in particular by reducing overcrowding and ensuring access to health care",
     "Detention"},
    {"abolish the death penalty and ratify the Second Optional Protocol to the International Covenant on Civil and "
     "Political Rights",
     "Death penalty|International instruments"},
    {"establish an official moratorium on executions with a view to abolishing the death penalty", "Death penalty"},
    {"guarantee freedom of expression and the safety of journalists, both online and offline",
     "Freedom of opinion and expression|Freedom of the press"},
    {"decriminalize defamation and bring it within the civil code, in line with international standards",
     "Freedom of opinion and expression"},
    {"ensure that journalists are not prosecuted for their work and release those detained for their reporting",
     "Freedom of the press|Detention"},
    {"ensure that the right to peaceful assembly can be exercised without prior authorization",
     "Freedom of association and peaceful assembly"},
    {"simplify the registration of non-governmental organizations and protect them from undue interference",
     "Civil society|Freedom of association and peaceful assembly"},
    {"create a safe and enabling environment for human rights defenders and investigate all attacks against them",
     "Human rights defenders"},
    {"guarantee freedom of religion or belief and review the legislation on religious associations",
     "Freedom of religion and belief"},
    {"strengthen the fight against trafficking in persons and provide protection and assistance to victims",
     "Trafficking"},
    {"protect the rights of migrant workers and members of their families and ratify the Convention on Migrant "
     "Workers",
     "Migrants|International instruments"},
    {"ensure access to asylum procedures and respect the principle of non-refoulement", "Asylum-seekers - refugees"},
    {"guarantee the right to education for all children, including children with disabilities and children in "
     "rural areas",
     "Right to education|Rights of the Child"},
    {"prohibit corporal punishment of children in all settings", "Rights of the Child"},
    {"raise the minimum age of marriage to 18 years for both girls and boys", "Rights of the Child|Women's rights"},
    {"combat child labour and strengthen labour inspections", "Rights of the Child|Labour"},
    {"ensure universal access to primary health care, including sexual and reproductive health services",
     "Right to health"},
    {"reduce maternal and infant mortality, especially in rural areas", "Right to health|Women's rights"},
    {"intensify efforts to reduce poverty and social inequality", "Poverty|ESC rights - general"},
    {"guarantee access to safe drinking water and sanitation for the whole population", "Right to water"},
    {"ensure access to adequate and affordable housing and prevent forced evictions", "Right to housing"},
    {"bring the national human rights institution into full compliance with the Paris Principles",
     "National Human Rights Institution"},
    {"extend a standing invitation to all special procedures of the Human Rights Council", "Special procedures"},
    {"submit its overdue reports to the treaty bodies", "Treaty bodies"},
    {"adopt a national action plan on human rights with measurable indicators", "National plan of action"},
    {"strengthen the fight against corruption in the judiciary and the public administration", "Corruption|Justice"},
    {"ensure free and fair elections and the participation of opposition parties", "Elections"},
    {"investigate all cases of enforced disappearance and ratify the International Convention for the Protection "
     "of All Persons from Enforced Disappearance",
     "Enforced disappearance|International instruments"},
    {"ensure that counter-terrorism legislation fully complies with international human rights law",
     "Counter-terrorism"},
    {"integrate human rights education into school curricula and the training of civil servants",
     "Human rights education and training"},
    {"protect the rights of indigenous peoples, including their right to free, prior and informed consent",
     "Indigenous peoples|Right to land"},
    {"guarantee the rights of persons with disabilities to inclusive education and employment",
     "Disabilities|Right to education"},
    {"adopt measures to mitigate the impact of climate change on vulnerable groups", "Environment"},
    {"ensure that law enforcement officials who use excessive force are held accountable",
     "Human rights violations by state agents|Impunity"},
    {"ensure access to justice and free legal aid for all, in particular for vulnerable groups", "Justice"},
    {"combat HIV/AIDS and end discrimination against people living with HIV", "HIV - Aids|Right to health"},
    {"guarantee the right to food and strengthen social protection programmes", "Right to food|Poverty"},
    {"seek technical assistance from the Office of the High Commissioner to implement the recommendations of the "
     "universal periodic review",
     "Technical assistance|UPR process"},
    {"abolish the exit visa system and guarantee freedom of movement", "Freedom of movement"},
    {"ensure that survivors of sexual violence in armed conflict have access to justice and reparation",
     "International humanitarian law|Women's rights"},
    {"investigate reports that detainees were tortured to extract confessions and prosecute those responsible",
     "Torture and other CID|Justice|Impunity"},
    {"end the discriminatory treatment of stateless persons and facilitate their naturalization",
     "Minorities|Migrants"},
};

// Clauses that fit after any phrase, as the bodies write them.
const char *const englishExtensions[] = {
    ", in line with its international human rights obligations",
    ", in consultation with civil society organizations",
    ", and allocate sufficient human, technical and financial resources for that purpose",
    ", paying particular attention to women, children and persons with disabilities",
    ", and ensure that those responsible are prosecuted and, if convicted, punished with appropriate sanctions",
    ", including in rural and remote areas",
    ", and include information on the measures taken in its next periodic report",
    ", taking into account the recommendations of the treaty bodies and special procedures",
    ", and ensure that victims have access to effective remedies and adequate compensation",
    ", with the technical assistance of the Office of the High Commissioner for Human Rights",
    ", and conduct awareness-raising campaigns to combat discriminatory stereotypes",
    ", and provide systematic training to judges, prosecutors, lawyers and law enforcement officials",
    ", and collect data disaggregated by sex, age, disability and ethnic origin to monitor progress",
    ", and guarantee that no person deprived of liberty is tortured or ill-treated",
    ", and repeal or amend legislation that is discriminatory in purpose or effect",
    ", and ensure the effective implementation of existing legislation",
    ", and establish an independent mechanism to monitor its implementation",
    ", and ensure that complaints are investigated promptly and impartially by an independent body",
    ", in cooperation with the national human rights institution",
    ", and make the relevant information available to the public",
    ", and ensure that no one is discriminated against on any ground",
    ", and report publicly on the number of investigations, prosecutions and convictions",
    ", within a clear time frame",
    ", as recommended during the previous review",
};

const char *const englishTails[] = {
    " Such measures should be adequately funded and regularly evaluated.",
    " The State should also ensure that the legislation is applied in practice.",
    " Progress should be monitored with measurable indicators.",
    " Victims of torture and their families should receive full reparation.",
    " Particular attention should be paid to the most marginalized groups.",
    " The outcome should be shared with civil society and the public.",
};

const char *const periodicReviewOpeners[] = {
    "Continue its efforts to ", "Step up efforts to ", "Take the necessary steps to ", "Consider measures to ",
    "Redouble its efforts to ", "Take all necessary measures to ", "Adopt and implement measures to ",
};
const char *const treatyBodyOpeners[] = {
    "The State party should ", "The Committee recommends that the State party ",
    "The Committee urges the State party to ", "The State party should, as a matter of priority, ",
};
const char *const specialProcedureOpeners[] = {
    "The Special Rapporteur recommends that the Government ", "The Working Group recommends that the authorities ",
    "The Special Rapporteur urges the Government to ",
};
const char *const otherOpeners[] = {
    "The mission recommends that the authorities ", "It is recommended that the Government ",
};

const Core russianCores[] = {
    {"Принять эффективные меры по предотвращению пыток и жестокого обращения в местах лишения свободы",
     "Torture and other CID|Detention"},
    {"Обеспечить оперативное, беспристрастное и эффективное расследование всех заявлений о пытках",
     "Torture and other CID|Impunity"},
    {"Ликвидировать все формы дискриминации в отношении женщин и девочек", "Women's rights"},
    {"Принять всеобъемлющий закон о борьбе с дискриминацией, включая прямую и косвенную дискриминацию",
     "Racial discrimination|Minorities"},
    {"Гарантировать свободу выражения мнений и безопасность журналистов",
     "Freedom of opinion and expression|Freedom of the press"},
    {"Обеспечить независимость судебной власти и право на справедливое судебное разбирательство", "Justice"},
    {"Криминализировать домашнее насилие и обеспечить защиту пострадавших", "Women's rights"},
    {"Усилить борьбу с торговлей людьми и оказывать помощь жертвам", "Trafficking"},
    {"Гарантировать право всех детей на образование, в том числе детей с инвалидностью",
     "Right to education|Rights of the Child"},
    {"Ратифицировать Факультативный протокол к Конвенции против пыток",
     "International instruments|Torture and other CID"},
    {"Привести законодательство о религиозных объединениях в соответствие с международными стандартами",
     "Freedom of religion and belief"},
    {"Обеспечить право на мирные собрания без предварительного разрешения",
     "Freedom of association and peaceful assembly"},
};
const char *const russianExtensions[] = {
    ", в консультации с организациями гражданского общества",
    ", и выделить для этого достаточные людские и финансовые ресурсы",
    ", в соответствии с международными обязательствами государства в области прав человека",
    ", уделяя особое внимание сельским районам",
    ", и привлекать виновных к уголовной ответственности",
    ", и представить информацию о принятых мерах в следующем докладе",
    ", и обеспечить подготовку судей, прокуроров и сотрудников полиции",
};

const Core kazakhCores[] = {
    {"Бас бостандығынан айыру орындарында азаптаудың және қатыгез қарым-қатынастың алдын алу үшін тиімді шаралар "
     "қабылдау",
     "Torture and other CID|Detention"},
    {"Азаптау туралы барлық шағымдардың жедел әрі бейтарап тергелуін қамтамасыз ету",
     "Torture and other CID|Impunity"},
    {"Әйелдер мен қыздарға қатысты кемсітушіліктің барлық нысандарын жою", "Women's rights"},
    {"Сөз бостандығын және журналистердің қауіпсіздігін қамтамасыз ету",
     "Freedom of opinion and expression|Freedom of the press"},
    {"Сот билігінің тәуелсіздігін нығайту және әділ сот талқылауына құқықты қамтамасыз ету", "Justice"},
    {"Тұрмыстық зорлық-зомбылықты қылмыс ретінде тану және зардап шеккендерді қорғау", "Women's rights"},
    {"Адам саудасына қарсы күресті күшейту және құрбандарға көмек көрсету", "Trafficking"},
    {"Барлық балалардың, соның ішінде мүгедектігі бар балалардың білім алу құқығын қамтамасыз ету",
     "Right to education|Rights of the Child"},
    {"Азаптауға қарсы конвенцияның факультативтік хаттамасын ратификациялау",
     "International instruments|Torture and other CID"},
    {"Бейбіт жиналыс бостандығын алдын ала рұқсатсыз жүзеге асыру мүмкіндігін қамтамасыз ету",
     "Freedom of association and peaceful assembly"},
    {"Шаһарлар мен ауылдарда халықты қолжетімді баспанамен қамтамасыз ету", "Right to housing"},
};
const char *const kazakhExtensions[] = {
    ", азаматтық қоғаммен кеңесе отырып",
    ", бұл үшін жеткілікті қаржы және адам ресурстарын бөлу",
    ", ауылдық жерлер мен шаһарларда",
    ", халықаралық міндеттемелерге сәйкес",
    ", кінәлілерді заң бойынша жауапқа тарту",
    ", ұлттық іс-қимыл бағдарламасына сәйкес",
};

constexpr int maximumLength = 600;
constexpr int minimumLength = 80;

template <typename T, size_t size>
const T &pickFrom(SyntheticRandom &random, const T (&items)[size])
{
    return items[random.below(int(size))];
}

QStringList themesOf(const Core &core)
{
    return QString::fromUtf8(core.themes).split(QLatin1Char('|'));
}

// Adds distinct clauses from extensions: `wanted` of them, and more while the
// text is shorter than the minimum; never past the maximum length.
template <size_t size>
void extend(SyntheticRandom &random, QString &text, const char *const (&extensions)[size], int wanted)
{
    QSet<int> used;
    for (int attempt = 0; attempt < int(size) * 2; ++attempt) {
        if (int(used.size()) >= wanted && text.size() >= minimumLength)
            break;
        const int index = random.below(int(size));
        if (used.contains(index))
            continue;
        const QString clause = QString::fromUtf8(extensions[index]);
        if (text.size() + clause.size() + 1 > maximumLength)
            break;
        used.insert(index);
        text += clause;
    }
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

SyntheticText english(SyntheticRandom &random, SyntheticTexts::Voice voice)
{
    using Voice = SyntheticTexts::Voice;
    const Core &core = pickFrom(random, englishCores);
    const QString phrase = QString::fromUtf8(core.phrase);
    QString text;
    switch (voice) {
    case Voice::PeriodicReview:
        // Most UPR recommendations start with their verb; "take" phrases never get a second "take".
        if (random.chance(0.55) || phrase.startsWith(QLatin1String("take ")))
            text = capitalised(phrase);
        else
            text = QString::fromLatin1(pickFrom(random, periodicReviewOpeners)) + phrase;
        break;
    case Voice::TreatyBody: text = QString::fromLatin1(pickFrom(random, treatyBodyOpeners)) + phrase; break;
    case Voice::SpecialProcedure:
        text = QString::fromLatin1(pickFrom(random, specialProcedureOpeners)) + phrase;
        break;
    case Voice::Other: text = QString::fromLatin1(pickFrom(random, otherOpeners)) + phrase; break;
    }
    extend(random, text, englishExtensions, random.weighted({25, 40, 25, 10}));
    text += QLatin1Char('.');
    if (random.chance(0.2)) {
        const QString tail = QString::fromLatin1(pickFrom(random, englishTails));
        if (text.size() + tail.size() <= maximumLength)
            text += tail;
    }
    return {text, themesOf(core)};
}

template <size_t coreCount, size_t extensionCount>
SyntheticText translated(SyntheticRandom &random, const Core (&cores)[coreCount],
                         const char *const (&extensions)[extensionCount])
{
    const Core &core = pickFrom(random, cores);
    QString text = QString::fromUtf8(core.phrase);
    extend(random, text, extensions, random.weighted({30, 45, 25}));
    text += QLatin1Char('.');
    return {text, themesOf(core)};
}

} // namespace

namespace SyntheticTexts {

SyntheticText compose(SyntheticRandom &random, Language language, Voice voice)
{
    switch (language) {
    case Language::Russian: return translated(random, russianCores, russianExtensions);
    case Language::Kazakh: return translated(random, kazakhCores, kazakhExtensions);
    case Language::English: break;
    }
    return english(random, voice);
}

const QStringList &themeVocabulary()
{
    static const QStringList themes = [] {
        QStringList all;
        for (const Core &core : englishCores) {
            for (const QString &theme : themesOf(core)) {
                if (!all.contains(theme))
                    all << theme;
            }
        }
        all.sort(Qt::CaseInsensitive);
        return all;
    }();
    return themes;
}

} // namespace SyntheticTexts
