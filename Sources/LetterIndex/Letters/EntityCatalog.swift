import Foundation
import GRDB

/// An entity with the number of letters that name it.
public struct EntitySummary: Sendable, Codable, Hashable {
    /// `country`, `minister`, `dossier`, `person`, `organisation`, `ministry`, `toezegging`, `date`.
    public var kind: String
    /// ISO code, normalized role, dossier number…
    public var key: String
    /// How it is shown.
    public var label: String
    /// Letters that name it.
    public var letters: Int
}

/// A letter as entity pages list it.
public struct LetterSummary: Sendable, Codable, Hashable {
    /// The letter id.
    public var id: String
    /// The title.
    public var title: String
    /// `yyyy-mm-dd` or nil (`null` in JSON).
    @ExplicitNull public var date: String?
    /// The kind.
    public var kind: String
    /// Whether the entity is the letter's own (signer, own dossier).
    public var primary: Bool
}

/// One entity with its letters (newest first) and letter counts per year.
public struct EntityDetail: Sendable, Codable, Hashable {
    /// The entity.
    public var entity: EntitySummary
    /// Letters per year (`yyyy` → count), undated letters left out.
    public var years: [String: Int]
    /// Its letters, newest first, up to the requested limit.
    public var results: [LetterSummary]
}

/// Lists entities with letter counts and shows one entity's letters.
///
/// ```swift
/// let catalog = EntityCatalog(database: database)
/// try catalog.entities(kind: "country").first   // NL, 12,000 letters
/// try catalog.entity(kind: "dossier", key: "32317")
/// ```
public struct EntityCatalog: Sendable {
    /// The index.
    public let database: LetterDatabase

    /// The kinds an entity can have.
    public static let kinds = ["country", "minister", "ministry", "person", "dossier", "toezegging", "organisation", "date"]

    /// A catalog over `database`.
    public init(database: LetterDatabase) {
        self.database = database
    }

    /// Entities of a kind (or all kinds), most letters first.
    public func entities(kind: String?, limit: Int = 100, offset: Int = 0) throws(SearchError) -> [EntitySummary] {
        if let kind, !Self.kinds.contains(kind) {
            throw SearchError(code: "bad_parameter", message: "kind must be one of \(Self.kinds.joined(separator: ", ")), not '\(kind)'")
        }
        guard (1...1000).contains(limit), (0...100_000).contains(offset) else {
            throw SearchError(code: "bad_parameter", message: "limit must be 1–1000 and offset 0–100000")
        }
        do {
            return try database.pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT e.kind, e.key, e.label, count(DISTINCT m.letter) AS letters
                    FROM entity e JOIN mention m ON m.entity = e.id
                    \(kind == nil ? "" : "WHERE e.kind = ?")
                    GROUP BY e.id ORDER BY letters DESC, e.kind, e.key LIMIT ? OFFSET ?
                    """, arguments: StatementArguments((kind.map { [$0] } ?? []) + [limit, offset] as [any DatabaseValueConvertible]))
                    .map { EntitySummary(kind: $0["kind"], key: $0["key"], label: $0["label"], letters: $0["letters"]) }
            }
        } catch {
            throw SearchError(code: "internal", message: "cannot list entities: \(error)")
        }
    }

    /// One entity with its letters; nil when the index has no such entity.
    public func entity(kind: String, key: String, limit: Int = 100, offset: Int = 0) throws(SearchError) -> EntityDetail? {
        guard Self.kinds.contains(kind) else {
            throw SearchError(code: "bad_parameter", message: "kind must be one of \(Self.kinds.joined(separator: ", ")), not '\(kind)'")
        }
        guard (1...1000).contains(limit), (0...100_000).contains(offset) else {
            throw SearchError(code: "bad_parameter", message: "limit must be 1–1000 and offset 0–100000")
        }
        do {
            return try database.pool.read { db -> EntityDetail? in
                guard let row = try Row.fetchOne(db, sql: "SELECT id, label FROM entity WHERE kind = ? AND key = ?",
                                                 arguments: [kind, key]) else { return nil }
                let id: Int64 = row["id"]
                let letters = try Row.fetchAll(db, sql: """
                    SELECT l.id, l.title, l.date, l.kind, max(m.is_primary) AS is_primary
                    FROM mention m JOIN letter l ON l.rowid = m.letter WHERE m.entity = ?
                    GROUP BY l.rowid ORDER BY l.date DESC NULLS LAST, l.rowid DESC LIMIT ? OFFSET ?
                    """, arguments: [id, limit, offset]).map {
                        LetterSummary(id: $0["id"], title: $0["title"], date: $0["date"], kind: $0["kind"], primary: $0["is_primary"])
                    }
                let years = try Row.fetchAll(db, sql: """
                    SELECT substr(l.date, 1, 4) AS year, count(DISTINCT l.rowid) AS n
                    FROM mention m JOIN letter l ON l.rowid = m.letter
                    WHERE m.entity = ? AND l.date IS NOT NULL GROUP BY year
                    """, arguments: [id])
                let total = try Int.fetchOne(db, sql: "SELECT count(DISTINCT letter) FROM mention WHERE entity = ?",
                                             arguments: [id]) ?? 0
                return EntityDetail(
                    entity: EntitySummary(kind: kind, key: key, label: row["label"], letters: total),
                    // Merged, not unique: SQLite groups by bytes, Swift compares canonically (U+212B, U+00C5).
                    years: Dictionary(years.map { ($0["year"] as String, $0["n"] as Int) }, uniquingKeysWith: +),
                    results: letters)
            }
        } catch {
            throw SearchError(code: "internal", message: "cannot read entity: \(error)")
        }
    }
}
