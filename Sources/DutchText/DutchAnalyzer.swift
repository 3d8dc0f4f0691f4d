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

    private struct Analysis {
        var stem: [UInt8]
        var parts: [[UInt8]]
    }

    private let stemmer = DutchStemmer()
    private let splitter: CompoundSplitter
    private var documentCache: [[UInt8]: Analysis] = [:]
    private var queryCache: [[UInt8]: [UInt8]] = [:]
    private let cacheLimit = 300_000
    private var folded: [UInt8] = []

    /// Words longer than this many bytes are indexed folded, neither stemmed nor split.
    static let longestAnalyzedWord = 60

    /// Creates an analyzer with the bundled compound lexicon.
    public init(splitter: CompoundSplitter = CompoundSplitter()) {
        self.splitter = splitter
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
        while let word = scanner.next() {
            let raw = UnsafeBufferPointer(rebasing: bytes[word.start..<word.end])
            switch mode {
            case .prefix:
                fold(raw)
                let keepGoing = folded.withUnsafeBufferPointer { emit($0, .word, word.start, word.end) }
                if !keepGoing { return }
            case .query:
                let key = Array(raw)
                let stem: [UInt8]
                if let cached = queryCache[key] {
                    stem = cached
                } else {
                    stem = analysis(of: raw, hyphenParts: word.parts.map { $0.lowerBound - word.start..<$0.upperBound - word.start }).stem
                    remember(&queryCache, key, stem)
                }
                if !stem.withUnsafeBufferPointer({ emit($0, .stem, word.start, word.end) }) { return }
            case .document:
                let key = Array(raw)
                let result: Analysis
                if let cached = documentCache[key] {
                    result = cached
                } else {
                    result = analysis(of: raw, hyphenParts: word.parts.map { $0.lowerBound - word.start..<$0.upperBound - word.start })
                    remember(&documentCache, key, result)
                }
                if !result.stem.withUnsafeBufferPointer({ emit($0, .stem, word.start, word.end) }) { return }
                for part in result.parts {
                    if !part.withUnsafeBufferPointer({ emit($0, .part, word.start, word.end) }) { return }
                }
            }
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

    /// The folded form of a word as a string, as prefix queries see it.
    public func folded(_ word: String) -> String {
        Folding.fold(word)
    }

    private func remember<Value>(_ cache: inout [[UInt8]: Value], _ key: [UInt8], _ value: Value) {
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = value
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

    private func analysis(of raw: UnsafeBufferPointer<UInt8>, hyphenParts: [Range<Int>]) -> Analysis {
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
        return Analysis(stem: stemmed, parts: unique)
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
