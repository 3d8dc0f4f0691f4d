import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// Similar letters on real moties and historical papers: the bundled sample, and a sub-corpus of
/// the shared corpus's moties when it is there.
@Suite(.serialized) struct SimilarLettersTests {
    /// The whole bundled sample, indexed once for the suite.
    static let sample: TemporaryCorpus = {
        let corpus = try! TemporaryCorpus()
        let names = try! FileManager.default.subpathsOfDirectory(atPath: TemporaryCorpus.sample.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix("metadata.jsonl") }
        try! corpus.copySample(names.sorted())
        try! corpus.ingest()
        return corpus
    }()

    static func similar(_ corpus: TemporaryCorpus) throws -> SimilarLetters {
        SimilarLetters(database: try LetterDatabase(path: corpus.indexPath, readOnly: true))
    }

    /// The dossier of a motie id: `tk-moties/kst-36410-XVI-12` → `36410-XVI`.
    static func dossier(of id: String) -> String? {
        guard let name = id.split(separator: "/").last, name.hasPrefix("kst-"), let dash = name.lastIndex(of: "-") else { return nil }
        return String(name[name.index(name.startIndex, offsetBy: 4)..<dash])
    }

    /// The moties of each dossier holding two or more, by dossier.
    static func moties(in folder: URL, atLeast: Int = 2) throws -> [String: [String]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        var byDossier: [String: [String]] = [:]
        for name in names {
            let id = "tk-moties/" + name.dropLast(4)
            if let dossier = dossier(of: id) { byDossier[dossier, default: []].append(id) }
        }
        return byDossier.filter { $0.value.count >= atLeast }
    }

    @Test func everyMotieOfASharedDossierListsAnotherMotieOfItsDossier() throws {
        let similar = try Self.similar(Self.sample)
        let dossiers = try Self.moties(in: TemporaryCorpus.sample.appendingPathComponent("tk-moties"))
        #expect(dossiers.count >= 10)
        for (dossier, ids) in dossiers {
            for id in ids {
                let response = try #require(try similar.similar(to: id, limit: 10), "\(id)")
                let sameDossier = response.results.filter { Self.dossier(of: $0.id) == dossier }
                #expect(!sameDossier.isEmpty, "\(id): no other motie of \(dossier) in \(response.results.map(\.id))")
                for letter in sameDossier {
                    #expect(letter.reasons.dossiers.contains { $0.key == dossier || $0.key.hasPrefix(dossier) },
                            "\(letter.id) is in \(dossier) but the reasons say \(letter.reasons)")
                }
            }
        }
    }

    @Test func resultsAreOtherLettersBestFirstWithinTheLimit() throws {
        let similar = try Self.similar(Self.sample)
        for id in ["tk-moties/kst-36410-96", "kamerbrieven/jbz-raad-cyprus-januari-2026", "sgd-historical/sgd-0000000696"] {
            let response = try #require(try similar.similar(to: id, limit: 4))
            #expect(response.id == id)
            #expect(!response.results.isEmpty, "\(id) has no similar letters")
            #expect(response.results.count <= 4)
            #expect(!response.results.contains { $0.id == id })
            #expect(Set(response.results.map(\.id)).count == response.results.count)
            let scores = response.results.map(\.score)
            #expect(scores == scores.sorted(by: >), "\(id): \(scores)")
            #expect(scores.allSatisfy { $0 >= SimilarityScores.minimumScore })
        }
    }

    @Test func sharedWordsAreWordsOfTheLetterAsWritten() throws {
        let similar = try Self.similar(Self.sample)
        let store = LetterStore(database: try LetterDatabase(path: Self.sample.indexPath, readOnly: true))
        let id = "tk-moties/kst-36410-96"
        let letter = try #require(try store.letter(id: id))
        let source = (letter.title + "\n" + letter.text).lowercased()
        let response = try #require(try similar.similar(to: id))
        let words = response.results.flatMap(\.reasons.terms)
        #expect(!words.isEmpty)
        for word in words {
            #expect(source.contains(word.lowercased()), "'\(word)' is not written in \(id)")
            #expect(!word.contains { $0.isNumber })
        }
    }

    @Test func anUnknownIdIsNilAndABadLimitIsABadParameter() throws {
        let similar = try Self.similar(Self.sample)
        for id in ["bestaat/niet", "", "../../etc/passwd", String(repeating: "x/", count: 3_000), "tk-moties/kst-36410-96\u{0}"] {
            #expect(try similar.similar(to: id) == nil)
        }
        for limit in [0, -1, SimilarLetters.maximumLimit + 1, Int.max, Int.min] {
            #expect(throws: SearchError.self) { try similar.similar(to: "tk-moties/kst-36410-96", limit: limit) }
            do {
                _ = try similar.similar(to: "tk-moties/kst-36410-96", limit: limit)
            } catch {
                #expect(error.code == "bad_parameter")
                #expect(error.message.contains("limit"))
            }
        }
    }

    @Test func anEmptyLetterHasNoSimilarLettersAndDoesNotTrap() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(["tk-moties/kst-36410-96.txt", "tk-moties/kst-21501-02-2854.txt"])
        try corpus.write("kamerbrieven/leeg.txt", "de het een en of")
        try corpus.write("kamerbrieven/cijfers.txt", "12 34 56 0,5 1.000 de het een")
        try corpus.ingest()
        let similar = try Self.similar(corpus)
        for id in ["kamerbrieven/leeg", "kamerbrieven/cijfers"] {
            let response = try #require(try similar.similar(to: id))
            #expect(response.results.isEmpty, "\(id): \(response.results.map(\.id))")
        }
    }

    /// Moties of six shared-corpus dossiers among every 25th other motie: each lists another of its dossier.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TemporaryCorpus.shared.appendingPathComponent("tk-moties").path)))
    func sharedCorpusMotiesListMotiesOfTheirDossier() throws {
        let folder = TemporaryCorpus.shared.appendingPathComponent("tk-moties")
        let dossiers = try Self.moties(in: folder, atLeast: 4).filter { $0.value.count <= 12 }
        let chosen = dossiers.keys.sorted().enumerated().filter { $0.offset % max(1, dossiers.count / 6) == 0 }.prefix(6).map(\.element)
        #expect(chosen.count == 6)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var files = Set(chosen.flatMap { dossiers[$0] ?? [] }.map { $0 + ".txt" })
        for (index, name) in names.enumerated() where index % 25 == 0 { files.insert("tk-moties/" + name) }
        let corpus = try TemporaryCorpus()
        for file in files.sorted() {
            let target = corpus.corpus.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TemporaryCorpus.shared.appendingPathComponent(file), to: target)
        }
        try corpus.ingest()
        let similar = try Self.similar(corpus)
        for dossier in chosen {
            for id in dossiers[dossier] ?? [] {
                let response = try #require(try similar.similar(to: id, limit: 10), "\(id)")
                let sameDossier = response.results.filter { Self.dossier(of: $0.id) == dossier }
                #expect(!sameDossier.isEmpty, "\(id): no other motie of \(dossier) in \(response.results.map(\.id))")
            }
        }
    }
}
