import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek stats`: what the index holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Print letters, distinct terms, entities, index size and analyzer version.")

    @OptionGroup var index: IndexOptions

    @Flag(help: "Print the numbers as JSON.")
    var json = false

    func run() throws {
        let stats = try LetterStore(database: try LetterDatabase(path: index.path, readOnly: true)).stats()
        if json {
            print(try JSONOutput.string(stats))
            return
        }
        print("index      \(index.path)")
        print("letters    \(stats.letters)  (" + stats.kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")")
        print("terms      \(stats.terms)")
        print("entities   \(stats.entities) (\(stats.mentions) mentions)")
        print("size       \(String(format: "%.1f", Double(stats.bytes) / 1_000_000)) MB")
        print("analyzer   \(stats.analyzerVersion ?? "none")")
        if let root = stats.corpusRoot { print("corpus     \(root)") }
        if let last = stats.lastIngest { print("ingested   \(last)") }
    }
}
