import Foundation
import LetterIndex
import SyncReplay
import Testing
import TestSupport
@testable import LetterSync

private let canFollowFeed = FileManager.default.fileExists(atPath: TemporaryCorpus.shared.path)
    && PDFReader.locatePDFToText() != nil

@Suite(.enabled(if: canFollowFeed, "needs ../shared/corpus and pdftotext"), .serialized)
struct FeedFollowerTests {

    static func options(_ corpus: TemporaryCorpus, base: String) -> SyncOptions {
        var options = SyncOptions(corpus: corpus.corpus)
        options.base = base
        options.requestsPerSecond = 1_000
        options.retryDelay = .milliseconds(10)
        options.maximumRetryDelay = .milliseconds(50)
        // Generous for a loaded machine: only the stalled request below should time out.
        options.timeout = .seconds(2)
        options.attempts = 8
        return options
    }

    /// Checks that the index holds exactly the recording's letters, with its titles, dates and dossiers.
    static func expectIndexMatches(_ recording: FeedRecording, _ indexPath: String) throws {
        let letters = try IndexedLetter.all(in: indexPath)
        let expected = recording.expectedLetters
        #expect(Set(letters.map(\.id)) == Set(expected.keys))
        for letter in letters {
            guard let want = expected[letter.id] else { continue }
            #expect(letter.title == want.title, "\(letter.id)")
            #expect(letter.date == want.date, "\(letter.id)")
            if let dossier = want.dossier { #expect(letter.dossiers.contains(dossier), "\(letter.id): \(letter.dossiers)") }
        }
    }

    @Test func followsTheFeedThroughFaultsToExactlyItsLetters() async throws {
        let recording = try FeedRecording.make(motions: 60, letters: 10, questions: 6, pageSize: 25)
        let server = try await ReplayServer.start(recording)
        defer { server.stop() }
        let files = recording.documents.values.sorted { $0.id < $1.id }
        server.inject([.status(500), .status(503)], for: "feed Document 25")
        server.inject([.status(429)], for: "file \(files[0].id)")
        server.inject([.stall(.seconds(5))], for: "file \(files[1].id)")
        server.inject([.truncated], for: "file \(files[2].id)")
        let corpus = try TemporaryCorpus()
        let database = try LetterDatabase(path: corpus.indexPath)
        let summary = try await FeedFollower(database: database, options: Self.options(corpus, base: server.base)).run()

        #expect(summary.stopped == nil)
        #expect(summary.skipped.isEmpty, "\(summary.skipped)")
        #expect(summary.added == recording.documents.count)
        #expect(summary.pages >= 4)
        #expect(summary.problems.count == 1)
        #expect(summary.ingest?.skipped.isEmpty == true, "\(summary.ingest?.skipped ?? [])")
        try Self.expectIndexMatches(recording, corpus.indexPath)
        let kinds = Set(try IndexedLetter.all(in: corpus.indexPath).map(\.kind))
        #expect(kinds == ["motie", "brief", "kamervragen"])

        // A second run reads the last pages again and fetches no file.
        server.clearLog()
        let again = try await FeedFollower(database: database, options: Self.options(corpus, base: server.base)).run()
        #expect(!server.log.contains { $0.hasPrefix("file ") }, "\(server.log)")
        // It resumes after the last entry read, not at the start of the last page.
        #expect(server.log.filter { $0.hasPrefix("feed Document") } == ["feed Document \(recording.documentEntries.count)"])
        #expect(again.added == 0 && again.updated == 0 && again.filesFetched == 0)
        #expect(again.ingest?.added == 0 && again.ingest?.updated == 0)
    }

    @Test func takesChangesAndDeletionsFromWhereItStopped() async throws {
        let recording = try FeedRecording.make(motions: 30, letters: 4, questions: 2, pageSize: 20)
        let server = try await ReplayServer.start(recording)
        defer { server.stop() }
        let corpus = try TemporaryCorpus()
        let database = try LetterDatabase(path: corpus.indexPath)
        _ = try await FeedFollower(database: database, options: Self.options(corpus, base: server.base)).run()

        let documents = recording.documents.values.sorted { $0.id < $1.id }
        let changed = try FeedRecording.changed(
            documents[0], title: "Motie over een gewijzigde titel", paragraph: "Verzoekt de regering om de zeehonden te tellen.")
        var renamed = documents[1]
        renamed.title = "Alleen de titel is veranderd"
        renamed.updated = "2026-12-02T10:00:00+01:00"
        server.update { $0.append([.document(changed), .deletedDocument(id: documents[2].id, updated: "2026-12-03T10:00:00+01:00"), .document(renamed)]) }
        server.clearLog()
        let summary = try await FeedFollower(database: database, options: Self.options(corpus, base: server.base)).run()

        #expect(summary.removed == 1)
        #expect(summary.updated == 2)
        // Only the changed pages are read again, and only the changed files fetched.
        #expect(server.log.filter { $0.hasPrefix("file ") }.sorted() == ["file \(documents[0].id)", "file \(documents[1].id)"].sorted())
        #expect(!server.log.contains("feed Document 0"))
        try Self.expectIndexMatches(server.recording, corpus.indexPath)
        let search = LetterSearch(database: database, cachedResponses: 0)
        let hits = try search.search(SearchRequest(query: "zeehonden tellen"))
        #expect(hits.results.map(\.id).contains("tk/\(changed.number)"))
    }

    @Test func passesOverOtherKindsAndOlderDocuments() async throws {
        let recording = try FeedRecording.make(motions: 20, letters: 5, questions: 5, pageSize: 50)
        let server = try await ReplayServer.start(recording)
        defer { server.stop() }
        let corpus = try TemporaryCorpus()
        var options = Self.options(corpus, base: server.base)
        options.kinds = [.motie]
        options.since = "2024-06-01"
        let summary = try await FeedFollower(database: try LetterDatabase(path: corpus.indexPath), options: options).run()
        let letters = try IndexedLetter.all(in: corpus.indexPath)
        #expect(!letters.isEmpty)
        #expect(letters.allSatisfy { $0.kind == "motie" && ($0.date ?? "") >= "2024-06-01" })
        #expect(summary.passedOver == recording.documents.count - letters.count)
        #expect(summary.filesFetched == letters.count)
    }

    @Test func triesAFileThatStaysShortAgainOnTheNextRun() async throws {
        let recording = try FeedRecording.make(motions: 8, letters: 0, questions: 0, pageSize: 50)
        let server = try await ReplayServer.start(recording)
        defer { server.stop() }
        let victim = recording.documents.values.sorted { $0.id < $1.id }[0]
        server.inject(Array(repeating: .truncated, count: 8), for: "file \(victim.id)")
        let corpus = try TemporaryCorpus()
        let database = try LetterDatabase(path: corpus.indexPath)
        let first = try await FeedFollower(database: database, options: Self.options(corpus, base: server.base)).run()
        #expect(first.skipped.map(\.number) == [victim.number])
        #expect(first.skipped.first?.reason.contains("short file") == true)
        #expect(first.pending == 1)
        let second = try await FeedFollower(database: database, options: Self.options(corpus, base: server.base)).run()
        #expect(second.skipped.isEmpty)
        #expect(second.pending == 0)
        try Self.expectIndexMatches(recording, corpus.indexPath)
    }

    @Test func passesOverADocumentWithoutAFileWithoutAskingForIt() async throws {
        var recording = try FeedRecording.make(motions: 6, letters: 0, questions: 0, pageSize: 50)
        var bare = FeedRecording.withoutFile(recording.documents.values.sorted { $0.id < $1.id }[0])
        bare.id = FeedRecording.madeGUID("a document without a file")
        bare.number = "2025D99999"
        recording.append([.document(bare)])
        let server = try await ReplayServer.start(recording)
        defer { server.stop() }
        let corpus = try TemporaryCorpus()
        let summary = try await FeedFollower(database: try LetterDatabase(path: corpus.indexPath), options: Self.options(corpus, base: server.base)).run()
        #expect(summary.skipped.map(\.number) == [bare.number])
        #expect(summary.skipped.first?.retried == false)
        #expect(!server.log.contains("file \(bare.id)"))
    }

    @Test func refusesAnIndexThatFollowsAnotherFolder() async throws {
        let corpus = try TemporaryCorpus()
        try corpus.write("eigen/brief.txt", "Den Haag, 1 maart 2024\nGeachte voorzitter,\nHierbij bied ik uw Kamer de brief aan.")
        let database = try LetterDatabase(path: corpus.indexPath)
        _ = try Ingestor(database: database).ingest(IngestOptions(corpus: corpus.corpus))
        var options = Self.options(corpus, base: "http://127.0.0.1:9/SyncFeed/2.0")
        options.corpus = corpus.root.appendingPathComponent("elders")
        await #expect(throws: SyncOptionError.self) { try await FeedFollower(database: database, options: options).run() }
        #expect(try database.letterCount() == 1)
    }

    @Test func saysAtOnceWhenTheServiceCannotBeReached() async throws {
        let corpus = try TemporaryCorpus()
        let options = Self.options(corpus, base: "http://127.0.0.1:9/SyncFeed/2.0")
        let clock = ContinuousClock.now
        await #expect(throws: FeedFetchError.self) {
            try await FeedFollower(database: try LetterDatabase(path: corpus.indexPath), options: options).run()
        }
        #expect(ContinuousClock.now - clock < .seconds(5))
    }
}
