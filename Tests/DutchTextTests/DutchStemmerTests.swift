import Foundation
import Testing

import DutchText

@Suite struct DutchStemmerTests {
    let stemmer = DutchStemmer()

    /// The `word<TAB>stem` lines of Fixtures/stemmer-vectors.tsv, made from real corpus
    /// words by scripts/make-stemmer-vectors.py with PyStemmer's Snowball 3 `dutch`.
    static func loadVectors() throws -> [(word: String, stem: String)] {
        let url = try #require(
            Bundle.module.url(forResource: "stemmer-vectors", withExtension: "tsv", subdirectory: "Fixtures")
        )
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(fields[0]), fields.count > 1 ? String(fields[1]) : "")
        }
    }

    @Test func stemsEveryCorpusVectorLikeSnowball() throws {
        let vectors = try Self.loadVectors()
        #expect(vectors.count >= 30_000)
        var failures: [String] = []
        var failureCount = 0
        for (word, expected) in vectors {
            let stem = stemmer.stem(word)
            if stem != expected {
                failureCount += 1
                if failures.count < 10 { failures.append("\(word): expected \(expected), got \(stem)") }
            }
        }
        #expect(
            failureCount == 0,
            "\(failureCount) of \(vectors.count) words stem differently, first: \(failures.joined(separator: "; "))"
        )
    }

    @Test(arguments: [
        ("kinderen", "kinder"),
        ("mogelijkheden", "molijk"),
        ("lichamelijkheid", "lichamelijk"),
        ("opgaven", "opgaaf"),
        ("kamerleden", "kamerleed"),
        ("vergaderingen", "vergader"),
        ("aanbevelingen", "aanbeveel"),
        ("regeling", "regeel"),
        ("duurzaamheid", "duurzaam"),
        ("universiteit", "univers"),
        ("filosofie", "filosoof"),
        ("biologie", "biologie"),
        ("ministeries", "ministerie"),
        ("democratische", "democratisch"),
        ("verantwoordelijke", "verantwoordelijk"),
        ("vriendelijkste", "vriendelijk"),
        ("algemene", "almeen"),
        ("tafeltje", "tafel"),
        ("koninkje", "koon"),
        ("lampje", "lam"),
        ("auto's", "auto"),
    ])
    func stemsWellKnownWords(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test(arguments: [
        ("gevallen", "geval"),       // ge- kept before "val": geval ≠ vallen
        ("gevaren", "gevaar"),       // ge- kept before "vaa"/"vare": gevaar ≠ varen
        ("geeft", "geef"),           // ge- kept before "eft"
        ("gevalideerd", "valideer"), // but dropped before "vali"
        ("gegeven", "geef"),
        ("gemeenten", "meen"),
        ("geëist", "eis"),           // ë after a dropped ge- loses its diaeresis
        ("geïnd", "inn"),            // conflated with innen, not with "in"
        ("innen", "inn"),
        ("innig", "innig"),
        ("geënt", "ent"),            // not conflated with "en"
        ("schilderij", "schilder"),  // not conflated with "schild"
    ])
    func keepsTheAlgorithmsExceptions(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test(arguments: [
        ("coördinatie", "coördineer"),
        ("financiële", "financieel"),
        ("beëindiging", "beëind"),
        ("zeeën", "zeeën"),
        ("ideeën", "ideeën"),
        ("naïeve", "naïeve"),
    ])
    func handlesDiacritics(word: String, expected: String) {
        #expect(stemmer.stem(word) == expected)
    }

    @Test(arguments: ["", "a", "москва", "1990", "kamer-"])
    func leavesWordsWithoutDutchSuffixAlone(word: String) {
        #expect(stemmer.stem(word) == word)
    }
}
