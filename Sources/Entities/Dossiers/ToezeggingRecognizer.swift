/// Finds toezeggingen (commitments of a minister to the Kamer) by their registry number:
/// `TZ202412-096` (year, month, serial).
///
/// ```swift
/// ToezeggingRecognizer().mentions(in: "2 TZ202412-096.", furniture: [])
/// // [Mention(kind: .toezegging, key: "TZ202412-096", surface: "TZ202412-096", …)]
/// ```
/// The key always uses a hyphen, also when the text has an en dash (`TZ202504–026`).
public struct ToezeggingRecognizer: LetterTextRecognizer {
    public init() {}

    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        mentions(reading: text, furniture: furniture)
    }

    func mentions(in text: LetterBytes, words: WordSpans, furniture: [String]) -> [Mention] {
        var result = Self.scan(text, words: words, inText: true)
        for piece in furniture {
            let bytes = LetterBytes(piece)
            result += Self.scan(bytes, words: WordSpans(bytes), inText: false)
        }
        return result
    }

    private static func scan(_ text: LetterBytes, words: WordSpans, inText: Bool) -> [Mention] {
        var result: [Mention] = []
        let b = text.bytes
        let end = text.count
        // Only words starting with `TZ`: yyyymm, a dash, a serial of one to four digits.
        words.forEachStart { i in
            guard b[i] == UInt8(ascii: "T"), i + 2 < end, b[i + 1] == UInt8(ascii: "Z") else { return nil }
            let digitsStart = i + 2
            let digitsEnd = text.skipDigits(from: digitsStart, to: end)
            let dash = text.dashLength(at: digitsEnd, end: end)
            guard digitsEnd - digitsStart == 6, dash > 0 else { return nil }
            let serialStart = digitsEnd + dash
            let serialEnd = text.skipDigits(from: serialStart, to: end)
            guard serialEnd - serialStart >= 1, serialEnd - serialStart <= 4, text.isWordEnd(serialEnd, end: end),
                (1...12).contains(text.number(digitsStart + 4, digitsEnd))
            else { return nil }
            let key = "TZ" + text.string(digitsStart, digitsEnd) + "-" + text.string(serialStart, serialEnd)
            result.append(Mention(kind: .toezegging, key: key, label: key, in: text, i, serialEnd, inText: inText))
            return serialEnd
        }
        return result
    }
}
