import GRDB
import GRDBSQLite

/// A term's occurrences per letter, read from FTS5's own postings through an `fts5vocab`
/// instance table: the exact stored term (a stem or a compound part), which a MATCH could not
/// name, since the tokenizer would stem it again.
enum TermPostings {
    /// The instance table on this connection (temp tables are per connection).
    static func prepare(_ db: Database) throws {
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.letter_instances USING fts5vocab(main, letter_ft, instance)")
    }

    /// Calls `visit` once per letter holding `term`, in rowid order, with its occurrences in the
    /// title and in the text. Call ``prepare(_:)`` on the connection first.
    static func forEachLetter(
        holding term: String, db: Database, _ visit: (_ rowid: Int64, _ title: Int, _ text: Int) -> Void
    ) throws {
        let sql = "SELECT doc, col = 'title' FROM temp.letter_instances WHERE term = ?"
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments([term])
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var current: Int64 = -1
        var title = 0
        var text = 0
        while true {
            let code = sqlite3_step(handle)
            guard code == SQLITE_ROW else {
                if code == SQLITE_DONE { break }
                throw DatabaseError.failedStep(code, sql: sql, in: db)
            }
            let rowid = sqlite3_column_int64(handle, 0)
            if rowid != current {
                if current >= 0 { visit(current, title, text) }
                current = rowid
                title = 0
                text = 0
            }
            if sqlite3_column_int(handle, 1) != 0 { title += 1 } else { text += 1 }
        }
        if current >= 0 { visit(current, title, text) }
    }
}
