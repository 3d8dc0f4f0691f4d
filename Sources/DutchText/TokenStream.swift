/// A document's tokens computed ahead of time (on a worker thread), to be replayed by the
/// FTS5 tokenizer on the writer thread without analyzing again.
public struct TokenStream: Sendable {
    /// One token: its bytes in ``bytes`` and the byte range of its word in the text.
    public struct Item: Sendable, BitwiseCopyable {
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
}

extension DutchAnalyzer {
    /// The document-mode tokens of `text`, ready to replay.
    public func stream(_ text: String) -> TokenStream {
        var copy = text
        return copy.withUTF8 { bytes in
            var stream = TokenStream(textLength: bytes.count)
            appendDocumentTokens(of: bytes, to: &stream)
            return stream
        }
    }

    /// Appends the document-mode tokens of `text` to `stream`: per word its cached tokens,
    /// copied in one go; words not yet cached are analyzed and added.
    private func appendDocumentTokens(of text: UnsafeBufferPointer<UInt8>, to stream: inout TokenStream) {
        // Written straight into the stream's arrays, sized for the usual density (0.17 tokens
        // and under a byte of token per byte of text), again with twice the room when a text
        // has more: staging buffers cost two allocations and a copy per document.
        var byteCapacity = text.count + 64
        var itemCapacity = text.count / 5 + 16
        while true {
            var complete = false
            var items: [TokenStream.Item] = []
            let bytes = [UInt8](unsafeUninitializedCapacity: byteCapacity) { byteBuffer, byteCount in
                items = [TokenStream.Item](unsafeUninitializedCapacity: itemCapacity) { itemBuffer, itemCount in
                    var byteOut = FixedOutput(byteBuffer)
                    var itemOut = FixedOutput(itemBuffer)
                    complete = writeDocumentTokens(of: text, bytes: &byteOut, items: &itemOut)
                    byteCount = byteOut.count
                    itemCount = itemOut.count
                }
            }
            if complete {
                stream.bytes = bytes
                stream.items = items
                return
            }
            byteCapacity *= 2
            itemCapacity *= 2
        }
    }

    /// The document-mode tokens of `text` written out; false when they do not fit.
    private func writeDocumentTokens(
        of text: UnsafeBufferPointer<UInt8>, bytes: inout FixedOutput<UInt8>, items: inout FixedOutput<TokenStream.Item>
    ) -> Bool {
        var scanner = WordScanner(text)
        // Words go in batches: first each word of the batch is found and its slot and record
        // touched, so the cache misses of a batch overlap instead of following one another
        // (they were most of this loop's time); then the batch's tokens are copied.
        var batch = WordBatch()
        while true {
            batch.count = 0
            while batch.count < WordBatch.capacity, let word = scanner.nextRange() {
                let hash = WordTable.hash(UnsafeBufferPointer(rebasing: text[word.start..<word.end]))
                batch.append(start: word.start, end: word.end, hash: hash)
            }
            if batch.count == 0 { break }
            // Loads in a tight loop, independent of each other: the processor runs them at once.
            let table = words.table
            let slots = table.slots
            for member in 0..<batch.count { batch.slots[member] = slots.value(at: slots.first(hash: batch[member].hash)) }
            var touchedNow: UInt64 = 0
            for member in 0..<batch.count { touchedNow &+= table.touch(slot: batch.slots[member], hash: batch[member].hash) }
            touched &+= touchedNow
            for member in 0..<batch.count {
                let word = batch[member]
                let raw = UnsafeBufferPointer(rebasing: text[word.start..<word.end])
                let record = self.record(for: raw, hash: word.hash)
                let tokensStart = Int32(bytes.count)
                let tokensCount = record.tokensCount
                let partCount = record.partCount
                guard bytes.hasRoom(for: tokensCount), items.hasRoom(for: 1 + partCount) else { return false }
                bytes.append(shortOrNot: record.tokens, count: tokensCount)
                let start = Int32(word.start)
                let end = Int32(word.end)
                var tokenEnd = tokensStart + Int32(record.stemCount)
                items.append(TokenStream.Item(tokenStart: tokensStart, tokenEnd: tokenEnd, start: start, end: end, colocated: false))
                for part in 0..<partCount {
                    let tokenStart = tokenEnd
                    tokenEnd = tokensStart + Int32(record.partEnd(part))
                    items.append(TokenStream.Item(tokenStart: tokenStart, tokenEnd: tokenEnd, start: start, end: end, colocated: true))
                }
            }
        }
        return true
    }
}

/// The words of a batch of ``DutchAnalyzer``'s stream loop: byte ranges and hashes.
struct WordBatch: ~Copyable {
    static let capacity = 16
    private let words = UnsafeMutablePointer<(start: Int, end: Int, hash: UInt64)>.allocate(capacity: capacity)
    /// Per word: the value of its first slot in the table.
    let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
    var count = 0

    deinit {
        words.deallocate()
        slots.deallocate()
    }

    @inline(__always)
    mutating func append(start: Int, end: Int, hash: UInt64) {
        words[count] = (start, end, hash)
        count += 1
    }

    @inline(__always)
    subscript(index: Int) -> (start: Int, end: Int, hash: UInt64) { words[index] }
}

/// Elements written straight into a buffer of fixed size, for the stream loop: the loop asks
/// ``hasRoom(for:)`` before a word, then appends do no checks.
struct FixedOutput<Element: BitwiseCopyable> {
    private let base: UnsafeMutablePointer<Element>
    private let capacity: Int
    private(set) var count = 0

    /// Writes into `buffer`, from its start.
    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        base = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Element>.alignment)!
        capacity = buffer.count
    }

    /// Whether `extra` more elements fit.
    @inline(__always)
    func hasRoom(for extra: Int) -> Bool {
        count + extra <= capacity
    }

    /// Appends an element there is room for.
    @inline(__always)
    mutating func append(_ element: Element) {
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `count` bytes there is room for: up to 16 as two 8-byte moves when there is room
    /// for 16 (a call to `memmove` per word cost more than the copy), else with `memmove`. The
    /// 16 bytes at `source` must be readable, as they are in a ``WordTable``'s arena.
    @inline(__always)
    mutating func append(shortOrNot source: UnsafeRawPointer, count extra: Int) where Element == UInt8 {
        if extra <= 16, hasRoom(for: 16) {
            let target = UnsafeMutableRawPointer(base + count)
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
            count += extra
            return
        }
        append(UnsafeBufferPointer(start: source.assumingMemoryBound(to: UInt8.self), count: extra))
    }

    /// Appends elements there is room for.
    @inline(__always)
    mutating func append(_ elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress else { return }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }
}
