import Foundation
import LetterIndex
import LetterServer

/// Fuzz target (a): query text and search parameters → parse → FTS5 expression → search on the
/// sample index → snippets → JSON, and the web page rendered from it.
///
/// Input: the query on the first line; then `name=value` lines for `sort`, `offset`, `limit`,
/// `country`, `minister`, `dossier`, `person`, `organisation`, `kind`, `from`, `to`, `raw`.
public enum QueryFuzzTarget {
    private static let search: LetterSearch = {
        do {
            return LetterSearch(database: try LetterDatabase(path: SampleIndex.path, readOnly: true), cachedResponses: 0)
        } catch {
            fatalError("cannot open the sample index: \(error)")
        }
    }()

    /// Runs one input; stops the process when an invariant fails.
    ///
    /// One search an input, no HTTP (the HTTP target covers the routes): an input with `raw` or
    /// `limit` is the JSON API's request, searched and encoded; any other is the web page's,
    /// searched, encoded and rendered through ``SearchPageRendering``.
    public static func run(_ bytes: UnsafeRawBufferPointer) {
        let input = FuzzInput(bytes)
        if input.value("raw") != nil || input.value("limit") != nil {
            if let response = try? search.search(apiRequest(input)) {
                check(response)
                _ = try? JSONEncoder().encode(response)
            }
        } else if let (response, html) = try? SearchPageRendering.render(
            parameters: [("q", input.head)] + input.parameters, search: search)
        {
            check(response)
            _ = try? JSONEncoder().encode(response)
            require(!html.isEmpty, "empty search page for \(input.head)")
        }
    }

    /// The JSON API's request for `input`, numbers clamped to what the API accepts.
    static func apiRequest(_ input: FuzzInput) -> SearchRequest {
        var request = SearchRequest(query: input.head)
        for (name, value) in input.parameters {
            switch name {
            case "sort": request.sort = SearchSort(rawValue: value) ?? .relevance
            case "offset": request.offset = min(max(Int(value) ?? 0, 0), SearchRequest.maximumOffset)
            case "limit": request.limit = min(max(Int(value) ?? 10, 1), SearchRequest.maximumLimit)
            case "country": request.countries.append(value)
            case "minister": request.ministers.append(value)
            case "dossier": request.dossiers.append(value)
            case "person": request.persons.append(value)
            case "organisation": request.organisations.append(value)
            case "kind": request.kinds.append(value)
            case "from": request.from = value
            case "to": request.to = value
            case "raw": request.raw = value == "1"
            default: break
            }
        }
        return request
    }

    /// Every hit's highlights are ordered, non-empty ranges inside its snippet.
    static func check(_ response: SearchResponse) {
        require(response.total >= response.results.count, "total \(response.total) below \(response.results.count) results")
        for hit in response.results {
            let length = hit.snippet.unicodeScalars.count
            var previousEnd = 0
            for range in hit.highlights {
                require(range.count == 2, "highlight \(range) is not a pair")
                require(range[0] >= previousEnd && range[0] < range[1] && range[1] <= length,
                        "highlight \(range) outside the snippet of \(length) scalars or out of order: \(hit.snippet)")
                previousEnd = range[1]
            }
        }
    }
}
