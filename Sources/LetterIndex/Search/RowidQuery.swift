import GRDB
import GRDBSQLite

/// Rowid lists read straight from SQLite: a match set of 90,000 letters in half the time of a
/// generic fetch.
///
/// ```swift
/// let rowids = try RowidQuery.fetch(db, sql: "SELECT rowid FROM letter_ft WHERE letter_ft MATCH ?", arguments: ["de"])
/// ```
enum RowidQuery {
    /// The integers of the first column of every row `sql` returns.
    static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var rowids: [Int64] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_ROW {
                rowids.append(sqlite3_column_int64(handle, 0))
            } else if code == SQLITE_DONE {
                return rowids
            } else {
                throw DatabaseError.failedStep(code, sql: sql, in: db)
            }
        }
    }
}
