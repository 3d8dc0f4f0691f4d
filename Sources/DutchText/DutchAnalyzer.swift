/// The analysis chain of the `dutch` tokenizer: words → fold → stem → compound parts.
///
/// Not thread-safe: it keeps a per-word cache. Make one per connection or task.
///
/// ```swift
/// let analyzer = DutchAnalyzer()
/// analyzer.tokens(in: "solidariteitsverplichtingen", mode: .document).map(\.token)
/// // ["solidariteitsverplicht", "solidariteit", "verplicht"]
/// ```
public final class DutchAnalyzer {
    /// Changes whenever analysis changes what the index stores; a changed version means a rebuild.
    public static let version = "dutch-2"

    private let stemmer = DutchStemmer()
    private let splitter: CompoundSplitter
    private let shared: SharedWordAnalyses?
    /// Distinct raw words seen, each with its tokens: stem first, then parts.
    let table = WordTable()
    private var folded: [UInt8] = []

    /// Words longer than this many bytes are indexed folded, neither stemmed nor split.
    static let longestAnalyzedWord = 60

    /// Creates an analyzer with the bundled compound lexicon; `shared` lets analyzers on other
    /// threads reuse each other's word analyses.
    public init(splitter: CompoundSplitter = .bundled, shared: SharedWordAnalyses? = nil) {
        self.splitter = splitter
        self.shared = shared
        folded.reserveCapacity(128)
    }

    /// Analyzes UTF-8 text and calls `emit` for each token with the word's byte range.
    ///
    /// `emit` returns false to stop. Tokens of kind `.part` are colocated with the previous `.stem`.
    public func analyze(
        _ bytes: UnsafeBufferPointer<UInt8>, mode: AnalysisMode,
        _ emit: (_ token: UnsafeBufferPointer<UInt8>, _ kind: TokenKind, _ start: Int, _ end: Int) -> Bool
    ) {
        var scanner = WordScanner(bytes)
        while let word = scanner.nextRange() {
            let raw = UnsafeBufferPointer(rebasing: bytes[word.start..<word.end])
            if mode == .prefix {
                fold(raw)
                if !folded.withUnsafeBufferPointer({ emit($0, .word, word.start, word.end) }) { return }
                continue
            }
            let record = self.record(for: raw)
            let tokenCount = mode == .query ? 1 : 1 + record.partCount
            let tokens = record.tokens.assumingMemoryBound(to: UInt8.self)
            var keepGoing = true
            for index in 0..<tokenCount {
                let range = record.token(index)
                let token = UnsafeBufferPointer(start: tokens + range.lowerBound, count: range.count)
                if !emit(token, index == 0 ? .stem : .part, word.start, word.end) {
                    keepGoing = false
                    break
                }
            }
            if !keepGoing { return }
        }
    }

    /// The tokens of a text, with positions, as the index stores them.
    public func tokens(in text: String, mode: AnalysisMode = .document) -> [AnalyzedToken] {
        var result: [AnalyzedToken] = []
        var position = -1
        var copy = text
        copy.withUTF8 { bytes in
            analyze(bytes, mode: mode) { token, kind, start, end in
                if kind != .part { position += 1 }
                result.append(AnalyzedToken(
                    token: String(decoding: token, as: UTF8.self), kind: kind,
                    position: position, start: start, end: end))
                return true
            }
        }
        return result
    }

    /// The record of a raw word in the table, added when it is new. Valid until the next call.
    @inline(__always)
    func record(for raw: UnsafeBufferPointer<UInt8>) -> WordRecord {
        let hash = WordTable.hash(raw)
        if let known = table.find(raw, hash: hash) { return known }
        return add(raw, hash: hash)
    }

    /// Adds a raw word not yet in the table: copied from the shared analyses or analyzed here.
    @inline(never)
    private func add(_ raw: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordRecord {
        if table.isFull { table.removeAll() }
        if let shared, let copied = shared.copy(raw, hash: hash, into: table) { return copied }
        let hyphenParts = raw.contains(UInt8(ascii: "-")) ? WordScanner.hyphenParts(of: raw) : []
        let analysis = self.analysis(of: raw, hyphenParts: hyphenParts)
        let record = table.insert(raw, hash: hash, stem: analysis.stem, parts: analysis.parts)
        shared?.store(record, hash: hash)
        return record
    }

    /// Folds `raw` into `folded`, dropping apostrophes, hyphens and the dots of initials and numbers.
    private func fold(_ raw: UnsafeBufferPointer<UInt8>) {
        folded.removeAll(keepingCapacity: true)
        var i = 0
        while i < raw.count {
            let b = raw[i]
            if b == UInt8(ascii: "'") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") {
                i += 1
            } else if b == 0xE2, i + 2 < raw.count, raw[i + 1] == 0x80, raw[i + 2] == 0x99 {
                i += 3
            } else {
                i = Folding.appendFolded(raw, at: i, to: &folded)
            }
        }
    }

    private func analysis(of raw: UnsafeBufferPointer<UInt8>, hyphenParts: [Range<Int>]) -> WordAnalysis {
        fold(raw)
        let whole = folded
        var parts: [[UInt8]] = []
        if hyphenParts.isEmpty {
            if shouldStem(whole) {
                whole.withUnsafeBufferPointer { whole in
                    for part in splitter.split(whole) {
                        parts.append(stem(UnsafeBufferPointer(rebasing: whole[part])))
                    }
                }
            }
        } else {
            for range in hyphenParts {
                let part = analysis(of: UnsafeBufferPointer(rebasing: raw[range]), hyphenParts: [])
                parts.append(part.stem)
                parts.append(contentsOf: part.parts)
            }
        }
        let stemmed = stem(whole)
        var unique: [[UInt8]] = []
        for part in parts where part.count >= 2 && part != stemmed && !unique.contains(part) {
            unique.append(part)
        }
        return WordAnalysis(stem: stemmed, parts: unique)
    }

    private func shouldStem(_ word: some Collection<UInt8>) -> Bool {
        guard word.count <= Self.longestAnalyzedWord else { return false }
        // Numbers and codes with digits (2025, h5n1, covid19) are kept as they are.
        return !word.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    private func stem(_ word: [UInt8]) -> [UInt8] {
        word.withUnsafeBufferPointer { stem($0) }
    }

    /// The stem of a word or compound part, in today's spelling (``HistoricalSpelling``).
    private func stem(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard shouldStem(word) else { return Array(word) }
        return HistoricalSpelling.modernized(word).withUnsafeBufferPointer { stemmer.stem($0) }
    }
}
