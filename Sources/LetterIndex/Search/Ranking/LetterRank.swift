import Foundation
import GRDB
import GRDBSQLite

/// `letter_rank(letter_ft[, session])`: FTS5's bm25 (k1 1.2, b 0.75, title weight 10, text 1),
/// higher is better. Registered on every connection by ``LetterDatabase``.
///
/// FTS5's own `bm25()` counts the letters holding each phrase at the start of every statement,
/// a pass over the whole doclist: scoring ten letters one by one for `de` cost ten such passes.
/// With a ``LetterRank/Session`` bound as its second argument (SQLite's pointer-passing
/// interface, `sqlite3_bind_pointer`), the IDFs are counted once per session, and the letters'
/// lengths come from the session instead of `letter_ft_docsize`. ``LetterScorer`` binds it;
/// plain SQL may call `letter_rank(letter_ft)`, which counts the IDFs once per statement.
///
/// A session may also carry a ``Weighting``: a weight per phrase (the proximity bonus), the
/// share of the query's words a letter has (a soft AND for relaxed queries) and a factor for
/// letters naming an entity the query names. The score is then
/// `Σ weight × bm25 part` × coverage × entity factor, and with `explains` the session keeps
/// each scored letter's parts.
///
/// ```sql
/// SELECT rowid, letter_rank(letter_ft) AS score FROM letter_ft WHERE letter_ft MATCH 'regering' ORDER BY score DESC
/// ```
enum LetterRank {
    /// The SQL function name.
    static let name = "letter_rank"
    /// Column weight of the title in bm25.
    static let titleWeight = 10.0
    /// Column weight of the body text in bm25.
    static let textWeight = 1.0
    /// Column weights: title, text.
    static let weights = [titleWeight, textWeight]
    static let k1 = 1.2
    static let b = 0.75

    /// The pointer type of a bound ``Session``: SQLite hands the pointer only to a function that
    /// asks for this type, and keeps this C string, so it lives as long as the process.
    nonisolated(unsafe) static let sessionPointerType: UnsafePointer<CChar> = UnsafePointer(strdup("kamerzoek_letter_rank_session")!)

    /// How a session weighs a letter's bm25 parts beyond plain bm25.
    struct Weighting: Sendable {
        /// Per phrase (FTS5's numbering): the factor of its bm25 part; missing phrases weigh 1.
        var phraseWeights: [Double] = []
        /// Per query word its phrases: the first is the word's whole form, the rest are parts
        /// that match together. Empty: no coverage factor.
        var words: [[Int]] = []
        /// Score × (1 − coverageWeight × (1 − matched words / words)): 0 is plain bm25 over OR.
        var coverageWeight = 0.0
        /// Per rowid, a bit per query entity the letter names (bit i: entity i).
        var entityBits: [UInt8] = []
        /// The factor for a letter that names one of the query's entities.
        var entityFactor = 1.0
        /// Per rowid, whether the search's filters let the letter through; empty: every letter.
        /// A letter they exclude scores -1 without its matches being read.
        var passing: [Bool] = []
    }

    /// One scored letter's parts, kept when the session explains.
    struct Breakdown {
        /// Per phrase: IDF × weight, instances in the title and in the text, its part of the sum.
        var parts: [(weight: Double, title: Int, text: Int, score: Double)]
        var matchedWords: Int
        var coverage: Double
        var entityBits: UInt8
        var entityFactor: Double
        var score: Double
    }

    /// What one search's statements share: the IDFs (counted at the first scored row), the
    /// letters' token counts by rowid if the caller has them (-1 or absent: unknown), the
    /// weighting, and the breakdowns when it explains.
    final class Session {
        fileprivate var idfs: [Double] = []
        fileprivate let tokenCounts: [Int32]
        fileprivate let weighting: Weighting
        fileprivate let explains: Bool
        /// The parts of every letter scored, by rowid, when the session explains.
        fileprivate(set) var breakdowns: [Int64: Breakdown] = [:]

        init(tokenCounts: [Int32] = [], weighting: Weighting = Weighting(), explains: Bool = false) {
            self.tokenCounts = tokenCounts
            self.weighting = weighting
            self.explains = explains
        }
    }

    /// Registers the function on a connection.
    static func register(in db: Database) {
        let api = FTS5.api(db)
        let createFunction = api.pointee.xCreateFunction!
        _ = name.withCString { name in
            createFunction(UnsafeMutablePointer(mutating: api), name, nil, rankFunction, nil)
        }
    }

    /// What one statement's rows share, kept as the FTS5 cursor's aux data: looked up once,
    /// not per row.
    private final class Scoring {
        let idfs: [Double]
        let tokenCounts: [Int32]
        let averageLength: Double
        let weighting: Weighting
        /// The session to keep breakdowns in, when it explains.
        let explaining: Session?
        var frequencies: [Double]
        var titleInstances: [Int]
        var textInstances: [Int]

        init(idfs: [Double], tokenCounts: [Int32], averageLength: Double, weighting: Weighting, explaining: Session?) {
            self.idfs = idfs
            self.tokenCounts = tokenCounts
            self.averageLength = averageLength
            self.weighting = weighting
            self.explaining = explaining
            frequencies = [Double](repeating: 0, count: idfs.count)
            titleInstances = [Int](repeating: 0, count: explaining == nil ? 0 : idfs.count)
            textInstances = titleInstances
        }

        /// Whether a query word has a match in the current letter: its whole form, or all its parts.
        func matches(_ phrases: [Int]) -> Bool {
            guard let whole = phrases.first else { return false }
            if whole >= 0, whole < frequencies.count, frequencies[whole] > 0 { return true }
            let parts = phrases.dropFirst()
            return !parts.isEmpty && parts.allSatisfy { $0 >= 0 && $0 < frequencies.count && frequencies[$0] > 0 }
        }
    }

    private static let rankFunction: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts, count <= 1 else {
            sqlite3_result_error(context, "letter_rank(letter_ft[, session]) takes at most a session", -1)
            return
        }
        let scoring: Scoring
        if let data = api.pointee.xGetAuxdata(fts, 0) {
            scoring = Unmanaged<Scoring>.fromOpaque(data).takeUnretainedValue()
        } else {
            do throws(Failure) {
                scoring = try makeScoring(api, fts, session: count == 1 ? values?[0] : nil)
            } catch {
                sqlite3_result_error(context, error.text, -1)
                return
            }
            let retained = Unmanaged.passRetained(scoring).toOpaque()
            guard api.pointee.xSetAuxdata(fts, retained, { Unmanaged<Scoring>.fromOpaque($0!).release() }) == SQLITE_OK else {
                sqlite3_result_error(context, "letter_rank: out of memory", -1)
                return
            }
        }
        let rowid = Int(api.pointee.xRowid(fts))
        let passing = scoring.weighting.passing
        if !passing.isEmpty, !(rowid >= 0 && rowid < passing.count && passing[rowid]) {
            sqlite3_result_double(context, -1)
            return
        }
        let phraseCount = scoring.idfs.count
        var instances: Int32 = 0
        guard api.pointee.xInstCount(fts, &instances) == SQLITE_OK else {
            sqlite3_result_error(context, "letter_rank: no instances", -1)
            return
        }
        let explaining = scoring.explaining != nil
        for phrase in 0..<phraseCount { scoring.frequencies[phrase] = 0 }
        if explaining {
            for phrase in 0..<phraseCount {
                scoring.titleInstances[phrase] = 0
                scoring.textInstances[phrase] = 0
            }
        }
        for index in 0..<instances {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else { continue }
            if phrase >= 0, Int(phrase) < phraseCount, column >= 0, Int(column) < weights.count {
                scoring.frequencies[Int(phrase)] += weights[Int(column)]
                if explaining {
                    if column == 0 { scoring.titleInstances[Int(phrase)] += 1 } else { scoring.textInstances[Int(phrase)] += 1 }
                }
            }
        }
        var tokens: Int32 = rowid >= 0 && rowid < scoring.tokenCounts.count ? scoring.tokenCounts[rowid] : -1
        if tokens < 0 {
            tokens = 0
            _ = api.pointee.xColumnSize(fts, -1, &tokens)
        }
        let lengthFactor = k1 * (1 - b + b * Double(tokens) / scoring.averageLength)
        let weighting = scoring.weighting
        let phraseWeights = weighting.phraseWeights
        var score = 0.0
        var parts: [(weight: Double, title: Int, text: Int, score: Double)] = []
        for phrase in 0..<phraseCount {
            let frequency = scoring.frequencies[phrase]
            let weight = scoring.idfs[phrase] * (phrase < phraseWeights.count ? phraseWeights[phrase] : 1)
            let part = frequency > 0 ? weight * (frequency * (k1 + 1)) / (frequency + lengthFactor) : 0
            score += part
            if explaining {
                parts.append((weight, scoring.titleInstances[phrase], scoring.textInstances[phrase], part))
            }
        }
        var matchedWords = 0
        var coverage = 1.0
        if !weighting.words.isEmpty {
            matchedWords = weighting.words.reduce(0) { $0 + (scoring.matches($1) ? 1 : 0) }
            coverage = 1 - weighting.coverageWeight * (1 - Double(matchedWords) / Double(weighting.words.count))
        }
        let bits: UInt8 = rowid >= 0 && rowid < weighting.entityBits.count ? weighting.entityBits[rowid] : 0
        let entityFactor = bits != 0 ? weighting.entityFactor : 1
        score *= coverage * entityFactor
        if let session = scoring.explaining {
            session.breakdowns[Int64(rowid)] = Breakdown(
                parts: parts, matchedWords: matchedWords, coverage: coverage, entityBits: bits, entityFactor: entityFactor,
                score: score)
        }
        sqlite3_result_double(context, score)
    }

    private struct Failure: Error {
        let text: String
    }

    /// A statement's first row: the session's IDFs (counted now if it has none yet, or without
    /// a session), token counts and the average letter length.
    private static func makeScoring(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, session value: OpaquePointer?
    ) throws(Failure) -> Scoring {
        var session: Session?
        if let value {
            guard let pointer = sqlite3_value_pointer(value, sessionPointerType) else {
                throw Failure(text: "letter_rank: the second argument must be a session bound by LetterScorer")
            }
            session = Unmanaged<Session>.fromOpaque(pointer).takeUnretainedValue()
        }
        let phraseCount = Int(api.pointee.xPhraseCount(fts))
        var idfs = session?.idfs ?? []
        if idfs.count != phraseCount {
            guard let computed = inverseDocumentFrequencies(api, fts, phrases: phraseCount) else {
                throw Failure(text: "letter_rank: could not count the phrases")
            }
            idfs = computed
            session?.idfs = computed
        }
        var rows: Int64 = 0
        var totalTokens: Int64 = 0
        _ = api.pointee.xRowCount(fts, &rows)
        _ = api.pointee.xColumnTotalSize(fts, -1, &totalTokens)
        let averageLength = rows > 0 ? max(Double(totalTokens) / Double(rows), 1) : 1
        return Scoring(
            idfs: idfs, tokenCounts: session?.tokenCounts ?? [], averageLength: averageLength,
            weighting: session?.weighting ?? Weighting(), explaining: session?.explains == true ? session : nil)
    }

    /// Per phrase of the current query: IDF as FTS5's bm25 computes it (at least 1e-6).
    private static func inverseDocumentFrequencies(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, phrases: Int
    ) -> [Double]? {
        var rows: Int64 = 0
        guard api.pointee.xRowCount(fts, &rows) == SQLITE_OK else { return nil }
        var idfs: [Double] = []
        for phrase in 0..<phrases {
            var hits: Int64 = 0
            let code = withUnsafeMutablePointer(to: &hits) { pointer in
                api.pointee.xQueryPhrase(fts, Int32(phrase), pointer, { _, _, userData in
                    userData!.assumingMemoryBound(to: Int64.self).pointee += 1
                    return SQLITE_OK
                })
            }
            guard code == SQLITE_OK else { return nil }
            let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
            // Also NaN (more hits than rows in a damaged index) gets the least weight.
            idfs.append(idf > 0 ? idf : 1e-6)
        }
        return idfs
    }
}
