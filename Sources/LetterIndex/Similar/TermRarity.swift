import Foundation
import GRDB
import GRDBSQLite

/// How many letters hold each term of the full-text index (FTS5's own vocabulary, `fts5vocab`),
/// read once per index generation: a term's rarity is what makes it characteristic of a letter.
///
/// Terms held by a single letter are left out: they can make no two letters alike.
///
/// With the letters, the occurrences: a word of a subject comes back within the letters that use
/// it ("jeugdzorg": 2.2 times a letter), a word of a genre is written once and done with
/// ("griffie", "kennisneming": 1.1–1.3), however rare it is.
final class TermRarity: Sendable {
    /// Letters in the index.
    let letterCount: Int
    /// Letters and occurrences per term, for terms in two letters or more.
    private let counts: [String: (letters: Int32, occurrences: Int32)]

    init(db: Database) throws {
        letterCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.letter_vocab USING fts5vocab(main, letter_ft, row)")
        let sql = "SELECT term, doc, cnt FROM temp.letter_vocab WHERE doc >= 2"
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var counts: [String: (letters: Int32, occurrences: Int32)] = [:]
        while true {
            let code = sqlite3_step(handle)
            guard code == SQLITE_ROW else {
                if code == SQLITE_DONE { break }
                throw DatabaseError.failedStep(code, sql: sql, in: db)
            }
            guard let text = sqlite3_column_text(handle, 0) else { continue }
            let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0)))
            counts[String(decoding: bytes, as: UTF8.self)] = (
                Int32(clamping: sqlite3_column_int64(handle, 1)), Int32(clamping: sqlite3_column_int64(handle, 2)))
        }
        self.counts = counts
    }

    /// Letters holding `term`; 1 for a term of one letter or none.
    func letters(holding term: String) -> Int {
        Int(counts[term]?.letters ?? 1)
    }

    /// Occurrences of `term` in all letters: the rows its postings read.
    func occurrences(of term: String) -> Int {
        Int(counts[term]?.occurrences ?? 1)
    }

    /// How much `term` is a word of a subject rather than of a genre, from 0.15 to 1: its
    /// occurrences per letter holding it, one repeat or more counting fully. Trusted as the term
    /// is common; a term of a handful of letters is characteristic by its rarity alone.
    func topicality(of term: String) -> Double {
        guard let count = counts[term], count.letters > 1 else { return 1 }
        let letters = Double(count.letters)
        let repeats = min(1, max(0, Double(count.occurrences) / letters - 1))
        let trust = min(1, log(letters) / log(Self.trustedLetters))
        return max(0.15, 1 - trust * (1 - repeats))
    }

    /// From this many letters on, a term's occurrences per letter are fully trusted.
    static let trustedLetters = 200.0

    /// BM25's inverse document frequency of a term in `count` letters: high for rare terms, near 0 for common ones.
    func inverseFrequency(letters count: Int) -> Double {
        let n = Double(max(letterCount, 1))
        let df = Double(min(max(count, 1), max(letterCount, 1)))
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }
}
