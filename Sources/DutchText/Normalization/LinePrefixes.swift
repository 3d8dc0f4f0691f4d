/// Words a line may start with, with the first bytes and the shortest length they have, so that
/// most lines are turned away on their first byte before any comparison. Those guards are
/// derived from the words: a word added to a list is never passed over by a stale guard.
///
/// ```swift
/// let labels = LinePrefixes(["Datum ", "Ons kenmerk"])
/// labels.first(in: Array("Ons kenmerk 123".utf8))  // the bytes of "Ons kenmerk"
/// ```
struct LinePrefixes: Sendable {
    /// The words, in the order given (the first that matches wins).
    let words: [[UInt8]]
    /// A bit for each byte value some word starts with, 64 values per element.
    private let firstBytes: [UInt64]
    /// Bytes of the shortest word.
    private let shortest: Int

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var firstBytes = [UInt64](repeating: 0, count: 4)
        for word in self.words {
            precondition(!word.isEmpty, "LinePrefixes holds words of one byte or more")
            firstBytes[Int(word[0] >> 6)] |= 1 << UInt64(word[0] & 63)
        }
        self.firstBytes = firstBytes
        shortest = self.words.map(\.count).min() ?? 0
    }

    /// The first of the words that `line` starts with, or nil.
    @inline(__always)
    func first(in line: [UInt8]) -> [UInt8]? {
        guard line.count >= shortest, let b = line.first, firstBytes[Int(b >> 6)] >> UInt64(b & 63) & 1 != 0 else {
            return nil
        }
        return words.first { NormalizerBytes.hasPrefix(line, $0) }
    }
}
