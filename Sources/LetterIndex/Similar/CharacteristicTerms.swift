import DutchText
import Foundation

/// A letter's characteristic terms: the index terms (stems and compound parts, as the `dutch`
/// tokenizer makes them) weighted by tf·idf and by how much each is a word of a subject
/// (``TermRarity/topicality(of:)``), so the words that are frequent in this letter, rare in the
/// index and not formulas of a genre come first — what the letter is about.
struct CharacteristicTerms {
    /// The terms, weightiest first.
    let terms: [Term]

    /// One characteristic term: as the index stores it (a folded stem or part), its occurrences in
    /// the letter (a title occurrence counting ``titleBoost``), its weight (1 + ln frequency)·idf·topicality,
    /// and the word as the letter writes it (the whole compound for a part).
    typealias Term = (token: String, frequency: Double, weight: Double, word: String)

    /// Terms kept, at most: enough to describe a subject, few enough to read their postings fast.
    static let maximumTerms = 20
    /// A title occurrence counts this many text occurrences.
    static let titleBoost = 3.0
    /// Text beyond this many bytes is not analyzed: the opening of a long paper says what it is about,
    /// and a request must not cost a pass over a whole budget book.
    static let analyzedBytes = 48_000
    /// A letter of more tokens than this needs a term twice before it counts: a one-off word
    /// (or an OCR slip) in a long paper says little about its subject.
    static let longLetter = 400

    /// The characteristic terms of a letter's title and text, with rarities from `rarity`.
    /// Words within `names` (byte ranges of the text: persons, dates, dossier numbers) and party names are no
    /// subject, wherever the letter writes them.
    init(title: String, text: String, names: [Range<Int>] = [], rarity: TermRarity, analyzer: DutchAnalyzer) {
        var counts: [String: Double] = [:]
        var spellings: [String: Spelling] = [:]
        var named = PartyNames.terms(analyzer: analyzer)
        let names = names.sorted { $0.lowerBound < $1.lowerBound }
        var nameIndex = 0
        var tokenCount = 0
        let fields = [title, Self.opening(of: text)]
        for (field, value) in fields.enumerated() {
            let boost = field == 0 ? Self.titleBoost : 1.0
            var copy = value
            copy.withUTF8 { bytes in
                analyzer.analyze(bytes, mode: .document) { token, kind, start, end in
                    tokenCount += 1
                    guard Self.isCandidate(token) else { return true }
                    let term = String(decoding: token, as: UTF8.self)
                    if field == 1 {
                        while nameIndex < names.count, names[nameIndex].upperBound <= start { nameIndex += 1 }
                        if nameIndex < names.count, names[nameIndex].lowerBound < end {
                            named.insert(term)
                            return true
                        }
                    }
                    counts[term, default: 0] += boost
                    let first = start >= 0 && start < bytes.count ? bytes[start] : 0
                    let capital = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
                    let rank = (kind == .part ? 0 : 2) + (capital ? 0 : 1)
                    if let known = spellings[term], known.rank >= rank { return true }
                    spellings[term] = Spelling(field: field, bytes: start..<max(start, end), rank: rank)
                    return true
                }
            }
        }
        let minimumFrequency = tokenCount > Self.longLetter ? 2.0 : 1.0
        let commonest = max(5, rarity.letterCount / 12)
        var terms: [Term] = []
        for (token, frequency) in counts where frequency >= minimumFrequency && !named.contains(token) {
            let letters = rarity.letters(holding: token)
            // In one letter (this one): shared with none. In very many: about nothing in particular.
            guard letters >= 2, letters <= commonest else { continue }
            let weight = (1 + log(frequency)) * rarity.inverseFrequency(letters: letters) * rarity.topicality(of: token)
            let word = spellings[token].map { $0.word(in: fields) } ?? token
            terms.append((token: token, frequency: frequency, weight: weight, word: Self.readable(word)))
        }
        terms.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.token < $1.token }
        self.terms = Array(terms.prefix(Self.maximumTerms))
    }

    /// Where a term is written, and how well that names it: a word whose own stem it is (2) beats
    /// a compound holding it as a part, lower case (1) beats a capital (a sentence's first word),
    /// and the first such occurrence wins.
    private struct Spelling {
        var field: Int
        var bytes: Range<Int>
        var rank: Int

        /// The word as written in `fields`.
        func word(in fields: [String]) -> String {
            guard field >= 0, field < fields.count else { return "" }
            let utf8 = fields[field].utf8
            let lower = max(0, min(bytes.lowerBound, utf8.count)), upper = max(lower, min(bytes.upperBound, utf8.count))
            return String(decoding: utf8.dropFirst(lower).prefix(upper - lower), as: UTF8.self)
        }
    }

    /// The first ``analyzedBytes`` of `text`, cut at a character boundary.
    static func opening(of text: String) -> String {
        guard text.utf8.count > analyzedBytes else { return text }
        let utf8 = text.utf8
        var end = utf8.index(utf8.startIndex, offsetBy: analyzedBytes)
        while end > utf8.startIndex, UTF8.isContinuation(utf8[end]) { end = utf8.index(before: end) }
        return String(text[..<end])
    }

    /// Whether a token can be characteristic: three bytes or more, no digit, no stop word.
    static func isCandidate(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count >= 3 else { return false }
        for byte in token where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return false }
        let word = String(decoding: token, as: UTF8.self)
        return !StopWords.contains(word) && !isRomanNumeral(word)
    }

    /// Whether a folded word is a roman numeral up to 100 as written canonically (`xvi`, `viii`;
    /// not `civil`): the chapter of a budget (36600-XVI) is a number, not a subject.
    static func isRomanNumeral(_ word: String) -> Bool {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        let digits = word.compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == word.count, digits.count <= 8 else { return false }
        var value = 0
        for (index, digit) in digits.enumerated() {
            value += index + 1 < digits.count && digit < digits[index + 1] ? -digit : digit
        }
        guard value > 0, value <= 100 else { return false }
        let numerals: [(Int, String)] = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value
        var canonical = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                canonical += numeral
                rest -= amount
            }
        }
        return canonical == word
    }

    /// A word for people: lower case when the letter shouts it (`MOTIE`), as written otherwise.
    static func readable(_ word: String) -> String {
        word.count > 1 && word == word.uppercased() && word != word.lowercased() ? word.lowercased() : word
    }
}
