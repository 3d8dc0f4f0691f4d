import Testing
@testable import DutchText

@Suite struct FNV1aTests {
    /// The published 64-bit FNV-1a test vectors.
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)] as [(String, UInt64)])
    func hashMatchesThePublishedVectors(text: String, expected: UInt64) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { FNV1a.hash($0) } == expected)
        #expect(bytes.reduce(FNV1a.offsetBasis) { FNV1a.step($0, $1) } == expected)
    }

    @Test func compoundLexiconHashesWordsByTheSameSteps() {
        let word = Array("kamerbrief".utf8)
        let stepped = word.reduce(CompoundLexicon.hashSeed) { CompoundLexicon.hash($0, $1) }
        #expect(stepped == word.withUnsafeBufferPointer { FNV1a.hash($0) })
    }
}
