import Testing
@testable import LetterIndex

/// `TopSelection.first` gives what sorting everything and taking a prefix gives.
struct TopSelectionTests {
    @Test(arguments: [(0, 0), (1, 10), (10, 5), (10, 1_000), (30, 2_000), (500, 300)])
    func firstEqualsTheSortedPrefix(count: Int, size: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(size + 1)
        let values: [Int] = (0..<size).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 50)  // few distinct values: many ties
        }
        let ordered: (Int, Int) -> Bool = { $0 > $1 }
        #expect(TopSelection.first(count, of: values, by: ordered) == Array(values.sorted(by: ordered).prefix(count)))
    }
}
