import DutchText
import Foundation
import GRDB

/// Opens the index file: a GRDB `DatabasePool` in WAL mode with the `dutch` tokenizer registered
/// on every connection, its schema migrated.
///
/// ```swift
/// let database = try LetterDatabase(path: "Index/kamerzoek.sqlite")
/// let reader = try LetterDatabase(path: "Index/kamerzoek.sqlite", readOnly: true)
/// ```
public struct LetterDatabase: Sendable {
    /// The default index path, relative to the working directory.
    public static let defaultPath = "Index/kamerzoek.sqlite"

    /// The index file.
    public let path: String
    /// The connection pool.
    public let pool: DatabasePool

    /// Opens (and, unless read-only, creates and migrates) the index at `path`.
    ///
    /// A read-only open of a missing file throws ``IndexError/missingIndex(_:)``.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        if readOnly {
            guard FileManager.default.fileExists(atPath: path) else { throw IndexError.missingIndex(path) }
        } else {
            let folder = url.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw IndexError.cannotCreate(path, reason: error.localizedDescription)
            }
        }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.maximumReaderCount = 8
        configuration.prepareDatabase { db in
            db.add(tokenizer: DutchTokenizer.self)
            db.add(function: LetterDatabase.foldFunction)
            LetterRank.register(in: db)
            if !readOnly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Debian builds SQLite with secure_delete on: every page FTS5 frees when it merges
                // segments would be written again as zeros. The letters are public.
                try db.execute(sql: "PRAGMA secure_delete = OFF")
                // New files only (before WAL is on): fewer, larger pages make FTS5 writes cheaper.
                try db.execute(sql: "PRAGMA page_size = 16384")
            }
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw IndexError.cannotOpen(path, reason: error.message ?? "\(error)")
        }
        if !readOnly {
            try Schema.migrator.migrate(pool)
        } else {
            let applied = try pool.read { db in try Schema.migrator.hasCompletedMigrations(db) }
            if !applied { throw IndexError.outdatedSchema(path) }
        }
    }

    /// `fold(text)` in SQL: case and diacritics folded as the analyzer folds them.
    static let foldFunction = DatabaseFunction("fold", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return Folding.fold(text)
    }

    /// The analyzer version the index was built with, or nil for an empty index.
    public func analyzerVersion() throws -> String? {
        try pool.read { db in try Meta.value(for: .analyzerVersion, in: db) }
    }
}
