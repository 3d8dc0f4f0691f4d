import Testing

@testable import Entities

@Suite struct CountryGazetteerTests {
    let gazetteer = CountryGazetteer.shared

    @Test(arguments: [
        ("Griekenland", "GR"), ("GR", "GR"), ("gr", "GR"), ("griekse", "GR"), ("Grieken", "GR"),
        ("Roemenie", "RO"), ("BELGIË", "BE"), ("Belgie", "BE"), ("Italie", "IT"), ("Deense", "DK"),
        ("Verenigde Staten", "US"), ("VS", "US"), ("Amerika", "US"), ("Amerikaanse", "US"),
        ("Groot-Brittannië", "GB"), ("Verenigd Koninkrijk", "GB"), ("VK", "GB"), ("Engeland", "GB"),
        ("Bondsrepubliek Duitsland", "DE"), ("Bondsrepubliek", "DE"), ("West-Duitsland", "DE"),
        ("DDR", "DD"), ("Oost-Duitsland", "DD"), ("Sovjet-Unie", "SU"), ("Sovjetunie", "SU"),
        ("Joegoslavië", "YU"), ("Tsjechoslowakije", "CS"), ("Zaïre", "ZR"), ("Rhodesië", "RH"),
        ("Nederlandse Antillen", "AN"), ("Antillen", "AN"), ("Birma", "MM"), ("Aruba", "AW"),
        ("Curaçao", "CW"), ("Curacao", "CW"), ("Sint Maarten", "SX"), ("Sint-Maarten", "SX"),
        ("Bonaire", "BQ"), ("Sint Eustatius", "BQ"), ("Saba", "BQ"), ("Caribisch Nederland", "BQ"),
        ("Nederland", "NL"), ("Nederlandse", "NL"), ("Nederlanders", "NL"), ("Nederlandsche", "NL"),
        ("Marokkanen", "MA"), ("Turken", "TR"), ("Saoedi-Arabië", "SA"), ("Saudi Arabie", "SA"),
        ("Bosnië en Herzegovina", "BA"), ("Noord-Korea", "KP"), ("Zuid-Korea", "KR"), ("Chinese", "CN"),
        ("Portugese", "PT"), ("Fransche", "FR"), ("Belgische", "BE"), ("IJsland", "IS"), ("Ijsland", "IS"),
        ("Nederlandsch-Indië", "ID"), ("Papoea-Nieuw-Guinea", "PG"), ("Kosovo", "XK"),
    ])
    func findsCountryByAnyForm(form: String, code: String) {
        #expect(gazetteer.country(named: form)?.code == code)
    }

    @Test(arguments: [
        "EU", "NAVO", "Benelux", "Europese Unie", "Den Haag", "Holland", "Zuid-Amerika",
        "Latijns-Amerikaanse", "Noord-Holland", "Jordan", "Georgia", "", "Griekenlandd",
    ])
    func findsNoCountryForOtherNames(form: String) {
        #expect(gazetteer.country(named: form) == nil)
    }

    /// ISO 3166-1 alpha-2, all 249 officially assigned codes.
    static let isoCodes = """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
        BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
        EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
        HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
        LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
        NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
        TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    @Test func coversEveryIsoCode() {
        #expect(Self.isoCodes.count == 249)
        let missing = Self.isoCodes.filter { gazetteer.country(code: $0) == nil }
        #expect(missing.isEmpty, "missing: \(missing)")
    }

    @Test func marksFormerStatesHistorical() {
        let historical = Set(gazetteer.countries.filter(\.isHistorical).map(\.code))
        #expect(historical == ["AN", "CS", "DD", "RH", "SU", "YU", "ZR"])
        #expect(Set(gazetteer.countries.map(\.code)).count == gazetteer.countries.count)
    }

    /// Every written form leads back to its own country: no form is claimed by two countries.
    @Test func everyFormFindsItsOwnCountry() {
        var clashes: [String] = []
        for country in gazetteer.countries {
            let forms = [country.name] + country.otherNames + country.adjectives + country.demonyms
                + country.abbreviations
            for form in forms where gazetteer.country(named: form)?.code != country.code {
                clashes.append("\(form) → \(gazetteer.country(named: form)?.code ?? "nil"), not \(country.code)")
            }
        }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test(arguments: [
        ("Grieks", ["Grieks", "Griekse", "Grieksch", "Grieksche"]),
        ("Chinees", ["Chinees", "Chinese", "Chineesch", "Chineesche"]),
        ("Belgisch", ["Belgisch", "Belgische"]),
    ])
    func derivesInflectedAndOldSpellings(base: String, forms: [String]) {
        #expect(CountryGazetteer.adjectiveForms(base).map(\.0) == forms)
    }

    @Test(arguments: [
        ("BELGIË", "belgie"), ("Belgie\u{308}", "belgie"), ("Ĳsland", "ijsland"), ("Curaçao", "curacao"),
        ("Saoedi-Arabië", "saoedi arabie"), ("Bahama's", "bahama s"), ("Ålandeilanden", "alandeilanden"),
    ])
    func foldsCaseAndDiacritics(text: String, key: String) {
        #expect(String(decoding: CountryGazetteer.key(text), as: UTF8.self) == key)
    }
}
