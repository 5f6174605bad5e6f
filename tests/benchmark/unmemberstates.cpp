#include "unmemberstates.h"

#include <QHash>

namespace {

struct Row {
    const char *name;
    const char *code;
};

// No name holds a comma: the UPR Info export joins several states with ", ".
const Row african[] = {
    {"Algeria", "DZA"}, {"Angola", "AGO"}, {"Benin", "BEN"}, {"Botswana", "BWA"},
    {"Burkina Faso", "BFA"}, {"Burundi", "BDI"}, {"Cabo Verde", "CPV"}, {"Cameroon", "CMR"},
    {"Central African Republic", "CAF"}, {"Chad", "TCD"}, {"Comoros", "COM"}, {"Congo", "COG"},
    {"Côte d'Ivoire", "CIV"}, {"Democratic Republic of the Congo", "COD"}, {"Djibouti", "DJI"},
    {"Egypt", "EGY"}, {"Equatorial Guinea", "GNQ"}, {"Eritrea", "ERI"}, {"Eswatini", "SWZ"},
    {"Ethiopia", "ETH"}, {"Gabon", "GAB"}, {"Gambia", "GMB"}, {"Ghana", "GHA"}, {"Guinea", "GIN"},
    {"Guinea-Bissau", "GNB"}, {"Kenya", "KEN"}, {"Lesotho", "LSO"}, {"Liberia", "LBR"},
    {"Libya", "LBY"}, {"Madagascar", "MDG"}, {"Malawi", "MWI"}, {"Mali", "MLI"},
    {"Mauritania", "MRT"}, {"Mauritius", "MUS"}, {"Morocco", "MAR"}, {"Mozambique", "MOZ"},
    {"Namibia", "NAM"}, {"Niger", "NER"}, {"Nigeria", "NGA"}, {"Rwanda", "RWA"},
    {"Sao Tome and Principe", "STP"}, {"Senegal", "SEN"}, {"Seychelles", "SYC"},
    {"Sierra Leone", "SLE"}, {"Somalia", "SOM"}, {"South Africa", "ZAF"}, {"South Sudan", "SSD"},
    {"Sudan", "SDN"}, {"Togo", "TGO"}, {"Tunisia", "TUN"}, {"Uganda", "UGA"},
    {"United Republic of Tanzania", "TZA"}, {"Zambia", "ZMB"}, {"Zimbabwe", "ZWE"},
};

const Row asiaPacific[] = {
    {"Afghanistan", "AFG"}, {"Bahrain", "BHR"}, {"Bangladesh", "BGD"}, {"Bhutan", "BTN"},
    {"Brunei Darussalam", "BRN"}, {"Cambodia", "KHM"}, {"China", "CHN"}, {"Cyprus", "CYP"},
    {"Democratic People's Republic of Korea", "PRK"}, {"Fiji", "FJI"}, {"India", "IND"},
    {"Indonesia", "IDN"}, {"Iran (Islamic Republic of)", "IRN"}, {"Iraq", "IRQ"}, {"Japan", "JPN"},
    {"Jordan", "JOR"}, {"Kazakhstan", "KAZ"}, {"Kiribati", "KIR"}, {"Kuwait", "KWT"},
    {"Kyrgyzstan", "KGZ"}, {"Lao People's Democratic Republic", "LAO"}, {"Lebanon", "LBN"},
    {"Malaysia", "MYS"}, {"Maldives", "MDV"}, {"Marshall Islands", "MHL"},
    {"Micronesia (Federated States of)", "FSM"}, {"Mongolia", "MNG"}, {"Myanmar", "MMR"},
    {"Nauru", "NRU"}, {"Nepal", "NPL"}, {"Oman", "OMN"}, {"Pakistan", "PAK"}, {"Palau", "PLW"},
    {"Papua New Guinea", "PNG"}, {"Philippines", "PHL"}, {"Qatar", "QAT"},
    {"Republic of Korea", "KOR"}, {"Samoa", "WSM"}, {"Saudi Arabia", "SAU"}, {"Singapore", "SGP"},
    {"Solomon Islands", "SLB"}, {"Sri Lanka", "LKA"}, {"Syrian Arab Republic", "SYR"},
    {"Tajikistan", "TJK"}, {"Thailand", "THA"}, {"Timor-Leste", "TLS"}, {"Tonga", "TON"},
    {"Turkmenistan", "TKM"}, {"Tuvalu", "TUV"}, {"United Arab Emirates", "ARE"},
    {"Uzbekistan", "UZB"}, {"Vanuatu", "VUT"}, {"Viet Nam", "VNM"}, {"Yemen", "YEM"},
};

const Row easternEuropean[] = {
    {"Albania", "ALB"}, {"Armenia", "ARM"}, {"Azerbaijan", "AZE"}, {"Belarus", "BLR"},
    {"Bosnia and Herzegovina", "BIH"}, {"Bulgaria", "BGR"}, {"Croatia", "HRV"}, {"Czechia", "CZE"},
    {"Estonia", "EST"}, {"Georgia", "GEO"}, {"Hungary", "HUN"}, {"Latvia", "LVA"},
    {"Lithuania", "LTU"}, {"Montenegro", "MNE"}, {"North Macedonia", "MKD"}, {"Poland", "POL"},
    {"Republic of Moldova", "MDA"}, {"Romania", "ROU"}, {"Russian Federation", "RUS"},
    {"Serbia", "SRB"}, {"Slovakia", "SVK"}, {"Slovenia", "SVN"}, {"Ukraine", "UKR"},
};

const Row latinAmericanCaribbean[] = {
    {"Antigua and Barbuda", "ATG"}, {"Argentina", "ARG"}, {"Bahamas", "BHS"}, {"Barbados", "BRB"},
    {"Belize", "BLZ"}, {"Bolivia (Plurinational State of)", "BOL"}, {"Brazil", "BRA"},
    {"Chile", "CHL"}, {"Colombia", "COL"}, {"Costa Rica", "CRI"}, {"Cuba", "CUB"},
    {"Dominica", "DMA"}, {"Dominican Republic", "DOM"}, {"Ecuador", "ECU"}, {"El Salvador", "SLV"},
    {"Grenada", "GRD"}, {"Guatemala", "GTM"}, {"Guyana", "GUY"}, {"Haiti", "HTI"},
    {"Honduras", "HND"}, {"Jamaica", "JAM"}, {"Mexico", "MEX"}, {"Nicaragua", "NIC"},
    {"Panama", "PAN"}, {"Paraguay", "PRY"}, {"Peru", "PER"}, {"Saint Kitts and Nevis", "KNA"},
    {"Saint Lucia", "LCA"}, {"Saint Vincent and the Grenadines", "VCT"}, {"Suriname", "SUR"},
    {"Trinidad and Tobago", "TTO"}, {"Uruguay", "URY"}, {"Venezuela (Bolivarian Republic of)", "VEN"},
};

const Row westernEuropeanOthers[] = {
    {"Andorra", "AND"}, {"Australia", "AUS"}, {"Austria", "AUT"}, {"Belgium", "BEL"},
    {"Canada", "CAN"}, {"Denmark", "DNK"}, {"Finland", "FIN"}, {"France", "FRA"},
    {"Germany", "DEU"}, {"Greece", "GRC"}, {"Iceland", "ISL"}, {"Ireland", "IRL"},
    {"Israel", "ISR"}, {"Italy", "ITA"}, {"Liechtenstein", "LIE"}, {"Luxembourg", "LUX"},
    {"Malta", "MLT"}, {"Monaco", "MCO"}, {"Netherlands (Kingdom of the)", "NLD"},
    {"New Zealand", "NZL"}, {"Norway", "NOR"}, {"Portugal", "PRT"}, {"San Marino", "SMR"},
    {"Spain", "ESP"}, {"Sweden", "SWE"}, {"Switzerland", "CHE"}, {"Türkiye", "TUR"},
    {"United Kingdom of Great Britain and Northern Ireland", "GBR"},
    {"United States of America", "USA"},
};

template <size_t size>
void append(QList<UnMemberState> &states, const Row (&rows)[size], const char *group)
{
    for (const Row &row : rows)
        states.append({QString::fromUtf8(row.name), QString::fromLatin1(row.code), QString::fromLatin1(group)});
}

} // namespace

namespace UnMemberStates {

const QList<UnMemberState> &all()
{
    static const QList<UnMemberState> states = [] {
        QList<UnMemberState> list;
        append(list, african, "African Group");
        append(list, asiaPacific, "Asia-Pacific Group");
        append(list, easternEuropean, "EEG");
        append(list, latinAmericanCaribbean, "GRULAC");
        append(list, westernEuropeanOthers, "WEOG");
        return list;
    }();
    return states;
}

int indexOf(const QString &name)
{
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> map;
        for (int i = 0; i < all().size(); ++i)
            map.insert(all().at(i).name, i);
        return map;
    }();
    return byName.value(name, -1);
}

} // namespace UnMemberStates
