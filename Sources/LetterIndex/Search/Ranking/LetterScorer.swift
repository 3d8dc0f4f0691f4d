import GRDB
import GRDBSQLite

/// bm25 scores of letters for an FTS5 expression through `letter_rank`, with one
/// ``LetterRank/Session`` per call bound to the statement, so each phrase's IDF is counted once
/// however many letters are scored.
///
/// ```swift
/// let page = try LetterScorer(db: db).scores(of: [12, 40, 7], expression: "\"regering\"")
/// ```
struct LetterScorer {
    let db: Database

    /// bm25 scores (higher is better) of the given letters, best first (ties: higher rowid
    /// first); letters that do not match are left out. One lookup per letter: FTS5 answers
    /// `rowid = ?` directly, so a page costs a page's work however many letters match.
    func scores(of rowids: [Int64], expression: String) throws -> [(rowid: Int64, score: Double)] {
        let session = LetterRank.Session()
        let sql = "SELECT \(LetterRank.name)(letter_ft, ?) FROM letter_ft WHERE letter_ft MATCH ? AND rowid = ?"
        var result: [(rowid: Int64, score: Double)] = []
        for rowid in rowids {
            try forEachRow(sql, session: session, arguments: [expression, rowid]) { handle in
                result.append((rowid, sqlite3_column_double(handle, 0)))
                return false
            }
        }
        return result.sorted { $0.score != $1.score ? $0.score > $1.score : $0.rowid > $1.rowid }
    }

    /// `rowids` in their order, each with its score (0 when the letter does not match).
    func scored(_ rowids: [Int64], expression: String) throws -> [(rowid: Int64, score: Double)] {
        let scores = Dictionary(try scores(of: rowids, expression: expression).map { ($0.rowid, $0.score) },
                                uniquingKeysWith: { first, _ in first })
        return rowids.map { ($0, scores[$0] ?? 0) }
    }

    /// Every letter matching `expression`, best first (ties: higher rowid first), at most
    /// `limit`, handed to `body` until it returns false. `tokenCounts` (per rowid) spares a
    /// `letter_ft_docsize` lookup per letter.
    func forEachRanked(
        expression: String, tokenCounts: [Int32], limit: Int?, _ body: (Int64, Double) throws -> Bool
    ) throws {
        let sql = """
            SELECT rowid, \(LetterRank.name)(letter_ft, ?) AS score FROM letter_ft
            WHERE letter_ft MATCH ? ORDER BY score DESC, rowid DESC\(limit.map { " LIMIT \($0)" } ?? "")
            """
        try forEachRow(sql, session: LetterRank.Session(tokenCounts: tokenCounts), arguments: [expression]) { handle in
            try body(sqlite3_column_int64(handle, 0), sqlite3_column_double(handle, 1))
        }
    }

    /// Steps `sql` (whose first parameter is the session) with the session bound, until
    /// `row` returns false or the rows end.
    private func forEachRow(
        _ sql: String, session: LetterRank.Session, arguments: [any DatabaseValueConvertible],
        _ row: (OpaquePointer) throws -> Bool
    ) throws {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(StatementArguments([nil] as [(any DatabaseValueConvertible)?] + arguments.map { $0 }))
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        try withExtendedLifetime(session) {
            let pointer = Unmanaged.passUnretained(session).toOpaque()
            let code = sqlite3_bind_pointer(handle, 1, pointer, LetterRank.sessionPointerType, nil)
            guard code == SQLITE_OK else { throw DatabaseError.failedStep(code, sql: sql, in: db) }
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_ROW {
                    if try !row(handle) { return }
                } else if code == SQLITE_DONE {
                    return
                } else {
                    throw DatabaseError.failedStep(code, sql: sql, in: db)
                }
            }
        }
    }
}
