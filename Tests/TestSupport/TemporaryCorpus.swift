import Foundation
import LetterIndex

/// A corpus folder and index file in a fresh temporary directory, removed on deinit.
public final class TemporaryCorpus: @unchecked Sendable {
    public let root: URL
    public let corpus: URL
    public let indexPath: String

    /// The package root (for Corpus/ and ../shared/corpus).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The bundled sample corpus.
    public static let sample = packageRoot.appendingPathComponent("Corpus")
    /// The shared development corpus, when present beside the repository.
    public static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kamerzoek-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        indexPath = root.appendingPathComponent("index/test.sqlite").path
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes a file below the corpus folder.
    public func write(_ relativePath: String, _ text: String) throws {
        let url = corpus.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes raw bytes below the corpus folder.
    public func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = corpus.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Copies files of the bundled sample corpus (paths relative to Corpus/).
    public func copySample(_ relativePaths: [String]) throws {
        for path in relativePaths {
            let target = corpus.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.sample.appendingPathComponent(path), to: target)
        }
    }

    /// A corpus of `files` of the bundled sample (every letter and metadata file when nil), ingested.
    public static func indexedSample(_ files: [String]? = nil) throws -> TemporaryCorpus {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(try files ?? FileManager.default.subpathsOfDirectory(atPath: sample.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix("metadata.jsonl") })
        try corpus.ingest()
        return corpus
    }

    /// Removes a file below the corpus folder.
    public func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: corpus.appendingPathComponent(relativePath))
    }

    /// Opens the index (creating it) for writing.
    public func database() throws -> LetterDatabase {
        try LetterDatabase(path: indexPath)
    }

    /// Ingests the corpus folder.
    @discardableResult
    public func ingest(rebuild: Bool = false) throws -> IngestSummary {
        var options = IngestOptions(corpus: corpus)
        options.rebuild = rebuild
        return try Ingestor(database: database()).ingest(options)
    }

    /// Searches the index read-only.
    public func search(_ query: String, configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResponse {
        var request = SearchRequest(query: query)
        configure(&request)
        return try LetterSearch(database: LetterDatabase(path: indexPath, readOnly: true)).search(request)
    }
}

/// The sample letters most tests use: the modern letter, two moties, one historical letter.
public let sampleFiles = [
    "kamerbrieven/jbz-raad-cyprus-januari-2026.txt",
    "tk-moties/kst-34104-439.txt",
    "tk-moties/kst-19637-3185.txt",
    "sgd-historical/sgd-0000000696.txt",
]

/// Indexes of the bundled sample that suites share: each is built once per test process, the
/// first time a suite asks for it, so suites that only read an index do not ingest their own.
/// Read-only by agreement: a suite that writes to its corpus makes its own ``TemporaryCorpus``.
public enum SampleIndexes {
    /// ``sampleFiles`` (the modern letter, two moties, one historical letter), indexed.
    public static let sampleLetters = ingested(sampleFiles)

    /// Every `.txt` file of `Corpus/` with the `metadata.jsonl` files, indexed.
    public static let wholeSample: TemporaryCorpus = {
        let files = (try? FileManager.default.subpathsOfDirectory(atPath: TemporaryCorpus.sample.path)) ?? []
        return ingested(files.filter { $0.hasSuffix(".txt") || $0.hasSuffix("metadata.jsonl") }.sorted())
    }()

    private static func ingested(_ files: [String]) -> TemporaryCorpus {
        do {
            let corpus = try TemporaryCorpus()
            try corpus.copySample(files)
            try corpus.ingest()
            return corpus
        } catch {
            fatalError("the sample index could not be built: \(error)")
        }
    }
}
