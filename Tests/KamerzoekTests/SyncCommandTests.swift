import Foundation
import LetterIndex
import SyncReplay
import Testing
import TestSupport

/// `kamerzoek sync` as a user runs it, against a local replay of the SyncFeed.
private let canRunSyncCommand = KamerzoekProcess.binary != nil && FileManager.default.fileExists(atPath: TemporaryCorpus.shared.path)
    && PDFReader.locatePDFToText() != nil

@Suite(.enabled(if: canRunSyncCommand, "needs the built binary, ../shared/corpus and pdftotext"), .serialized)
struct SyncCommandTests {

    /// 203 documents (PDF and DOCX; motions, letters, answers) over 4 pages, with a change and a
    /// deletion on the last page.
    static func recording() throws -> FeedRecording {
        var recording = try FeedRecording.make(motions: 170, letters: 20, questions: 12, pageSize: 60)
        let documents = recording.documents.values.sorted { $0.id < $1.id }
        let changed = try FeedRecording.changed(
            documents[3], title: "Gewijzigde motie over het tellen van zeehonden",
            paragraph: "Verzoekt de regering de zeehonden in de Waddenzee jaarlijks te tellen.")
        recording.append([.document(changed), .deletedDocument(id: documents[4].id, updated: "2026-12-03T10:00:00+01:00")])
        return recording
    }

    static func arguments(_ server: ReplayServer, _ corpus: TemporaryCorpus, rate: Int = 1_000) -> [String] {
        ["sync", "--from", server.base, "--index", corpus.indexPath, "--corpus", corpus.corpus.path,
         "--retry-delay", "0.01", "--timeout", "10", "--attempts", "8", "--rate", "\(rate)"]
    }

    @Test func leavesExactlyTheFeedsLettersAndAgainFetchesNothing() async throws {
        let recording = try Self.recording()
        #expect(recording.documents.count >= 200)
        let server = try await ReplayServer.start(recording)
        defer { server.stop() }
        server.inject([.status(500)], for: "feed Document 60")
        let corpus = try TemporaryCorpus()
        let first = try await offThePool { try KamerzoekProcess.run(Self.arguments(server, corpus) + ["--json"]) }
        #expect(first.status == 0, "\(first.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        #expect(summary?["pages"] as? Int ?? 0 >= 4)
        #expect((summary?["problems"] as? [Any])?.count == 1)
        let letters = try IndexedLetter.all(in: corpus.indexPath)
        let expected = recording.expectedLetters
        #expect(Set(letters.map(\.id)) == Set(expected.keys))
        for letter in letters {
            #expect(letter.title == expected[letter.id]?.title, "\(letter.id)")
            #expect(letter.date == expected[letter.id]?.date, "\(letter.id)")
            if let dossier = expected[letter.id]?.dossier { #expect(letter.dossiers.contains(dossier), "\(letter.id)") }
        }
        let formats = try FileManager.default.contentsOfDirectory(atPath: corpus.corpus.appendingPathComponent("tk").path)
            .compactMap { $0.split(separator: ".").last.map(String.init) }
        #expect(Set(formats).isSuperset(of: ["pdf", "docx"]))

        server.clearLog()
        let second = try await offThePool { try KamerzoekProcess.run(Self.arguments(server, corpus)) }
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!server.log.contains { $0.hasPrefix("file ") }, "\(server.log)")
        #expect(try IndexedLetter.all(in: corpus.indexPath) == letters)
    }

    @Test func aSyncKilledAndRunAgainReachesTheSameState() async throws {
        let recording = try Self.recording()
        let server = try await ReplayServer.start(recording)
        defer { server.stop() }
        let whole = try TemporaryCorpus()
        let reference = try await offThePool { try KamerzoekProcess.run(Self.arguments(server, whole)) }
        #expect(reference.status == 0, "\(reference.stderr)")

        let killed = try TemporaryCorpus()
        let folder = killed.corpus.appendingPathComponent("tk")
        let process = try KamerzoekProcess.start(Self.arguments(server, killed, rate: 60), quiet: true)
        try await offThePool {
            for _ in 0..<600 {
                let count = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.count ?? 0
                if count >= 80 { break }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let again = try await offThePool { try KamerzoekProcess.run(Self.arguments(server, killed)) }
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try IndexedLetter.all(in: killed.indexPath) == IndexedLetter.all(in: whole.indexPath))
        let manifest = { (corpus: TemporaryCorpus) in
            try String(contentsOf: corpus.corpus.appendingPathComponent("tk/metadata.jsonl"), encoding: .utf8)
        }
        #expect(try manifest(killed) == manifest(whole))
    }

    @Test func failsAtOnceWithAClearMessageWithoutNetwork() throws {
        let corpus = try TemporaryCorpus()
        let result = try KamerzoekProcess.run(["sync", "--from", "http://127.0.0.1:9/SyncFeed/2.0", "--index", corpus.indexPath])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot reach the SyncFeed at http://127.0.0.1:9/SyncFeed/2.0"))
        let unknown = try KamerzoekProcess.run(["sync", "--index", corpus.indexPath, "--kinds", "brief,memo"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown kind \"memo\""))
    }
}

/// Runs blocking work (waiting for a process) off Swift's cooperative threads, which the replay
/// server needs.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
