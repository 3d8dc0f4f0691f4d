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
        var bytes = OutputBuffer<UInt8>(capacity: text.count + 64)
        var items = OutputBuffer<TokenStream.Item>(capacity: text.count / 5 + 16)
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
            for member in 0..<batch.count { batch.slots[member] = table.firstSlot(hash: batch[member].hash) }
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
                bytes.reserve(tokensCount)
                items.reserve(1 + partCount)
                bytes.append(UnsafeBufferPointer(start: record.tokens.assumingMemoryBound(to: UInt8.self), count: tokensCount))
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
        stream.bytes = bytes.takeArray()
        stream.items = items.takeArray()
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

/// Elements written straight through a pointer, for the stream loop: room is made with
/// ``reserve(_:)`` (doubling), then appends do no checks; ``takeArray()`` hands over an array of
/// exactly the elements written.
struct OutputBuffer<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Makes room for `extra` more elements.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    /// Appends an element there is room for.
    @inline(__always)
    mutating func append(_ element: Element) {
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends elements there is room for.
    @inline(__always)
    mutating func append(_ elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress else { return }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    /// The elements written, moved into an array; the buffer is empty afterwards.
    mutating func takeArray() -> [Element] {
        let moved = count
        count = 0
        return Array(unsafeUninitializedCapacity: moved) { array, initialized in
            array.baseAddress?.moveInitialize(from: base, count: moved)
            initialized = moved
        }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
