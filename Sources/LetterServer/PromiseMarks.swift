import LetterIndex

/// The sentences of a letter's toezeggingen (what was promised), marked in the letter page's text as
/// `<mark class="promise" id="toezegging-…">`: the place the toezeggingen list links to.
///
/// Only ranges that are in the text, start and end on a character, hold no line break and cut no entity
/// mention are marked, and none overlapping an earlier one, so a mark never breaks the markup around it.
struct PromiseMarks {
    /// One marked sentence: its UTF-8 byte range in the text and its fragment id.
    struct Mark {
        var range: Range<Int>
        var id: String
    }

    /// The marks kept, in text order.
    let marks: [Mark]

    /// The sentence of each toezegging `letter` names in its text.
    static func sentences(of letter: LetterDetail) -> [Mark] {
        let numbers = letter.mentions.filter { $0.kind == "toezegging" }.compactMap { mention -> (Range<Int>, String)? in
            guard let start = mention.start, let end = mention.end, start < end else { return nil }
            return (start..<end, mention.key)
        }
        return zip(numbers, CommitmentSentence.ranges(of: numbers.map(\.0), in: letter.text)).compactMap { number, sentence in
            sentence.map { Mark(range: $0, id: Commitment.anchor(number.1)) }
        }
    }

    /// Keeps the usable ones of `candidates` for `bytes`, whose entity mentions stand at `mentions`.
    init(_ candidates: [Mark], bytes: [UInt8], mentions: [Range<Int>]) {
        var kept: [Mark] = []
        var ids = Set<String>()
        for mark in candidates.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let range = mark.range
            guard range.lowerBound >= 0, range.lowerBound < range.upperBound, range.upperBound <= bytes.count,
                Self.startsCharacter(range.lowerBound, in: bytes), Self.startsCharacter(range.upperBound, in: bytes),
                !bytes[range].contains(UInt8(ascii: "\n")),
                !mentions.contains(where: { $0.contains(range.lowerBound) && $0.lowerBound != range.lowerBound }),
                !mentions.contains(where: { $0.lowerBound < range.upperBound && range.upperBound < $0.upperBound }),
                kept.last.map({ $0.range.upperBound <= range.lowerBound }) ?? true,
                ids.insert(mark.id).inserted
            else { continue }
            kept.append(mark)
        }
        marks = kept
    }

    /// The fragment ids the marks carry (the numbers of these toezeggingen then carry none).
    var ids: Set<String> { Set(marks.map(\.id)) }

    /// `bytes[range]` as `piece` renders text, with the marks' tags where they open and close in it (both ends
    /// included: a mark may open just before a mention or close just after one).
    func text(_ range: Range<Int>, of bytes: [UInt8], piece: (ArraySlice<UInt8>) -> String) -> String {
        var tags: [(position: Int, tag: String)] = []
        for mark in marks {
            if range.contains(mark.range.upperBound) || mark.range.upperBound == range.upperBound {
                tags.append((mark.range.upperBound, "</mark>"))
            }
            if range.contains(mark.range.lowerBound) || mark.range.lowerBound == range.upperBound {
                tags.append((mark.range.lowerBound, "<mark class=\"promise\" id=\"\(HTMLText.escape(mark.id))\">"))
            }
        }
        guard !tags.isEmpty else { return piece(bytes[range]) }
        // Closing before opening at one position, so adjacent marks stay nested correctly.
        tags.sort { $0.position != $1.position ? $0.position < $1.position : $0.tag.hasPrefix("</") }
        var output = ""
        var position = range.lowerBound
        for (at, tag) in tags {
            output += piece(bytes[position..<at])
            output += tag
            position = at
        }
        return output + piece(bytes[position..<range.upperBound])
    }

    private static func startsCharacter(_ offset: Int, in bytes: [UInt8]) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
