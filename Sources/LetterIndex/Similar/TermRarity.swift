import Foundation
import GRDB
import GRDBSQLite

/// How many letters hold each term of the full-text index (FTS5's own vocabulary, `fts5vocab`),
/// read once per index generation: a term's rarity is what makes it characteristic of a letter.
///
/// Terms held by a single letter are left out: they can make no two letters alike.
final class TermRarity: Sendable {
    /// Letters in the index.
    let letterCount: Int
    /// Letters per term, for terms in two letters or more.
    private let letters: [String: Int32]

    init(db: Database) throws {
        letterCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.letter_vocab USING fts5vocab(main, letter_ft, row)")
        let sql = "SELECT term, doc FROM temp.letter_vocab WHERE doc >= 2"
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var letters: [String: Int32] = [:]
        while true {
            let code = sqlite3_step(handle)
            guard code == SQLITE_ROW else {
                if code == SQLITE_DONE { break }
                throw DatabaseError.failedStep(code, sql: sql, in: db)
            }
            guard let text = sqlite3_column_text(handle, 0) else { continue }
            let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0)))
            letters[String(decoding: bytes, as: UTF8.self)] = Int32(clamping: sqlite3_column_int64(handle, 1))
        }
        self.letters = letters
    }

    /// Letters holding `term`; 1 for a term of one letter or none.
    func letters(holding term: String) -> Int {
        Int(letters[term] ?? 1)
    }

    /// BM25's inverse document frequency of a term in `count` letters: high for rare terms, near 0 for common ones.
    func inverseFrequency(letters count: Int) -> Double {
        let n = Double(max(letterCount, 1))
        let df = Double(min(max(count, 1), max(letterCount, 1)))
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }
}
