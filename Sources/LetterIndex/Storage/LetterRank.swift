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

    /// IDFs per open key, one per phrase; empty until the key's first row is scored.
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var open: [String: [Double]] = [:]
    }

    private static let store = Store()

    /// A fresh key for one search's scoring.
    static func open() -> String {
        let key = UUID().uuidString
        store.lock.withLock { store.open[key] = [] }
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
        guard let api, let fts, count == 1, let values, let keyText = sqlite3_value_text(values[0]) else {
            sqlite3_result_error(context, "letter_rank(table, key) expects one key argument", -1)
            return
        }
        let key = String(cString: keyText)
        let phraseCount = Int(api.pointee.xPhraseCount(fts))
        guard let known = store.lock.withLock({ store.open[key] }) else {
            sqlite3_result_error(context, "letter_rank: the key is not open", -1)
            return
        }
        let idfs: [Double]
        if known.count == phraseCount {
            idfs = known
        } else {
            guard let computed = inverseDocumentFrequencies(api, fts, phrases: phraseCount) else {
                sqlite3_result_error(context, "letter_rank: could not count the phrases", -1)
                return
            }
            idfs = computed
            store.lock.withLock { if store.open[key] != nil { store.open[key] = computed } }
        }
        var frequencies = [Double](repeating: 0, count: phraseCount)
        var instances: Int32 = 0
        guard api.pointee.xInstCount(fts, &instances) == SQLITE_OK else {
            sqlite3_result_error(context, "letter_rank: no instances", -1)
            return
        }
        for index in 0..<instances {
            var phrase: Int32 = 0
            var column: Int32 = 0
            var offset: Int32 = 0
            guard api.pointee.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else { continue }
            if Int(phrase) < phraseCount, Int(column) < weights.count {
                frequencies[Int(phrase)] += weights[Int(column)]
            }
        }
        var tokens: Int32 = 0
        var rows: Int64 = 0
        var totalTokens: Int64 = 0
        _ = api.pointee.xColumnSize(fts, -1, &tokens)
        _ = api.pointee.xRowCount(fts, &rows)
        _ = api.pointee.xColumnTotalSize(fts, -1, &totalTokens)
        let averageLength = rows > 0 ? max(Double(totalTokens) / Double(rows), 1) : 1
        let lengthFactor = k1 * (1 - b + b * Double(tokens) / averageLength)
        var score = 0.0
        for phrase in 0..<phraseCount where frequencies[phrase] > 0 {
            score += idfs[phrase] * (frequencies[phrase] * (k1 + 1)) / (frequencies[phrase] + lengthFactor)
        }
        sqlite3_result_double(context, score)
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
            idfs.append(idf <= 0 ? 1e-6 : idf)
        }
        return idfs
    }
}
