import Foundation
import GRDB

/// The entities of a letter that can tie it to others on the same subject, each with the letters
/// that name it too: the letter's own dossiers (letters of the same dossier), and its rarer
/// persons, organisations, countries, cited dossiers and toezeggingen.
///
/// Ministers, ministries and dates are left out: one minister signs letters on every subject of a
/// department, one date says nothing of a subject.
struct SharedEntities {
    /// One entity of the source letter with the letters naming it.
    struct Entity {
        let id: Int64
        let kind: String
        let key: String
        let label: String
        /// The source letter's own dossier.
        let own: Bool
        /// Letters naming it (its own dossier, for an own dossier), the source letter included.
        let letters: [Int64]
        /// Of those, the letters whose own dossier it is (own dossiers only).
        let ownLetters: Set<Int64>
    }

    /// The kinds that can tie letters together.
    static let kinds = ["dossier", "person", "organisation", "country", "toezegging"]
    /// An entity named by more letters than this (or by more than a twentieth of them) is no
    /// evidence of a shared subject: a country every letter names, a party leader in every debate.
    static let commonest = 150
    /// Letters of one own dossier read, at most (the largest budget dossiers hold hundreds).
    static let dossierLetters = 2_000

    let entities: [Entity]

    /// The entities of letter `rowid`.
    init(of rowid: Int64, letterCount: Int, db: Database) throws {
        let commonest = max(3, min(Self.commonest, letterCount / 20))
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.id, e.kind, e.key, e.label, max(m.is_primary) AS own FROM mention m JOIN entity e ON e.id = m.entity
            WHERE m.letter = ? AND e.kind IN (\(Self.kinds.map { "'\($0)'" }.joined(separator: ",")))
            GROUP BY e.id
            """, arguments: [rowid])
        var entities: [Entity] = []
        for row in rows {
            let id: Int64 = row["id"]
            let kind: String = row["kind"]
            let own = kind == "dossier" && (row["own"] as Int? ?? 0) != 0
            var ownLetters = Set<Int64>()
            let letters: [Int64]
            if own {
                let pairs = try Row.fetchAll(db, sql: """
                    SELECT letter, max(is_primary) FROM mention WHERE entity = ? GROUP BY letter LIMIT ?
                    """, arguments: [id, Self.dossierLetters])
                letters = pairs.map { $0[0] }
                for pair in pairs where (pair[1] as Int? ?? 0) != 0 { ownLetters.insert(pair[0]) }
            } else {
                letters = try RowidQuery.fetch(db, sql: "SELECT DISTINCT letter FROM mention WHERE entity = ? LIMIT ?",
                                               arguments: [id, commonest + 1])
                guard letters.count <= commonest else { continue }
            }
            entities.append(Entity(id: id, kind: kind, key: row["key"], label: row["label"], own: own, letters: letters,
                                   ownLetters: ownLetters))
        }
        self.entities = entities.sorted { ($0.own ? 0 : 1, $0.letters.count, $0.id) < ($1.own ? 0 : 1, $1.letters.count, $1.id) }
    }

    /// The weight of sharing an entity named by `count` letters out of `total`: 1 for a pair, less as it is more common.
    static func rarity(letters count: Int, of total: Int) -> Double {
        guard total > 2, count > 1 else { return 1 }
        return max(0, min(1, 1 - log(Double(count - 1)) / log(Double(total))))
    }
}
