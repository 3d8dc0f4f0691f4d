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
}
