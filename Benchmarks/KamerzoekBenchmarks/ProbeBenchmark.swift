import Foundation
import LetterIndex

/// Times single queries (given after `probe`) five times each on the ×1 index: for looking
/// into one slow query.
struct ProbeBenchmark {
    let options: BenchmarkOptions
    let queries: [String]

    func run() throws {
        let search = LetterSearch(database: try LetterDatabase(path: options.index, readOnly: true))
        for query in queries {
            for (label, snippets, facets) in [("full", true, true), ("no snippets", false, true), ("no facets", true, false)] {
                var times: [Double] = []
                var total = 0
                for _ in 0..<5 {
                    var request = SearchRequest(query: query)
                    request.snippets = snippets
                    request.facets = facets
                    let (response, seconds) = measure { try? search.search(request) }
                    times.append(seconds * 1000)
                    total = response?.total ?? -1
                }
                print("\(query) [\(label)]: \(total) hits, " + times.map { format($0, 2) }.joined(separator: " ") + " ms")
            }
        }
    }
}
