import GRDB
import GRDBSQLite

extension DatabaseError {
    /// The error for a failed `sqlite3_step` on a statement run by hand (bound or read raw).
    static func failedStep(_ code: Int32, sql: String, in db: Database) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }
}
