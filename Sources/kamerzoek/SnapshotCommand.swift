import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek snapshot OUT`: the index as it is now, one consistent read-only file for replicas.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Write the index as one consistent file for `serve` replicas (SQLite's VACUUM INTO).",
        discussion: "The snapshot holds one ingest generation, even while an ingest or sync writes. It never "
            + "replaces a file: give each snapshot its own name and restart replicas on it (docs/scaling.md).")

    @OptionGroup var index: IndexOptions

    @Argument(help: "The snapshot file to write (must not exist).")
    var output: String

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        do {
            let database = try LetterDatabase(path: index.path, readOnly: true)
            let summary = try IndexSnapshot.write(from: database, to: output)
            if json {
                print(try JSONOutput.string(summary))
            } else {
                print("snapshot \(summary.path): \(summary.letters) letters, generation \(summary.generation), "
                      + String(format: "%.1f MB in %.1f s", Double(summary.bytes) / 1_000_000, summary.seconds))
            }
        } catch let error as IndexError {
            throw CommandFailure(description: error.description)
        }
    }
}
