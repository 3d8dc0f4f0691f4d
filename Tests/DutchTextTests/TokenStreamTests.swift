import Testing
@testable import DutchText

@Suite struct TokenStreamTests {
    static let texts = [
        "De solidariteitsverplichtingen van de JBZ-Raad en 's-Gravenhage, mr. J.B.Z. Jansen.",
        "Het wapenexportbeleid: f 1.000,50 of 12,5% — geïnformeerd over Roemenië en auto's.",
        "Noord-Holland-Zuid EU-lijst EU-lijst wapenexportbeleid ministerie-brede covid19 h5n1",
        "",
        // Longer than a lookup batch (16 words), with words seen before and new ones on both
        // sides of the batch boundaries.
        "Hierbij bied ik u, mede namens de minister van Buitenlandse Zaken, de geannoteerde agenda aan "
            + "van de JBZ-Raad van 26 en 27 januari 2026. De solidariteitsverplichtingen van Nederland1 "
            + "zijn daarin opgenomen; de minister van Asiel en Migratie informeert u over de herplaatsing "
            + "en over de herplaatsingen van de lidstaten, het wapenexportbeleid en de Bin-nenlandse zaken.",
        // More tokens per byte than the stream's arrays are first sized for (one in five, plus
        // sixteen): written again with twice the room.
        (0..<400).map { "\(UnicodeScalar(UInt8(97 + $0 % 26))) \($0 % 10)" }.joined(separator: " "),
        "Wapenexportbeleidsverplichtingen " + String(repeating: "x ", count: 300),
    ]

    /// The stream's tokens as (token, colocated, start, end).
    static func replay(_ stream: TokenStream) -> [(String, Bool, Int, Int)] {
        stream.items.map { item in
            (String(decoding: stream.bytes[Int(item.tokenStart)..<Int(item.tokenEnd)], as: UTF8.self),
             item.colocated, Int(item.start), Int(item.end))
        }
    }

    @Test func streamsHoldTheDocumentTokensOnFirstAndLaterSight() {
        let analyzer = DutchAnalyzer()
        for _ in 0..<2 {
            for text in Self.texts {
                let expected = DutchAnalyzer().tokens(in: text, mode: .document)
                let stream = analyzer.stream(text)
                let replayed = Self.replay(stream)
                #expect(replayed.map(\.0) == expected.map(\.token))
                #expect(replayed.map(\.1) == expected.map { $0.kind == .part })
                #expect(replayed.map(\.2) == expected.map(\.start))
                #expect(replayed.map(\.3) == expected.map(\.end))
                #expect(stream.textLength == text.utf8.count)
                #expect(stream.bytes.count == Int(stream.items.last?.tokenEnd ?? 0))
            }
        }
    }

    @Test func wordTableFindsEveryKeyAndItsTokens() {
        let table = WordTable(capacity: 4)
        var keys: [[UInt8]] = []
        for length in 1...40 {
            for variant in 0..<30 {
                keys.append((0..<length).map { UInt8(ascii: "a") + UInt8(($0 * 7 + variant) % 26) })
            }
        }
        keys = Array(Set(keys))
        for (index, key) in keys.enumerated() {
            let parts = (0..<index % 3).map { [UInt8(ascii: "p"), UInt8(truncatingIfNeeded: $0)] }
            key.withUnsafeBufferPointer { key in
                #expect(table.find(key, hash: WordTable.hash(key)) == nil)
                let tokens = Array(key.reversed()) + parts.joined()
                let ends = parts.indices.map { key.count + 2 * ($0 + 1) }
                let record = tokens.withUnsafeBytes {
                    table.insert(key, hash: WordTable.hash(key), tokens: $0, stemCount: key.count, partEnds: ends)
                }
                #expect(record != nil)
            }
        }
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() {
            key.withUnsafeBufferPointer { key in
                guard let record = table.find(key, hash: WordTable.hash(key)) else {
                    Issue.record("key \(index) is missing")
                    return
                }
                let tokens = UnsafeRawBufferPointer(start: record.tokens, count: record.tokensCount)
                #expect(Array(tokens[record.token(0)]) == Array(key.reversed()))
                #expect(record.partCount == index % 3)
                for part in 0..<record.partCount {
                    #expect(Array(tokens[record.token(part + 1)]) == [UInt8(ascii: "p"), UInt8(part)])
                }
            }
        }
        table.removeAll()
        keys[0].withUnsafeBufferPointer { #expect(table.find($0, hash: WordTable.hash($0)) == nil) }
    }

    @Test func sharedAnalysesGiveTheSameStreams() {
        let shared = SharedWordAnalyses()
        let first = DutchAnalyzer(shared: shared)
        let second = DutchAnalyzer(shared: shared)
        for text in Self.texts {
            let alone = Self.replay(DutchAnalyzer().stream(text))
            let firstReplay = Self.replay(first.stream(text))
            let secondReplay = Self.replay(second.stream(text))
            #expect(firstReplay.map(\.0) == alone.map(\.0))
            #expect(secondReplay.map(\.0) == alone.map(\.0))
            #expect(secondReplay.map(\.1) == alone.map(\.1))
        }
    }

    @Test func hyphenPartsAreTheRunsBetweenHyphens() {
        var text = "'s-Gravenhage Noord-Holland-Zuid"
        text.withUTF8 { bytes in
            var scanner = WordScanner(bytes)
            #expect(scanner.next()?.parts == [0..<2, 3..<13])
            #expect(scanner.next()?.parts == [14..<19, 20..<27, 28..<32])
        }
    }

    @Test func stemmingBytesMatchesStemmingStrings() throws {
        let stemmer = DutchStemmer()
        for (word, _) in try DutchStemmerTests.loadVectors() {
            var copy = word
            let stem = copy.withUTF8 { stemmer.stem($0) }
            #expect(String(decoding: stem, as: UTF8.self) == stemmer.stem(word))
        }
    }

    @Test func everyPrefixOfALexiconWordMayBeginAWord() {
        let lexicon = CompoundLexicon.bundled
        lexicon.bytes.withUnsafeBufferPointer { bytes in
            var misses = 0
            for index in 0..<lexicon.count {
                var hash = CompoundLexicon.hashSeed
                for i in Int(lexicon.starts[index])..<Int(lexicon.starts[index + 1]) {
                    hash = CompoundLexicon.hash(hash, bytes[i])
                    if !lexicon.mayBeginWord(hash: hash) { misses += 1 }
                }
            }
            #expect(misses == 0)
        }
    }
}
