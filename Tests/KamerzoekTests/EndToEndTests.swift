import Foundation
import Testing
import TestSupport

/// Runs the real built binary: ingest, search --json, tokens, over a temporary corpus.
@Suite(.serialized) struct EndToEndTests {
    static let binary = KamerzoekProcess.binary

    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try KamerzoekProcess.run(arguments, input: input)
    }

    @Test(.enabled(if: binary != nil)) func ingestThenSearchWithTheRealBinary() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        let ingest = try Self.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("added \(sampleFiles.count)"))

        let search = try Self.run(["search", "solidariteit", "--json", "--index", corpus.indexPath])
        #expect(search.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.first?["id"] as? String == "kamerbrieven/jbz-raad-cyprus-januari-2026")

        let missing = try Self.run(["show", "bestaat/niet", "--index", corpus.indexPath])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no letter"))
    }

    @Test(.enabled(if: binary != nil)) func searchExplainPrintsTheScoreTakenApart() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        #expect(try Self.run(["ingest", corpus.corpus.path, "--index", corpus.indexPath]).status == 0)
        let search = try Self.run(["search", "veilige", "landen", "herkomst", "--explain", "--index", corpus.indexPath])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("score "))
        #expect(search.stdout.contains("weight "))
        #expect(search.stdout.contains("together"))
    }

    @Test(.enabled(if: binary != nil)) func tokensPrintsOneLinePerInputLine() throws {
        let result = try Self.run(["tokens", "--json"], input: "herplaatsingen\ngeïnformeerd\nsolidariteitsverplichtingen\n")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [Any])
        }
    }
}
