/// A document's tokens computed ahead of time (on a worker thread), to be replayed by the
/// FTS5 tokenizer on the writer thread without analyzing again.
public struct TokenStream: Sendable {
    /// One token: its bytes in ``bytes`` and the byte range of its word in the text.
    public struct Item: Sendable {
        /// Start of the token in ``TokenStream/bytes``.
        public var tokenStart: Int32
        /// End of the token in ``TokenStream/bytes``.
        public var tokenEnd: Int32
        /// The word's first byte in the text.
        public var start: Int32
        /// Just past the word in the text.
        public var end: Int32
        /// A part colocated with the previous token.
        public var colocated: Bool
    }

    /// The token bytes, back to back.
    public var bytes: [UInt8] = []
    /// The tokens in order.
    public var items: [Item] = []
    /// Length in bytes of the text it was made from.
    public var textLength: Int
    /// ``TokenStream/fingerprint(of:)`` of the text it was made from.
    public var fingerprint: UInt64

    /// A fingerprint of text bytes (FNV-1a), to check a stream belongs to the text being indexed.
    public static func fingerprint(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        WordTable.hash(bytes)
    }
}

extension DutchAnalyzer {
    /// The document-mode tokens of `text`, ready to replay.
    public func stream(_ text: String) -> TokenStream {
        var copy = text
        return copy.withUTF8 { bytes in
            var stream = TokenStream(textLength: bytes.count, fingerprint: TokenStream.fingerprint(of: bytes))
            stream.items.reserveCapacity(bytes.count / 5)
            stream.bytes.reserveCapacity(bytes.count)
            analyze(bytes, mode: .document) { token, kind, start, end in
                let tokenStart = Int32(stream.bytes.count)
                stream.bytes.append(contentsOf: token)
                stream.items.append(TokenStream.Item(
                    tokenStart: tokenStart, tokenEnd: Int32(stream.bytes.count), start: Int32(start), end: Int32(end),
                    colocated: kind == .part))
                return true
            }
            return stream
        }
    }
}
