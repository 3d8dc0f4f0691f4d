import Foundation
import GRDB
import LetterIndex

/// Times single queries (given after `probe`) five times each on the ×1 index: for looking
/// into one slow query.
struct ProbeBenchmark {
    let options: BenchmarkOptions
    let queries: [String]

    func run() throws {
        let search = LetterSearch(database: try LetterDatabase(path: options.probedIndex, readOnly: true), cachedResponses: 0)
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

/// Times SQL statements (given after `sql`) five times each on the ×1 index (`--scale N` with
/// `--probe-scaled` for the ×N one), counting the rows: for seeing what one step of a search costs.
struct SQLProbe {
    let options: BenchmarkOptions
    let statements: [String]

    func run() throws {
        let database = try LetterDatabase(path: options.probedIndex, readOnly: true)
        for sql in statements {
            var times: [Double] = []
            var rows = 0
            for _ in 0..<5 {
                let (count, seconds) = try measure {
                    try database.pool.read { db in
                        var count = 0
                        let cursor = try Row.fetchCursor(db, sql: sql)
                        while try cursor.next() != nil { count += 1 }
                        return count
                    }
                }
                times.append(seconds * 1000)
                rows = count
            }
            print("\(rows) rows, " + times.map { format($0, 2) }.joined(separator: " ") + " ms: \(sql)")
        }
    }
}
