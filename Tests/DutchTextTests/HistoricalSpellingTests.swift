import Foundation
import Testing
@testable import DutchText

/// Spelling from before 1947 brought to today's, and today's spelling left alone.
struct HistoricalSpellingTests {
    @Test(arguments: [
        ("begrooting", "begroting"), ("regeering", "regering"), ("vereeniging", "vereniging"),
        ("nederlandsch", "nederlands"), ("nederlandsche", "nederlandse"), ("menschen", "mensen"),
        ("tusschen", "tussen"), ("franscher", "franser"), ("groote", "grote"),
        // Unchanged: today's spelling, -isch, closed syllables, diphthongs, short words.
        ("logisch", "logisch"), ("praktische", "praktische"), ("rooster", "rooster"), ("kooien", "kooien"),
        ("school", "school"), ("schip", "schip"), ("zee", "zee"), ("oorlog", "oorlog"), ("sch", "sch"),
    ])
    func modernizes(old: String, new: String) {
        #expect(String(decoding: HistoricalSpelling.modernized(Array(old.utf8)), as: UTF8.self) == new)
    }

    @Test(arguments: [("begrooting", "begroting"), ("Nederlandsche", "nederlandse"), ("menschen", "mensen")])
    func oldAndNewSpellingGetTheSameTokens(old: String, new: String) {
        let analyzer = DutchAnalyzer()
        #expect(analyzer.tokens(in: old, mode: .query).map(\.token) == analyzer.tokens(in: new, mode: .query).map(\.token))
    }

    @Test(arguments: [
        // Today's words the rules would change, left as they are: the modern motions write them.
        ("tweede", "tweede"), ("vooral", "vooral"), ("meegenomen", "meenoom"), ("Zeeland", "zeeland"),
        ("veehouderij", "veehoud"), ("woonachtig", "woon"), ("Hirsch", "hirsch"),
        // Old spelling, respelled: never or rarely written so today, the respelling often.
        ("menschen", "mens"), ("regeering", "regeer"), ("Nederlandsche", "nederlands"), ("eenige", "een"),
    ])
    func onlyOldSpellingIsRespelled(word: String, stem: String) {
        #expect(DutchAnalyzer().tokens(in: word, mode: .query).first?.token == stem)
    }

    @Test func anUnknownWordWhoseRespellingIsUnknownTooKeepsItsSpelling() {
        let vocabulary = ModernVocabulary(counts: ["regering": 100, "tweede": 50, "twede": 1])
        #expect(HistoricalSpelling.respelled(Array("regeering".utf8), vocabulary: vocabulary) == Array("regering".utf8))
        #expect(HistoricalSpelling.respelled(Array("tweede".utf8), vocabulary: vocabulary) == nil)
        #expect(HistoricalSpelling.respelled(Array("vooraf".utf8), vocabulary: vocabulary) == nil)
        #expect(HistoricalSpelling.respelled(Array("zee".utf8), vocabulary: vocabulary) == nil)
    }

    /// Fixtures/modern-stems.tsv: every word of the modern motions with its count, Snowball's
    /// `dutch` stem of the word and of the word folded (PyStemmer,
    /// scripts/make-modern-stem-vectors.py). The analyzer folds diacritics before it stems (so
    /// `financiele` finds `financiële`): it is held to Snowball's stem of the folded word; the
    /// share that equals Snowball's stem of the word as written is printed beside it.
    @Test func modernWordsStemAsSnowballDoes() throws {
        let url = try #require(Bundle.module.url(forResource: "modern-stems", withExtension: "tsv", subdirectory: "Fixtures"))
        let analyzer = DutchAnalyzer()
        var occurrences = 0
        var agreeing = 0
        var agreeingAsWritten = 0
        var differing: [(String, Int, String, String)] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let count = Int(fields[1]) else { continue }
            let word = String(fields[0])
            let expected = String(fields[3])
            let stem = analyzer.tokens(in: word, mode: .query).first?.token ?? ""
            occurrences += count
            if stem == Folding.fold(String(fields[2])) { agreeingAsWritten += count }
            if stem == expected {
                agreeing += count
            } else {
                differing.append((word, count, expected, stem))
            }
        }
        #expect(occurrences > 1_000_000)
        let share = Double(agreeing) / Double(max(occurrences, 1))
        let shareAsWritten = Double(agreeingAsWritten) / Double(max(occurrences, 1))
        let worst = differing.sorted { $0.1 > $1.1 }.prefix(12).map { "\($0.0) ×\($0.1): \($0.2) ≠ \($0.3)" }
        #expect(share >= 0.999, "\(String(format: "%.4f%%", share * 100)) agree; most frequent differences: \(worst)")
        print("modern motions: \(agreeing) of \(occurrences) word occurrences (\(String(format: "%.3f%%", share * 100))) "
              + "stem as Snowball stems the folded word, \(String(format: "%.3f%%", shareAsWritten * 100)) as it stems the "
              + "word as written; \(differing.count) distinct words differ: \(worst)")
    }
}
