import GRDB

/// The letters a search is about, each query run once: the letters the filters allow and, for
/// a text, the letters whose text matches, counted in the whole index and kept where the
/// filters allow them.
///
/// Filters are applied in memory to the FTS5 match set: `MATCH … AND rowid IN (subquery)` can
/// make SQLite run the full-text query once per allowed letter.
struct MatchSet {
    /// Letters that pass the filters, in the order SQLite gives them: read for a search with
    /// filters, or without a text (then every letter); nil for a text search without filters.
    let filtered: [Int64]?
    /// The filtered letters as a set, for a search with filters.
    private let allowed: Set<Int64>?
    /// For a text query: letters matching it in the whole index, before filters.
    private(set) var textMatches = 0
    /// For a text query: the letters matching it that pass the filters, ascending.
    private(set) var letters: [Int64] = []

    /// Reads the letters `filters` allow, then those matching `expression` (nil: no text).
    init(filters: SearchFilters, expression: String?, db: Database) throws {
        if filters.isEmpty, expression != nil {
            filtered = nil
        } else {
            filtered = try RowidQuery.fetch(
                db, sql: "SELECT l.rowid FROM letter l WHERE 1" + filters.sql, arguments: StatementArguments(filters.arguments))
        }
        allowed = filters.isEmpty ? nil : filtered.map(Set.init)
        if let expression {
            let match = try matching(expression, db: db)
            textMatches = match.all
            letters = match.passing
        }
    }

    /// Whether the request has filters.
    var hasFilters: Bool { allowed != nil }

    /// Per rowid below `rowidLimit`, whether the letter passes the filters; empty without filters.
    func passingMask(rowidLimit: Int) -> [Bool] {
        guard let filtered, allowed != nil else { return [] }
        var mask = [Bool](repeating: false, count: max(rowidLimit, 0))
        for rowid in filtered where rowid >= 0 && rowid < Int64(mask.count) { mask[Int(rowid)] = true }
        return mask
    }

    /// Whether a letter passes the filters (every letter does without filters).
    func allows(_ rowid: Int64) -> Bool {
        allowed?.contains(rowid) ?? true
    }

    /// Letters matching an FTS5 expression: how many in the whole index, and those that pass
    /// the filters.
    func matching(_ expression: String, db: Database) throws -> (all: Int, passing: [Int64]) {
        let all = try RowidQuery.fetch(db, sql: "SELECT rowid FROM letter_ft WHERE letter_ft MATCH ?", arguments: [expression])
        guard let allowed else { return (all.count, all) }
        return (all.count, all.filter { allowed.contains($0) })
    }
}
