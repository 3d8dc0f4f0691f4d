import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Toezeggingen as a list: who promised, what, in which letter and dossier, on real letters.
@Suite(.serialized) struct CommitmentListTests {
    /// The JBZ letter (TZ202412-096 in a footnote) and two moties without a toezegging.
    static let sample = try! TemporaryCorpus.indexedSample(sampleFiles)

    static let sharedCorpusPresent = FileManager.default.fileExists(atPath: TemporaryCorpus.shared.path)

    static func list(_ corpus: TemporaryCorpus) throws -> CommitmentList {
        CommitmentList(database: try LetterDatabase(path: corpus.indexPath, readOnly: true))
    }

    @Test func aFootnotedToezeggingIsListedWithItsSignersAndTheSentenceThatNamesIt() throws {
        let page = try Self.list(Self.sample).commitments(CommitmentQuery())
        #expect(page.total == 1)
        let commitment = try #require(page.results.first)
        #expect(commitment.key == "TZ202412-096")
        #expect(commitment.letter == "kamerbrieven/jbz-raad-cyprus-januari-2026")
        #expect(commitment.anchor == "toezegging-TZ202412-096")
        // The letter is signed by three members of the cabinet ("wij").
        #expect(Set(commitment.ministers.map(\.key)) == [
            "minister van justitie en veiligheid", "minister van asiel en migratie", "staatssecretaris van justitie en veiligheid",
        ])
        // The number stands alone in footnote 2; the sentence is the body's that names the toezegging.
        #expect(commitment.text == "Ik informeer u graag, in lijn met de toezegging aan het lid Podt, over hoe lidstaten "
            + "omgaan met de verdeling van solidariteit.")
        // The letter cites 32317 in footnote 1 but has no own dossier.
        #expect(commitment.dossiers.isEmpty)
    }

    @Test(arguments: [("van weel", 1), ("asiel en migratie", 1), ("Justitie", 1), ("Klever", 0), ("minister van defensie", 0)])
    func theMinisterFilterMatchesTheSigners(minister: String, expected: Int) throws {
        var query = CommitmentQuery()
        query.minister = minister
        #expect(try Self.list(Self.sample).commitments(query).total == expected, "\(minister)")
    }

    @Test func dateAndDossierFiltersNarrowTheList() throws {
        var query = CommitmentQuery()
        query.dossier = "32317"
        #expect(try Self.list(Self.sample).commitments(query).total == 0)
        // A value that is no dossier number matches nothing, and the notes say so (as in the search).
        query.dossier = "geen nummer"
        let none = try Self.list(Self.sample).commitments(query)
        #expect(none.total == 0 && none.notes.first?.contains("geen dossiernummer") == true)
        query = CommitmentQuery()
        query.from = "2020"
        // The sample's JBZ letter has no date: a period leaves it out.
        #expect(try Self.list(Self.sample).commitments(query).total == 0)
    }

    @Test(arguments: [
        ("from", "gisteren", "bad_date"), ("to", "2024-13", "bad_date"),
        ("limit", "0", "bad_parameter"), ("offset", "-1", "bad_parameter"),
    ])
    func badFiltersAreErrorsWithACode(field: String, value: String, code: String) throws {
        var query = CommitmentQuery()
        switch field {
        case "from": query.from = value
        case "to": query.to = value
        case "limit": query.limit = Int(value) ?? 1
        default: query.offset = Int(value) ?? 0
        }
        let list = try Self.list(Self.sample)
        #expect(throws: SearchError.self) { try list.commitments(query) }
        do {
            _ = try list.commitments(query)
        } catch {
            #expect(error.code == code)
        }
    }

    /// The motie kst-36180-151 names TZ202504–026 (with an en dash) in its text; it is dated and has its own dossier.
    @Test(.enabled(if: sharedCorpusPresent)) func aToezeggingInAMotieOfTheSharedCorpusHasItsDossierAndDate() throws {
        let corpus = try TemporaryCorpus()
        for path in ["tk-moties/kst-36180-151.txt", "tk-moties/metadata.jsonl", "kamerbrieven/jbz-raad-cyprus-januari-2026.txt"] {
            let target = corpus.corpus.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TemporaryCorpus.shared.appendingPathComponent(path), to: target)
        }
        try corpus.ingest()
        let page = try Self.list(corpus).commitments(CommitmentQuery())
        #expect(page.results.map(\.key) == ["TZ202504-026", "TZ202412-096"])  // dated first
        let motie = try #require(page.results.first)
        #expect(motie.letter == "tk-moties/kst-36180-151")
        #expect(motie.date == "2025-05-27")
        #expect(motie.dossiers.map(\.key) == ["36180"])
        #expect(motie.ministers.isEmpty)
        // The normalizer writes the en dash as a hyphen; the key is the same either way.
        #expect(motie.text.contains("de toezegging aan meneer Bamenga (TZ202504-026)"))
        #expect(motie.text.hasPrefix("overwegende dat"))
        var query = CommitmentQuery()
        query.dossier = "36180"
        query.from = "2025-05"
        #expect(try Self.list(corpus).commitments(query).results.map(\.key) == ["TZ202504-026"])
    }
}

/// The sentence around a toezegging's number: cut at sentence ends, never inside a character.
@Suite struct CommitmentSentenceTests {
    static func range(of needle: String, in text: String) -> Range<Int> {
        let bytes = Array(text.utf8)
        let target = Array(needle.utf8)
        for start in 0...(bytes.count - target.count) where Array(bytes[start..<start + target.count]) == target {
            return start..<start + target.count
        }
        return 0..<0
    }

    @Test func theSentenceEndsAtAPeriodBeforeACapitalNotAtAnAbbreviation() {
        let text = "Eerste zin. Zie nr. 111 en de toezegging TZ202401-001 over o.a. de begroting. Volgende zin."
        #expect(CommitmentSentence.texts(of: [Self.range(of: "TZ202401-001", in: text)], in: text)
            == ["Zie nr. 111 en de toezegging TZ202401-001 over o.a. de begroting."])
    }

    @Test func footnotesTakeTheBodysSentencesThatNamePromisesInOrder() {
        let text = "Wij hebben dit toegezegd aan het lid A. Iets anders. Conform de toezegging aan het lid B volgt dit.\n"
            + "1 TZ202401-001.\n2 TZ202402-002.\n3 TZ202403-003."
        let numbers = ["TZ202403-003", "TZ202401-001", "TZ202402-002"].map { Self.range(of: $0, in: text) }
        // In footnote order, whatever the order asked; more footnotes than sentences: the last sentence again.
        #expect(CommitmentSentence.texts(of: numbers, in: text) == [
            "Conform de toezegging aan het lid B volgt dit.", "Wij hebben dit toegezegd aan het lid A.",
            "Conform de toezegging aan het lid B volgt dit.",
        ])
        let ranges = CommitmentSentence.ranges(of: numbers, in: text)
        #expect(ranges[1] == 0..<39)
    }

    @Test func aLongSentenceIsCutAroundTheNumberOnCharacterBoundaries() {
        let filler = String(repeating: "één lange gedachte ", count: 60)
        let text = filler + "TZ202401-001 " + filler + "einde."
        let sentence = CommitmentSentence.texts(of: [Self.range(of: "TZ202401-001", in: text)], in: text).first ?? ""
        #expect(sentence.contains("TZ202401-001"))
        #expect(sentence.hasPrefix("…") && sentence.hasSuffix("…"))
        #expect(sentence.utf8.count <= CommitmentSentence.maximumLength + 2 * "…".utf8.count)
        #expect(!sentence.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test(arguments: [-5..<3, 10..<5_000, 3..<3])
    func rangesOutsideTheTextGiveNothing(range: Range<Int>) {
        #expect(CommitmentSentence.texts(of: [range], in: "Kort. TZ202401-001.") == [""])
        #expect(CommitmentSentence.ranges(of: [range], in: "Kort. TZ202401-001.") == [nil])
    }
}
