import Testing
@testable import LetterIndex

@Suite struct SHA256Tests {
    /// The portable code always; the CPU's SHA instructions too where this machine has them.
    static let paths = [false] + (SHA256.hasInstructions ? [true] : [])

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheStandardVectors(input: String, digest: String) {
        let bytes = Array(input.utf8)
        for instructions in Self.paths {
            #expect(bytes.withUnsafeBytes { SHA256.hex(of: $0, useInstructions: instructions) } == digest)
        }
    }

    @Test func hashesLongInputsAcrossBlocks() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        for instructions in Self.paths {
            #expect(bytes.withUnsafeBytes { SHA256.hex(of: $0, useInstructions: instructions) }
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        }
    }

    @Test func instructionsAgreeWithThePortableCodeAtEveryLengthAroundTheBlockSize() {
        for length in 0...300 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ length) }
            let portable = bytes.withUnsafeBytes { SHA256.hex(of: $0, useInstructions: false) }
            let fast = bytes.withUnsafeBytes { SHA256.hex(of: $0) }
            #expect(fast == portable, "length \(length)")
        }
    }
}
