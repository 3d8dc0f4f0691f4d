import Foundation
import LetterIndex

/// The bundled sample corpus (`Corpus/`) ingested once per process into a temporary index:
/// what the query and HTTP fuzz targets search.
public enum SampleIndex {
    /// The package root, found from this file's path (`KAMERZOEK_ROOT` overrides it).
    public static var packageRoot: URL {
        if let root = ProcessInfo.processInfo.environment["KAMERZOEK_ROOT"], !root.isEmpty {
            return URL(fileURLWithPath: root)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The path of the index; the first call ingests `Corpus/` (about a second).
    public static var path: String { built.path }

    private static let built: (path: String, folder: URL) = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kamerzoek-fuzz-\(getpid())-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("sample.sqlite").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let database = try LetterDatabase(path: path)
            _ = try Ingestor(database: database).ingest(IngestOptions(corpus: packageRoot.appendingPathComponent("Corpus")))
        } catch {
            fatalError("cannot build the sample index for fuzzing at \(path): \(error)")
        }
        atexit {
            try? FileManager.default.removeItem(at: SampleIndex.built.folder)
        }
        return (path, folder)
    }()
}
