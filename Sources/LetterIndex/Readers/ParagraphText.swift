/// Text gathered from markup one paragraph a line: white space inside a line collapsed to one
/// space, lines trimmed, empty lines dropped.
///
/// ```swift
/// var text = ParagraphText()
/// text.append("  De Kamer,\n ")
/// text.breakLine()
/// text.append("gehoord de beraadslaging,")
/// text.result // "De Kamer,\ngehoord de beraadslaging,"
/// ```
struct ParagraphText {
    private var lines: [String] = []
    private var current = String.UnicodeScalarView()
    private var pendingSpace = false
    /// Keep line ends and spaces as they are (inside `<pre>`).
    var preformatted = false

    /// Appends text to the current line.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if preformatted {
                if scalar == "\n" { breakLine() } else if scalar != "\r" { current.append(scalar) }
                continue
            }
            if scalar.properties.isWhitespace || scalar == "\u{0}" {
                pendingSpace = !current.isEmpty
            } else {
                if pendingSpace { current.append(" ") }
                pendingSpace = false
                current.append(scalar)
            }
        }
    }

    /// Ends the current line (nothing happens when it is empty).
    mutating func breakLine() {
        pendingSpace = false
        var line = String(current)
        current = String.UnicodeScalarView()
        while line.last?.isWhitespace == true { line.removeLast() }
        if !line.isEmpty { lines.append(line) }
    }

    /// Whether nothing was gathered.
    var isEmpty: Bool { lines.isEmpty && current.isEmpty }

    /// The lines, joined by line ends.
    var result: String {
        var copy = self
        copy.breakLine()
        return copy.lines.joined(separator: "\n")
    }
}
