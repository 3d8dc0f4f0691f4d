/// Finds the signature blocks of a letter: a line "De Minister van Asiel en Migratie," with the
/// signer's name on the same line or the next non-blank line ("D.M. van Weel"). Every role of a
/// block becomes a `.minister` mention with `primary: true` (and a `.ministry` mention for its
/// ministry); the name is the surname in normal capitalization.
///
/// A line counts as a signature when, after the role phrase, it holds nothing but a comma,
/// "a.i." and a name, and either ends in a comma or is followed by a name line. Running text
/// that starts a line ("De minister van Financiën heeft ...") does not.
///
/// ```swift
/// let text = "Hoogachtend,\n\nDe Minister van Asiel en Migratie,\n\nD.M. van Weel\n"
/// SignatureRecognizer().mentions(in: text, furniture: []).first?.name // "Van Weel"
/// ```
public struct SignatureRecognizer: EntityRecognizer {
    private let parser: RolePhraseParser

    /// Creates a recognizer over the given ministry table.
    public init(gazetteer: MinistryGazetteer = .shared) {
        self.parser = RolePhraseParser(gazetteer: gazetteer)
    }

    /// Signature mentions in `text`; furniture is not searched (signatures are in the body).
    public func mentions(in text: String, furniture: [String]) -> [Mention] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Mention] = []
            scan(bytes, on: nil, into: &out)
            return out
        }
    }

    /// Appends signature mentions of `bytes` to `out`, roles labelled as on `date`, and returns
    /// the byte ranges they cover.
    @discardableResult
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, on date: DutchDate?, into out: inout [Mention]) -> [Range<Int>] {
        var covered: [Range<Int>] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = MinisterText.lineEnd(bytes, lineStart)
            if let block = signature(bytes, lineStart: lineStart, lineEnd: lineEnd, on: date) {
                out.append(contentsOf: block.mentions)
                covered.append(block.range)
                lineStart = block.resume
                continue
            }
            lineStart = lineEnd + 1
        }
        return covered
    }

    private struct Block {
        var mentions: [Mention]
        var range: Range<Int>
        var resume: Int
    }

    private func signature(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, on date: DutchDate?) -> Block? {
        var i = MinisterText.skipSpace(bytes, lineStart, newlines: 0)
        guard lineEnd - i >= 8, lineEnd - i < 200 else { return nil }
        // Optional article.
        if MinisterText.hasWord(bytes, i, "de") {
            i = MinisterText.skipSpace(bytes, i + 2, newlines: 0)
        } else if MinisterText.hasWord(bytes, i, "den") {
            i = MinisterText.skipSpace(bytes, i + 3, newlines: 0)
        }
        guard i < lineEnd, RolePhraseParser.mayStartRole(bytes, i) else { return nil }
        let (found, phraseEnd) = parser.parse(bytes, at: i)
        let roles = found.filter { $0.role != nil }
        guard !roles.isEmpty else { return nil }
        // What follows the role phrase on its (last) line.
        let restEnd = MinisterText.lineEnd(bytes, phraseEnd)
        var rest = Substring(MinisterText.string(bytes, phraseEnd, restEnd))
        rest = rest.drop { $0 == " " || $0 == "\t" }
        var comma = false
        // The markers are ASCII: lowering the first characters of the rest is enough to compare.
        for marker in ["a.i.", "a. i.", "a.L", "ad interim"] where rest.prefix(16).lowercased().hasPrefix(marker.lowercased()) {
            rest = rest.dropFirst(marker.count).drop { $0 == " " }
        }
        if rest.hasPrefix(",") {
            comma = true
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        }
        var nameTokens: [Substring]?
        var blockEnd = restEnd
        let restTrimmed = rest.trimmingSpace()
        if !restTrimmed.isEmpty {
            // Page numbers or printer codes may follow the name: "W. DREES. 1400 III 10".
            let beforeDigits = restTrimmed.prefix { !$0.isNumber }.trimmingSpace()
            // The byte test first: most lines after a role phrase are running text.
            let whole = PersonName.mayBeNameLine(restTrimmed.utf8) ? PersonName.nameTokens(restTrimmed) : nil
            guard let tokens = whole ?? (PersonName.mayBeNameLine(beforeDigits.utf8) ? PersonName.nameTokens(beforeDigits) : nil)
            else {
                return nil
            }
            nameTokens = tokens
        } else {
            // The name on one of the next lines, after blank lines.
            var next = restEnd + 1
            var seen = 0
            while next < bytes.count && seen < 6 {
                let end = MinisterText.lineEnd(bytes, next)
                let line = Substring(MinisterText.string(bytes, next, end)).trimmingSpace()
                if line.isEmpty {
                    next = end + 1
                    seen += 1
                    continue
                }
                if !startsWithRole(line), PersonName.mayBeNameLine(line.utf8), let tokens = PersonName.nameTokens(line),
                    !Self.isHeading(tokens)
                {
                    nameTokens = tokens
                    blockEnd = end
                }
                break
            }
            guard comma || nameTokens != nil else { return nil }
        }
        let name = nameTokens.map(PersonName.surname)
        var mentions: [Mention] = []
        // A signature is the letter's own, as a heading is: every role and ministry primary.
        MinisterRecognizer.emit(roles, bytes, context: .heading, name: roles.count == 1 ? name : nil, on: date, into: &mentions)
        return Block(mentions: mentions, range: i..<phraseEnd, resume: max(restEnd + 1, blockEnd + 1))
    }

    /// The words that open the heading of a parliamentary paper.
    private static let headingWords: Set<String> = [
        "memorie", "nota", "verslag", "brief", "bijlage", "wetsontwerp", "ontwerp", "amendement", "motie",
        "toelichting", "rapport", "advies", "verbeterblad",
    ]

    /// A line that opens with a paper's kind is a heading ("MEMORIE VAN ANTWOORD" under "KABINET
    /// VAN DE VICEMINISTER-PRESIDENT"), not the name of a signature ("ELLIS.", "TH. H. BOT.").
    private static func isHeading(_ tokens: [Substring]) -> Bool {
        guard let first = tokens.first else { return false }
        return headingWords.contains(MinisterText.folded(first))
    }

    private func startsWithRole(_ line: Substring) -> Bool {
        let lower = line.prefix(24).lowercased()
        return lower.hasPrefix("de ") || lower.hasPrefix("den ") || lower.hasPrefix("minister")
            || lower.hasPrefix("staatssecretaris") || lower.hasPrefix("hoogachtend")
    }
}

extension Substring {
    /// The substring without leading and trailing spaces, tabs and carriage returns.
    fileprivate func trimmingSpace() -> Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" || first == "\r" || first == "\u{A0}" {
            slice = slice.dropFirst()
        }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" || last == "\u{A0}" {
            slice = slice.dropLast()
        }
        return slice
    }
}
