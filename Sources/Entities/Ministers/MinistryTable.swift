/// Every Dutch ministry and ministerial portfolio named in parliamentary papers since the
/// 19th century, with current and historical names and the abbreviations letters use.
enum MinistryTable {
    static let all: [Ministry] = (departments + portfolios).map { $0.withPeriodNames(periodNames[$0.key] ?? []) }

    private static let departments = Ministry.table(
        kind: .department,
        """
        # key | label | aliases | abbreviations | lineage | minister prepositions
        # Algemene Zaken
        algemene-zaken | Algemene Zaken |  | AZ |  |
        # Buitenlandse Zaken
        buitenlandse-zaken | Buitenlandse Zaken | Buitenlandsche Zaken | BZ; BuZa |  |
        # Binnenlandse Zaken
        binnenlandse-zaken-en-koninkrijksrelaties | Binnenlandse Zaken en Koninkrijksrelaties |  | BZK |  |
        binnenlandse-zaken | Binnenlandse Zaken | Binnenlandsche Zaken | BiZa | binnenlandse-zaken-en-koninkrijksrelaties |
        binnenlandse-zaken-bezitsvorming-en-publiekrechtelijke-bedrijfsorganisatie | Binnenlandse Zaken, Bezitsvorming en Publiekrechtelijke Bedrijfsorganisatie | Binnenlandse Zaken en Bezitsvorming; Binnenlandse Zaken en Publiekrechtelijke Bedrijfsorganisatie |  | binnenlandse-zaken-en-koninkrijksrelaties |
        binnenlandse-zaken-en-landbouw | Binnenlandse Zaken en Landbouw | Binnenlandsche Zaken en Landbouw |  | binnenlandse-zaken-en-koninkrijksrelaties |
        # Justitie
        justitie-en-veiligheid | Justitie en Veiligheid |  | JenV; J&V |  |
        veiligheid-en-justitie | Veiligheid en Justitie |  | VenJ; V&J | justitie-en-veiligheid |
        justitie | Justitie |  |  | justitie-en-veiligheid |
        # Financiën
        financien | Financiën | Finantiën | FIN |  |
        # Defensie
        defensie | Defensie |  |  |  |
        oorlog | Oorlog |  |  | defensie |
        marine | Marine |  |  | defensie |
        oorlog-en-marine | Oorlog en Marine | Oorlog en van Marine |  | defensie |
        # Economische Zaken
        economische-zaken | Economische Zaken |  | EZ |  |
        economische-zaken-en-klimaat | Economische Zaken en Klimaat |  | EZK | economische-zaken |
        economische-zaken-landbouw-en-innovatie | Economische Zaken, Landbouw en Innovatie |  | EL&I; ELenI | economische-zaken |
        economische-zaken-en-arbeid | Economische Zaken en Arbeid |  |  | economische-zaken |
        handel-nijverheid-en-scheepvaart | Handel, Nijverheid en Scheepvaart |  |  | economische-zaken |
        handel-en-nijverheid | Handel en Nijverheid |  |  | economische-zaken |
        landbouw-nijverheid-en-handel | Landbouw, Nijverheid en Handel |  |  | economische-zaken |
        arbeid-handel-en-nijverheid | Arbeid, Handel en Nijverheid |  |  | economische-zaken |
        waterstaat-handel-en-nijverheid | Waterstaat, Handel en Nijverheid |  |  | infrastructuur-en-waterstaat |
        # Klimaat en Groene Groei
        klimaat-en-groene-groei | Klimaat en Groene Groei |  | KGG |  |
        # Landbouw
        landbouw-visserij-voedselzekerheid-en-natuur | Landbouw, Visserij, Voedselzekerheid en Natuur |  | LVVN |  |
        landbouw-natuur-en-voedselkwaliteit | Landbouw, Natuur en Voedselkwaliteit |  | LNV | landbouw-visserij-voedselzekerheid-en-natuur |
        landbouw-natuurbeheer-en-visserij | Landbouw, Natuurbeheer en Visserij |  |  | landbouw-visserij-voedselzekerheid-en-natuur |
        landbouw-en-visserij | Landbouw en Visserij | Landbouw en Visscherij | L&V | landbouw-visserij-voedselzekerheid-en-natuur |
        landbouw-visserij-en-voedselvoorziening | Landbouw, Visserij en Voedselvoorziening |  |  | landbouw-visserij-voedselzekerheid-en-natuur |
        landbouw | Landbouw |  |  | landbouw-visserij-voedselzekerheid-en-natuur |
        # Infrastructuur en Waterstaat
        infrastructuur-en-waterstaat | Infrastructuur en Waterstaat |  | IenW; I&W |  |
        infrastructuur-en-milieu | Infrastructuur en Milieu |  | IenM; I&M | infrastructuur-en-waterstaat |
        verkeer-en-waterstaat | Verkeer en Waterstaat |  | VenW; V&W | infrastructuur-en-waterstaat |
        waterstaat | Waterstaat |  |  | infrastructuur-en-waterstaat |
        verkeer-en-energie | Verkeer en Energie |  |  | infrastructuur-en-waterstaat |
        # Volkshuisvesting en ruimtelijke ordening
        volkshuisvesting-en-ruimtelijke-ordening | Volkshuisvesting en Ruimtelijke Ordening |  | VRO |  | van; voor
        volkshuisvesting-ruimtelijke-ordening-en-milieubeheer | Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer |  | VROM | volkshuisvesting-en-ruimtelijke-ordening |
        volkshuisvesting-en-bouwnijverheid | Volkshuisvesting en Bouwnijverheid |  |  | volkshuisvesting-en-ruimtelijke-ordening |
        wederopbouw-en-volkshuisvesting | Wederopbouw en Volkshuisvesting |  |  | volkshuisvesting-en-ruimtelijke-ordening |
        # Onderwijs
        onderwijs-cultuur-en-wetenschap | Onderwijs, Cultuur en Wetenschap |  | OCW; OCenW |  |
        onderwijs-en-wetenschappen | Onderwijs en Wetenschappen | Onderwijs en Wetenschap | O&W; OenW | onderwijs-cultuur-en-wetenschap |
        onderwijs-kunsten-en-wetenschappen | Onderwijs, Kunsten en Wetenschappen |  | OKW | onderwijs-cultuur-en-wetenschap |
        # Sociale Zaken
        sociale-zaken-en-werkgelegenheid | Sociale Zaken en Werkgelegenheid |  | SZW |  |
        sociale-zaken | Sociale Zaken |  |  | sociale-zaken-en-werkgelegenheid |
        sociale-zaken-en-volksgezondheid | Sociale Zaken en Volksgezondheid |  |  | sociale-zaken-en-werkgelegenheid |
        arbeid | Arbeid |  |  | sociale-zaken-en-werkgelegenheid |
        # Volksgezondheid
        volksgezondheid-welzijn-en-sport | Volksgezondheid, Welzijn en Sport |  | VWS |  |
        welzijn-volksgezondheid-en-cultuur | Welzijn, Volksgezondheid en Cultuur |  | WVC | volksgezondheid-welzijn-en-sport |
        volksgezondheid-en-milieuhygiene | Volksgezondheid en Milieuhygiëne |  | VoMil | volksgezondheid-welzijn-en-sport |
        cultuur-recreatie-en-maatschappelijk-werk | Cultuur, Recreatie en Maatschappelijk Werk |  | CRM | volksgezondheid-welzijn-en-sport |
        maatschappelijk-werk | Maatschappelijk Werk |  |  | volksgezondheid-welzijn-en-sport |
        # Overseas
        kolonien | Koloniën |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        overzeese-gebiedsdelen | Overzeese Gebiedsdelen |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        zaken-overzee | Zaken Overzee |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        overzeese-rijksdelen | Overzeese Rijksdelen |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        """)

    private static let portfolios = Ministry.table(
        kind: .portfolio,
        """
        # key | label | aliases | abbreviations | lineage | minister prepositions
        ontwikkelingssamenwerking | Ontwikkelingssamenwerking |  | OS | buitenlandse-zaken |
        buitenlandse-handel-en-ontwikkelingssamenwerking | Buitenlandse Handel en Ontwikkelingssamenwerking |  | BHOS | buitenlandse-zaken |
        buitenlandse-handel-en-ontwikkelingshulp | Buitenlandse Handel en Ontwikkelingshulp |  | BHO | buitenlandse-zaken |
        europese-zaken-en-ontwikkelingssamenwerking | Europese Zaken en Ontwikkelingssamenwerking |  |  | buitenlandse-zaken |
        europese-zaken | Europese Zaken |  |  | buitenlandse-zaken |
        asiel-en-migratie | Asiel en Migratie |  |  | justitie-en-veiligheid | van
        immigratie-integratie-en-asiel | Immigratie, Integratie en Asiel |  |  | justitie-en-veiligheid |
        immigratie-en-asiel | Immigratie en Asiel |  |  | justitie-en-veiligheid |
        vreemdelingenzaken-en-integratie | Vreemdelingenzaken en Integratie |  |  | justitie-en-veiligheid |
        rechtsbescherming | Rechtsbescherming |  |  | justitie-en-veiligheid |
        jeugd-en-gezin | Jeugd en Gezin |  |  | volksgezondheid-welzijn-en-sport |
        medische-zorg | Medische Zorg | Medische Zorg en Sport |  | volksgezondheid-welzijn-en-sport |
        langdurige-zorg-jeugd-en-sport | Langdurige Zorg, Jeugd en Sport |  |  | volksgezondheid-welzijn-en-sport |
        langdurige-zorg | Langdurige Zorg |  |  | volksgezondheid-welzijn-en-sport |
        wonen-wijken-en-integratie | Wonen, Wijken en Integratie |  | WWI | volkshuisvesting-en-ruimtelijke-ordening |
        wonen-en-rijksdienst | Wonen en Rijksdienst |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        bestuurlijke-vernieuwing-en-koninkrijksrelaties | Bestuurlijke Vernieuwing en Koninkrijksrelaties |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        koninkrijksrelaties | Koninkrijksrelaties |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        nederlands-antilliaanse-en-arubaanse-zaken | Nederlands-Antilliaanse en Arubaanse Zaken |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        nederlands-antilliaanse-zaken | Nederlands-Antilliaanse Zaken |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        surinaamse-en-nederlands-antilliaanse-zaken | Surinaamse en Nederlands-Antilliaanse Zaken | Surinaamse en Antilliaanse Zaken; Suriname en Nederlands-Antilliaanse Zaken |  | binnenlandse-zaken-en-koninkrijksrelaties |
        uniezaken-en-overzeese-rijksdelen | Uniezaken en Overzeese Rijksdelen |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        basis-en-voortgezet-onderwijs-en-media | Basis- en Voortgezet Onderwijs en Media |  |  | onderwijs-cultuur-en-wetenschap |
        primair-en-voortgezet-onderwijs | Primair en Voortgezet Onderwijs |  |  | onderwijs-cultuur-en-wetenschap |
        wetenschapsbeleid | Wetenschapsbeleid |  |  | onderwijs-cultuur-en-wetenschap |
        klimaat-en-energie | Klimaat en Energie |  |  | klimaat-en-groene-groei |
        natuur-en-stikstof | Natuur en Stikstof |  |  | landbouw-visserij-voedselzekerheid-en-natuur |
        armoedebeleid-participatie-en-pensioenen | Armoedebeleid, Participatie en Pensioenen |  |  | sociale-zaken-en-werkgelegenheid |
        toeslagen-en-douane | Toeslagen en Douane |  |  | financien |
        fiscaliteit-belastingdienst-en-douane | Fiscaliteit, Belastingdienst en Douane |  |  | financien |
        herstel-groningen | Herstel Groningen |  |  | binnenlandse-zaken-en-koninkrijksrelaties |
        jeugd-preventie-en-sport | Jeugd, Preventie en Sport |  |  | volksgezondheid-welzijn-en-sport |
        """)

    /// The official names of ministries renamed while they stayed the same ministry, by the day
    /// each name took effect (``Ministry/periodNames``). Each name is also a spelling the
    /// gazetteer reads; a ministry's last name is its label.
    ///
    /// - Onderwijs, Cultuur en Wetenschappen: from the Kok I cabinet (22 August 1994), when
    ///   culture came back from WVC (the corpus: "De Minister van Onderwijs, Cultuur en
    ///   Wetenschappen, J. M. M. Ritzen", 1 September 1994). Onderwijs, Cultuur en Wetenschap:
    ///   from 2003, the year the ministry's own history gives for the new name (when it moved
    ///   from Zoetermeer to The Hague); Kamerstukken still print "Wetenschappen" in November
    ///   2002 and "Wetenschap" in 2004. The day in 2003 is not known: 1 January.
    private static let periodNames: [String: [Ministry.PeriodName]] = {
        var names: [String: [Ministry.PeriodName]] = [:]
        let rows = GazetteerTable.rows(
            """
            # key | name | in force from (yyyy-mm-dd)
            onderwijs-cultuur-en-wetenschap | Onderwijs, Cultuur en Wetenschappen | 1994-08-22
            onderwijs-cultuur-en-wetenschap | Onderwijs, Cultuur en Wetenschap | 2003-01-01
            """, fields: 3)
        for row in rows {
            guard let from = DutchDate.parse(row[2][0]) else { preconditionFailure("not a date: \(row[2][0])") }
            names[row[0][0], default: []].append(Ministry.PeriodName(label: row[1][0], from: from))
        }
        return names.mapValues { $0.sorted { $0.from < $1.from } }
    }()
}

extension Ministry {
    /// This entry with `names` as its names by period.
    fileprivate func withPeriodNames(_ names: [PeriodName]) -> Ministry {
        guard !names.isEmpty else { return self }
        return Ministry(
            key: key, label: label, aliases: aliases, abbreviations: abbreviations, lineage: lineage, kind: kind,
            ministerPrepositions: ministerPrepositions, periodNames: names)
    }

    /// Entries of one kind from a ``GazetteerTable`` with the fields `key | label | aliases |
    /// abbreviations | lineage | minister prepositions`; an empty lineage is the entry's own key,
    /// empty prepositions are the kind's usual ones.
    static func table(kind: Kind, _ text: String) -> [Ministry] {
        GazetteerTable.rows(text, fields: 6).map { row in
            Ministry(
                key: row[0][0], label: row[1][0], aliases: row[2], abbreviations: row[3], lineage: row[4].first,
                kind: kind, ministerPrepositions: row[5].isEmpty ? nil : row[5])
        }
    }
}
