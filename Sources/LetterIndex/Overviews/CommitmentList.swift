import Foundation
import DutchText
import Entities
import GRDB

/// Lists the toezeggingen recognised in letters (entity mentions of kind `toezegging`) with who promised
/// (the letter's signing ministers), what (the sentence around the number), the letter and its dossier.
///
/// ```swift
/// var query = CommitmentQuery()
/// query.dossier = "32317"
/// try CommitmentList(database: database).commitments(query).results.first?.key   // "TZ202412-096"
/// ```
public struct CommitmentList: Sendable {
    /// The index.
    public let database: LetterDatabase

    /// A list over `database`.
    public init(database: LetterDatabase) {
        self.database = database
    }

    /// One toezegging in one letter as read, before filters; its text is found for the page only.
    private struct Found {
        var commitment: Commitment
        var letter: Int64
        var start: Int?
        var end: Int?
    }

    /// The commitments matching `query`, newest letter first.
    public func commitments(_ query: CommitmentQuery) throws(SearchError) -> CommitmentPage {
        guard (1...CommitmentQuery.maximumLimit).contains(query.limit) else {
            throw SearchError.badParameter("limit must be between 1 and \(CommitmentQuery.maximumLimit), not \(query.limit)")
        }
        guard (0...CommitmentQuery.maximumOffset).contains(query.offset) else {
            throw SearchError.badParameter("offset must be between 0 and \(CommitmentQuery.maximumOffset), not \(query.offset)")
        }
        var dateClauses = ""
        var arguments: [any DatabaseValueConvertible & Sendable] = []
        if let from = query.from, !from.isEmpty {
            guard let day = SearchFilters.day(from, end: false) else { throw SearchError.badDate(from, field: "from") }
            dateClauses += " AND l.date >= ?"
            arguments.append(day)
        }
        if let to = query.to, !to.isEmpty {
            guard let day = SearchFilters.day(to, end: true) else { throw SearchError.badDate(to, field: "to") }
            dateClauses += " AND l.date <= ?"
            arguments.append(day)
        }
        var dossier: DossierNumber?
        if let value = query.dossier, !value.isEmpty {
            guard let number = DossierNumber.parse(value) else {
                // As in the search: a value that names nothing matches nothing, and the notes say why.
                return CommitmentPage(total: 0, offset: query.offset, limit: query.limit, results: [], notes: [
                    "dossier: '\(value)' is geen dossiernummer (zoals 32317, 21501-20, 36600-VI); geen toezegging past bij dit filter",
                ])
            }
            dossier = number
        }
        let minister = query.minister.map { Folding.fold($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isEmpty ? nil : $0 }
        do {
            return try database.pool.read { db in
                let parties = try Self.parties(db: db)
                let rows = try GRDB.Row.fetchAll(db, sql: """
                    SELECT e.key, m.letter, l.id, l.title, l.date, l.kind, l.ingested_at, min(m.start) AS start, m.end
                    FROM mention m JOIN entity e ON e.id = m.entity JOIN letter l ON l.rowid = m.letter
                    WHERE e.kind = 'toezegging'\(dateClauses)
                    GROUP BY e.id, m.letter
                    """, arguments: StatementArguments(arguments)).map { row -> Found in
                        let letter: Int64 = row["letter"]
                        let key: String = row["key"]
                        let own = parties[letter] ?? Parties()
                        let commitment = Commitment(
                            key: key, letter: row["id"], title: row["title"], date: row["date"], kind: row["kind"],
                            indexed: row["ingested_at"], ministers: own.ministers.map(\.entity), dossiers: own.dossiers, text: "",
                            anchor: Commitment.anchor(key))
                        return Found(commitment: commitment, letter: letter, start: row["start"], end: row["end"])
                    }
                let matching = rows.filter { found in
                    let own = parties[found.letter] ?? Parties()
                    if let minister, !own.ministers.contains(where: { $0.matches(folded: minister) }) { return false }
                    if let dossier, !own.dossiers.contains(where: { $0.key == dossier.key || $0.key.hasPrefix(dossier.key + "-") }) {
                        return false
                    }
                    return true
                }.sorted { a, b in
                    let (x, y) = (a.commitment, b.commitment)
                    if x.date != y.date { return (x.date ?? "") > (y.date ?? "") }
                    if x.letter != y.letter { return x.letter < y.letter }
                    return x.key < y.key
                }
                let page = Array(matching.dropFirst(query.offset).prefix(query.limit))
                let texts = try Self.texts(of: Array(Set(page.map(\.letter))), db: db)
                // Per letter of the page, every toezegging number in its text (the footnoted ones are ranked among
                // themselves), and what each is about.
                var about: [Int64: [Range<Int>: String]] = [:]
                let byLetter = Dictionary(grouping: rows.filter { texts[$0.letter] != nil }, by: \.letter)
                for (letter, text) in texts {
                    let numbers = (byLetter[letter] ?? []).compactMap { found -> Range<Int>? in
                        guard let start = found.start, let end = found.end, start < end else { return nil }
                        return start..<end
                    }
                    about[letter] = Dictionary(zip(numbers, CommitmentSentence.texts(of: numbers, in: text)),
                                               uniquingKeysWith: { first, _ in first })
                }
                let results = page.map { found -> Commitment in
                    var commitment = found.commitment
                    if let start = found.start, let end = found.end, start < end {
                        commitment.text = about[found.letter]?[start..<end] ?? ""
                    }
                    return commitment
                }
                return CommitmentPage(total: matching.count, offset: query.offset, limit: query.limit, results: results, notes: [])
            }
        } catch let error as SearchError {
            throw error
        } catch {
            throw SearchError(code: "internal", message: "cannot list toezeggingen: \(error)")
        }
    }

    /// A signing minister: the entity and the name the signature gives.
    private struct Signer {
        var entity: NamedEntity
        var name: String?

        func matches(folded value: String) -> Bool {
            Folding.fold(entity.key).contains(value) || Folding.fold(entity.label).contains(value)
                || (name.map { Folding.fold($0).contains(value) } ?? false)
        }
    }

    /// A letter's own ministers and dossiers.
    private struct Parties {
        var ministers: [Signer] = []
        var dossiers: [NamedEntity] = []
    }

    /// The signing ministers and own dossiers of every letter naming a toezegging.
    private static func parties(db: Database) throws -> [Int64: Parties] {
        let rows = try GRDB.Row.fetchAll(db, sql: """
            SELECT m.letter, e.kind, e.key, e.label, max(m.name) AS name
            FROM mention m JOIN entity e ON e.id = m.entity
            WHERE m.is_primary = 1 AND e.kind IN ('minister', 'dossier') AND m.letter IN (
                SELECT t.letter FROM mention t JOIN entity te ON te.id = t.entity WHERE te.kind = 'toezegging')
            GROUP BY m.letter, e.id ORDER BY m.letter, min(m.rowid)
            """)
        var result: [Int64: Parties] = [:]
        for row in rows {
            let entity = NamedEntity(key: row["key"], label: row["label"])
            let letter: Int64 = row["letter"]
            if row["kind"] as String == "minister" {
                result[letter, default: Parties()].ministers.append(Signer(entity: entity, name: row["name"]))
            } else {
                result[letter, default: Parties()].dossiers.append(entity)
            }
        }
        return result
    }

    /// The texts of `letters` by rowid.
    private static func texts(of letters: [Int64], db: Database) throws -> [Int64: String] {
        guard !letters.isEmpty else { return [:] }
        var result: [Int64: String] = [:]
        for row in try GRDB.Row.fetchAll(db, sql: """
            SELECT rowid, text FROM letter WHERE rowid IN (\(letters.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(letters)) {
            result[row["rowid"]] = row["text"]
        }
        return result
    }
}
