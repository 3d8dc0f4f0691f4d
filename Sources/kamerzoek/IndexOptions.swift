import ArgumentParser
import Foundation
import LetterIndex

/// `--index PATH`, shared by every command; `KAMERZOEK_INDEX` when absent.
struct IndexOptions: ParsableArguments {
    @Option(name: .long, help: "The index file (default: $KAMERZOEK_INDEX or Index/kamerzoek.sqlite).")
    var index: String?

    /// The index path to use.
    var path: String {
        if let index, !index.isEmpty { return index }
        if let environment = ProcessInfo.processInfo.environment["KAMERZOEK_INDEX"], !environment.isEmpty {
            return environment
        }
        return LetterDatabase.defaultPath
    }
}

/// Errors the CLI reports: one line on stderr, exit 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Whether a file descriptor is a terminal.
func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) != 0
}
