import DutchText
import Foundation

/// Token streams analyzed on worker threads, handed to the `dutch` tokenizer of the writer.
///
/// The writer registers the streams of a letter's title and text, with those texts, just before
/// inserting it; the tokenizer, asked to tokenize a document, takes the stream whose text is
/// byte for byte the one SQLite hands over, and replays it. Anything else (deletes of old
/// content, queries) is analyzed as usual. The writer binds the strings' own bytes, so SQLite
/// hands over the registered memory itself and the match is a pointer comparison; other bytes
/// are compared with `memcmp`.
final class PreparedTokens: @unchecked Sendable {
    static let shared = PreparedTokens()

    private let lock = NSLock()
    private var pending: [(text: String, stream: TokenStream)] = []

    /// Holds `stream` for the next time `text` is tokenized.
    func register(_ stream: TokenStream, for text: String) {
        lock.lock()
        pending.append((text, stream))
        lock.unlock()
    }

    /// The stream registered for these bytes, removed from the registry; nil when none was.
    func take(for bytes: UnsafeBufferPointer<UInt8>) -> TokenStream? {
        lock.lock()
        defer { lock.unlock() }
        for index in pending.indices where pending[index].stream.textLength == bytes.count {
            var text = pending[index].text
            // The writer binds the string's own bytes: SQLite hands over the same memory.
            let same = text.withUTF8 { registered in
                registered.count == bytes.count
                    && (bytes.isEmpty || registered.baseAddress == bytes.baseAddress
                        || memcmp(registered.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
            if same { return pending.remove(at: index).stream }
        }
        return nil
    }

    func removeAll() {
        lock.lock()
        pending.removeAll(keepingCapacity: true)
        lock.unlock()
    }
}
