import Foundation
import Testing
import TestSupport
@testable import kamerzoek

/// `kamerzoek similar`: its arguments, and the real binary over the bundled sample.
@Suite(.serialized) struct SimilarCommandTests {
    @Test func similarReadsIdsLimitAndJSON() throws {
        let command = try #require(try Kamerzoek.parseAsRoot([
            "similar", "tk-moties/kst-36410-96", "tk-moties/kst-21501-02-2854", "--limit", "5", "--json", "--index", "/tmp/x.sqlite",
        ]) as? SimilarCommand)
        #expect(command.ids == ["tk-moties/kst-36410-96", "tk-moties/kst-21501-02-2854"])
        #expect(command.limit == 5)
        #expect(command.json)
        #expect(command.index.path == "/tmp/x.sqlite")
        let plain = try #require(try Kamerzoek.parseAsRoot(["similar", "x"]) as? SimilarCommand)
        #expect(plain.limit == 10 && !plain.json)
    }

    @Test(arguments: [
        ["similar"], ["similar", "x", "--limit", "0"], ["similar", "x", "--limit", "51"], ["similar", "x", "--limit", "veel"],
        ["similar", "x", "--limit", "99999999999999999999"],
    ])
    func badArgumentsAreRejected(arguments: [String]) {
        #expect(throws: (any Error).self) { try Kamerzoek.parseAsRoot(arguments) }
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil)) func theBinaryListsSimilarLettersAndRefusesAnUnknownId() throws {
        let corpus = try TemporaryCorpus()
        let moties = try FileManager.default.contentsOfDirectory(atPath: TemporaryCorpus.sample.appendingPathComponent("tk-moties").path)
            .filter { $0.hasPrefix("kst-32847-") || $0.hasPrefix("kst-21501-02-") }.map { "tk-moties/" + $0 }
        try corpus.copySample(sampleFiles + moties)
        let ingest = try KamerzoekProcess.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let id = "tk-moties/kst-21501-02-2854"
        let json = try KamerzoekProcess.run(["similar", id, "--json", "--limit", "3", "--index", corpus.indexPath])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == id)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect((1...3).contains(results.count))
        #expect(results.contains { ($0["id"] as? String)?.hasPrefix("tk-moties/kst-21501-02-") == true })

        let text = try KamerzoekProcess.run(["similar", id, "--index", corpus.indexPath])
        #expect(text.status == 0)
        #expect(text.stdout.contains("like \(id)"))
        #expect(text.stdout.contains("same dossier 21501-02") || text.stdout.contains("words: "))

        let missing = try KamerzoekProcess.run(["similar", "bestaat/niet", "--index", corpus.indexPath])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no letter with id 'bestaat/niet'"))
    }
}
