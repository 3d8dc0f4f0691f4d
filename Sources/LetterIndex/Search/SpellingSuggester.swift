import DutchText
import Foundation
import GRDB

/// "Did you mean": for query words that find nothing, the closest terms of the index
/// vocabulary by edit distance (OCR slips such as `ii`→`l` or `rn`→`m` count as one edit),
/// weighted by how many letters hold them, shown as a word as it is written in a letter.
final class SpellingSuggester: @unchecked Sendable {
    private struct Vocabulary {
        var generation: String
        /// Terms (stems and parts) by length, with their letter counts.
        var byLength: [Int: TermsOfLength]
        /// Letter counts by term.
        var letters: [String: Int]
    }

    /// Terms of one length back to back (term `i` is `bytes[i * length ..< (i + 1) * length]`),
    /// so comparing a word with all of them touches no reference counts.
    private struct TermsOfLength {
        var length: Int
        var bytes: [UInt8] = []
        var letters: [Int] = []
    }

    private let lock = NSLock()
    private var vocabulary: Vocabulary?
    /// Options found for a word (as typed) in the vocabulary of `optionsGeneration`: a word
    /// misspelled once is often misspelled again, and each costs a pass over the vocabulary.
    private var optionsByWord: [String: [String]] = [:]
    private var optionsGeneration = ""

    /// Words whose options are kept, at most; past it the cache starts again.
    static let cachedWords = 8_192

    /// Unknown words looked up per query, at most: each costs a pass over the vocabulary, so a
    /// pasted page of unknown words (or noise) must not cost a pass per word.
    static let maximumUnknownWords = 8

    /// Corrected queries for `words` (as typed), best first; empty when every word is known.
    func suggestions(for words: [String], analyzer: DutchAnalyzer, db: Database, limit: Int = 3) throws -> [String] {
        let vocabulary = try self.vocabulary(db: db)
        var replacements: [(index: Int, options: [String])] = []
        var unknownWords = 0
        for (index, word) in words.enumerated() {
            guard let stem = analyzer.tokens(in: word, mode: .query).first?.token, stem.count >= 3,
                !stem.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            else { continue }
            let known = letters(containing: stem, in: vocabulary)
            if known >= LetterSearch.suggestionThreshold { continue }
            unknownWords += 1
            if unknownWords > Self.maximumUnknownWords { break }
            let options = try options(for: word, stem: stem, known: known, vocabulary: vocabulary, analyzer: analyzer, db: db, limit: limit)
            if !options.isEmpty { replacements.append((index, options)) }
        }
        guard !replacements.isEmpty else { return [] }
        var result: [String] = []
        for choice in 0..<limit {
            var corrected = words
            var changed = false
            for replacement in replacements where choice < replacement.options.count || choice == 0 {
                corrected[replacement.index] = replacement.options[min(choice, replacement.options.count - 1)]
                changed = true
            }
            let text = corrected.joined(separator: " ")
            if changed, !result.contains(text) { result.append(text) }
        }
        return result
    }

    /// Up to `limit` corrections of one unknown word, as written in letters; cached per word.
    private func options(
        for word: String, stem: String, known: Int, vocabulary: Vocabulary, analyzer: DutchAnalyzer, db: Database, limit: Int
    ) throws -> [String] {
        let key = "\(limit) \(word)"
        let cached: [String]? = lock.withLock {
            if optionsGeneration != vocabulary.generation {
                optionsByWord = [:]
                optionsGeneration = vocabulary.generation
            }
            return optionsByWord[key]
        }
        if let cached { return cached }
        let minimum = known == 0 ? 1 : known * 5
        let candidates = variants(of: Folding.fold(word), analyzer: analyzer, vocabulary: vocabulary, minimum: minimum)
            + closest(Array(stem.utf8), in: vocabulary, minimum: minimum)
        var options: [String] = []
        for candidate in candidates {
            if let surface = try surfaceForm(of: candidate, analyzer: analyzer, db: db), !options.contains(surface) {
                options.append(surface)
            }
            if options.count == limit { break }
        }
        lock.withLock {
            guard optionsGeneration == vocabulary.generation else { return }
            if optionsByWord.count >= Self.cachedWords { optionsByWord = [:] }
            optionsByWord[key] = options
        }
        return options
    }

    private func letters(containing term: String, in vocabulary: Vocabulary) -> Int {
        vocabulary.letters[term] ?? 0
    }

    /// Vocabulary terms within edit distance 2 (1 for short words), best first.
    private func closest(_ word: [UInt8], in vocabulary: Vocabulary, minimum: Int) -> [String] {
        let maximum = word.count <= 5 ? 1 : 2
        var scored: [(term: [UInt8], score: Double)] = []
        var rows = DistanceRows()
        for length in max(1, word.count - maximum)...(word.count + maximum) {
            guard let terms = vocabulary.byLength[length] else { continue }
            terms.bytes.withUnsafeBufferPointer { bytes in
                word.withUnsafeBufferPointer { word in
                    for (index, letters) in terms.letters.enumerated() where letters >= minimum {
                        let term = UnsafeBufferPointer(rebasing: bytes[index * length..<(index + 1) * length])
                        let distance = Self.distance(word, term, limit: maximum, rows: &rows)
                        guard distance <= maximum else { continue }
                        scored.append((Array(term), log(Double(letters) + 1) - 5 * Double(distance)))
                    }
                }
            }
        }
        return scored.sorted { $0.score > $1.score }.prefix(8).map { String(decoding: $0.term, as: UTF8.self) }
    }

    /// Terms reached by one edit of the written word (a letter deleted, swapped, replaced or
    /// added, or an OCR pair `ii`/`ij`/`rn` read as `l`/`l`/`m`), analyzed like a query word,
    /// most frequent first. This finds `solidariteit` for `solidariteid`, whose stems differ more.
    private func variants(of word: String, analyzer: DutchAnalyzer, vocabulary: Vocabulary, minimum: Int) -> [String] {
        let letters = Array(word.utf8)
        guard letters.count >= 4, letters.count <= 30, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [] }
        var edits: Set<[UInt8]> = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for i in 0..<letters.count {
            var deleted = letters
            deleted.remove(at: i)
            edits.insert(deleted)
            if i + 1 < letters.count {
                var swapped = letters
                swapped.swapAt(i, i + 1)
                edits.insert(swapped)
                for (pair, single) in [("ii", "l"), ("ij", "l"), ("rn", "m")] where letters[i] == Array(pair.utf8)[0]
                    && letters[i + 1] == Array(pair.utf8)[1] {
                    edits.insert(Array(letters[..<i]) + Array(single.utf8) + Array(letters[(i + 2)...]))
                }
            }
            for letter in alphabet where letter != letters[i] {
                var replaced = letters
                replaced[i] = letter
                edits.insert(replaced)
            }
        }
        for i in 0...letters.count {
            for letter in alphabet {
                var added = letters
                added.insert(letter, at: i)
                edits.insert(added)
            }
        }
        var counts: [String: Int] = [:]
        for edit in edits {
            let text = String(decoding: edit, as: UTF8.self)
            guard let stem = analyzer.tokens(in: text, mode: .query).first?.token, counts[stem] == nil else { continue }
            if let letters = vocabulary.letters[stem], letters >= minimum {
                counts[stem] = letters
            }
        }
        return counts.sorted { $0.value > $1.value }.prefix(5).map(\.key)
    }

    /// Damerau–Levenshtein distance (adjacent swaps count one), where the OCR confusions of two
    /// letters read as one (`ii`/`ij`↔`l`, `rn`↔`m`) also count one; stops early past `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var rows = DistanceRows()
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in distance(a, b, limit: limit, rows: &rows) }
        }
    }

    /// The three rows of the distance table, kept between calls: `closest` compares a word with
    /// tens of thousands of terms.
    struct DistanceRows {
        var cells: [Int] = []
    }

    static func distance(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int, rows: inout DistanceRows
    ) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 { return max(n, m) }
        let width = m + 1
        if rows.cells.count < 3 * width { rows.cells = [Int](repeating: 0, count: 3 * width) }
        return rows.cells.withUnsafeMutableBufferPointer { cells in
            // Three rows rotating through one buffer: two rows back, the previous one, the current one.
            var previous2 = cells.baseAddress!
            var previous = previous2 + width
            var current = previous + width
            for j in 0...m { previous[j] = j }
            for i in 1...n {
                current[0] = i
                var rowMinimum = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    // Two letters read as one (OCR): "ii" or "ij" for "l", "rn" for "m".
                    if i > 1, pair(a[i - 2], a[i - 1], reads: b[j - 1]) { value = min(value, previous2[j - 1] + 1) }
                    if j > 1, pair(b[j - 2], b[j - 1], reads: a[i - 1]) { value = min(value, current[j - 2] + 1) }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return previous[m]
        }
    }

    private static func pair(_ first: UInt8, _ second: UInt8, reads single: UInt8) -> Bool {
        switch (first, second, single) {
        case (UInt8(ascii: "i"), UInt8(ascii: "i"), UInt8(ascii: "l")),
             (UInt8(ascii: "i"), UInt8(ascii: "j"), UInt8(ascii: "l")),
             (UInt8(ascii: "r"), UInt8(ascii: "n"), UInt8(ascii: "m")):
            return true
        default:
            return false
        }
    }

    /// A word as written in a letter whose analysis gives `term`.
    private func surfaceForm(of term: String, analyzer: DutchAnalyzer, db: Database) throws -> String? {
        guard let text = try String.fetchOne(db, sql: """
            SELECT l.text FROM letter_ft JOIN letter l ON l.rowid = letter_ft.rowid WHERE letter_ft MATCH ? LIMIT 1
            """, arguments: [FTS5Expression.quoted([term])])
        else { return nil }
        var found: String?
        var copy = text
        copy.withUTF8 { bytes in
            analyzer.analyze(bytes, mode: .query) { token, _, start, end in
                if token.elementsEqual(term.utf8) {
                    found = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
                    return false
                }
                return true
            }
        }
        return found
    }

    /// Loads the vocabulary of the index's current generation, if not loaded yet.
    func prepare(db: Database) throws {
        _ = try vocabulary(db: db)
    }

    /// How many letters hold each index term (a token as the tokenizer stores it), from the
    /// vocabulary this suggester keeps per generation; a term the index does not have is absent.
    func letterCounts(db: Database) throws -> [String: Int] {
        try vocabulary(db: db).letters
    }

    private func vocabulary(db: Database) throws -> Vocabulary {
        let generation = try Meta.value(for: .generation, in: db) ?? ""
        lock.lock()
        if let vocabulary, vocabulary.generation == generation {
            lock.unlock()
            return vocabulary
        }
        lock.unlock()
        var byLength: [Int: TermsOfLength] = [:]
        var letters: [String: Int] = [:]
        // Created only to build: a temp table is the connection's own, and this one lasts.
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.letter_vocab USING fts5vocab(main, letter_ft, row)")
        let rows = try Row.fetchCursor(db, sql: "SELECT term, doc FROM temp.letter_vocab")
        while let row = try rows.next() {
            let term: String = row[0]
            let bytes = Array(term.utf8)
            byLength[bytes.count, default: TermsOfLength(length: bytes.count)].bytes += bytes
            byLength[bytes.count]!.letters.append(row[1])
            letters[term] = row[1]
        }
        let fresh = Vocabulary(generation: generation, byLength: byLength, letters: letters)
        lock.lock()
        vocabulary = fresh
        lock.unlock()
        return fresh
    }
}
