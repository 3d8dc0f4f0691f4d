import GRDB
import GRDBSQLite

/// Scores of letters for a ``ScoringPlan`` through `letter_rank`, with one
/// ``LetterRank/Session`` per call bound to the statement, so each phrase's IDF is counted once
/// however many letters are scored.
///
/// ```swift
/// let page = try LetterScorer(db: db).scores(of: [12, 40, 7], plan: ScoringPlan(text: "\"regering\""))
/// ```
struct LetterScorer {
    let db: Database

    /// bm25 scores (higher is better) of the given letters, best first (ties: higher rowid
    /// first); letters that do not match are left out. One lookup per letter: FTS5 answers
    /// `rowid = ?` directly, so a page costs a page's work however many letters match.
    func scores(of rowids: [Int64], plan: ScoringPlan) throws -> [(rowid: Int64, score: Double)] {
        try scores(of: rowids, plan: plan, session: plan.session())
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.rowid > $1.rowid }
    }

    private func scores(of rowids: [Int64], plan: ScoringPlan, session: LetterRank.Session) throws -> [(rowid: Int64, score: Double)] {
        let sql = "SELECT \(LetterRank.name)(letter_ft, ?) FROM letter_ft WHERE letter_ft MATCH ? AND rowid = ?"
        var result: [(rowid: Int64, score: Double)] = []
        for rowid in rowids {
            try forEachRow(sql, session: session, arguments: [plan.expression, rowid]) { handle in
                result.append((rowid, sqlite3_column_double(handle, 0)))
                return false
            }
        }
        return result
    }

    /// `rowids` in their order, each with its score (0 when the letter does not match).
    func scored(_ rowids: [Int64], plan: ScoringPlan) throws -> [(rowid: Int64, score: Double)] {
        let scores = Dictionary(try scores(of: rowids, plan: plan).map { ($0.rowid, $0.score) },
                                uniquingKeysWith: { first, _ in first })
        return rowids.map { ($0, scores[$0] ?? 0) }
    }

    /// Each letter's score taken apart (letters that do not match are left out).
    func explanations(of rowids: [Int64], plan: ScoringPlan) throws -> [Int64: ScoreExplanation] {
        let session = plan.session(explains: true)
        _ = try scores(of: rowids, plan: plan, session: session)
        var result: [Int64: ScoreExplanation] = [:]
        for (rowid, breakdown) in session.breakdowns {
            var parts: [ScoreExplanation.Part] = []
            for (index, part) in breakdown.parts.enumerated() where part.score > 0 && index < plan.phrases.count {
                let phrase = plan.phrases[index]
                parts.append(ScoreExplanation.Part(
                    word: phrase.word, phrase: phrase.text, role: phrase.role.rawValue, weight: part.weight,
                    inTitle: part.title, inText: part.text, score: part.score))
            }
            if plan.phrases.isEmpty {
                // Expert syntax: the phrases are SQLite's, numbered only.
                for (index, part) in breakdown.parts.enumerated() where part.score > 0 {
                    parts.append(ScoreExplanation.Part(
                        word: "#\(index + 1)", phrase: "#\(index + 1)", role: "word", weight: part.weight,
                        inTitle: part.title, inText: part.text, score: part.score))
                }
            }
            let words = plan.weighting.words.isEmpty ? Set(plan.phrases.compactMap(\.term)).count : plan.weighting.words.count
            result[rowid] = ScoreExplanation(
                parts: parts.sorted { $0.score > $1.score },
                wordsMatched: plan.weighting.words.isEmpty ? words : breakdown.matchedWords, words: words,
                coverage: breakdown.coverage,
                entities: plan.entities?.entities(named: breakdown.entityBits).map(\.label) ?? [],
                entityBoost: breakdown.entityFactor, score: breakdown.score)
        }
        return result
    }

    /// Every letter matching the plan's expression, best first (ties: higher rowid first), at most
    /// `limit`, handed to `body` until it returns false. `tokenCounts` (per rowid) spares a
    /// `letter_ft_docsize` lookup per letter.
    func forEachRanked(
        plan: ScoringPlan, tokenCounts: [Int32], limit: Int?, _ body: (Int64, Double) throws -> Bool
    ) throws {
        let sql = """
            SELECT rowid, \(LetterRank.name)(letter_ft, ?) AS score FROM letter_ft
            WHERE letter_ft MATCH ? ORDER BY score DESC, rowid DESC\(limit.map { " LIMIT \($0)" } ?? "")
            """
        try forEachRow(sql, session: plan.session(tokenCounts: tokenCounts), arguments: [plan.expression]) { handle in
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
