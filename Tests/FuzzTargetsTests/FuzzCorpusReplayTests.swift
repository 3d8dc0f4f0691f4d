import Foundation
import FuzzTargets
import Testing

/// Replays each fuzz target's seed corpus and the inputs that once found bugs (`Fuzz/corpus/`,
/// `Fuzz/regressions/`): a trap ends the test process, so a returning test is a passing one.
@Suite struct FuzzCorpusReplayTests {
    static func folders(_ target: String) -> [String] {
        let fuzz = SampleIndex.packageRoot.appendingPathComponent("Fuzz")
        return [
            fuzz.appendingPathComponent("corpus/\(target)").path,
            fuzz.appendingPathComponent("regressions/\(target)").path,
        ]
    }

    /// Runs `body` on a thread of its own: the targets block their thread while the router's
    /// tasks run, which on the test's cooperative pool (two threads here) could wait forever.
    static func offThePool<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }

    @Test func queryInputsRunWithoutTrapOrBrokenHighlight() async {
        let count = await Self.offThePool { FuzzReplay.run(Self.folders("query"), target: QueryFuzzTarget.run) }
        #expect(count >= 20)
    }

    @Test func documentInputsRunWithoutTrapOrOffsetOutsideTheText() async {
        let count = await Self.offThePool { FuzzReplay.run(Self.folders("document"), target: DocumentFuzzTarget.run) }
        #expect(count >= 10)
    }

    @Test func httpInputsAnswerEveryRouteWithoutServerError() async {
        let count = await Self.offThePool { FuzzReplay.run(Self.folders("http"), target: HTTPFuzzTarget.run) }
        #expect(count >= 10)
    }

    @Test func theSnippetAndPagerCrashesOfIssue18StayFixed() async {
        let status = await Self.offThePool { () -> Int in
            for query in ["O<)N?", "N\"-O.", "{#.-O}\"N"] {
                Array(query.utf8).withUnsafeBytes { QueryFuzzTarget.run($0) }
            }
            Array("q=asiel&offset=9990".utf8).withUnsafeBytes { HTTPFuzzTarget.run($0) }
            return RouterProbe.sample.get("/?q=asiel&offset=9990").status
        }
        #expect(status == 200)
    }
}
