/// Finds toezeggingen (commitments of a minister to the Kamer) by their registry number:
/// `TZ202412-096` (year, month, serial).
///
/// ```swift
/// ToezeggingRecognizer().mentions(in: "2 TZ202412-096.", furniture: [])
/// // [Mention(kind: .toezegging, key: "TZ202412-096", surface: "TZ202412-096", …)]
/// ```
/// The key always uses a hyphen, also when the text has an en dash (`TZ202504–026`).
public struct ToezeggingRecognizer: EntityRecognizer {
    public init() {}

    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        mentions(in: LetterBytes(text), furniture: furniture)
    }

    /// Mentions in text already read as bytes (the profiler shares them).
    func mentions(in text: LetterBytes, furniture: [String]) -> [Mention] {
        var result = Self.scan(text, inText: true)
        for piece in furniture { result += Self.scan(LetterBytes(piece), inText: false) }
        return result
    }

    private static func scan(_ text: LetterBytes, inText: Bool) -> [Mention] {
        var result: [Mention] = []
        let b = text.bytes
        let end = text.count
        var i = 0
        while i + 2 < end {
            guard b[i] == 0x54, b[i + 1] == 0x5A, text.isWordStart(i) else { i += 1; continue }
            let digitsStart = i + 2
            let digitsEnd = text.skipDigits(from: digitsStart, to: end)
            let dash = text.dashLength(at: digitsEnd, end: end)
            guard digitsEnd - digitsStart == 6, dash > 0 else { i += 2; continue }
            let serialStart = digitsEnd + dash
            let serialEnd = text.skipDigits(from: serialStart, to: end)
            guard serialEnd - serialStart >= 1, serialEnd - serialStart <= 4, text.isWordEnd(serialEnd, end: end),
                (1...12).contains(text.number(digitsStart + 4, digitsEnd))
            else { i += 2; continue }
            let key = "TZ" + text.string(digitsStart, digitsEnd) + "-" + text.string(serialStart, serialEnd)
            result.append(
                Mention(
                    kind: .toezegging, key: key, label: key,
                    start: inText ? i : nil, end: inText ? serialEnd : nil,
                    surface: text.string(i, serialEnd)))
            i = serialEnd
        }
        return result
    }
}
