import ArgumentParser
import DutchText
import Foundation

/// `kamerzoek tokens [TEXT]`: what the index stores for a text.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Print the tokens the index stores for a text (stdin when TEXT is absent or -).",
        discussion: "Fed one word per line on stdin, it prints one line per input line.")

    @Argument(help: "The text; - or nothing reads standard input line by line.")
    var text: [String] = []

    @Flag(help: "Print each line's tokens as a JSON array of {token, kind, position, start, end}.")
    var json = false

    @Flag(help: "Analyze as a query (one stem per word, no parts).")
    var query = false

    func run() throws {
        let analyzer = DutchAnalyzer()
        let mode: AnalysisMode = query ? .query : .document
        if text.isEmpty || text == ["-"] {
            while let line = readLine(strippingNewline: true) {
                print(try render(analyzer.tokens(in: line, mode: mode)))
            }
        } else {
            print(try render(analyzer.tokens(in: text.joined(separator: " "), mode: mode)))
        }
    }

    func render(_ tokens: [AnalyzedToken]) throws -> String {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(tokens), as: UTF8.self)
        }
        return tokens.map { $0.kind == .part ? "+\($0.token)" : $0.token }.joined(separator: " ")
    }
}
