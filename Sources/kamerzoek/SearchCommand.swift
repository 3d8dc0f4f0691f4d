import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek search QUERY`: ranked letters with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index: all words must match, best first, with highlighted snippets.",
        discussion: """
            Query syntax: words, "phrases", prefix*, OR/OF, NOT/NIET/-word, (groups), NEAR(a b, 5),
            titel:woord, land:GR, minister:"van weel", dossier:32317, soort:motie, van:2020, tot:2024-06.
            """)

    @Argument(help: "The query (may be empty when filters are given).")
    var query: [String] = []

    @OptionGroup var index: IndexOptions

    @Option(help: "Results per page (1–100).")
    var limit = 10

    @Option(help: "Results to skip.")
    var offset = 0

    @Option(help: "relevance or date.")
    var sort: SearchSort = .relevance

    @Option(help: "Only letters naming this country (ISO code or name); repeatable.")
    var country: [String] = []

    @Option(help: "Only letters naming this minister (name or role); repeatable.")
    var minister: [String] = []

    @Option(help: "Only letters in or citing this dossier; repeatable.")
    var dossier: [String] = []

    @Option(help: "Only letters of this kind: brief, motie, kamervragen, other; repeatable.")
    var kind: [String] = []

    @Option(help: "Only letters dated on or after (yyyy, yyyy-mm, yyyy-mm-dd).")
    var from: String?

    @Option(help: "Only letters dated on or before (yyyy, yyyy-mm, yyyy-mm-dd).")
    var to: String?

    @Flag(help: "Expert mode: the query is FTS5 syntax, checked by SQLite.")
    var raw = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    @Option(help: "The corpus to build the index from when it does not exist yet.")
    var corpus = "Corpus"

    func validate() throws {
        guard (1...SearchRequest.maximumLimit).contains(limit) else {
            throw ValidationError("--limit must be from 1 to \(SearchRequest.maximumLimit)")
        }
        guard (0...SearchRequest.maximumOffset).contains(offset) else {
            throw ValidationError("--offset must be from 0 to \(SearchRequest.maximumOffset)")
        }
    }

    var request: SearchRequest {
        var request = SearchRequest(query: query.joined(separator: " "))
        request.limit = limit
        request.offset = offset
        request.sort = sort
        request.countries = country
        request.ministers = minister
        request.dossiers = dossier
        request.kinds = kind
        request.from = from
        request.to = to
        request.raw = raw
        return request
    }

    func run() throws {
        if !FileManager.default.fileExists(atPath: index.path) {
            printError("no index at \(index.path) yet: building it from \(corpus)/ first")
            let summary = try IngestRun.run(directory: corpus, indexPath: index.path, rebuild: false,
                                            maxBytes: 20_000_000, showProgress: true)
            printError(summary.line)
        }
        let search = LetterSearch(database: try LetterDatabase(path: index.path, readOnly: true))
        let response: SearchResponse
        do {
            response = try search.search(request)
        } catch {
            throw CommandFailure(description: error.message)
        }
        if json {
            print(try JSONOutput.string(response))
        } else {
            print(TerminalRenderer(colour: isTerminal(STDOUT_FILENO)).render(response))
        }
    }
}

extension SearchSort: ExpressibleByArgument {}
