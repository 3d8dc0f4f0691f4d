import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek show ID`: one letter.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one letter by its id.")

    @Argument(help: "The letter id, e.g. tk-moties/kst-34104-439.")
    var id: String

    @OptionGroup var index: IndexOptions

    @Flag(help: "Print the letter as JSON.")
    var json = false

    func run() throws {
        let store = LetterStore(database: try LetterDatabase(path: index.path, readOnly: true))
        guard let letter = try store.letter(id: id) else {
            throw CommandFailure(description: "no letter with id '\(id)' in \(index.path)")
        }
        if json {
            print(try JSONOutput.string(letter))
        } else {
            print(TerminalRenderer(colour: isTerminal(STDOUT_FILENO)).render(letter))
        }
    }
}
