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
    public static let version = "dutch-1"

    private let stemmer = DutchStemmer()
    private let splitter: CompoundSplitter
    private let shared: SharedWordAnalyses?
    /// Distinct raw words seen, each with its tokens: stem first, then parts.
    private var table = WordTable()
    private var entryFirstToken: [Int32] = []
    private var entryTokenCount: [Int32] = []
    private var tokenStarts: [Int32] = []
    private var tokenEnds: [Int32] = []
    private var tokenBytes: [UInt8] = []
    private let cacheLimit = 1_000_000
    private var folded: [UInt8] = []

    /// Words longer than this many bytes are indexed folded, neither stemmed nor split.
    static let longestAnalyzedWord = 60

    /// Creates an analyzer with the bundled compound lexicon; `shared` lets analyzers on other
    /// threads reuse each other's word analyses.
    public init(splitter: CompoundSplitter = .bundled, shared: SharedWordAnalyses? = nil) {
        self.splitter = splitter
        self.shared = shared
        folded.reserveCapacity(128)
        tokenBytes.reserveCapacity(1 << 20)
    }

    /// Analyzes UTF-8 text and calls `emit` for each token with the word's byte range.
    ///
    /// `emit` returns false to stop. Tokens of kind `.part` are colocated with the previous `.stem`.
    public func analyze(
        _ bytes: UnsafeBufferPointer<UInt8>, mode: AnalysisMode,
        _ emit: (_ token: UnsafeBufferPointer<UInt8>, _ kind: TokenKind, _ start: Int, _ end: Int) -> Bool
    ) {
        var scanner = WordScanner(bytes)
        while let word = scanner.next() {
            let raw = UnsafeBufferPointer(rebasing: bytes[word.start..<word.end])
            if mode == .prefix {
                fold(raw)
                if !folded.withUnsafeBufferPointer({ emit($0, .word, word.start, word.end) }) { return }
                continue
            }
            let entry = self.entry(for: raw, parts: word.parts, wordStart: word.start)
            let first = Int(entryFirstToken[entry])
            let last = mode == .query ? first + 1 : first + Int(entryTokenCount[entry])
            let keepGoing = tokenBytes.withUnsafeBufferPointer { arena -> Bool in
                for index in first..<last {
                    let token = UnsafeBufferPointer(rebasing: arena[Int(tokenStarts[index])..<Int(tokenEnds[index])])
                    if !emit(token, index == first ? .stem : .part, word.start, word.end) { return false }
                }
                return true
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

    /// The cached entry of a raw word, analyzing it on first sight.
    @inline(__always)
    private func entry(for raw: UnsafeBufferPointer<UInt8>, parts: [Range<Int>], wordStart: Int) -> Int {
        let hash = WordTable.hash(raw)
        if let entry = table.find(raw, hash: hash) { return entry }
        if table.count >= cacheLimit {
            table.removeAll()
            entryFirstToken.removeAll(keepingCapacity: true)
            entryTokenCount.removeAll(keepingCapacity: true)
            tokenStarts.removeAll(keepingCapacity: true)
            tokenEnds.removeAll(keepingCapacity: true)
            tokenBytes.removeAll(keepingCapacity: true)
        }
        let analysis: WordAnalysis
        if let known = shared?.analysis(of: raw) {
            analysis = known
        } else {
            analysis = self.analysis(of: raw, hyphenParts: parts.map { $0.lowerBound - wordStart..<$0.upperBound - wordStart })
            shared?.store(analysis, for: raw)
        }
        let entry = table.insert(raw, hash: hash)
        entryFirstToken.append(Int32(tokenStarts.count))
        entryTokenCount.append(Int32(1 + analysis.parts.count))
        for token in [analysis.stem] + analysis.parts {
            tokenStarts.append(Int32(tokenBytes.count))
            tokenBytes.append(contentsOf: token)
            tokenEnds.append(Int32(tokenBytes.count))
        }
        return entry
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
                for part in splitter.split(String(decoding: whole, as: UTF8.self)) {
                    parts.append(stem(Array(part.utf8)))
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

    private func shouldStem(_ word: [UInt8]) -> Bool {
        guard word.count <= Self.longestAnalyzedWord else { return false }
        // Numbers and codes with digits (2025, h5n1, covid19) are kept as they are.
        return !word.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    private func stem(_ word: [UInt8]) -> [UInt8] {
        guard shouldStem(word) else { return word }
        return Array(stemmer.stem(String(decoding: word, as: UTF8.self)).utf8)
    }
}
