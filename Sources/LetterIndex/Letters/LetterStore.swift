import Foundation
import GRDB

/// A letter as `show` and `GET /letters/{id}` return it.
public struct LetterDetail: Sendable, Codable, Hashable {
    /// The letter id.
    public var id: String
    /// The title.
    public var title: String
    /// `yyyy-mm-dd` or nil.
    public var date: String?
    /// `brief`, `motie`, `kamervragen`, `other`.
    public var kind: String
    /// The file path relative to the corpus root.
    public var path: String
    /// The file format.
    public var format: String
    /// Where the letter was published, when known.
    public var sourceURL: String?
    /// The normalized text.
    public var text: String
    /// Page headers, footers and printer lines removed from the text.
    public var furniture: [String]
    /// The entities it names.
    public var entities: [EntityReference]
    /// Every mention with its byte range in `text`.
    public var mentions: [MentionDetail]

    enum CodingKeys: String, CodingKey {
        case id, title, date, kind, path, format, text, furniture, entities, mentions
        case sourceURL = "source_url"
    }
}

/// One mention in a letter.
public struct MentionDetail: Sendable, Codable, Hashable {
    /// Entity kind.
    public var kind: String
    /// Entity key.
    public var key: String
    /// Entity label.
    public var label: String
    /// UTF-8 byte offset in the text, nil for mentions in furniture.
    public var start: Int?
    /// UTF-8 byte offset just past the mention.
    public var end: Int?
    /// The text as written.
    public var surface: String
    /// The person's name with a role.
    public var name: String?
    /// The letter's own (signer, own dossier, date).
    public var primary: Bool
}

/// What the index holds in numbers.
public struct IndexStats: Sendable, Codable, Hashable {
    /// Letters.
    public var letters: Int
    /// Distinct terms in the full-text index.
    public var terms: Int
    /// Entities.
    public var entities: Int
    /// Mentions.
    public var mentions: Int
    /// The index file size in bytes (with its WAL).
    public var bytes: Int
    /// The analysis version the index was built with.
    public var analyzerVersion: String?
    /// The corpus folder of the last ingest.
    public var corpusRoot: String?
    /// When the last ingest finished.
    public var lastIngest: String?
    /// Letters per kind.
    public var kinds: [String: Int]

    enum CodingKeys: String, CodingKey {
        case letters, terms, entities, mentions, bytes, kinds
        case analyzerVersion = "analyzer_version"
        case corpusRoot = "corpus_root"
        case lastIngest = "last_ingest"
    }
}

/// Reads single letters and index statistics.
public struct LetterStore: Sendable {
    /// The index.
    public let database: LetterDatabase

    /// A store over `database`.
    public init(database: LetterDatabase) {
        self.database = database
    }

    /// The letter with this id, or nil.
    public func letter(id: String) throws -> LetterDetail? {
        try database.pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM letter WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let rowid: Int64 = row["rowid"]
            let mentions = try Row.fetchAll(db, sql: """
                SELECT e.kind, e.key, e.label, m.start, m.end, m.surface, m.name, m.is_primary
                FROM mention m JOIN entity e ON e.id = m.entity WHERE m.letter = ? ORDER BY m.start
                """, arguments: [rowid]).map {
                    MentionDetail(kind: $0["kind"], key: $0["key"], label: $0["label"], start: $0["start"], end: $0["end"],
                                  surface: $0["surface"], name: $0["name"], primary: $0["is_primary"])
                }
            let furniture: String = row["furniture"]
            return LetterDetail(
                id: row["id"], title: row["title"], date: row["date"], kind: row["kind"], path: row["path"],
                format: row["format"], sourceURL: row["source_url"], text: row["text"],
                furniture: furniture.isEmpty ? [] : furniture.components(separatedBy: "\n"),
                entities: try EntityReader.references(for: [rowid], db: db)[rowid] ?? [], mentions: mentions)
        }
    }

    /// The letter count and generation: cheap enough for every metrics scrape.
    public func state() throws -> (letters: Int, generation: String) {
        try database.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0, try Meta.value(for: .generation, in: db) ?? "")
        }
    }


    /// Numbers about the index.
    public func stats() throws -> IndexStats {
        let bytes = [database.path, database.path + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        return try database.pool.read { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.letter_vocab USING fts5vocab(main, letter_ft, row)")
            let kinds = try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM letter GROUP BY kind")
            return IndexStats(
                letters: try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0,
                terms: try Int.fetchOne(db, sql: "SELECT count(*) FROM temp.letter_vocab") ?? 0,
                entities: try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM mention") ?? 0,
                bytes: bytes,
                analyzerVersion: try Meta.value(for: .analyzerVersion, in: db),
                corpusRoot: try Meta.value(for: .corpusRoot, in: db),
                lastIngest: try Meta.value(for: .lastIngest, in: db),
                // Merged, not unique: SQLite groups by bytes, Swift compares canonically.
                kinds: Dictionary(kinds.map { ($0["kind"] as String, $0["n"] as Int) }, uniquingKeysWith: +))
        }
    }
}
