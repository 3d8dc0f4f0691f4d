import Entities
import Foundation
import GRDB

/// Writes letters and their mentions with cached statements and an in-memory entity id cache.
struct LetterWriter {
    private var entityIDs: [EntityKey: Int64] = [:]
    private let ingestedAt = ISO8601DateFormatter().string(from: Date())

    private struct EntityKey: Hashable {
        var kind: String
        var key: String
    }

    mutating func write(_ record: LetterRecord, replacing: Bool, in db: Database) throws {
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM letter WHERE id = ?").execute(arguments: [record.file.id])
        }
        if let tokens = record.titleTokens { PreparedTokens.shared.register(tokens) }
        if let tokens = record.textTokens { PreparedTokens.shared.register(tokens) }
        defer { PreparedTokens.shared.removeAll() }
        try db.cachedStatement(sql: """
            INSERT INTO letter (id, path, format, sha256, kind, title, date, text, furniture, source_url, bytes, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                record.file.id, record.file.relativePath, record.file.format, record.sha256, record.kind,
                record.title, record.date, record.text, record.furniture, record.sourceURL, record.bytes, ingestedAt,
            ])
        let letter = db.lastInsertedRowID
        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO mention (letter, entity, start, end, surface, name, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in record.mentions {
            let entity = try entityID(for: mention, in: db)
            try insertMention.execute(arguments: [
                letter, entity, mention.start, mention.end, mention.surface, mention.name, mention.primary,
            ])
        }
    }

    private mutating func entityID(for mention: Mention, in db: Database) throws -> Int64 {
        let key = EntityKey(kind: mention.kind.rawValue, key: mention.key)
        if let id = entityIDs[key] { return id }
        let id = try Int64.fetchOne(
            db.cachedStatement(sql: """
                INSERT INTO entity (kind, key, label) VALUES (?, ?, ?)
                ON CONFLICT(kind, key) DO UPDATE SET label = label RETURNING id
                """),
            arguments: [key.kind, key.key, mention.label])!
        entityIDs[key] = id
        return id
    }
}
