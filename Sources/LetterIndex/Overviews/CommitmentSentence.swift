import DutchText
import Foundation

/// What a toezegging is about: the sentence of the letter around its registry number.
///
/// The normalizer moves footnote texts to the end of a letter and takes their markers out of the
/// running text, so a number standing alone in a footnote (`2 TZ202412-096.`) says nothing by
/// itself. For such a footnote the sentence is the body's sentence that names a toezegging
/// (`… in lijn met de toezegging aan het lid Podt, …`): the first for the letter's first footnoted
/// toezegging, the second for its second, and so on (markers count up through a letter).
///
/// Works on UTF-8 bytes; every range is clamped, and cuts are moved onto character boundaries.
public enum CommitmentSentence {
    /// The longest sentence returned whole, in bytes; longer ones are cut around the number.
    static let maximumLength = 600

    /// The sentence (a UTF-8 byte range of `text`) of each toezegging whose number stands at `numbers`, in that
    /// order; nil for a range that is not in the text. A number in a footnote takes the body's sentences that
    /// name a toezegging in turn, by its place among the letter's footnoted numbers.
    public static func ranges(of numbers: [Range<Int>], in text: String) -> [Range<Int>?] {
        let bytes = Array(text.utf8)
        let lines = numbers.map { number -> Range<Int>? in
            guard number.lowerBound >= 0, number.lowerBound < number.upperBound, number.upperBound <= bytes.count else { return nil }
            return lineRange(containing: number.lowerBound, in: bytes)
        }
        let footnoted = numbers.indices.filter { lines[$0].map { isFootnote(bytes[$0]) } ?? false }
            .sorted { numbers[$0].lowerBound < numbers[$1].lowerBound }
        return numbers.indices.map { index in
            guard let line = lines[index] else { return nil }
            if let rank = footnoted.firstIndex(of: index) {
                let promises = sentences(in: bytes, upTo: line.lowerBound).filter { namesPromise(bytes[$0]) }
                if !promises.isEmpty { return promises[min(rank, promises.count - 1)] }
            }
            let number = numbers[index]
            let sentence = sentenceRanges(in: line, of: bytes).first { $0.contains(number.lowerBound) } ?? line
            return sentence.lowerBound..<max(sentence.upperBound, min(number.upperBound, line.upperBound))
        }
    }

    /// What each toezegging at `numbers` is about: the text of its sentence (see ``ranges(of:in:)``), cut around
    /// the number when longer than ``maximumLength``; empty for a range that is not in the text.
    static func texts(of numbers: [Range<Int>], in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return zip(numbers, ranges(of: numbers, in: text)).map { number, sentence in
            guard let sentence else { return "" }
            return clipped(sentence, around: sentence.contains(number.lowerBound) ? number : nil, in: bytes)
        }
    }

    /// The line (between line feeds) holding `offset`.
    static func lineRange(containing offset: Int, in bytes: [UInt8]) -> Range<Int> {
        var start = min(max(offset, 0), bytes.count)
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return start..<end
    }

    /// A footnote line: one to three digits, then a space or `)`, as the normalizer writes footnote texts.
    static func isFootnote(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, index - line.startIndex < 4, isDigit(line[index]) { index += 1 }
        let digits = index - line.startIndex
        guard (1...3).contains(digits), index < line.endIndex else { return false }
        return line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: ")")
    }

    /// Whether a sentence speaks of a promise (`toezegging`, `toegezegd`, `zeg toe`), case and accents folded.
    static func namesPromise(_ sentence: ArraySlice<UInt8>) -> Bool {
        let folded = Folding.fold(String(decoding: sentence, as: UTF8.self))
        return folded.contains("toezeg") || folded.contains("toegezegd")
    }

    /// Every sentence of the lines before `end`.
    static func sentences(in bytes: [UInt8], upTo end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let limit = min(max(end, 0), bytes.count)
        while start < limit {
            let line = lineRange(containing: start, in: bytes)
            result += sentenceRanges(in: line.lowerBound..<min(line.upperBound, limit), of: bytes)
            start = line.upperBound + 1
        }
        return result
    }

    /// The sentences of one line: a sentence ends at `.`, `?` or `!` followed by a space and a capital
    /// (so `nr. 111` and `o.a. de` do not end one), or at the line's end.
    static func sentenceRanges(in line: Range<Int>, of bytes: [UInt8]) -> [Range<Int>] {
        guard line.lowerBound >= 0, line.upperBound <= bytes.count, !line.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var start = line.lowerBound
        var index = line.lowerBound
        while index + 2 < line.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
                bytes[index + 1] == UInt8(ascii: " "), isCapital(bytes[index + 2])
            {
                result.append(start..<index + 1)
                start = index + 2
            }
            index += 1
        }
        if start < line.upperBound { result.append(start..<line.upperBound) }
        return result
    }

    /// The text of `sentence`, trimmed; a sentence longer than ``maximumLength`` is cut around `focus`
    /// (or after its start), with `…` where it was cut.
    static func clipped(_ sentence: Range<Int>, around focus: Range<Int>?, in bytes: [UInt8]) -> String {
        var start = min(max(sentence.lowerBound, 0), bytes.count)
        var end = min(max(sentence.upperBound, start), bytes.count)
        var prefix = ""
        var suffix = ""
        if end - start > maximumLength {
            let half = maximumLength / 2
            let center = focus.map { min(max($0.lowerBound, start), end) } ?? start + half
            let from = max(start, center - half)
            let to = min(end, from + maximumLength)
            if from > start { prefix = "…" }
            if to < end { suffix = "…" }
            start = from
            end = to
            while start < end, bytes[start] & 0xC0 == 0x80 { start += 1 }
            while end > start, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return prefix + text + suffix
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// An ASCII capital, an accented Latin letter (UTF-8 lead byte 0xC3: `É`, `Ö`), or a quote.
    private static func isCapital(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == 0xC3 || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "\"")
    }
}
