import Foundation
import Testing
@testable import LetterIndex
import TestSupport

/// `kamerzoek snapshot`: one consistent file that answers as the index did, never written over
/// an existing file.
@Suite struct IndexSnapshotTests {
    static func target() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).sqlite").path
    }

    @Test func aSnapshotAnswersAsTheIndexItWasTakenFrom() throws {
        let source = SampleIndexes.wholeSample
        let path = Self.target()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let summary = try IndexSnapshot.write(from: try LetterDatabase(path: source.indexPath, readOnly: true), to: path)
        #expect(summary.letters > 100)
        #expect(summary.bytes > 0)
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
        let original = LetterSearch(database: try LetterDatabase(path: source.indexPath, readOnly: true), cachedResponses: 0)
        let copy = LetterSearch(database: try LetterDatabase(path: path, readOnly: true), cachedResponses: 0)
        for query in ["herplaatsing asielzoekers", "regering", "\"veilige landen\"", "menschen", ""] {
            var request = SearchRequest(query: query)
            if query.isEmpty { request.kinds = ["motie"] }
            #expect(try copy.search(request) == original.search(request), "\(query)")
        }
        let generation = try LetterDatabase(path: source.indexPath, readOnly: true).pool.read { db in
            try Meta.value(for: .generation, in: db)
        }
        #expect(summary.generation == generation)
        // A snapshot is an index like any other: WAL (header bytes 18 and 19 are 2).
        let header = try #require(FileHandle(forReadingAtPath: path)).readData(ofLength: 20)
        #expect(Array(header.suffix(2)) == [2, 2])
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let path = Self.target()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("not a snapshot".utf8).write(to: URL(fileURLWithPath: path))
        let database = try LetterDatabase(path: SampleIndexes.sampleLetters.indexPath, readOnly: true)
        #expect(throws: IndexError.self) { try IndexSnapshot.write(from: database, to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a snapshot")
    }

    @Test func aMissingFolderIsAClearError() throws {
        let database = try LetterDatabase(path: SampleIndexes.sampleLetters.indexPath, readOnly: true)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)/a.sqlite").path
        do {
            _ = try IndexSnapshot.write(from: database, to: path)
            Issue.record("a snapshot into a missing folder was written")
        } catch let error as IndexError {
            #expect(error.description.contains("does not exist"))
        }
    }
}
