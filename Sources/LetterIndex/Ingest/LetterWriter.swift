import Entities
import Foundation
import GRDB
import GRDBSQLite

/// Writes letters and their mentions with cached statements and an in-memory entity id cache.
struct LetterWriter {
    /// Entity ids by kind and key: the index's, read at the first mention, then the new ones.
    private var entityIDs: [EntityKind: [String: Int64]] = [:]
    private var entitiesLoaded = false
    private let ingestedAt = ISO8601DateFormatter().string(from: Date())

    mutating func write(_ record: LetterRecord, replacing: Bool, in db: Database) throws {
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM letter WHERE id = ?").execute(arguments: [record.file.id])
        }
        // Hand-off to the tokenizer: the `letter_ft` insert below makes SQLite call the `dutch`
        // tokenizer (`DutchTokenizer.tokenize`) with these very bytes, and it replays the
        // streams the workers analyzed instead of analysing the texts again (`PreparedTokens`).
        if let tokens = record.titleTokens { PreparedTokens.shared.register(tokens, for: record.title) }
        if let tokens = record.textTokens { PreparedTokens.shared.register(tokens, for: record.text) }
        defer { PreparedTokens.shared.removeAll() }
        let insertLetter = try db.cachedStatement(sql: """
            INSERT INTO letter (id, path, format, sha256, kind, title, date, text, furniture, source_url, bytes, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // Its own statement, not a trigger: see the v2 migration in `Schema`.
        let insertText = try db.cachedStatement(sql: "INSERT INTO letter_ft (rowid, title, text) VALUES (?, ?, ?)")
        // Bound straight on the SQLite statements, as the mentions below; the long texts without
        // a copy (SQLITE_STATIC), their bytes held until both statements ran.
        // `step` resets each statement after it runs: binding needs no reset first.
        let letter = try Self.withBytes(of: record.title) { title in
            try Self.withBytes(of: record.text) { text in
                try Self.withBytes(of: record.furniture) { furniture in
                    let handle = insertLetter.sqliteStatement
                    Self.bind(record.file.id, at: 1, in: handle)
                    Self.bind(record.file.relativePath, at: 2, in: handle)
                    Self.bind(record.file.format, at: 3, in: handle)
                    Self.bind(record.sha256, at: 4, in: handle)
                    Self.bind(record.kind, at: 5, in: handle)
                    Self.bindStatic(title, at: 6, in: handle)
                    Self.bind(record.date, at: 7, in: handle)
                    Self.bindStatic(text, at: 8, in: handle)
                    Self.bindStatic(furniture, at: 9, in: handle)
                    Self.bind(record.sourceURL, at: 10, in: handle)
                    Self.bind(record.bytes, at: 11, in: handle)
                    Self.bind(ingestedAt, at: 12, in: handle)
                    try Self.step(handle, of: insertLetter, in: db)
                    let letter = sqlite3_last_insert_rowid(db.sqliteConnection)
                    let textHandle = insertText.sqliteStatement
                    sqlite3_bind_int64(textHandle, 1, letter)
                    Self.bindStatic(title, at: 2, in: textHandle)
                    Self.bindStatic(text, at: 3, in: textHandle)
                    try Self.step(textHandle, of: insertText, in: db)
                    return letter
                }
            }
        }
        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO mention (letter, entity, start, end, surface, name, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        // Bound straight on the SQLite statement: a corpus has ten mentions a letter, and
        // generic argument arrays cost more than the insert itself.
        let handle = insertMention.sqliteStatement
        for mention in record.mentions {
            let entity = try entityID(for: mention, in: db)
            sqlite3_bind_int64(handle, 1, letter)
            sqlite3_bind_int64(handle, 2, entity)
            Self.bind(mention.start, at: 3, in: handle)
            Self.bind(mention.end, at: 4, in: handle)
            Self.bind(mention.surface, at: 5, in: handle)
            Self.bind(mention.name, at: 6, in: handle)
            sqlite3_bind_int64(handle, 7, mention.primary ? 1 : 0)
            try Self.step(handle, of: insertMention, in: db)
        }
    }

    /// Runs a bound insert, resets it and clears its bindings, so it holds no text, no pointer
    /// into a Swift string and no lock between letters.
    private static func step(_ handle: OpaquePointer, of statement: Statement, in db: Database) throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else { throw DatabaseError.failedStep(code, sql: statement.sql, in: db) }
    }

    private static func bind(_ value: Int?, at index: Int32, in handle: OpaquePointer) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    private static func bind(_ value: String?, at index: Int32, in handle: OpaquePointer) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress {
                    sqlite3_bind_text(handle, index, base, Int32(chars.count), transient)
                } else {
                    sqlite3_bind_text(handle, index, "", 0, transient)
                }
            }
        }
    }

    /// Binds bytes SQLite reads in place: they must stay valid until the statement has run.
    private static func bindStatic(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32, in handle: OpaquePointer) {
        _ = bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress, !chars.isEmpty {
                sqlite3_bind_text(handle, index, base, Int32(chars.count), nil)
            } else {
                sqlite3_bind_text(handle, index, "", 0, transient)
            }
        }
    }

    /// The UTF-8 bytes of `string`, for the time of `body`.
    private static func withBytes<Result>(
        of string: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        var string = string
        return try string.withUTF8(body)
    }

    /// SQLite copies the bytes before the call returns (computed: a stored static is read
    /// through a lazy initializer check, on every bind).
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }

    private mutating func entityID(for mention: Mention, in db: Database) throws -> Int64 {
        if !entitiesLoaded {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, kind, key FROM entity")
            while let row = try rows.next() {
                if let kind = EntityKind(rawValue: row[1]) { entityIDs[kind, default: [:]][row[2]] = row[0] }
            }
            entitiesLoaded = true
        }
        if let id = entityIDs[mention.kind]?[mention.key] { return id }
        // New to the index: no other writer runs (`IndexLock`), so a plain insert. Not an upsert:
        // SQLite opens a statement journal for it, and every statement journal makes FTS5 write
        // its pending postings out as a new segment (21,000 tiny segments per corpus, merged again
        // and again).
        // Bound straight on the statement, as the mentions: GRDB's argument arrays took three
        // times as long as the insert (21,000 entities in the shared corpus).
        let insertEntity = try db.cachedStatement(sql: "INSERT INTO entity (kind, key, label) VALUES (?, ?, ?)")
        let handle = insertEntity.sqliteStatement
        Self.bind(mention.kind.rawValue, at: 1, in: handle)
        Self.bind(mention.key, at: 2, in: handle)
        Self.bind(mention.label, at: 3, in: handle)
        try Self.step(handle, of: insertEntity, in: db)
        let id = sqlite3_last_insert_rowid(db.sqliteConnection)
        entityIDs[mention.kind, default: [:]][mention.key] = id
        return id
    }
}
