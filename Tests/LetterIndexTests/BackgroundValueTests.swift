import Foundation
import Testing
@testable import LetterIndex

@Suite struct BackgroundValueTests {
    /// Counts calls from any thread.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    @Test func everyThreadWaitsForTheOneValue() {
        let calls = Calls()
        let background = BackgroundValue { () -> [Int] in
            calls.add()
            Thread.sleep(forTimeInterval: 0.05)
            return Array(1...1_000)
        }
        let sums = Calls()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if background.value.reduce(0, +) == 500_500 { sums.add() }
        }
        #expect(sums.value == 8)
        #expect(calls.value == 1)
        #expect(background.value.count == 1_000)
    }
}
