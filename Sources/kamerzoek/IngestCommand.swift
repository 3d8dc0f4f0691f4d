import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek ingest [DIR]`: bring the index in line with a corpus folder.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Index every letter below DIR: new and changed files are indexed, removed ones dropped.",
        discussion: """
            Reads .txt, officielebekendmakingen .xml, .html, .docx and .pdf (through pdftotext, Debian \
            package poppler-utils). Files that cannot be read are skipped with their reason and the ingest goes on; \
            --strict refuses instead, before anything is written (exit status 2). Exit status 75: another \
            ingest is writing the index.
            """)

    @Argument(help: "The corpus folder.")
    var directory = "Corpus"

    @OptionGroup var index: IndexOptions

    @Flag(help: "Empty the index first and index everything again.")
    var rebuild = false

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Flag(help: "Refuse the ingest (exit status 2, index unchanged) when any file would be skipped.")
    var strict = false

    @Option(help: "Skip files larger than this many bytes.")
    var maxBytes = 20_000_000

    @Option(help: .hidden)
    var batchSize = 2_048

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
    }

    func run() throws {
        let summary: IngestSummary
        do {
            summary = try IngestRun.run(
                directory: directory, indexPath: index.path, rebuild: rebuild, maxBytes: maxBytes,
                strict: strict, batchSize: batchSize, showProgress: !json)
        } catch let refusal as StrictIngestRefusal {
            if json {
                print(try JSONOutput.string(StrictReport(skipped: refusal.skipped, indexChanged: refusal.indexChanged)))
            } else {
                for skipped in refusal.skipped { printError("skipped \(Self.shown(skipped.path)): \(skipped.reason)") }
            }
            printError(refusal.description)
            throw ExitCode(2)
        } catch IndexError.busy(let path) {
            printError(IndexError.busy(path).description)
            throw ExitCode(75)
        }
        if json {
            print(try JSONOutput.string(summary))
        } else {
            for skipped in summary.skipped {
                printError("skipped \(Self.shown(skipped.path)): \(skipped.reason)")
            }
            for warning in summary.warnings {
                printError("warning \(Self.shown(warning.path)): \(warning.message)")
            }
            print(summary.line)
        }
    }

    /// A path on one line: line ends and tabs in a file name written as `\n`, `\t`.
    static func shown(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return path }
        return path.unicodeScalars.map { scalar in
            switch scalar {
            case "\n": return "\\n"
            case "\t": return "\\t"
            case "\r": return "\\r"
            default: return scalar.properties.generalCategory == .control ? "?" : String(scalar)
            }
        }.joined()
    }

    /// What `--json` prints when `--strict` refuses.
    struct StrictReport: Encodable {
        var strict = true
        var skipped: [SkippedFile]
        var indexChanged: Bool

        enum CodingKeys: String, CodingKey {
            case strict, skipped
            case indexChanged = "index_changed"
        }
    }
}

/// The ingest as the CLI runs it: progress bar on a terminal, clear errors.
enum IngestRun {
    static func run(
        directory: String, indexPath: String, rebuild: Bool, maxBytes: Int, strict: Bool = false, batchSize: Int = 2_048,
        showProgress: Bool
    ) throws -> IngestSummary {
        let database = try LetterDatabase(path: indexPath)
        var options = IngestOptions(corpus: URL(fileURLWithPath: directory))
        options.rebuild = rebuild
        options.maximumFileBytes = maxBytes
        options.strict = strict
        options.batchSize = batchSize
        if let indexed = try database.analyzerVersion(), indexed != Ingestor.analysisVersion, !rebuild {
            printError("the index was built with analyzer \(indexed), this is \(Ingestor.analysisVersion): rebuilding it")
        }
        let bar = ProgressBar(enabled: showProgress && isTerminal(STDERR_FILENO))
        defer { bar.finish() }
        do {
            return try Ingestor(database: database).ingest(options) { done, total in
                bar.update(done: done, total: total)
            }
        } catch let error where !(error is IndexError) && !(error is StrictIngestRefusal) {
            // A full disk, a read-only file (SQLite errors): the batch being written is rolled back.
            throw CommandFailure(description: "the ingest stopped: \(error); "
                + "the index keeps the letters committed before; run the ingest again when this is solved")
        }
    }
}
