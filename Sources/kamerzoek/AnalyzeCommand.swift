import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek analyze FILE`: what the indexer sees in one file, without indexing it.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show title, kind, date, countries, ministers, dossiers… of one file without indexing it.")

    @Argument(help: "The letter file.")
    var file: String

    @Flag(help: "Print the analysis as JSON.")
    var json = false

    func validate() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("no file at \(file)") }
    }

    func run() throws {
        let report: LetterReport
        do {
            report = try LetterReport.analyze(file: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(description: error.localizedDescription)
        }
        if json {
            print(try JSONOutput.string(report))
        } else {
            print(TerminalRenderer(colour: isTerminal(STDOUT_FILENO)).render(report))
        }
    }
}
