import Foundation

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
    public static let version = "dutch-3"

    private let stemmer = DutchStemmer()
    private let splitter: CompoundSplitter
    /// Distinct raw words seen, each with its tokens (stem first, then parts); shared with
    /// other analyzers or this one's own.
    let words: SharedWordAnalyses
    /// Words analyzed once ``words`` is full, kept until this table is full in turn.
    private var overflow: WordTable?
    private var folded: [UInt8] = []
    /// Scratch of an analysis: a hyphen part folded, the tokens being made (stem, then parts)
    /// with the stem's length and the parts' ends, and the stemmer's letters.
    private var foldedPart: [UInt8] = []
    private var tokens: [UInt8] = []
    private var stemCount = 0
    private var partEnds: [Int] = []
    private var letters: [Unicode.Scalar] = []
    /// What ``WordTable/touch(slot:hash:)`` read, kept so that its reads are not optimized away.
    var touched: UInt64 = 0

    /// Words longer than this many bytes are indexed folded, neither stemmed nor split.
    static let longestAnalyzedWord = 60

    /// Creates an analyzer with the bundled compound lexicon; `shared` lets analyzers on other
    /// threads reuse each other's word analyses.
    public init(splitter: CompoundSplitter = .bundled, shared: SharedWordAnalyses? = nil) {
        self.splitter = splitter
        words = shared ?? SharedWordAnalyses(capacity: 1 << 15, limit: 1_000_000)
        folded.reserveCapacity(128)
        foldedPart.reserveCapacity(128)
        tokens.reserveCapacity(256)
        letters.reserveCapacity(128)
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
                Self.fold(raw, into: &folded)
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
        record(for: raw, hash: WordTable.hash(raw))
    }

    /// ``record(for:)`` for a raw word whose ``WordTable/hash(_:)`` is known.
    @inline(__always)
    func record(for raw: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordRecord {
        if let known = words.table.find(raw, hash: hash) { return known }
        return add(raw, hash: hash)
    }

    /// Analyzes a raw word not in ``words`` and adds it there, or to ``overflow`` once
    /// ``words`` is full.
    @inline(never)
    private func add(_ raw: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordRecord {
        if let overflow, let known = overflow.find(raw, hash: hash) { return known }
        analyze(raw)
        return tokens.withUnsafeBytes { tokens in
            if overflow == nil,
               let stored = words.insert(raw, hash: hash, tokens: tokens, stemCount: stemCount, partEnds: partEnds) {
                return stored
            }
            let local = overflow ?? WordTable(capacity: 1 << 12, limit: 100_000)
            overflow = local
            if local.isFull { local.removeAll() }
            if let stored = local.insert(raw, hash: hash, tokens: tokens, stemCount: stemCount, partEnds: partEnds) {
                return stored
            }
            // A word too long for what is left of the arena: it fits in an empty one.
            local.removeAll()
            return local.insert(raw, hash: hash, tokens: tokens, stemCount: stemCount, partEnds: partEnds)!
        }
    }

    /// Folds `raw` into `folded`, dropping apostrophes, hyphens and the dots of initials and numbers.
    private static func fold(_ raw: UnsafeBufferPointer<UInt8>, into folded: inout [UInt8]) {
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

    /// Puts the tokens of a raw word in ``tokens``: its folded stem, then the stems of its
    /// compound parts, or for a hyphenated word of each hyphen part and that part's compound
    /// parts; parts shorter than two bytes, the same as the stem or an earlier part are left out.
    /// The parts' ends go to ``partEnds``.
    private func analyze(_ raw: UnsafeBufferPointer<UInt8>) {
        tokens.removeAll(keepingCapacity: true)
        partEnds.removeAll(keepingCapacity: true)
        Self.fold(raw, into: &folded)
        folded.withUnsafeBufferPointer { appendStem(of: $0) }
        stemCount = tokens.count
        if !raw.contains(UInt8(ascii: "-")) {
            folded.withUnsafeBufferPointer { appendCompoundParts(of: $0) }
            return
        }
        var partStart = 0
        for index in 0...raw.count where index == raw.count || raw[index] == UInt8(ascii: "-") {
            Self.fold(UnsafeBufferPointer(rebasing: raw[partStart..<index]), into: &foldedPart)
            foldedPart.withUnsafeBufferPointer { part in
                appendStem(of: part)
                keepLastPart()
                appendCompoundParts(of: part)
            }
            partStart = index + 1
        }
    }

    /// Appends the stems of the compound parts of a folded word, each kept by ``keepLastPart()``.
    private func appendCompoundParts(of word: UnsafeBufferPointer<UInt8>) {
        guard shouldStem(word) else { return }
        for part in splitter.split(word) {
            appendStem(of: UnsafeBufferPointer(rebasing: word[part]))
            keepLastPart()
        }
    }

    /// Keeps the bytes after the last part (or the stem) in ``tokens`` as a part, unless it is
    /// shorter than two bytes or the same as the stem or an earlier part: then they are dropped.
    private func keepLastPart() {
        let start = partEnds.last ?? stemCount
        let count = tokens.count - start
        let keep = tokens.withUnsafeBufferPointer { tokens -> Bool in
            guard count >= 2 else { return false }
            let part = tokens.baseAddress! + start
            if count == stemCount, memcmp(tokens.baseAddress!, part, count) == 0 { return false }
            var earlierStart = stemCount
            for earlierEnd in partEnds {
                if earlierEnd - earlierStart == count, memcmp(tokens.baseAddress! + earlierStart, part, count) == 0 {
                    return false
                }
                earlierStart = earlierEnd
            }
            return true
        }
        if keep {
            partEnds.append(tokens.count)
        } else {
            tokens.removeSubrange(start...)
        }
    }

    private func shouldStem(_ word: some Collection<UInt8>) -> Bool {
        guard word.count <= Self.longestAnalyzedWord else { return false }
        // Numbers and codes with digits (2025, h5n1, covid19) are kept as they are.
        return !word.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Appends the stem of a word or compound part to ``tokens``, respelled when it is written in
    /// the spelling before 1947 (``HistoricalSpelling/respelled(_:vocabulary:)``).
    private func appendStem(of word: UnsafeBufferPointer<UInt8>) {
        guard shouldStem(word) else {
            tokens.append(contentsOf: word)
            return
        }
        guard HistoricalSpelling.mayModernize(word), let modern = HistoricalSpelling.respelled(word) else {
            stemmer.stem(word, appendingTo: &tokens, letters: &letters)
            return
        }
        modern.withUnsafeBufferPointer {
            stemmer.stem($0, appendingTo: &tokens, letters: &letters)
        }
    }
}
