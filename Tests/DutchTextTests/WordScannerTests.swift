import PropertyBased
import Testing
@testable import DutchText

@Suite struct WordScannerTests {
    static func words(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = WordScanner(bytes)
            var result: [String] = []
            while let word = scanner.next() {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self))
            }
            return result
        }
    }

    @Test(arguments: [
        ("De JBZ-Raad van 22-23 januari", ["De", "JBZ-Raad", "van", "22-23", "januari"]),
        ("auto's en 's-Gravenhage", ["auto's", "en", "'s-Gravenhage"]),
        ("mr. J.B.Z. Jansen, nr. 987", ["mr", "J.B.Z", "Jansen", "nr", "987"]),
        ("f 1.000,50 of 12,5%", ["f", "1.000,50", "of", "12,5"]),
        ("geïnformeerd over Roemenië.", ["geïnformeerd", "over", "Roemenië"]),
        ("\u{201C}citaat\u{201D} – streep", ["citaat", "streep"]),
        ("EU-lijst; Noord-Holland!", ["EU-lijst", "Noord-Holland"]),
        ("🙂 emoji\u{0}nul", ["emoji", "nul"]),
    ])
    func splitsWordsLikeDutchTextNeeds(text: String, expected: [String]) {
        #expect(Self.words(text) == expected)
    }

    @Test func offsetsAreUTF8BytesIntoTheText() {
        var text = "Roemenië en België"
        text.withUTF8 { bytes in
            var scanner = WordScanner(bytes)
            let first = scanner.next()!
            _ = scanner.next()
            let third = scanner.next()!
            #expect(first.start == 0 && first.end == 9)  // "Roemenië" is 9 bytes
            #expect(third.start == 13 && third.end == 20)
        }
    }

    @Test func hyphenatedWordsKeepTheirParts() {
        var text = "JBZ-Raad"
        text.withUTF8 { bytes in
            var scanner = WordScanner(bytes)
            let word = scanner.next()!
            #expect(word.parts == [0..<3, 4..<8])
        }
    }
}

/// Any bytes, valid UTF-8 or not: words come in order, inside the text, and hold their parts.
@Suite struct WordScannerPropertyTests {
    static let bytes: [UInt8] = Array("aZ09-'.,é 🙂\n\t".utf8) + [0x00, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]

    @Test func wordsOfAnyBytesAreOrderedAndInside() async {
        await propertyCheck(count: 2_000, input: Gen.element(of: Self.bytes).compactMap { $0 }.array(of: 0...64)) { bytes in
            bytes.withUnsafeBufferPointer { buffer in
                var scanner = WordScanner(buffer)
                var previousEnd = 0
                while let word = scanner.next() {
                    #expect(word.start >= previousEnd && word.start < word.end && word.end <= buffer.count)
                    for part in word.parts {
                        #expect(part.lowerBound >= word.start && part.upperBound <= word.end)
                    }
                    previousEnd = word.end
                }
            }
        }
    }
}
