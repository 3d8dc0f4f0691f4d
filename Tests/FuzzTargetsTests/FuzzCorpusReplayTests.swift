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

    @Test func queryInputsRunWithoutTrapOrBrokenHighlight() {
        let count = FuzzReplay.run(Self.folders("query"), target: QueryFuzzTarget.run)
        #expect(count >= 20)
    }

    @Test func documentInputsRunWithoutTrapOrOffsetOutsideTheText() {
        let count = FuzzReplay.run(Self.folders("document"), target: DocumentFuzzTarget.run)
        #expect(count >= 10)
    }

    @Test func httpInputsAnswerEveryRouteWithoutServerError() {
        let count = FuzzReplay.run(Self.folders("http"), target: HTTPFuzzTarget.run)
        #expect(count >= 10)
    }

    @Test func theSnippetAndPagerCrashesOfIssue18StayFixed() {
        for query in ["O<)N?", "N\"-O.", "{#.-O}\"N"] {
            Array(query.utf8).withUnsafeBytes { QueryFuzzTarget.run($0) }
        }
        Array("q=asiel&offset=9990".utf8).withUnsafeBytes { HTTPFuzzTarget.run($0) }
        let (status, _) = RouterProbe.sample.get("/?q=asiel&offset=9990")
        #expect(status == 200)
    }
}
