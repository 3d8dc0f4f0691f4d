import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek similar ID…`: the letters about the same subject as a letter, with why.
struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "List the letters most like a letter: same dossier, shared characteristic words, shared entities.")

    @Argument(help: "Letter ids, e.g. tk-moties/kst-34104-439 (several: one answer each).")
    var ids: [String]

    @OptionGroup var index: IndexOptions

    @Option(help: "Letters to list per id (1–\(SimilarLetters.maximumLimit)).")
    var limit = SimilarLetters.defaultLimit

    @Flag(help: "Print JSON, one object per id and line.")
    var json = false

    func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("give at least one letter id") }
        guard (1...SimilarLetters.maximumLimit).contains(limit) else {
            throw ValidationError("--limit must be between 1 and \(SimilarLetters.maximumLimit), not \(limit)")
        }
    }

    func run() throws {
        let similar = SimilarLetters(database: try LetterDatabase(path: index.path, readOnly: true))
        let renderer = TerminalRenderer(colour: isTerminal(STDOUT_FILENO))
        for (number, id) in ids.enumerated() {
            guard let response = try similar.similar(to: id, limit: limit) else {
                throw CommandFailure(description: "no letter with id '\(id)' in \(index.path)")
            }
            if json {
                print(try JSONOutput.string(response))
            } else {
                if number > 0 { print("") }
                print(renderer.render(response))
            }
        }
    }
}
