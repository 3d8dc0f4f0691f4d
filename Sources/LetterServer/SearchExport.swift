import Foundation
import LetterIndex

/// Every result of a search, page by page, up to a cap: what `/search.csv`, `/search.ndjson` and
/// `kamerzoek search --format csv|ndjson` write.
///
/// ```swift
/// var pages = SearchExport(search: search, request: SearchRequest(query: "stikstof"))
/// while let hits = try pages.next() { for hit in hits { print(SearchExportFormat.ndjson.line(hit)) } }
/// ```
public struct SearchExport: Sendable {
    /// The most results one export holds.
    public static let cap = 10_000
    /// Results fetched per search.
    public static let pageSize = 100

    private let search: LetterSearch
    private var request: SearchRequest
    private let limit: Int
    private var finished = false
    /// The matching letters in all, known after the first page.
    public private(set) var total: Int?
    /// Results handed out so far.
    public private(set) var delivered = 0
    /// True when the search relaxed to letters matching most words: only its first page is exported,
    /// as later pages of a relaxed search are not defined.
    public private(set) var relaxed = false

    /// An export of `request` (its offset, limit and facets are ignored), at most `cap` results.
    public init(search: LetterSearch, request: SearchRequest, cap: Int = SearchExport.cap) {
        self.search = search
        var request = request
        request.offset = 0
        request.limit = Self.pageSize
        request.facets = false
        self.request = request
        limit = max(0, min(cap, Self.cap))
    }

    /// Whether the export stopped at the cap with results left over.
    public var isTruncated: Bool { (total ?? 0) > delivered && delivered >= limit }

    /// The next page of hits, or nil when every result (up to the cap) was handed out.
    public mutating func next() throws(SearchError) -> [SearchHit]? {
        guard !finished, delivered < limit, request.offset <= SearchRequest.maximumOffset else { return nil }
        let response = try search.search(request)
        if total == nil {
            total = response.total
            relaxed = response.relaxed
        }
        var hits = response.results
        if hits.count > limit - delivered { hits.removeLast(hits.count - (limit - delivered)) }
        delivered += hits.count
        request.offset += Self.pageSize
        if hits.isEmpty || response.results.count < Self.pageSize || relaxed || delivered >= (total ?? 0) {
            finished = true
        }
        return hits.isEmpty ? nil : hits
    }
}
