/// Every country Kamerzoek knows, with the Dutch forms that name it, looked up by folded form.
///
/// ```swift
/// let gazetteer = CountryGazetteer.shared
/// gazetteer.country(named: "Roemenie")?.code   // "RO"
/// gazetteer.country(named: "griekse")?.code    // "GR"
/// gazetteer.country(named: "VS")?.name         // "Verenigde Staten"
/// ```
public struct CountryGazetteer: Sendable {
    /// The gazetteer built from the built-in table.
    public static let shared = CountryGazetteer()

    /// All countries, former states included, in code order.
    public let countries: [Country]
    /// Folded phrase → form.
    let forms: FoldedFormTable
    /// Abbreviations as written ("VS", "DDR") → country index; matched only in capitals.
    let abbreviations: [String: Int]
    /// The ASCII abbreviations of two to five letters packed into integers (``packed(_:)``),
    /// sorted, with their country index: what the scanner looks words up in.
    let packedAbbreviations: [(key: UInt64, country: Int)]
    private let codes: [String: Int]

    /// Builds the gazetteer from ``CountryTable``.
    init() {
        var countries: [Country] = []
        var stopNames: [String] = []
        var stopAdjectives: [String] = []
        for line in CountryTable.rows.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingSpaces() }
            guard fields.count >= 2 else { continue }
            func list(_ i: Int) -> [String] {
                guard i < fields.count else { return [] }
                return fields[i].split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
            if fields[0] == "--" {
                stopNames += list(1)
                stopAdjectives += list(2)
                continue
            }
            countries.append(
                Country(
                    code: fields[0], name: fields[1], otherNames: list(2), adjectives: list(3),
                    demonyms: list(4), abbreviations: list(5),
                    isHistorical: fields.count > 6 && fields[6] == "h"))
        }

        var table = FoldedFormTable()
        var abbreviations: [String: Int] = [:]
        var codes: [String: Int] = [:]
        // Names first, then adjectives, then demonyms: on a clash the earlier kind wins.
        for (index, country) in countries.enumerated() {
            codes[country.code] = index
            for name in [country.name] + country.otherNames {
                table.insert(Self.key(name), form: CountryForm(country: index, kind: .name))
            }
            for abbreviation in country.abbreviations {
                abbreviations[abbreviation] = index
            }
        }
        for name in stopNames {
            table.insert(Self.key(name), form: CountryForm(country: -1, kind: .stop))
        }
        for adjective in stopAdjectives {
            for (form, _) in Self.adjectiveForms(adjective) {
                table.insert(Self.key(form), form: CountryForm(country: -1, kind: .stop))
            }
        }
        for (index, country) in countries.enumerated() {
            for adjective in country.adjectives {
                for (form, kind) in Self.adjectiveForms(adjective) {
                    table.insert(Self.key(form), form: CountryForm(country: index, kind: kind))
                }
            }
        }
        for (index, country) in countries.enumerated() {
            for demonym in country.demonyms {
                table.insert(Self.key(demonym), form: CountryForm(country: index, kind: .demonym))
            }
        }
        self.countries = countries
        self.forms = table
        self.abbreviations = abbreviations
        self.packedAbbreviations = abbreviations.compactMap { abbreviation, index in
            let bytes = Array(abbreviation.utf8)
            guard bytes.count >= 2, bytes.count <= 5, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return (Self.packed(bytes[...]), index)
        }.sorted { $0.key < $1.key }
        self.codes = codes
    }

    /// The country with this code, name, other name, adjective, demonym or abbreviation,
    /// compared without case and diacritics.
    ///
    /// ```swift
    /// CountryGazetteer.shared.country(named: "Belgie")?.code  // "BE"
    /// CountryGazetteer.shared.country(named: "gr")?.name      // "Griekenland"
    /// ```
    public func country(named text: String) -> Country? {
        let trimmed = text.trimmingSpaces()
        if let index = abbreviations[trimmed] ?? codes[trimmed.uppercased()] ?? abbreviations[trimmed.uppercased()] {
            return countries[index]
        }
        let key = Self.key(trimmed)
        guard !key.isEmpty else { return nil }
        let entry = key.withUnsafeBufferPointer { forms.lookup($0) }
        guard let form = entry?.form, form.kind != .stop else { return nil }
        return countries[form.country]
    }

    /// Up to eight bytes as one integer, first byte highest; different lengths never collide
    /// for ASCII text because no byte is zero.
    @inline(__always)
    static func packed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var value: UInt64 = 0
        for b in bytes { value = value << 8 | UInt64(b) }
        return value
    }

    /// The country index of an ASCII abbreviation packed by ``packed(_:)``.
    @inline(__always)
    func abbreviation(packed key: UInt64) -> Int? {
        var low = 0
        var high = packedAbbreviations.count
        while low < high {
            let middle = (low + high) / 2
            if packedAbbreviations[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low < packedAbbreviations.count && packedAbbreviations[low].key == key ? packedAbbreviations[low].country : nil
    }

    /// The country with this code ("GR"), if any.
    public func country(code: String) -> Country? {
        codes[code.uppercased()].map { countries[$0] }
    }

    /// The uninflected adjective and what is derived from it: `Grieks` → `Griekse`,
    /// `Grieksch`, `Grieksche`; `Chinees` → `Chinese`; `Belgisch` → `Belgische`.
    static func adjectiveForms(_ base: String) -> [(String, CountryForm.Kind)] {
        var forms: [(String, CountryForm.Kind)] = [(base, .adjective)]
        if base.hasSuffix("ees") {
            forms.append((String(base.dropLast(3)) + "ese", .inflectedAdjective))
        } else {
            forms.append((base + "e", .inflectedAdjective))
        }
        if base.hasSuffix("s") {
            forms.append((base + "ch", .adjective))
            forms.append((base + "che", .inflectedAdjective))
        }
        return forms
    }

    /// The folded lookup key of a phrase: its letter runs folded and joined by single spaces.
    static func key(_ phrase: String) -> [UInt8] {
        var bytes = Array(phrase.utf8)
        var key: [UInt8] = []
        bytes.withUnsafeMutableBufferPointer { mutable in
            let buffer = UnsafeBufferPointer(mutable)
            var i = 0
            while i < buffer.count {
                if NameFolding.isLetter(buffer, i) {
                    let start = i
                    while i < buffer.count && NameFolding.isLetter(buffer, i) {
                        i += NameFolding.sequenceLength(buffer[i])
                    }
                    if !key.isEmpty { key.append(UInt8(ascii: " ")) }
                    NameFolding.append(buffer, start..<min(i, buffer.count), to: &key)
                } else {
                    i += NameFolding.sequenceLength(buffer[i])
                }
            }
        }
        return key
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
