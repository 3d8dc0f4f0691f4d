/// Every Dutch ministry and ministerial portfolio named in parliamentary papers since the
/// 19th century, with current and historical names and the abbreviations letters use.
enum MinistryTable {
    static let all: [Ministry] = departments + portfolios

    private static let departments: [Ministry] = [
        // Algemene Zaken
        Ministry(key: "algemene-zaken", label: "Algemene Zaken", abbreviations: ["AZ"]),
        // Buitenlandse Zaken
        Ministry(
            key: "buitenlandse-zaken", label: "Buitenlandse Zaken", aliases: ["Buitenlandsche Zaken"],
            abbreviations: ["BZ", "BuZa"]),
        // Binnenlandse Zaken
        Ministry(
            key: "binnenlandse-zaken-en-koninkrijksrelaties", label: "Binnenlandse Zaken en Koninkrijksrelaties",
            abbreviations: ["BZK"]),
        Ministry(
            key: "binnenlandse-zaken", label: "Binnenlandse Zaken", aliases: ["Binnenlandsche Zaken"],
            abbreviations: ["BiZa"], lineage: "binnenlandse-zaken-en-koninkrijksrelaties"),
        Ministry(
            key: "binnenlandse-zaken-bezitsvorming-en-publiekrechtelijke-bedrijfsorganisatie",
            label: "Binnenlandse Zaken, Bezitsvorming en Publiekrechtelijke Bedrijfsorganisatie",
            aliases: ["Binnenlandse Zaken en Bezitsvorming", "Binnenlandse Zaken en Publiekrechtelijke Bedrijfsorganisatie"],
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties"),
        Ministry(
            key: "binnenlandse-zaken-en-landbouw", label: "Binnenlandse Zaken en Landbouw",
            aliases: ["Binnenlandsche Zaken en Landbouw"], lineage: "binnenlandse-zaken-en-koninkrijksrelaties"),
        // Justitie
        Ministry(
            key: "justitie-en-veiligheid", label: "Justitie en Veiligheid", abbreviations: ["JenV", "J&V"]),
        Ministry(
            key: "veiligheid-en-justitie", label: "Veiligheid en Justitie", abbreviations: ["VenJ", "V&J"],
            lineage: "justitie-en-veiligheid"),
        Ministry(key: "justitie", label: "Justitie", lineage: "justitie-en-veiligheid"),
        // Financiën
        Ministry(
            key: "financien", label: "Financiën", aliases: ["Finantiën"], abbreviations: ["FIN"]),
        // Defensie
        Ministry(key: "defensie", label: "Defensie"),
        Ministry(key: "oorlog", label: "Oorlog", lineage: "defensie"),
        Ministry(key: "marine", label: "Marine", lineage: "defensie"),
        Ministry(
            key: "oorlog-en-marine", label: "Oorlog en Marine", aliases: ["Oorlog en van Marine"], lineage: "defensie"),
        // Economische Zaken
        Ministry(
            key: "economische-zaken", label: "Economische Zaken", abbreviations: ["EZ"]),
        Ministry(
            key: "economische-zaken-en-klimaat", label: "Economische Zaken en Klimaat", abbreviations: ["EZK"],
            lineage: "economische-zaken"),
        Ministry(
            key: "economische-zaken-landbouw-en-innovatie", label: "Economische Zaken, Landbouw en Innovatie",
            abbreviations: ["EL&I", "ELenI"], lineage: "economische-zaken"),
        Ministry(
            key: "economische-zaken-en-arbeid", label: "Economische Zaken en Arbeid", lineage: "economische-zaken"),
        Ministry(
            key: "handel-nijverheid-en-scheepvaart", label: "Handel, Nijverheid en Scheepvaart",
            lineage: "economische-zaken"),
        Ministry(key: "handel-en-nijverheid", label: "Handel en Nijverheid", lineage: "economische-zaken"),
        Ministry(
            key: "landbouw-nijverheid-en-handel", label: "Landbouw, Nijverheid en Handel",
            lineage: "economische-zaken"),
        Ministry(
            key: "arbeid-handel-en-nijverheid", label: "Arbeid, Handel en Nijverheid", lineage: "economische-zaken"),
        Ministry(
            key: "waterstaat-handel-en-nijverheid", label: "Waterstaat, Handel en Nijverheid",
            lineage: "infrastructuur-en-waterstaat"),
        // Klimaat en Groene Groei
        Ministry(key: "klimaat-en-groene-groei", label: "Klimaat en Groene Groei", abbreviations: ["KGG"]),
        // Landbouw
        Ministry(
            key: "landbouw-visserij-voedselzekerheid-en-natuur", label: "Landbouw, Visserij, Voedselzekerheid en Natuur",
            abbreviations: ["LVVN"]),
        Ministry(
            key: "landbouw-natuur-en-voedselkwaliteit", label: "Landbouw, Natuur en Voedselkwaliteit",
            abbreviations: ["LNV"], lineage: "landbouw-visserij-voedselzekerheid-en-natuur"),
        Ministry(
            key: "landbouw-natuurbeheer-en-visserij", label: "Landbouw, Natuurbeheer en Visserij",
            lineage: "landbouw-visserij-voedselzekerheid-en-natuur"),
        Ministry(
            key: "landbouw-en-visserij", label: "Landbouw en Visserij", aliases: ["Landbouw en Visscherij"],
            abbreviations: ["L&V"], lineage: "landbouw-visserij-voedselzekerheid-en-natuur"),
        Ministry(
            key: "landbouw-visserij-en-voedselvoorziening", label: "Landbouw, Visserij en Voedselvoorziening",
            lineage: "landbouw-visserij-voedselzekerheid-en-natuur"),
        Ministry(key: "landbouw", label: "Landbouw", lineage: "landbouw-visserij-voedselzekerheid-en-natuur"),
        // Infrastructuur en Waterstaat
        Ministry(
            key: "infrastructuur-en-waterstaat", label: "Infrastructuur en Waterstaat", abbreviations: ["IenW", "I&W"]),
        Ministry(
            key: "infrastructuur-en-milieu", label: "Infrastructuur en Milieu", abbreviations: ["IenM", "I&M"],
            lineage: "infrastructuur-en-waterstaat"),
        Ministry(
            key: "verkeer-en-waterstaat", label: "Verkeer en Waterstaat", abbreviations: ["VenW", "V&W"],
            lineage: "infrastructuur-en-waterstaat"),
        Ministry(key: "waterstaat", label: "Waterstaat", lineage: "infrastructuur-en-waterstaat"),
        Ministry(key: "verkeer-en-energie", label: "Verkeer en Energie", lineage: "infrastructuur-en-waterstaat"),
        // Volkshuisvesting en ruimtelijke ordening
        Ministry(
            key: "volkshuisvesting-en-ruimtelijke-ordening", label: "Volkshuisvesting en Ruimtelijke Ordening",
            abbreviations: ["VRO"], ministerPrepositions: ["van", "voor"]),
        Ministry(
            key: "volkshuisvesting-ruimtelijke-ordening-en-milieubeheer",
            label: "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer", abbreviations: ["VROM"],
            lineage: "volkshuisvesting-en-ruimtelijke-ordening"),
        Ministry(
            key: "volkshuisvesting-en-bouwnijverheid", label: "Volkshuisvesting en Bouwnijverheid",
            lineage: "volkshuisvesting-en-ruimtelijke-ordening"),
        Ministry(
            key: "wederopbouw-en-volkshuisvesting", label: "Wederopbouw en Volkshuisvesting",
            lineage: "volkshuisvesting-en-ruimtelijke-ordening"),
        // Onderwijs
        Ministry(
            key: "onderwijs-cultuur-en-wetenschap", label: "Onderwijs, Cultuur en Wetenschap",
            aliases: ["Onderwijs, Cultuur en Wetenschappen"], abbreviations: ["OCW", "OCenW"]),
        Ministry(
            key: "onderwijs-en-wetenschappen", label: "Onderwijs en Wetenschappen", aliases: ["Onderwijs en Wetenschap"],
            abbreviations: ["O&W", "OenW"], lineage: "onderwijs-cultuur-en-wetenschap"),
        Ministry(
            key: "onderwijs-kunsten-en-wetenschappen", label: "Onderwijs, Kunsten en Wetenschappen",
            abbreviations: ["OKW"], lineage: "onderwijs-cultuur-en-wetenschap"),
        // Sociale Zaken
        Ministry(
            key: "sociale-zaken-en-werkgelegenheid", label: "Sociale Zaken en Werkgelegenheid", abbreviations: ["SZW"]),
        Ministry(key: "sociale-zaken", label: "Sociale Zaken", lineage: "sociale-zaken-en-werkgelegenheid"),
        Ministry(
            key: "sociale-zaken-en-volksgezondheid", label: "Sociale Zaken en Volksgezondheid",
            lineage: "sociale-zaken-en-werkgelegenheid"),
        Ministry(key: "arbeid", label: "Arbeid", lineage: "sociale-zaken-en-werkgelegenheid"),
        // Volksgezondheid
        Ministry(
            key: "volksgezondheid-welzijn-en-sport", label: "Volksgezondheid, Welzijn en Sport", abbreviations: ["VWS"]),
        Ministry(
            key: "welzijn-volksgezondheid-en-cultuur", label: "Welzijn, Volksgezondheid en Cultuur",
            abbreviations: ["WVC"], lineage: "volksgezondheid-welzijn-en-sport"),
        Ministry(
            key: "volksgezondheid-en-milieuhygiene", label: "Volksgezondheid en Milieuhygiëne",
            abbreviations: ["VoMil"], lineage: "volksgezondheid-welzijn-en-sport"),
        Ministry(
            key: "cultuur-recreatie-en-maatschappelijk-werk", label: "Cultuur, Recreatie en Maatschappelijk Werk",
            abbreviations: ["CRM"], lineage: "volksgezondheid-welzijn-en-sport"),
        Ministry(
            key: "maatschappelijk-werk", label: "Maatschappelijk Werk", lineage: "volksgezondheid-welzijn-en-sport"),
        // Overseas
        Ministry(key: "kolonien", label: "Koloniën", lineage: "binnenlandse-zaken-en-koninkrijksrelaties"),
        Ministry(
            key: "overzeese-gebiedsdelen", label: "Overzeese Gebiedsdelen",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties"),
        Ministry(key: "zaken-overzee", label: "Zaken Overzee", lineage: "binnenlandse-zaken-en-koninkrijksrelaties"),
        Ministry(
            key: "overzeese-rijksdelen", label: "Overzeese Rijksdelen",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties"),
    ]

    private static let portfolios: [Ministry] = [
        Ministry(
            key: "ontwikkelingssamenwerking", label: "Ontwikkelingssamenwerking", abbreviations: ["OS"],
            lineage: "buitenlandse-zaken", kind: .portfolio),
        Ministry(
            key: "buitenlandse-handel-en-ontwikkelingssamenwerking", label: "Buitenlandse Handel en Ontwikkelingssamenwerking",
            abbreviations: ["BHOS"], lineage: "buitenlandse-zaken", kind: .portfolio),
        Ministry(
            key: "buitenlandse-handel-en-ontwikkelingshulp", label: "Buitenlandse Handel en Ontwikkelingshulp",
            abbreviations: ["BHO"], lineage: "buitenlandse-zaken", kind: .portfolio),
        Ministry(
            key: "europese-zaken-en-ontwikkelingssamenwerking", label: "Europese Zaken en Ontwikkelingssamenwerking",
            lineage: "buitenlandse-zaken", kind: .portfolio),
        Ministry(key: "europese-zaken", label: "Europese Zaken", lineage: "buitenlandse-zaken", kind: .portfolio),
        Ministry(
            key: "asiel-en-migratie", label: "Asiel en Migratie", lineage: "justitie-en-veiligheid", kind: .portfolio,
            ministerPrepositions: ["van"]),
        Ministry(
            key: "immigratie-integratie-en-asiel", label: "Immigratie, Integratie en Asiel",
            lineage: "justitie-en-veiligheid", kind: .portfolio),
        Ministry(
            key: "immigratie-en-asiel", label: "Immigratie en Asiel", lineage: "justitie-en-veiligheid",
            kind: .portfolio),
        Ministry(
            key: "vreemdelingenzaken-en-integratie", label: "Vreemdelingenzaken en Integratie",
            lineage: "justitie-en-veiligheid", kind: .portfolio),
        Ministry(
            key: "rechtsbescherming", label: "Rechtsbescherming", lineage: "justitie-en-veiligheid", kind: .portfolio),
        Ministry(
            key: "jeugd-en-gezin", label: "Jeugd en Gezin", lineage: "volksgezondheid-welzijn-en-sport",
            kind: .portfolio),
        Ministry(
            key: "medische-zorg", label: "Medische Zorg", aliases: ["Medische Zorg en Sport"],
            lineage: "volksgezondheid-welzijn-en-sport", kind: .portfolio),
        Ministry(
            key: "langdurige-zorg-jeugd-en-sport", label: "Langdurige Zorg, Jeugd en Sport",
            lineage: "volksgezondheid-welzijn-en-sport", kind: .portfolio),
        Ministry(
            key: "langdurige-zorg", label: "Langdurige Zorg", lineage: "volksgezondheid-welzijn-en-sport",
            kind: .portfolio),
        Ministry(
            key: "wonen-wijken-en-integratie", label: "Wonen, Wijken en Integratie", abbreviations: ["WWI"],
            lineage: "volkshuisvesting-en-ruimtelijke-ordening", kind: .portfolio),
        Ministry(
            key: "wonen-en-rijksdienst", label: "Wonen en Rijksdienst",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "bestuurlijke-vernieuwing-en-koninkrijksrelaties", label: "Bestuurlijke Vernieuwing en Koninkrijksrelaties",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "koninkrijksrelaties", label: "Koninkrijksrelaties",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "nederlands-antilliaanse-en-arubaanse-zaken", label: "Nederlands-Antilliaanse en Arubaanse Zaken",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "nederlands-antilliaanse-zaken", label: "Nederlands-Antilliaanse Zaken",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "surinaamse-en-antilliaanse-zaken", label: "Surinaamse en Antilliaanse Zaken",
            aliases: ["Surinaamse en Nederlands-Antilliaanse Zaken", "Suriname en Nederlands-Antilliaanse Zaken"],
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "uniezaken-en-overzeese-rijksdelen", label: "Uniezaken en Overzeese Rijksdelen",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "basis-en-voortgezet-onderwijs-en-media", label: "Basis- en Voortgezet Onderwijs en Media",
            lineage: "onderwijs-cultuur-en-wetenschap", kind: .portfolio),
        Ministry(
            key: "primair-en-voortgezet-onderwijs", label: "Primair en Voortgezet Onderwijs",
            lineage: "onderwijs-cultuur-en-wetenschap", kind: .portfolio),
        Ministry(
            key: "wetenschapsbeleid", label: "Wetenschapsbeleid", lineage: "onderwijs-cultuur-en-wetenschap",
            kind: .portfolio),
        Ministry(
            key: "klimaat-en-energie", label: "Klimaat en Energie", lineage: "klimaat-en-groene-groei",
            kind: .portfolio),
        Ministry(
            key: "natuur-en-stikstof", label: "Natuur en Stikstof",
            lineage: "landbouw-visserij-voedselzekerheid-en-natuur", kind: .portfolio),
        Ministry(
            key: "armoedebeleid-participatie-en-pensioenen", label: "Armoedebeleid, Participatie en Pensioenen",
            lineage: "sociale-zaken-en-werkgelegenheid", kind: .portfolio),
        Ministry(
            key: "toeslagen-en-douane", label: "Toeslagen en Douane", lineage: "financien", kind: .portfolio),
        Ministry(
            key: "fiscaliteit-belastingdienst-en-douane", label: "Fiscaliteit, Belastingdienst en Douane",
            lineage: "financien", kind: .portfolio),
        Ministry(
            key: "herstel-groningen", label: "Herstel Groningen",
            lineage: "binnenlandse-zaken-en-koninkrijksrelaties", kind: .portfolio),
        Ministry(
            key: "jeugd-preventie-en-sport", label: "Jeugd, Preventie en Sport",
            lineage: "volksgezondheid-welzijn-en-sport", kind: .portfolio),
    ]
}
