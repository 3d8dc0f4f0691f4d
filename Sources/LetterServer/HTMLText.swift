/// Text made safe for HTML: every piece of letter text passes through here before it meets markup.
///
/// ```swift
/// HTMLText.escape("<script>")                                  // "&lt;script&gt;"
/// HTMLText.highlighted("asiel en migratie", highlights: [[0, 5]]) // "<mark>asiel</mark> en migratie"
/// ```
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references.
    static func escape(_ text: some StringProtocol) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            append(scalar, to: &output)
        }
        return output
    }

    /// A snippet as HTML: each piece escaped, the `[start, end)` ranges (Unicode scalars) wrapped in `<mark>`.
    ///
    /// Ranges out of bounds, empty or overlapping an earlier one are ignored, so bad data cannot break the markup.
    static func highlighted(_ snippet: String, highlights: [[Int]]) -> String {
        let scalars = Array(snippet.unicodeScalars)
        let ranges = highlights.compactMap { pair -> Range<Int>? in
            guard pair.count == 2, pair[0] >= 0, pair[0] < pair[1], pair[1] <= scalars.count else { return nil }
            return pair[0]..<pair[1]
        }.sorted { $0.lowerBound < $1.lowerBound }
        var output = ""
        output.reserveCapacity(snippet.utf8.count + ranges.count * 13)
        var position = 0
        for range in ranges where range.lowerBound >= position {
            for scalar in scalars[position..<range.lowerBound] { append(scalar, to: &output) }
            output += "<mark>"
            for scalar in scalars[range] { append(scalar, to: &output) }
            output += "</mark>"
            position = range.upperBound
        }
        for scalar in scalars[position...] { append(scalar, to: &output) }
        return output
    }

    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        case "\"": output += "&quot;"
        case "'": output += "&#39;"
        default: output.unicodeScalars.append(scalar)
        }
    }
}
