/// One organisation that letters name: a stable key, the canonical name, the names it goes by
/// (matched case-insensitively) and its abbreviations (matched case-sensitively).
public struct Organisation: Sendable, Hashable {
    /// A stable slug: `europese-commissie`, `ind`.
    public let key: String
    /// The canonical name: "Europese Commissie".
    public let label: String
    /// Full names and spelled-out variants, case-insensitive ("Raad van State").
    public let names: [String]
    /// Abbreviations, case-sensitive ("IND", "NAVO", "NZa").
    public let abbreviations: [String]

    /// Creates a gazetteer entry.
    public init(key: String, label: String, names: [String], abbreviations: [String] = []) {
        self.key = key
        self.label = label
        self.names = names
        self.abbreviations = abbreviations
    }
}

/// The organisations that matter in Dutch government letters: EU institutions and agencies,
/// international organisations, Dutch High Councils of State, agencies, planning bureaus,
/// regulators and social partners. Ministries and ministers are not here (their own gazetteer).
public enum OrganisationGazetteer {
    /// Every entry. No alias starts with an article, so the scan stays fast.
    public static let all: [Organisation] = european + international + dutch

    static let european: [Organisation] = [
        Organisation(key: "europese-unie", label: "Europese Unie", names: ["Europese Unie"], abbreviations: ["EU"]),
        Organisation(
            key: "europese-gemeenschappen", label: "Europese Gemeenschappen",
            names: [
                "Europese Gemeenschap", "Europese Gemeenschappen", "Europese Economische Gemeenschap",
                "Europese Gemeenschap voor Kolen en Staal",
            ],
            abbreviations: ["EG", "EEG", "EGKS"]),
        Organisation(
            key: "europese-commissie", label: "Europese Commissie",
            names: [
                "Europese Commissie", "EU-Commissie", "Commissie van de Europese Gemeenschappen",
                "Commissie der Europese Gemeenschappen", "Commissie van de Europese Unie",
            ]),
        Organisation(key: "europees-parlement", label: "Europees Parlement", names: ["Europees Parlement", "Europese Parlement"]),
        Organisation(
            key: "raad-van-de-europese-unie", label: "Raad van de Europese Unie",
            names: ["Raad van de Europese Unie", "Raad van de EU", "Raad van Ministers van de Europese Unie"]),
        Organisation(key: "europese-raad", label: "Europese Raad", names: ["Europese Raad"]),
        Organisation(
            key: "jbz-raad", label: "JBZ-Raad",
            names: ["JBZ-Raad", "Raad Justitie en Binnenlandse Zaken", "Raad voor Justitie en Binnenlandse Zaken"]),
        Organisation(key: "raad-algemene-zaken", label: "Raad Algemene Zaken", names: ["Raad Algemene Zaken"], abbreviations: ["RAZ"]),
        Organisation(
            key: "raad-buitenlandse-zaken", label: "Raad Buitenlandse Zaken", names: ["Raad Buitenlandse Zaken"],
            abbreviations: ["RBZ"]),
        Organisation(key: "ecofin-raad", label: "Ecofin-Raad", names: ["Ecofin-Raad", "Ecofinraad", "Ecofin"]),
        Organisation(key: "eurogroep", label: "Eurogroep", names: ["Eurogroep"]),
        Organisation(
            key: "frontex", label: "Frontex",
            names: ["Frontex", "Europees Grens- en Kustwachtagentschap"]),
        Organisation(key: "europol", label: "Europol", names: ["Europol"]),
        Organisation(key: "eurojust", label: "Eurojust", names: ["Eurojust"]),
        Organisation(
            key: "euaa", label: "Asielagentschap van de Europese Unie",
            names: [
                "Asielagentschap van de Europese Unie", "Asielagentschap van de EU", "EU-Asielagentschap",
                "Europees Ondersteuningsbureau voor asielzaken",
            ],
            abbreviations: ["EUAA", "EASO"]),
        Organisation(key: "eu-lisa", label: "eu-LISA", names: ["eu-LISA"]),
        Organisation(key: "olaf", label: "Europees Bureau voor fraudebestrijding", names: ["Europees Bureau voor fraudebestrijding"], abbreviations: ["OLAF"]),
        Organisation(
            key: "europees-openbaar-ministerie", label: "Europees Openbaar Ministerie",
            names: ["Europees Openbaar Ministerie"], abbreviations: ["EOM", "EPPO"]),
        Organisation(key: "ecb", label: "Europese Centrale Bank", names: ["Europese Centrale Bank"], abbreviations: ["ECB"]),
        Organisation(key: "eib", label: "Europese Investeringsbank", names: ["Europese Investeringsbank"], abbreviations: ["EIB"]),
        Organisation(key: "europese-rekenkamer", label: "Europese Rekenkamer", names: ["Europese Rekenkamer"]),
        Organisation(
            key: "hof-van-justitie-eu", label: "Hof van Justitie van de Europese Unie",
            names: [
                "Hof van Justitie", "Hof van Justitie van de Europese Unie", "Hof van Justitie van de EU",
                "Europese Hof van Justitie", "Hof van Justitie van de Europese Gemeenschappen",
            ],
            abbreviations: ["HvJ", "HvJEU"]),
        Organisation(
            key: "edeo", label: "Europese Dienst voor Extern Optreden", names: ["Europese Dienst voor Extern Optreden"],
            abbreviations: ["EDEO"]),
        Organisation(key: "ema", label: "Europees Geneesmiddelenbureau", names: ["Europees Geneesmiddelenbureau"], abbreviations: ["EMA"]),
        Organisation(
            key: "efsa", label: "Europese Autoriteit voor voedselveiligheid", names: ["Europese Autoriteit voor voedselveiligheid"],
            abbreviations: ["EFSA"]),
        Organisation(key: "euratom", label: "Euratom", names: ["Euratom", "Europese Gemeenschap voor Atoomenergie"]),
        Organisation(key: "benelux", label: "Benelux", names: ["Benelux", "Benelux Unie", "Benelux Economische Unie"]),
        Organisation(
            key: "efta", label: "Europese Vrijhandelsassociatie", names: ["Europese Vrijhandelsassociatie"],
            abbreviations: ["EVA", "EFTA"]),
    ]

    static let international: [Organisation] = [
        Organisation(key: "navo", label: "NAVO", names: ["Noord-Atlantische Verdragsorganisatie"], abbreviations: ["NAVO", "NATO"]),
        Organisation(key: "verenigde-naties", label: "Verenigde Naties", names: ["Verenigde Naties"], abbreviations: ["VN"]),
        Organisation(
            key: "vn-veiligheidsraad", label: "VN-Veiligheidsraad",
            names: ["VN-Veiligheidsraad", "Veiligheidsraad", "Veiligheidsraad van de Verenigde Naties"]),
        Organisation(
            key: "unhcr", label: "UNHCR",
            names: ["Hoge Commissaris voor de Vluchtelingen", "VN-Vluchtelingenorganisatie", "VN-vluchtelingenagentschap"],
            abbreviations: ["UNHCR"]),
        Organisation(
            key: "iom", label: "Internationale Organisatie voor Migratie", names: ["Internationale Organisatie voor Migratie"],
            abbreviations: ["IOM"]),
        Organisation(key: "unicef", label: "UNICEF", names: ["Unicef"], abbreviations: ["UNICEF"]),
        Organisation(key: "unesco", label: "UNESCO", names: ["Unesco"], abbreviations: ["UNESCO"]),
        Organisation(key: "who", label: "Wereldgezondheidsorganisatie", names: ["Wereldgezondheidsorganisatie"], abbreviations: ["WHO"]),
        Organisation(
            key: "ilo", label: "Internationale Arbeidsorganisatie", names: ["Internationale Arbeidsorganisatie"],
            abbreviations: ["ILO", "IAO"]),
        Organisation(key: "fao", label: "FAO", names: ["Voedsel- en Landbouworganisatie"], abbreviations: ["FAO"]),
        Organisation(key: "wto", label: "Wereldhandelsorganisatie", names: ["Wereldhandelsorganisatie"], abbreviations: ["WTO"]),
        Organisation(
            key: "iaea", label: "Internationaal Atoomenergieagentschap", names: ["Internationaal Atoomenergieagentschap"],
            abbreviations: ["IAEA"]),
        Organisation(
            key: "ovse", label: "OVSE", names: ["Organisatie voor Veiligheid en Samenwerking in Europa"],
            abbreviations: ["OVSE", "OSCE"]),
        Organisation(
            key: "oeso", label: "OESO", names: ["Organisatie voor Economische Samenwerking en Ontwikkeling"],
            abbreviations: ["OESO", "OECD"]),
        Organisation(
            key: "imf", label: "Internationaal Monetair Fonds",
            names: ["Internationaal Monetair Fonds", "Internationale Monetaire Fonds"], abbreviations: ["IMF"]),
        Organisation(
            key: "wereldbank", label: "Wereldbank",
            names: ["Wereldbank", "Internationale Bank voor Herstel en Ontwikkeling"]),
        Organisation(key: "raad-van-europa", label: "Raad van Europa", names: ["Raad van Europa"]),
        Organisation(
            key: "ehrm", label: "Europees Hof voor de Rechten van de Mens",
            names: ["Europees Hof voor de Rechten van de Mens", "Europese Hof voor de Rechten van de Mens"],
            abbreviations: ["EHRM"]),
        Organisation(key: "internationaal-strafhof", label: "Internationaal Strafhof", names: ["Internationaal Strafhof"], abbreviations: ["ICC"]),
        Organisation(key: "internationaal-gerechtshof", label: "Internationaal Gerechtshof", names: ["Internationaal Gerechtshof"], abbreviations: ["IGH"]),
        Organisation(key: "g20", label: "G20", names: [], abbreviations: ["G20", "G-20"]),
        Organisation(key: "g7", label: "G7", names: [], abbreviations: ["G7", "G-7"]),
    ]

    static let dutch: [Organisation] = [
        Organisation(key: "raad-van-state", label: "Raad van State", names: ["Raad van State"], abbreviations: ["RvS"]),
        Organisation(key: "algemene-rekenkamer", label: "Algemene Rekenkamer", names: ["Algemene Rekenkamer"]),
        Organisation(key: "nationale-ombudsman", label: "Nationale ombudsman", names: ["Nationale ombudsman"]),
        Organisation(key: "kinderombudsman", label: "Kinderombudsman", names: ["Kinderombudsman", "Kinderombudsvrouw"]),
        Organisation(key: "hoge-raad", label: "Hoge Raad der Nederlanden", names: ["Hoge Raad", "Hoge Raad der Nederlanden"]),
        Organisation(key: "kiesraad", label: "Kiesraad", names: ["Kiesraad"]),
        Organisation(key: "raad-voor-de-rechtspraak", label: "Raad voor de rechtspraak", names: ["Raad voor de rechtspraak"]),
        Organisation(key: "openbaar-ministerie", label: "Openbaar Ministerie", names: ["Openbaar Ministerie"], abbreviations: ["OM"]),
        Organisation(key: "ind", label: "Immigratie- en Naturalisatiedienst", names: ["Immigratie- en Naturalisatiedienst"], abbreviations: ["IND"]),
        Organisation(key: "coa", label: "Centraal Orgaan opvang asielzoekers", names: ["Centraal Orgaan opvang asielzoekers"], abbreviations: ["COA"]),
        Organisation(key: "dtv", label: "Dienst Terugkeer en Vertrek", names: ["Dienst Terugkeer en Vertrek"], abbreviations: ["DT&V"]),
        Organisation(
            key: "adviesraad-migratie", label: "Adviesraad Migratie",
            names: ["Adviesraad Migratie", "Adviescommissie voor Vreemdelingenzaken"], abbreviations: ["ACVZ"]),
        Organisation(key: "koninklijke-marechaussee", label: "Koninklijke Marechaussee", names: ["Koninklijke Marechaussee"], abbreviations: ["KMar"]),
        Organisation(key: "nationale-politie", label: "Nationale Politie", names: ["Nationale Politie"]),
        Organisation(
            key: "nctv", label: "Nationaal Coördinator Terrorismebestrijding en Veiligheid",
            names: ["Nationaal Coördinator Terrorismebestrijding en Veiligheid"], abbreviations: ["NCTV"]),
        Organisation(key: "aivd", label: "Algemene Inlichtingen- en Veiligheidsdienst", names: ["Algemene Inlichtingen- en Veiligheidsdienst"], abbreviations: ["AIVD"]),
        Organisation(key: "mivd", label: "Militaire Inlichtingen- en Veiligheidsdienst", names: ["Militaire Inlichtingen- en Veiligheidsdienst"], abbreviations: ["MIVD"]),
        Organisation(key: "onderzoeksraad-voor-veiligheid", label: "Onderzoeksraad voor Veiligheid", names: ["Onderzoeksraad voor Veiligheid"], abbreviations: ["OVV"]),
        Organisation(key: "dji", label: "Dienst Justitiële Inrichtingen", names: ["Dienst Justitiële Inrichtingen"], abbreviations: ["DJI"]),
        Organisation(key: "cjib", label: "Centraal Justitieel Incassobureau", names: ["Centraal Justitieel Incassobureau"], abbreviations: ["CJIB"]),
        Organisation(key: "raad-voor-de-kinderbescherming", label: "Raad voor de Kinderbescherming", names: ["Raad voor de Kinderbescherming"]),
        Organisation(key: "belastingdienst", label: "Belastingdienst", names: ["Belastingdienst"]),
        Organisation(key: "dnb", label: "De Nederlandsche Bank", names: ["Nederlandsche Bank"], abbreviations: ["DNB"]),
        Organisation(key: "afm", label: "Autoriteit Financiële Markten", names: ["Autoriteit Financiële Markten"], abbreviations: ["AFM"]),
        Organisation(key: "acm", label: "Autoriteit Consument en Markt", names: ["Autoriteit Consument en Markt"], abbreviations: ["ACM"]),
        Organisation(key: "autoriteit-persoonsgegevens", label: "Autoriteit Persoonsgegevens", names: ["Autoriteit Persoonsgegevens"]),
        Organisation(key: "kansspelautoriteit", label: "Kansspelautoriteit", names: ["Kansspelautoriteit"], abbreviations: ["Ksa"]),
        Organisation(key: "cbs", label: "Centraal Bureau voor de Statistiek", names: ["Centraal Bureau voor de Statistiek"], abbreviations: ["CBS"]),
        Organisation(key: "cpb", label: "Centraal Planbureau", names: ["Centraal Planbureau"], abbreviations: ["CPB"]),
        Organisation(key: "scp", label: "Sociaal en Cultureel Planbureau", names: ["Sociaal en Cultureel Planbureau"], abbreviations: ["SCP"]),
        Organisation(key: "pbl", label: "Planbureau voor de Leefomgeving", names: ["Planbureau voor de Leefomgeving"], abbreviations: ["PBL"]),
        Organisation(key: "wrr", label: "Wetenschappelijke Raad voor het Regeringsbeleid", names: ["Wetenschappelijke Raad voor het Regeringsbeleid"], abbreviations: ["WRR"]),
        Organisation(key: "ser", label: "Sociaal-Economische Raad", names: ["Sociaal-Economische Raad", "Sociaal Economische Raad"], abbreviations: ["SER"]),
        Organisation(key: "rivm", label: "Rijksinstituut voor Volksgezondheid en Milieu", names: ["Rijksinstituut voor Volksgezondheid en Milieu"], abbreviations: ["RIVM"]),
        Organisation(key: "gezondheidsraad", label: "Gezondheidsraad", names: ["Gezondheidsraad"]),
        Organisation(key: "zorginstituut", label: "Zorginstituut Nederland", names: ["Zorginstituut Nederland", "Zorginstituut"]),
        Organisation(key: "nza", label: "Nederlandse Zorgautoriteit", names: ["Nederlandse Zorgautoriteit"], abbreviations: ["NZa"]),
        Organisation(key: "igj", label: "Inspectie Gezondheidszorg en Jeugd", names: ["Inspectie Gezondheidszorg en Jeugd"], abbreviations: ["IGJ"]),
        Organisation(key: "ziekenfondsraad", label: "Ziekenfondsraad", names: ["Ziekenfondsraad"]),
        Organisation(key: "uwv", label: "Uitvoeringsinstituut Werknemersverzekeringen", names: ["Uitvoeringsinstituut Werknemersverzekeringen"], abbreviations: ["UWV"]),
        Organisation(key: "svb", label: "Sociale Verzekeringsbank", names: ["Sociale Verzekeringsbank"], abbreviations: ["SVB"]),
        Organisation(key: "sociale-verzekeringsraad", label: "Sociale Verzekeringsraad", names: ["Sociale Verzekeringsraad"], abbreviations: ["SVr"]),
        Organisation(key: "duo", label: "Dienst Uitvoering Onderwijs", names: ["Dienst Uitvoering Onderwijs"], abbreviations: ["DUO"]),
        Organisation(key: "onderwijsraad", label: "Onderwijsraad", names: ["Onderwijsraad"]),
        Organisation(key: "nwo", label: "Nederlandse Organisatie voor Wetenschappelijk Onderzoek", names: ["Nederlandse Organisatie voor Wetenschappelijk Onderzoek"], abbreviations: ["NWO"]),
        Organisation(key: "tno", label: "TNO", names: [], abbreviations: ["TNO"]),
        Organisation(key: "knmi", label: "Koninklijk Nederlands Meteorologisch Instituut", names: ["Koninklijk Nederlands Meteorologisch Instituut"], abbreviations: ["KNMI"]),
        Organisation(key: "rijkswaterstaat", label: "Rijkswaterstaat", names: ["Rijkswaterstaat"]),
        Organisation(key: "nvwa", label: "Nederlandse Voedsel- en Warenautoriteit", names: ["Nederlandse Voedsel- en Warenautoriteit"], abbreviations: ["NVWA"]),
        Organisation(key: "rvo", label: "Rijksdienst voor Ondernemend Nederland", names: ["Rijksdienst voor Ondernemend Nederland"], abbreviations: ["RVO"]),
        Organisation(key: "staatsbosbeheer", label: "Staatsbosbeheer", names: ["Staatsbosbeheer"]),
        Organisation(key: "prorail", label: "ProRail", names: ["ProRail"]),
        Organisation(key: "ns", label: "Nederlandse Spoorwegen", names: ["Nederlandse Spoorwegen"], abbreviations: ["NS"]),
        Organisation(key: "vng", label: "Vereniging van Nederlandse Gemeenten", names: ["Vereniging van Nederlandse Gemeenten"], abbreviations: ["VNG"]),
        Organisation(key: "ipo", label: "Interprovinciaal Overleg", names: ["Interprovinciaal Overleg"], abbreviations: ["IPO"]),
        Organisation(key: "unie-van-waterschappen", label: "Unie van Waterschappen", names: ["Unie van Waterschappen"]),
        Organisation(key: "college-voor-de-rechten-van-de-mens", label: "College voor de Rechten van de Mens", names: ["College voor de Rechten van de Mens"]),
        Organisation(key: "stichting-van-de-arbeid", label: "Stichting van de Arbeid", names: ["Stichting van de Arbeid"]),
        Organisation(key: "vno-ncw", label: "VNO-NCW", names: [], abbreviations: ["VNO-NCW", "VNO", "NCW"]),
        Organisation(key: "fnv", label: "FNV", names: ["Federatie Nederlandse Vakbeweging"], abbreviations: ["FNV"]),
        Organisation(key: "cnv", label: "CNV", names: ["Christelijk Nationaal Vakverbond"], abbreviations: ["CNV"]),
        Organisation(key: "mkb-nederland", label: "MKB-Nederland", names: ["MKB-Nederland"]),
        Organisation(key: "lto-nederland", label: "LTO Nederland", names: ["LTO Nederland", "LTO-Nederland"]),
    ]
}
