import DutchText
import Foundation

/// Token streams analyzed on worker threads, handed to the `dutch` tokenizer of the writer.
///
/// The writer registers the streams of a letter's title and text just before inserting it;
/// the tokenizer, asked to tokenize a document, takes the stream whose length and fingerprint
/// match the bytes SQLite hands over, and replays it. Anything else (deletes of old content,
/// queries, a stream that does not match) is analyzed as usual.
final class PreparedTokens: @unchecked Sendable {
    static let shared = PreparedTokens()

    private struct Key: Hashable {
        var length: Int
        var fingerprint: UInt64
    }

    private let lock = NSLock()
    private var streams: [Key: TokenStream] = [:]

    func register(_ stream: TokenStream) {
        lock.lock()
        streams[Key(length: stream.textLength, fingerprint: stream.fingerprint)] = stream
        lock.unlock()
    }

    /// The stream for these bytes, removed from the registry; nil when none was registered.
    func take(for bytes: UnsafeBufferPointer<UInt8>) -> TokenStream? {
        lock.lock()
        defer { lock.unlock() }
        guard !streams.isEmpty else { return nil }
        let key = Key(length: bytes.count, fingerprint: TokenStream.fingerprint(of: bytes))
        return streams.removeValue(forKey: key)
    }

    func removeAll() {
        lock.lock()
        streams.removeAll()
        lock.unlock()
    }
}
