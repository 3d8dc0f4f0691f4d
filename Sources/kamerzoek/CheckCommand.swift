import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek check`: is the index whole? SQLite's and FTS5's integrity checks and the agreement
/// of letters, mentions and entities; exit status 1 when a check fails.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the index: SQLite integrity, the full-text index against the letters, mentions and entities.",
        discussion: "Exits with 1 when a check fails. Warnings (left by an ingest that did not finish) pass; "
            + "the next ingest repairs them.")

    @OptionGroup var index: IndexOptions

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let report = try IndexCheck(path: index.path).run()
        if json {
            print(try JSONOutput.string(report))
        } else {
            print("index \(report.path): \(report.letters) letters")
            for result in report.results {
                let label = result.status == .ok ? "ok     " : result.status == .warning ? "warning" : "FAILED "
                print("\(label) \(result.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(result.detail)")
            }
            print(report.passed ? "the index is whole" : "the index is damaged: run `kamerzoek ingest --rebuild`")
        }
        if !report.passed { throw ExitCode(1) }
    }
}
