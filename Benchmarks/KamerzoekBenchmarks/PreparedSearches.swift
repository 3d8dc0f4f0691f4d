import Foundation
import LetterIndex

/// The ×1 and ×N indexes the ingest benchmark built (those that exist), each opened as the server opens
/// it: no response cache (every request is computed, repeats included), facet index and spelling
/// vocabulary built before the first request, and the page cache warmed by `warm`.
func preparedSearches(_ options: BenchmarkOptions, warm: (LetterSearch) -> Void) throws -> [(name: String, search: LetterSearch)] {
    var searches: [(name: String, search: LetterSearch)] = []
    for (name, path) in [("×1", options.index), ("×\(options.scale)", options.scaledIndex)]
    where FileManager.default.fileExists(atPath: path) {
        let search = LetterSearch(database: try LetterDatabase(path: path, readOnly: true), cachedResponses: 0)
        try search.prepare()
        warm(search)
        searches.append((name, search))
    }
    return searches
}
