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

    static let european = Organisation.table(
        """
        # key | label | names | abbreviations
        europese-unie | Europese Unie | Europese Unie | EU
        europese-gemeenschappen | Europese Gemeenschappen | Europese Gemeenschap; Europese Gemeenschappen; Europese Economische Gemeenschap; Europese Gemeenschap voor Kolen en Staal | EG; EEG; EGKS
        europese-commissie | Europese Commissie | Europese Commissie; EU-Commissie; Commissie van de Europese Gemeenschappen; Commissie der Europese Gemeenschappen; Commissie van de Europese Unie |
        europees-parlement | Europees Parlement | Europees Parlement; Europese Parlement |
        raad-van-de-europese-unie | Raad van de Europese Unie | Raad van de Europese Unie; Raad van de EU; Raad van Ministers van de Europese Unie |
        europese-raad | Europese Raad | Europese Raad |
        jbz-raad | JBZ-Raad | JBZ-Raad; Raad Justitie en Binnenlandse Zaken; Raad voor Justitie en Binnenlandse Zaken |
        raad-algemene-zaken | Raad Algemene Zaken | Raad Algemene Zaken | RAZ
        raad-buitenlandse-zaken | Raad Buitenlandse Zaken | Raad Buitenlandse Zaken | RBZ
        ecofin-raad | Ecofin-Raad | Ecofin-Raad; Ecofinraad; Ecofin |
        eurogroep | Eurogroep | Eurogroep |
        frontex | Frontex | Frontex; Europees Grens- en Kustwachtagentschap |
        europol | Europol | Europol |
        eurojust | Eurojust | Eurojust |
        euaa | Asielagentschap van de Europese Unie | Asielagentschap van de Europese Unie; Asielagentschap van de EU; EU-Asielagentschap; Europees Ondersteuningsbureau voor asielzaken | EUAA; EASO
        eu-lisa | eu-LISA | eu-LISA |
        olaf | Europees Bureau voor fraudebestrijding | Europees Bureau voor fraudebestrijding | OLAF
        europees-openbaar-ministerie | Europees Openbaar Ministerie | Europees Openbaar Ministerie | EOM; EPPO
        ecb | Europese Centrale Bank | Europese Centrale Bank | ECB
        eib | Europese Investeringsbank | Europese Investeringsbank | EIB
        europese-rekenkamer | Europese Rekenkamer | Europese Rekenkamer |
        hof-van-justitie-eu | Hof van Justitie van de Europese Unie | Hof van Justitie; Hof van Justitie van de Europese Unie; Hof van Justitie van de EU; Europese Hof van Justitie; Hof van Justitie van de Europese Gemeenschappen | HvJ; HvJEU
        edeo | Europese Dienst voor Extern Optreden | Europese Dienst voor Extern Optreden | EDEO
        ema | Europees Geneesmiddelenbureau | Europees Geneesmiddelenbureau | EMA
        efsa | Europese Autoriteit voor voedselveiligheid | Europese Autoriteit voor voedselveiligheid | EFSA
        euratom | Euratom | Euratom; Europese Gemeenschap voor Atoomenergie |
        benelux | Benelux | Benelux; Benelux Unie; Benelux Economische Unie |
        efta | Europese Vrijhandelsassociatie | Europese Vrijhandelsassociatie | EVA; EFTA
        """)

    static let international = Organisation.table(
        """
        # key | label | names | abbreviations
        navo | NAVO | Noord-Atlantische Verdragsorganisatie | NAVO; NATO
        verenigde-naties | Verenigde Naties | Verenigde Naties | VN
        vn-veiligheidsraad | VN-Veiligheidsraad | VN-Veiligheidsraad; Veiligheidsraad; Veiligheidsraad van de Verenigde Naties |
        unhcr | UNHCR | Hoge Commissaris voor de Vluchtelingen; VN-Vluchtelingenorganisatie; VN-vluchtelingenagentschap | UNHCR
        iom | Internationale Organisatie voor Migratie | Internationale Organisatie voor Migratie | IOM
        unicef | UNICEF | Unicef | UNICEF
        unesco | UNESCO | Unesco | UNESCO
        who | Wereldgezondheidsorganisatie | Wereldgezondheidsorganisatie | WHO
        ilo | Internationale Arbeidsorganisatie | Internationale Arbeidsorganisatie | ILO; IAO
        fao | FAO | Voedsel- en Landbouworganisatie | FAO
        wto | Wereldhandelsorganisatie | Wereldhandelsorganisatie | WTO
        iaea | Internationaal Atoomenergieagentschap | Internationaal Atoomenergieagentschap | IAEA
        ovse | OVSE | Organisatie voor Veiligheid en Samenwerking in Europa | OVSE; OSCE
        oeso | OESO | Organisatie voor Economische Samenwerking en Ontwikkeling | OESO; OECD
        imf | Internationaal Monetair Fonds | Internationaal Monetair Fonds; Internationale Monetaire Fonds | IMF
        wereldbank | Wereldbank | Wereldbank; Internationale Bank voor Herstel en Ontwikkeling |
        raad-van-europa | Raad van Europa | Raad van Europa |
        ehrm | Europees Hof voor de Rechten van de Mens | Europees Hof voor de Rechten van de Mens; Europese Hof voor de Rechten van de Mens | EHRM
        internationaal-strafhof | Internationaal Strafhof | Internationaal Strafhof | ICC
        internationaal-gerechtshof | Internationaal Gerechtshof | Internationaal Gerechtshof | IGH
        g20 | G20 |  | G20; G-20
        g7 | G7 |  | G7; G-7
        """)

    static let dutch = Organisation.table(
        """
        # key | label | names | abbreviations
        raad-van-state | Raad van State | Raad van State | RvS
        algemene-rekenkamer | Algemene Rekenkamer | Algemene Rekenkamer |
        nationale-ombudsman | Nationale ombudsman | Nationale ombudsman |
        kinderombudsman | Kinderombudsman | Kinderombudsman; Kinderombudsvrouw |
        hoge-raad | Hoge Raad der Nederlanden | Hoge Raad; Hoge Raad der Nederlanden |
        kiesraad | Kiesraad | Kiesraad |
        raad-voor-de-rechtspraak | Raad voor de rechtspraak | Raad voor de rechtspraak |
        openbaar-ministerie | Openbaar Ministerie | Openbaar Ministerie | OM
        ind | Immigratie- en Naturalisatiedienst | Immigratie- en Naturalisatiedienst | IND
        coa | Centraal Orgaan opvang asielzoekers | Centraal Orgaan opvang asielzoekers | COA
        dtv | Dienst Terugkeer en Vertrek | Dienst Terugkeer en Vertrek | DT&V
        adviesraad-migratie | Adviesraad Migratie | Adviesraad Migratie; Adviescommissie voor Vreemdelingenzaken | ACVZ
        koninklijke-marechaussee | Koninklijke Marechaussee | Koninklijke Marechaussee | KMar
        nationale-politie | Nationale Politie | Nationale Politie |
        nctv | Nationaal Coördinator Terrorismebestrijding en Veiligheid | Nationaal Coördinator Terrorismebestrijding en Veiligheid | NCTV
        aivd | Algemene Inlichtingen- en Veiligheidsdienst | Algemene Inlichtingen- en Veiligheidsdienst | AIVD
        mivd | Militaire Inlichtingen- en Veiligheidsdienst | Militaire Inlichtingen- en Veiligheidsdienst | MIVD
        onderzoeksraad-voor-veiligheid | Onderzoeksraad voor Veiligheid | Onderzoeksraad voor Veiligheid | OVV
        dji | Dienst Justitiële Inrichtingen | Dienst Justitiële Inrichtingen | DJI
        cjib | Centraal Justitieel Incassobureau | Centraal Justitieel Incassobureau | CJIB
        raad-voor-de-kinderbescherming | Raad voor de Kinderbescherming | Raad voor de Kinderbescherming |
        belastingdienst | Belastingdienst | Belastingdienst |
        dnb | De Nederlandsche Bank | Nederlandsche Bank | DNB
        afm | Autoriteit Financiële Markten | Autoriteit Financiële Markten | AFM
        acm | Autoriteit Consument en Markt | Autoriteit Consument en Markt | ACM
        autoriteit-persoonsgegevens | Autoriteit Persoonsgegevens | Autoriteit Persoonsgegevens |
        kansspelautoriteit | Kansspelautoriteit | Kansspelautoriteit | Ksa
        cbs | Centraal Bureau voor de Statistiek | Centraal Bureau voor de Statistiek | CBS
        cpb | Centraal Planbureau | Centraal Planbureau | CPB
        scp | Sociaal en Cultureel Planbureau | Sociaal en Cultureel Planbureau | SCP
        pbl | Planbureau voor de Leefomgeving | Planbureau voor de Leefomgeving | PBL
        wrr | Wetenschappelijke Raad voor het Regeringsbeleid | Wetenschappelijke Raad voor het Regeringsbeleid | WRR
        ser | Sociaal-Economische Raad | Sociaal-Economische Raad; Sociaal Economische Raad | SER
        rivm | Rijksinstituut voor Volksgezondheid en Milieu | Rijksinstituut voor Volksgezondheid en Milieu | RIVM
        gezondheidsraad | Gezondheidsraad | Gezondheidsraad |
        zorginstituut | Zorginstituut Nederland | Zorginstituut Nederland; Zorginstituut |
        nza | Nederlandse Zorgautoriteit | Nederlandse Zorgautoriteit | NZa
        igj | Inspectie Gezondheidszorg en Jeugd | Inspectie Gezondheidszorg en Jeugd | IGJ
        ziekenfondsraad | Ziekenfondsraad | Ziekenfondsraad |
        uwv | Uitvoeringsinstituut Werknemersverzekeringen | Uitvoeringsinstituut Werknemersverzekeringen | UWV
        svb | Sociale Verzekeringsbank | Sociale Verzekeringsbank | SVB
        sociale-verzekeringsraad | Sociale Verzekeringsraad | Sociale Verzekeringsraad | SVr
        duo | Dienst Uitvoering Onderwijs | Dienst Uitvoering Onderwijs | DUO
        onderwijsraad | Onderwijsraad | Onderwijsraad |
        nwo | Nederlandse Organisatie voor Wetenschappelijk Onderzoek | Nederlandse Organisatie voor Wetenschappelijk Onderzoek | NWO
        tno | TNO |  | TNO
        knmi | Koninklijk Nederlands Meteorologisch Instituut | Koninklijk Nederlands Meteorologisch Instituut | KNMI
        rijkswaterstaat | Rijkswaterstaat | Rijkswaterstaat |
        nvwa | Nederlandse Voedsel- en Warenautoriteit | Nederlandse Voedsel- en Warenautoriteit | NVWA
        rvo | Rijksdienst voor Ondernemend Nederland | Rijksdienst voor Ondernemend Nederland | RVO
        staatsbosbeheer | Staatsbosbeheer | Staatsbosbeheer |
        prorail | ProRail | ProRail |
        ns | Nederlandse Spoorwegen | Nederlandse Spoorwegen | NS
        vng | Vereniging van Nederlandse Gemeenten | Vereniging van Nederlandse Gemeenten | VNG
        ipo | Interprovinciaal Overleg | Interprovinciaal Overleg | IPO
        unie-van-waterschappen | Unie van Waterschappen | Unie van Waterschappen |
        college-voor-de-rechten-van-de-mens | College voor de Rechten van de Mens | College voor de Rechten van de Mens |
        stichting-van-de-arbeid | Stichting van de Arbeid | Stichting van de Arbeid |
        vno-ncw | VNO-NCW |  | VNO-NCW; VNO; NCW
        fnv | FNV | Federatie Nederlandse Vakbeweging | FNV
        cnv | CNV | Christelijk Nationaal Vakverbond | CNV
        mkb-nederland | MKB-Nederland | MKB-Nederland |
        lto-nederland | LTO Nederland | LTO Nederland; LTO-Nederland |
        """)
}

extension Organisation {
    /// Entries from a ``GazetteerTable`` with the fields `key | label | names | abbreviations`.
    static func table(_ text: String) -> [Organisation] {
        GazetteerTable.rows(text, fields: 4).map { row in
            Organisation(key: row[0][0], label: row[1][0], names: row[2], abbreviations: row[3])
        }
    }
}
