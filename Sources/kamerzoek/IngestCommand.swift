import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek ingest [DIR]`: bring the index in line with a corpus folder.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Index every letter below DIR: new and changed files are indexed, removed ones dropped.")

    @Argument(help: "The corpus folder.")
    var directory = "Corpus"

    @OptionGroup var index: IndexOptions

    @Flag(help: "Empty the index first and index everything again.")
    var rebuild = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Option(help: "Skip files larger than this many bytes.")
    var maxBytes = 20_000_000

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }

    func run() throws {
        let summary = try IngestRun.run(directory: directory, indexPath: index.path, rebuild: rebuild, maxBytes: maxBytes,
                                        showProgress: !json)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            for skipped in summary.skipped {
                printError("skipped \(skipped.path): \(skipped.reason)")
            }
            for warning in summary.warnings {
                printError("warning \(warning.path): \(warning.message)")
            }
            print(summary.line)
        }
    }
}

/// The ingest as the CLI runs it: progress bar on a terminal, clear errors.
enum IngestRun {
    static func run(directory: String, indexPath: String, rebuild: Bool, maxBytes: Int, showProgress: Bool) throws -> IngestSummary {
        let database = try LetterDatabase(path: indexPath)
        var options = IngestOptions(corpus: URL(fileURLWithPath: directory))
        options.rebuild = rebuild
        options.maximumFileBytes = maxBytes
        if let indexed = try database.analyzerVersion(), indexed != Ingestor.analysisVersion, !rebuild {
            printError("the index was built with analyzer \(indexed), this is \(Ingestor.analysisVersion): rebuilding it")
        }
        let bar = ProgressBar(enabled: showProgress && isTerminal(STDERR_FILENO))
        let summary = try Ingestor(database: database).ingest(options) { done, total in
            bar.update(done: done, total: total)
        }
        bar.finish()
        return summary
    }
}
