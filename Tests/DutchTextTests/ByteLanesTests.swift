import Testing
@testable import DutchText

@Suite struct ByteLanesTests {
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    @Test func alphanumericLanesMarksEveryByteValueInEveryLane() {
        // Each byte value in each lane, beside neighbours that could carry into it.
        for neighbour: UInt8 in [0x00, 0x39, 0x7A, 0x7F, 0x80, 0xFF] {
            for lane in 0..<8 {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[lane] = UInt8(value)
                    let x = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let marked = ByteLanes.alphanumericLanes(x)
                    for j in 0..<8 {
                        let bit = marked >> UInt64(8 * j) & 0xFF
                        #expect(bit == (Self.isAlphanumeric(bytes[j]) ? 0x80 : 0), "lane \(j) of \(bytes)")
                    }
                }
            }
        }
    }

    @Test(arguments: ["", "abc", "abcdefgh", "abcdefghi", "Kamerbrief2024 over", "solidariteits-verplichting",
                      "ministeriële", "12345678901234567890!", "x", "ab cd", "AbCdEfGhIjKlMnOpQrStUvWxYz09 "])
    func runEndsAtTheFirstByteThatIsNotALetterOrDigit(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                let expected = bytes[start...].firstIndex { !Self.isAlphanumeric($0) } ?? bytes.count
                #expect(ByteLanes.alphanumericRunEnd(in: buffer, from: start) == expected, "\(text) from \(start)")
            }
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isCapital(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }

    /// Each byte value in each lane, beside neighbours that could carry into it: `lanes` marks
    /// lane `j` with 0x80 exactly where `holds` says byte `j` belongs.
    static func checkEveryByteValueInEveryLane(_ lanes: (UInt64) -> UInt64, _ holds: (UInt8) -> Bool) {
        for neighbour: UInt8 in [0x00, 0x39, 0x40, 0x5A, 0x5B, 0x7A, 0x7F, 0x80, 0xFF] {
            for lane in 0..<8 {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[lane] = UInt8(value)
                    let marked = lanes(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
                    for j in 0..<8 {
                        let bit = marked >> UInt64(8 * j) & 0xFF
                        #expect(bit == (holds(bytes[j]) ? 0x80 : 0), "lane \(j) of \(bytes)")
                    }
                }
            }
        }
    }

    @Test func letterLanesMarkExactlyTheASCIILetters() {
        Self.checkEveryByteValueInEveryLane(ByteLanes.letterLanes, Self.isLetter)
    }

    @Test func capitalLanesMarkExactlyTheASCIICapitals() {
        Self.checkEveryByteValueInEveryLane(ByteLanes.capitalLanes, Self.isCapital)
    }

    @Test func highBitsGatherBitSevenOfEachLaneInOrder() {
        for pattern in 0..<256 {
            var lanes: UInt64 = 0
            for j in 0..<8 where pattern >> j & 1 == 1 { lanes |= 0x80 << UInt64(8 * j) }
            // The other bits of each lane are ignored.
            #expect(ByteLanes.highBits(lanes | 0x7F7F_7F7F_7F7F_7F7F) == UInt64(pattern))
        }
        #expect(ByteLanes.repeating(UInt8(ascii: "a")) == 0x6161_6161_6161_6161)
    }

    @Test(arguments: [
        ("de minister van Financiën", "minister"), ("De MINISTER", "minister"), ("Kamerstuk 36 200", "kamerstuk"),
        ("aaaaaaaaaaaaaaaaa", "ab"), ("xx nr. 12 en Nr. 13", "nr"), ("antwoord", "antwoorden"),
    ])
    func pairLanesMarkEveryPositionHoldingTheFirstAndLastByte(text: String, word: String) {
        let bytes = Array(text.utf8) + [UInt8](repeating: 0, count: 16)
        let w = Array(word.utf8)
        let distance = w.count - 1
        bytes.withUnsafeBytes { raw in
            for offset in 0...(text.utf8.count) {
                for caseBits in [0, ByteLanes.caseBits] {
                    let lanes = ByteLanes.pairLanes(
                        raw.baseAddress!, at: offset, first: w[0], firstCase: caseBits, last: w[distance],
                        lastCase: caseBits, distance: distance)
                    for j in 0..<8 {
                        let fold: (UInt8) -> UInt8 = { caseBits == 0 ? $0 : $0 | 0x20 }
                        let expected = fold(bytes[offset + j]) == w[0] && fold(bytes[offset + j + distance]) == w[distance]
                        #expect(lanes >> UInt64(8 * j) & 0xFF == (expected ? 0x80 : 0), "\(text) at \(offset + j)")
                    }
                }
            }
        }
    }

    @Test(arguments: ["", "de minister", "de minister van Financiën", "nog steeds geen hoofdletter hier, ook niet.",
                      "Kamer", "een hele lange zin zonder iets en dan Z", "België", "abcdefgh@[`{"])
    func firstCapitalOrMultiByteFindsWhereACapitalizedWordCanStart(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                let expected = bytes[start...].firstIndex { Self.isCapital($0) || $0 >= 0x80 } ?? bytes.count
                #expect(ByteLanes.firstCapitalOrMultiByte(in: buffer, from: start) == expected, "\(text) from \(start)")
            }
        }
    }

    @Test(arguments: ["", "g", "orde van de dag", "gggggggggggggggggg", "en gaat over tot de orde van de dag.\n", "abcdefghijklmnopq"])
    func lastIndexFindsTheHighestOffsetHoldingTheByte(text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                for end in start...bytes.count {
                    let expected = bytes[start..<end].lastIndex(of: UInt8(ascii: "g"))
                    #expect(ByteLanes.lastIndex(of: UInt8(ascii: "g"), in: buffer, from: start, to: end) == expected)
                }
            }
        }
    }
}
