import GRDB

/// The `meta` table: schema and analyzer versions, corpus root, last ingest.
enum Meta {
    enum Key: String {
        case analyzerVersion = "analyzer_version"
        case corpusRoot = "corpus_root"
        case lastIngest = "last_ingest"
        /// Changes with every ingest that changed letters; caches built from the index key on it.
        case generation = "generation"
        /// Where `kamerzoek sync` resumes the Tweede Kamer's feed (JSON, owned by LetterSync).
        case syncState = "sync_state"
    }

    static func value(for key: Key, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key.rawValue])
    }

    static func set(_ value: String, for key: Key, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key.rawValue, value])
    }
}
