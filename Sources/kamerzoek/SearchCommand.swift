import ArgumentParser
import Foundation
import LetterIndex
import LetterServer

/// `kamerzoek search QUERY`: ranked letters with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index: all words must match, best first, with highlighted snippets.",
        discussion: """
            Query syntax: words, "phrases", prefix*, OR/OF, NOT/NIET/-word, (groups), NEAR(a b, 5),
            titel:woord, land:GR, minister:"van weel", dossier:32317, soort:motie, van:2020, tot:2024-06.
            """)

    @OptionGroup var index: IndexOptions

    @Option(help: "Results per page (1–100).")
    var limit = 10

    @Option(help: "Results to skip.")
    var offset = 0

    @Option(help: "relevance or date.")
    var sort: SearchSort = .relevance

    @OptionGroup var selection: SearchSelectionOptions

    @Flag(help: "Print the result as JSON (same as --format json).")
    var json = false

    @Flag(help: "Show each result's score taken apart: words with their weights, proximity, coverage, entities.")
    var explain = false

    @Option(help: ArgumentHelp(
        "text, json (one page), csv or ndjson (every result, up to \(SearchExport.cap); --limit and --offset are ignored).",
        valueName: "format"))
    var format: SearchOutputFormat = .text

    @Option(help: "The corpus to build the index from when it does not exist yet.")
    var corpus = "Corpus"

    func validate() throws {
        if json, format != .text, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) contradict each other")
        }
        guard (1...SearchRequest.maximumLimit).contains(limit) else {
            throw ValidationError("--limit must be from 1 to \(SearchRequest.maximumLimit)")
        }
        guard (0...SearchRequest.maximumOffset).contains(offset) else {
            throw ValidationError("--offset must be from 0 to \(SearchRequest.maximumOffset)")
        }
    }

    var request: SearchRequest {
        var request = selection.request
        request.limit = limit
        request.offset = offset
        request.sort = sort
        request.explain = explain
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
        switch json ? .json : format {
        case .csv: return try export(search, as: .csv)
        case .ndjson: return try export(search, as: .ndjson)
        case .text, .json: break
        }
        let response: SearchResponse
        do {
            response = try search.search(request)
        } catch {
            throw CommandFailure(description: error.message)
        }
        if json || format == .json {
            print(try JSONOutput.string(response))
        } else {
            print(TerminalRenderer(colour: isTerminal(STDOUT_FILENO)).render(response))
        }
    }

    /// Writes every result (up to the export cap) to standard output, page by page.
    private func export(_ search: LetterSearch, as exportFormat: SearchExportFormat) throws {
        var pages = SearchExport(search: search, request: request)
        let output = FileHandle.standardOutput
        output.write(Data(exportFormat.header.utf8))
        do {
            while let hits = try pages.next() {
                var chunk = ""
                for hit in hits { chunk += exportFormat.line(hit) }
                output.write(Data(chunk.utf8))
            }
        } catch {
            throw CommandFailure(description: error.message)
        }
        if pages.isTruncated {
            printError("stopped at \(SearchExport.cap) of \(pages.total ?? 0) results (the export cap)")
        } else if pages.relaxed {
            printError("no letter matches every word: only the first \(pages.delivered) letters matching most words")
        }
    }
}

/// What `search` prints.
enum SearchOutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv, ndjson
}

extension SearchSort: ExpressibleByArgument {}
