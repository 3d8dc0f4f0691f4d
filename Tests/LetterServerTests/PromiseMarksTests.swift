import Foundation
import LetterIndex
import Testing
@testable import LetterServer

/// The promised sentence marked in a letter's text: never a mark that would break the markup around it.
@Suite struct PromiseMarksTests {
    static func mention(_ kind: String, _ key: String, _ start: Int, _ end: Int) -> MentionDetail {
        LetterTextMarkupTests.mention(kind, key, start, end)
    }

    static func mark(_ range: Range<Int>, _ key: String = "TZ202401-001") -> PromiseMarks.Mark {
        PromiseMarks.Mark(range: range, id: Commitment.anchor(key))
    }

    @Test func aSentenceIsMarkedAroundTheMentionsInItAndTakesTheAnchor() {
        let text = "Eerder. Zoals toegezegd aan Podt volgt dit. Noot TZ202401-001."
        let bytes = Array(text.utf8)
        let sentence = 8..<43
        let podt = 28..<32
        let number = (bytes.count - 13)..<(bytes.count - 1)
        let html = LetterTextMarkup.html(text: text, mentions: [
            Self.mention("person", "podt", podt.lowerBound, podt.upperBound),
            Self.mention("toezegging", "TZ202401-001", number.lowerBound, number.upperBound),
        ], promises: [Self.mark(sentence)])
        #expect(html.hasPrefix("Eerder. <mark class=\"promise\" id=\"toezegging-TZ202401-001\">Zoals toegezegd aan "
            + "<a class=\"m m-person\" href=\"/entiteit/person/podt\" title=\"persoon: podt\">Podt</a> volgt dit.</mark> Noot "))
        // The anchor is the mark's; the number's mention carries none.
        #expect(html.components(separatedBy: "id=\"toezegging-TZ202401-001\"").count == 2)
    }

    @Test func aMarkThatWouldCutAMentionALineOrACharacterIsLeftOut() {
        let text = "één Griekenland en\nmeer tekst hier."
        let bytes = Array(text.utf8)
        let greece = 6..<17
        let candidates = [
            Self.mark(8..<20, "TZ1"),               // starts inside Griekenland
            Self.mark(0..<10, "TZ2"),               // ends inside Griekenland
            Self.mark(1..<5, "TZ3"),                // starts inside the two-byte é
            Self.mark(18..<25, "TZ4"),              // holds the line break
            Self.mark(30..<99, "TZ5"),              // past the end
            Self.mark(-3..<2, "TZ6"),               // before the start
        ]
        let marks = PromiseMarks(candidates, bytes: bytes, mentions: [greece])
        #expect(marks.marks.isEmpty)
        let kept = PromiseMarks([Self.mark(21..<31, "A"), Self.mark(25..<33, "B"), Self.mark(6..<17, "C")],
                                bytes: bytes, mentions: [greece])
        // A mark may hold a whole mention; one overlapping an earlier mark is left out.
        #expect(kept.marks.map(\.id) == [Commitment.anchor("C"), Commitment.anchor("A")])
    }

    @Test func theIdIsEscapedAndTheTextAroundStaysEscaped() {
        let text = "<b>Toegezegd</b> & meer."
        let html = LetterTextMarkup.html(text: text, mentions: [], promises: [PromiseMarks.Mark(range: 0..<16, id: "x\"><script>")])
        #expect(html == "<mark class=\"promise\" id=\"x&quot;&gt;&lt;script&gt;\">&lt;b&gt;Toegezegd&lt;/b&gt;</mark> &amp; meer.")
    }
}
