/// Matching letters per year: the year facet of a search as a continuous series, for a chart.
///
/// ```swift
/// let timeline = try search.timeline(SearchRequest(query: "stikstof"))
/// timeline.buckets.first   // (year: 1995, count: 2)
/// ```
public struct LetterTimeline: Sendable, Codable, Hashable {
    /// One year.
    public struct Bucket: Sendable, Codable, Hashable {
        /// The year.
        public var year: Int
        /// Matching letters dated in it.
        public var count: Int

        /// A year with its count.
        public init(year: Int, count: Int) {
            self.year = year
            self.count = count
        }
    }

    /// The query as typed.
    public var query: String
    /// Matching letters in all, undated ones included (the search's `total`).
    public var total: Int
    /// Matching letters without a date (in `total`, in no bucket).
    public var undated: Int
    /// True when no letter has every word and the letters with most words are counted (as the search does).
    public var relaxed: Bool
    /// What the query parser repaired or ignored, and filter values that match nothing.
    public var notes: [String]
    /// Every year from the first to the last with a matching letter, oldest first; years between without
    /// one have count 0. Empty when no matching letter has a date.
    public var buckets: [Bucket]

    /// The timeline of a search's answer: its year facet (which counts every year) with the gaps filled.
    public init(_ response: SearchResponse) {
        query = response.query
        total = response.total
        relaxed = response.relaxed
        notes = response.notes
        var counts: [Int: Int] = [:]
        for value in response.facets.year {
            guard let year = Int(value.key) else { continue }
            counts[year, default: 0] += value.count
        }
        if let first = counts.keys.min(), let last = counts.keys.max() {
            buckets = (first...last).map { Bucket(year: $0, count: counts[$0] ?? 0) }
        } else {
            buckets = []
        }
        undated = max(0, total - buckets.reduce(0) { $0 + $1.count })
    }

    /// The busiest year's count (0 when there is none).
    public var peak: Int { buckets.map(\.count).max() ?? 0 }
}

extension LetterSearch {
    /// The letters per year of `request`'s search: the same match set and year counts as the search's facets,
    /// computed without snippets; paging and order of `request` are ignored.
    public func timeline(_ request: SearchRequest) throws(SearchError) -> LetterTimeline {
        LetterTimeline(try search(Self.timelineRequest(request)))
    }

    /// `request` as the timeline runs it: the first page of a result page's size (so a query relaxes exactly
    /// as the search page does), newest first (no ranking of the whole match set), facets on, no snippets.
    public static func timelineRequest(_ request: SearchRequest) -> SearchRequest {
        var counting = request
        counting.limit = timelinePageSize
        counting.offset = 0
        counting.sort = .date
        counting.facets = true
        counting.snippets = false
        return counting
    }

    /// The page size the timeline's search runs with: that of the web's result page.
    public static let timelinePageSize = 20
}
