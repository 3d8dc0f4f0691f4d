import DutchText
import GRDB
import GRDBSQLite

/// The `dutch` FTS5 tokenizer: DutchText's analysis on the UTF-8 bytes SQLite hands over.
///
/// For each word it emits the folded stem at the word's position and each stemmed compound or
/// hyphen part as a colocated token, all with the word's original byte range, so highlights mark
/// the real word. Queries get one stem per word; prefix queries the folded word, unstemmed.
/// Register it on every connection (``LetterDatabase`` does).
public final class DutchTokenizer: FTS5CustomTokenizer {
    /// The name `CREATE VIRTUAL TABLE … tokenize='dutch'` uses.
    public static let name = "dutch"

    /// Made at the first text that is not replayed: the writer's tokenizer replays streams
    /// analyzed on the workers and need not load the compound lexicon first.
    private lazy var analyzer = DutchAnalyzer()

    /// Called by SQLite through GRDB for each FTS5 table that uses the tokenizer.
    public init(db: Database, arguments: [String]) throws {}

    /// Tokenizes `pText` for SQLite.
    public func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        let mode: AnalysisMode
        if tokenization.contains(.prefix) {
            mode = .prefix
        } else if tokenization.contains(.query) {
            mode = .query
        } else {
            mode = .document
        }
        var code = SQLITE_OK
        // Hand-off from the writer: a document text it registered just before inserting the
        // letter (`LetterWriter.write`) comes with its token stream, analyzed on a worker.
        if mode == .document, let stream = PreparedTokens.shared.take(for: bytes) {
            stream.bytes.withUnsafeBufferPointer { arena in
                arena.withMemoryRebound(to: CChar.self) { chars in
                    for item in stream.items {
                        code = tokenCallback(
                            context, item.colocated ? FTS5_TOKEN_COLOCATED : 0, chars.baseAddress! + Int(item.tokenStart),
                            item.tokenEnd - item.tokenStart, item.start, item.end)
                        if code != SQLITE_OK { break }
                    }
                }
            }
            return code
        }
        analyzer.analyze(bytes, mode: mode) { token, kind, start, end in
            let flags = kind == .part ? FTS5_TOKEN_COLOCATED : 0
            code = token.withMemoryRebound(to: CChar.self) { chars in
                tokenCallback(context, flags, chars.baseAddress, CInt(chars.count), CInt(start), CInt(end))
            }
            return code == SQLITE_OK
        }
        return code
    }
}
