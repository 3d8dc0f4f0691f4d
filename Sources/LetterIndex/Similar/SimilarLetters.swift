import DutchText
import Foundation
import GRDB

/// Finds the letters about the same subject as a letter: those sharing its characteristic terms
/// (its words weighted by tf·idf, scored by BM25 over FTS5's postings), its own dossier, and its
/// rarer entities — each result with the reasons.
///
/// ```swift
/// let similar = SimilarLetters(database: try LetterDatabase(path: path, readOnly: true))
/// let response = try similar.similar(to: "tk-moties/kst-34104-439", limit: 5)
/// ```
public struct SimilarLetters: Sendable {
    /// The index.
    public let database: LetterDatabase
    private let analyzers = AnalyzerPool()
    private let models = GenerationCache<SimilarityModel>()
    /// The letters' lengths come from the facet index, shared with a search when made with one.
    private let facetIndexes: FacetIndexCache

    /// Letters listed when no limit is asked.
    public static let defaultLimit = 10
    /// The most letters one request lists.
    public static let maximumLimit = 50
    /// Postings rows (term occurrences) one request reads, at most: what bounds its time.
    static let postingsBudget = 40_000
    /// Shared words listed per letter, at most.
    static let listedTerms = 6
    /// Shared entities listed per letter, at most.
    static let listedEntities = 5

    /// Similar letters over `database`.
    public init(database: LetterDatabase) {
        self.database = database
        facetIndexes = FacetIndexCache()
    }

    /// Similar letters over the index of `search`, sharing its facet index (built once, not twice).
    public init(sharingWith search: LetterSearch) {
        database = search.database
        facetIndexes = search.facetIndexes
    }

    /// Reads the term rarities and letter lengths of the index as it is now, so the first request
    /// does not pay for them. The server runs it in the background when it starts.
    public func prepare() throws {
        try database.pool.read { db in _ = try model(db: db) }
    }

    /// The `limit` letters most like letter `id`, most similar first; nil when no letter has that id.
    public func similar(to id: String, limit: Int = defaultLimit) throws(SearchError) -> SimilarLettersResponse? {
        guard (1...Self.maximumLimit).contains(limit) else {
            throw SearchError.badParameter("limit must be between 1 and \(Self.maximumLimit), not \(limit)")
        }
        do {
            return try database.pool.read { db in try similar(to: id, limit: limit, db: db) }
        } catch let error as DatabaseError {
            throw SearchError(code: "internal", message: "similar letters failed: \(error.message ?? "\(error)")")
        } catch {
            throw SearchError(code: "internal", message: "similar letters failed: \(error)")
        }
    }

    private func similar(to id: String, limit: Int, db: Database) throws -> SimilarLettersResponse? {
        // SQLite would read a NUL as the end of the id; no id holds one.
        guard !id.contains("\u{0}") else { return nil }
        guard let letter = try Row.fetchOne(db, sql: "SELECT rowid, title, text FROM letter WHERE id = ?", arguments: [id]) else {
            return nil
        }
        let rowid: Int64 = letter["rowid"]
        let model = try model(db: db)
        let names = try Row.fetchAll(db, sql: """
            SELECT m.start, m.end FROM mention m JOIN entity e ON e.id = m.entity
            WHERE m.letter = ? AND e.kind IN ('person', 'date', 'dossier') AND m.start IS NOT NULL AND m.end > m.start
            """, arguments: [rowid]).compactMap { row -> Range<Int>? in
                guard let start: Int = row[0], let end: Int = row[1], start < end else { return nil }
                return start..<end
            }
        let characteristic = analyzers.with { analyzer in
            CharacteristicTerms(title: letter["title"], text: letter["text"], names: names, rarity: model.rarity, analyzer: analyzer)
        }
        var scores = SimilarityScores(source: rowid, model: model)
        try TermPostings.prepare(db)
        var budget = Self.postingsBudget
        for (index, term) in characteristic.terms.enumerated() {
            // The weightiest terms are read first; a common one that would overrun the budget is left out.
            let rows = model.rarity.occurrences(of: term.token)
            guard rows <= budget else { continue }
            budget -= rows
            // The letter's own length as the index counts it, as for every other letter.
            try scores.addTerm(index, term, sourceLength: model.length(of: rowid)) { visit in
                try TermPostings.forEachLetter(holding: term.token, db: db, visit)
            }
        }
        let entities = try SharedEntities(of: rowid, letterCount: model.rarity.letterCount, db: db)
        scores.addEntities(entities)
        let best = scores.best(limit)
        let letters = try Self.titles(of: best.map(\.rowid), db: db)
        let results = best.compactMap { rowid, score -> SimilarLetter? in
            guard let letter = letters[rowid] else { return nil }
            return SimilarLetter(
                id: letter.id, title: letter.title, date: letter.date, score: (score * 1000).rounded() / 1000,
                reasons: Self.reasons(rowid, scores: scores, terms: characteristic.terms, entities: entities))
        }
        return SimilarLettersResponse(id: id, results: results)
    }

    /// The model of the index's current generation, built when new.
    private func model(db: Database) throws -> SimilarityModel {
        let generation = try Meta.value(for: .generation, in: db) ?? ""
        return try models.value(for: generation) {
            try SimilarityModel(db: db, facetIndex: try facetIndexes.index(db: db, generation: generation))
        }
    }

    /// Why letter `rowid` is similar: its dossier in common, the shared words, the shared entities.
    private static func reasons(
        _ rowid: Int64, scores: SimilarityScores, terms: [CharacteristicTerms.Term], entities: SharedEntities
    ) -> SimilarityReasons {
        var reasons = SimilarityReasons()
        for index in scores.sharedEntities[rowid] ?? [] where index >= 0 && index < entities.entities.count {
            let entity = entities.entities[index]
            let letters = entity.own ? entity.ownLetters.count : entity.letters.count
            let shared = EntitySummary(kind: entity.kind, key: entity.key, label: entity.label, letters: letters)
            if entity.own && entity.ownLetters.contains(rowid) {
                reasons.dossiers.append(shared)
            } else if reasons.entities.count < listedEntities {
                reasons.entities.append(shared)
            }
        }
        // A word already named as a shared entity (a member's name) is not listed twice.
        var words = Set((reasons.dossiers + reasons.entities).map { $0.label.lowercased() })
        for index in scores.sharedTerms(of: rowid) where index < terms.count && reasons.terms.count < listedTerms {
            let word = terms[index].word
            if words.insert(word.lowercased()).inserted { reasons.terms.append(word) }
        }
        return reasons
    }

    /// Id, title and date of each rowid.
    private static func titles(of rowids: [Int64], db: Database) throws -> [Int64: (id: String, title: String, date: String?)] {
        guard !rowids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT rowid, id, title, date FROM letter WHERE rowid IN (\(rowids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(rowids))
        var result: [Int64: (id: String, title: String, date: String?)] = [:]
        for row in rows { result[row["rowid"]] = (row["id"], row["title"], row["date"]) }
        return result
    }
}
