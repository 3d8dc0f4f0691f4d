/// Step 5 of ``TextNormalizer``: joins lines into paragraphs, one paragraph per output line.
///
/// - A line that ends without sentence punctuation (a letter or digit) and a next line that
///   starts lowercase are one paragraph, also across blank lines and removed furniture or
///   footnotes: that is a page break (`… herziening van` / footnotes / `het veilig-…`).
/// - A line ending in a hyphen is joined with the next as ``HyphenationRepair`` decides.
/// - In PDF-wrapped text (detected per document: many lines end in a word and go on
///   lowercase) a full-width line (at least 70% of the median wrapped line) goes on in the
///   next line of its block, except before a bullet or numbered item, and after a heading: a
///   line without end punctuation followed by a sentence opening (`Op 5 januari …`, `De …`).
///   Short lines (mastheads, `De Kamer,`, signatures) end their paragraph.
/// - Text with one paragraph per line (moties, OCR) keeps its lines: `gehoord de
///   beraadslaging,` / `constaterende dat …` stay two paragraphs.
enum ParagraphJoiner {
    static func paragraphs(_ lines: [NormalizerLine]) -> [[UInt8]] {
        let layout = Layout(lines)
        var paragraphs = [[UInt8]]()
        paragraphs.reserveCapacity(lines.count / 2 + 1)
        var current = [UInt8]()
        var sawBlank = false
        var sawRemoved = false
        var lastLineLength = 0
        for line in lines {
            switch line.role {
            case .blank:
                sawBlank = true
                continue
            case .furniture, .footnote:
                sawRemoved = true
                continue
            case .body:
                break
            }
            if current.isEmpty {
                current = line.bytes
            } else {
                let meeting = joint(
                    current, line.bytes, lastLineLength: lastLineLength, sawBlank: sawBlank, sawRemoved: sawRemoved,
                    layout: layout)
                switch meeting {
                case .space:
                    current.append(NormalizerBytes.space)
                    current.append(contentsOf: line.bytes)
                case .hyphen(.join):
                    current.removeLast()
                    current.append(contentsOf: line.bytes)
                case .hyphen(.keep):
                    current.append(contentsOf: line.bytes)
                case .hyphen(.keepWithSpace):
                    current.append(NormalizerBytes.space)
                    current.append(contentsOf: line.bytes)
                case .paragraph:
                    paragraphs.append(current)
                    current = line.bytes
                }
            }
            lastLineLength = line.bytes.count
            sawBlank = false
            sawRemoved = false
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    enum Joint: Equatable {
        case space
        case hyphen(HyphenationRepair.Verdict)
        case paragraph
    }

    /// How `previous` (the paragraph so far) and `next` meet.
    static func joint(
        _ previous: [UInt8], _ next: [UInt8], lastLineLength: Int, sawBlank: Bool, sawRemoved: Bool, layout: Layout
    ) -> Joint {
        guard let last = previous.last, !next.isEmpty else { return .paragraph }
        let nextLower = NormalizerBytes.isLowercaseLetter(next, at: 0)
        if last == NormalizerBytes.hyphen, previous.count >= 2,
           NormalizerBytes.isLetter(previous, at: NormalizerBytes.scalarStart(in: previous, before: previous.count - 1)) {
            if nextLower { return .hyphen(HyphenationRepair.lineEndVerdict(paragraph: previous, next: next)) }
            if !sawBlank || sawRemoved, NormalizerBytes.isUppercaseLetter(next, at: 0) {
                return .hyphen(.keep) // "Noord-\nHolland"
            }
            return .paragraph
        }
        let lastStart = NormalizerBytes.scalarStart(in: previous, before: previous.count)
        let endsInWord = NormalizerBytes.isLetter(previous, at: lastStart) || NormalizerBytes.isDigit(last)
        if nextLower && endsInWord { return .space }
        // Past here only a full line of PDF-wrapped text goes on in the next line.
        guard layout.wrapped, !sawBlank, !sawRemoved, lastLineLength >= layout.shortLine else { return .paragraph }
        if startsListItem(next) { return .paragraph }
        if last == 0x3B || last == 0x3A { return .paragraph } // "…zenders;" / "constaterende dat …"
        if nextLower || isTerminal(last) { return .space }
        if opensSentence(next) { return .paragraph }
        return .space
    }

    /// Per-document layout: is it PDF-wrapped text, and how long is a full line.
    struct Layout {
        var wrapped = false
        var shortLine = 0

        init(_ lines: [NormalizerLine]) {
            var pairs = 0
            var softWraps = 0
            var wrapLengths = [Int]()
            var previous: [UInt8]? = nil
            for line in lines {
                guard line.role == .body else {
                    previous = nil
                    continue
                }
                if let p = previous, let last = p.last {
                    pairs += 1
                    let endsInWord = NormalizerBytes.isLetter(p, at: NormalizerBytes.scalarStart(in: p, before: p.count))
                        || NormalizerBytes.isDigit(last)
                    if endsInWord, NormalizerBytes.isLowercaseLetter(line.bytes, at: 0) {
                        softWraps += 1
                        wrapLengths.append(p.count)
                    }
                }
                previous = line.bytes
            }
            wrapped = softWraps >= 3 && softWraps * 5 >= pairs
            if wrapped {
                wrapLengths.sort()
                shortLine = wrapLengths[wrapLengths.count / 2] * 7 / 10
            }
        }
    }

    @inline(__always)
    static func isTerminal(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x3B
    }

    /// `- item`, `• item`, `1. item`, `a) item`.
    static func startsListItem(_ line: [UInt8]) -> Bool {
        let b = line[0]
        if b == NormalizerBytes.hyphen || b == 0x2A { return line.count > 1 && line[1] == NormalizerBytes.space }
        if b == 0xE2, line.count > 2, line[1] == 0x80, line[2] == 0xA2 || line[2] == 0x93 || line[2] == 0x94 { return true }
        var i = 0
        while i < line.count, i < 3, NormalizerBytes.isDigit(line[i]) || NormalizerBytes.isASCIILower(line[i]) && i == 0 {
            i += 1
        }
        return i > 0 && i + 1 < line.count && (line[i] == 0x2E || line[i] == 0x29) && line[i + 1] == NormalizerBytes.space
    }

    private static let sentenceOpeners: Set<[UInt8]> = Set([
        "De", "Het", "Een", "Op", "In", "Uw", "Ik", "Wij", "We", "Dit", "Deze", "Dat", "Die", "Naar", "Met",
        "Voor", "Bij", "Na", "Zoals", "Er", "Als", "Om", "Tijdens", "Daarnaast", "Hierbij", "Graag", "Aan",
        "Over", "Onder", "Ook", "Sinds", "Tot", "Vanaf", "Per", "Volgens", "Door", "Nu", "Wat", "Welke",
        "Wanneer", "Hoewel", "Omdat", "Daarom", "Verder", "Tevens", "Voorts", "Bovendien", "Hier", "Daar",
        "Zo", "Ten", "Mede", "Zij", "Hij", "Indien", "Gelet", "Inmiddels", "Vervolgens", "Alle", "Elke",
        "Iedere", "Geen", "Uit", "Vanuit", "Ter", "Conform", "Hiermee", "Daarmee", "Ondanks", "Momenteel",
        "Allereerst", "Tot slot", "Tenslotte", "Ten slotte", "Kortom", "Samenvattend", "Ten aanzien",
    ].map { Array($0.utf8) })

    /// Whether `line` starts with a word that opens a Dutch sentence (not a name).
    static func opensSentence(_ line: [UInt8]) -> Bool {
        var end = 0
        while end < line.count, line[end] != NormalizerBytes.space, line[end] != 0x2C { end += 1 }
        return sentenceOpeners.contains(Array(line[0..<end]))
    }
}
