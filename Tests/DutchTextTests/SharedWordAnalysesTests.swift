import Foundation
import Synchronization
import Testing
@testable import DutchText

@Suite struct SharedWordAnalysesTests {
    /// Key `index` and its tokens: the key reversed, then `index % 3` two-byte parts.
    static func word(_ index: Int) -> (key: [UInt8], tokens: [UInt8], ends: [Int]) {
        let key = Array("w\(index)x\(index * 7919 % 1000)".utf8)
        let parts = (0..<index % 3).map { [UInt8(ascii: "p"), UInt8(truncatingIfNeeded: $0)] }
        return (key, Array(key.reversed()) + parts.joined(), parts.indices.map { key.count + 2 * ($0 + 1) })
    }

    static func holds(_ record: WordRecord, word index: Int) -> Bool {
        let word = word(index)
        let tokens = UnsafeRawBufferPointer(start: record.tokens, count: record.tokensCount)
        return Array(tokens) == word.tokens && record.stemCount == word.key.count && record.partCount == index % 3
    }

    @Test func lookupsOnOtherThreadsSeeWholeRecordsWhileWordsAreAdded() {
        let shared = SharedWordAnalyses(capacity: 16, limit: 1_000_000)
        let total = 60_000
        let added = Atomic<Int>(0)
        let wrong = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 3) { thread in
            if thread == 0 {
                // One thread adds the words in order (the slots grow twelve times meanwhile).
                for index in 0..<total {
                    let word = Self.word(index)
                    let record = word.key.withUnsafeBufferPointer { key in
                        word.tokens.withUnsafeBytes {
                            shared.insert(key, hash: WordTable.hash(key), tokens: $0, stemCount: key.count, partEnds: word.ends)
                        }
                    }
                    if record.map({ Self.holds($0, word: index) }) != true { wrong.add(1, ordering: .relaxed) }
                    added.store(index + 1, ordering: .releasing)
                }
                return
            }
            // The others look up words already added, and ones maybe not yet.
            var state = UInt64(thread)
            while added.load(ordering: .acquiring) < total {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let known = added.load(ordering: .acquiring)
                let index = Int(state >> 33) % (known + 100)
                let found = Self.word(index).key.withUnsafeBufferPointer { shared.table.find($0, hash: WordTable.hash($0)) }
                if let found, !Self.holds(found, word: index) { wrong.add(1, ordering: .relaxed) }
                if found == nil, index < known { wrong.add(1, ordering: .relaxed) }
            }
        }
        #expect(wrong.load(ordering: .relaxed) == 0)
        #expect(shared.table.count == total)
    }

    @Test func aWordAddedTwiceKeepsItsFirstRecord() {
        let shared = SharedWordAnalyses(capacity: 16, limit: 10)
        let key = Array("woning".utf8)
        let records = ["woon", "woning"].map { stem in
            key.withUnsafeBufferPointer { key in
                Array(stem.utf8).withUnsafeBytes {
                    shared.insert(key, hash: WordTable.hash(key), tokens: $0, stemCount: $0.count, partEnds: [])
                }
            }
        }
        #expect(records[0]?.base == records[1]?.base)
        #expect(records[1]?.stemCount == 4)
        #expect(shared.table.count == 1)
    }

    @Test func analyzersGoOnAloneWhenTheSharedTableIsFull() {
        let shared = SharedWordAnalyses(capacity: 16, limit: 5)
        let first = DutchAnalyzer(shared: shared)
        let second = DutchAnalyzer(shared: shared)
        for text in TokenStreamTests.texts {
            let alone = TokenStreamTests.replay(DutchAnalyzer().stream(text))
            for analyzer in [first, second, first] {
                let replayed = TokenStreamTests.replay(analyzer.stream(text))
                #expect(replayed.map(\.0) == alone.map(\.0))
                #expect(replayed.map(\.1) == alone.map(\.1))
            }
        }
        #expect(shared.table.count == 5)
    }
}
