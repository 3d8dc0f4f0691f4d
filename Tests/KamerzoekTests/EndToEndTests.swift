import Foundation
import Testing
import TestSupport

/// Runs the real built binary: ingest, search --json, tokens, over a temporary corpus.
@Suite(.serialized) struct EndToEndTests {
    static var binary: URL? {
        let build = TemporaryCorpus.packageRoot.appendingPathComponent(".build")
        for configuration in ["debug", "release"] {
            let url = build.appendingPathComponent(configuration).appendingPathComponent("kamerzoek")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        guard let executable = binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
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

    @Test(.enabled(if: binary != nil)) func tokensPrintsOneLinePerInputLine() throws {
        let result = try Self.run(["tokens", "--json"], input: "herplaatsingen\ngeïnformeerd\nsolidariteitsverplichtingen\n")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [Any])
        }
    }
}
