import Foundation
import Testing
@testable import LetterIndex

/// `AnalysisPipeline` hands every output over once, in order, and never runs further ahead of
/// its consumer than its lookahead.
struct AnalysisPipelineTests {
    /// Counts work started, to compare with what the consumer has taken.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var started = 0
        func start() { lock.withLock { started += 1 } }
        var count: Int { lock.withLock { started } }
    }

    @Test(arguments: [(0, 1, 4), (1, 2, 1), (100, 2, 1), (1_000, 3, 7), (2_000, 2, 64)])
    func outputsComeInOrderAndWithinTheLookahead(count: Int, workers: Int, lookahead: Int) {
        let progress = Progress()
        let pipeline = AnalysisPipeline(count: count, workers: workers, lookahead: lookahead) { index in
            progress.start()
            // Uneven work, so that workers finish out of order.
            var sum = 0
            for step in 0..<((index * 7_919) % 5_000) { sum &+= step }
            return (index, sum)
        }
        var taken: [Int] = []
        var furthestAhead = 0
        while let output = pipeline.next() {
            taken.append(output.0)
            furthestAhead = max(furthestAhead, progress.count - taken.count)
        }
        #expect(taken == Array(0..<count))
        #expect(furthestAhead <= lookahead)
        #expect(pipeline.next() == nil)
    }

    @Test func stopEndsTheWorkersWithOutputsLeft() async throws {
        let progress = Progress()
        let pipeline = AnalysisPipeline(count: 10_000, workers: 2, lookahead: 8) { index in
            progress.start()
            return index
        }
        #expect(pipeline.next() == 0)
        pipeline.stop()
        let startedAtStop = progress.count
        try await Task.sleep(for: .milliseconds(50))
        // At most the items the workers were on when stopped, inside the lookahead.
        #expect(progress.count <= startedAtStop + 2)
        #expect(progress.count < 20)
    }
}
