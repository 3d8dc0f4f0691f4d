import Entities
import GRDB

/// Reads the entities of letters for results and letter pages.
enum EntityReader {
    /// Kinds listed with each result, in this order.
    static let listedKinds: [EntityKind] = [.country, .minister, .dossier, .person, .organisation, .toezegging, .ministry]

    /// Entities per letter rowid, most mentioned first within each kind.
    static func references(for rowids: [Int64], db: Database) throws -> [Int64: [EntityReference]] {
        guard !rowids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.letter, e.kind, e.key, e.label, count(*) AS n, max(m.is_primary) AS is_primary
            FROM mention m JOIN entity e ON e.id = m.entity
            WHERE m.letter IN (\(rowids.map { _ in "?" }.joined(separator: ","))) AND e.kind != 'date'
            GROUP BY m.letter, e.id
            """, arguments: StatementArguments(rowids))
        var result: [Int64: [EntityReference]] = [:]
        for row in rows {
            let reference = EntityReference(
                kind: row["kind"], key: row["key"], label: row["label"], count: row["n"], primary: row["is_primary"])
            result[row["letter"], default: []].append(reference)
        }
        for (letter, references) in result {
            result[letter] = references.sorted {
                let a = EntityKind(rawValue: $0.kind).flatMap(listedKinds.firstIndex(of:)) ?? 99
                let b = EntityKind(rawValue: $1.kind).flatMap(listedKinds.firstIndex(of:)) ?? 99
                if a != b { return a < b }
                if $0.primary != $1.primary { return $0.primary }
                if $0.count != $1.count { return $0.count > $1.count }
                return $0.key < $1.key
            }
        }
        return result
    }

    /// The first mention (byte range in the text) of a filtered entity kind, per letter.
    static func firstFilteredMentions(for rowids: [Int64], kinds: [EntityKind], db: Database) throws -> [Int64: Range<Int>] {
        guard !rowids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.letter, min(m.start) AS start, m.end FROM mention m JOIN entity e ON e.id = m.entity
            WHERE m.letter IN (\(rowids.map { _ in "?" }.joined(separator: ","))) AND m.start IS NOT NULL
              AND e.kind IN (\(kinds.map { _ in "?" }.joined(separator: ",")))
            GROUP BY m.letter
            """, arguments: StatementArguments(rowids.map { $0 as any DatabaseValueConvertible } + kinds.map { $0.rawValue as any DatabaseValueConvertible }))
        var result: [Int64: Range<Int>] = [:]
        for row in rows {
            // `end` may be NULL (only `start` is filtered on): optional, never a decoding trap.
            guard let start: Int = row["start"], let end: Int = row["end"] else { continue }
            if end > start { result[row["letter"]] = start..<end }
        }
        return result
    }
}
