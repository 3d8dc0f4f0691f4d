import Foundation
import GRDB
import GRDBSQLite

/// `letter_rank(letter_ft, 'key')`: FTS5's bm25 (k1 1.2, b 0.75, title weight 10, text 1),
/// higher is better, with each phrase's IDF computed once per `key` instead of once per
/// statement.
///
/// FTS5's own `bm25()` counts the letters holding each phrase at the start of every statement,
/// a pass over the whole doclist: scoring ten letters one by one for `de` cost ten such passes.
/// A search opens a key (``LetterRank/open()``), scores any number of letters with it, and
/// closes it. Registered on every connection by ``LetterDatabase``.
///
/// ```swift
/// let key = LetterRank.open()
/// defer { LetterRank.close(key) }
/// try Double.fetchOne(db, sql: "SELECT letter_rank(letter_ft, ?) FROM letter_ft WHERE letter_ft MATCH ? AND rowid = ?",
///                     arguments: [key, expression, rowid])
/// ```
enum LetterRank {
    /// The SQL function name.
    static let name = "letter_rank"
    /// Column weights: title, text.
    static let weights = [LetterSearch.titleWeight, LetterSearch.textWeight]
    static let k1 = 1.2
    static let b = 0.75

    /// What an open key holds: the IDFs (empty until its first row is scored) and the letters'
    /// token counts by rowid, if the caller has them (-1: unknown).
    private final class Entry: @unchecked Sendable {
        var idfs: [Double] = []
        let tokenCounts: [Int32]
        init(tokenCounts: [Int32]) { self.tokenCounts = tokenCounts }
    }

    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var open: [String: Entry] = [:]
    }

    private static let store = Store()

    /// What one statement's rows share, kept as the FTS5 cursor's aux data: looked up once,
    /// not per row.
    private final class Scoring {
        let idfs: [Double]
        let tokenCounts: [Int32]
        let averageLength: Double
        var frequencies: [Double]

        init(idfs: [Double], tokenCounts: [Int32], averageLength: Double) {
            self.idfs = idfs
            self.tokenCounts = tokenCounts
            self.averageLength = averageLength
            frequencies = [Double](repeating: 0, count: idfs.count)
        }
    }

    /// A fresh key for one search's scoring. `tokenCounts` (per rowid, title and text
    /// together, -1 when unknown) spares a `letter_ft_docsize` lookup per scored letter.
    static func open(tokenCounts: [Int32] = []) -> String {
        let key = UUID().uuidString
        store.lock.withLock { store.open[key] = Entry(tokenCounts: tokenCounts) }
        return key
    }

    /// Forgets a key's IDFs.
    static func close(_ key: String) {
        _ = store.lock.withLock { store.open.removeValue(forKey: key) }
    }

    /// Registers the function on a connection.
    static func register(in db: Database) {
        let api = FTS5.api(db)
        let createFunction = api.pointee.xCreateFunction!
        _ = name.withCString { name in
            createFunction(UnsafeMutablePointer(mutating: api), name, nil, rankFunction, nil)
        }
    }

    private static let rankFunction: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts, count == 1, let values else {
            sqlite3_result_error(context, "letter_rank(table, key) expects one key argument", -1)
            return
        }
        let scoring: Scoring
        if let data = api.pointee.xGetAuxdata(fts, 0) {
            scoring = Unmanaged<Scoring>.fromOpaque(data).takeUnretainedValue()
        } else {
            do throws(Failure) {
                scoring = try makeScoring(api, fts, key: values[0])
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
        let phraseCount = scoring.idfs.count
        var instances: Int32 = 0
        guard api.pointee.xInstCount(fts, &instances) == SQLITE_OK else {
            sqlite3_result_error(context, "letter_rank: no instances", -1)
            return
        }
        for phrase in 0..<phraseCount { scoring.frequencies[phrase] = 0 }
        for index in 0..<instances {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else { continue }
            if Int(phrase) < phraseCount, Int(column) < weights.count {
                scoring.frequencies[Int(phrase)] += weights[Int(column)]
            }
        }
        let rowid = Int(api.pointee.xRowid(fts))
        var tokens: Int32 = rowid >= 0 && rowid < scoring.tokenCounts.count ? scoring.tokenCounts[rowid] : -1
        if tokens < 0 {
            tokens = 0
            _ = api.pointee.xColumnSize(fts, -1, &tokens)
        }
        let lengthFactor = k1 * (1 - b + b * Double(tokens) / scoring.averageLength)
        var score = 0.0
        for phrase in 0..<phraseCount where scoring.frequencies[phrase] > 0 {
            let frequency = scoring.frequencies[phrase]
            score += scoring.idfs[phrase] * (frequency * (k1 + 1)) / (frequency + lengthFactor)
        }
        sqlite3_result_double(context, score)
    }

    private struct Failure: Error {
        let text: String
    }

    /// A statement's first row: the key's IDFs (counted now if the key has none yet), token
    /// counts and the average letter length.
    private static func makeScoring(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, key value: OpaquePointer?
    ) throws(Failure) -> Scoring {
        guard let keyText = sqlite3_value_text(value) else {
            throw Failure(text: "letter_rank(table, key) expects one key argument")
        }
        let key = String(cString: keyText)
        let phraseCount = Int(api.pointee.xPhraseCount(fts))
        guard let (entry, known) = store.lock.withLock({ store.open[key].map { ($0, $0.idfs) } }) else {
            throw Failure(text: "letter_rank: the key is not open")
        }
        var idfs = known
        if idfs.count != phraseCount {
            guard let computed = inverseDocumentFrequencies(api, fts, phrases: phraseCount) else {
                throw Failure(text: "letter_rank: could not count the phrases")
            }
            idfs = computed
            store.lock.withLock { entry.idfs = computed }
        }
        var rows: Int64 = 0
        var totalTokens: Int64 = 0
        _ = api.pointee.xRowCount(fts, &rows)
        _ = api.pointee.xColumnTotalSize(fts, -1, &totalTokens)
        let averageLength = rows > 0 ? max(Double(totalTokens) / Double(rows), 1) : 1
        return Scoring(idfs: idfs, tokenCounts: entry.tokenCounts, averageLength: averageLength)
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
