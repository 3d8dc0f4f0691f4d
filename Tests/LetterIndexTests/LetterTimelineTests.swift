import Foundation
import GRDB
import Testing
@testable import LetterIndex
import TestSupport

/// Letters per year: the timeline counts what the search counts, year by year, on real letters.
@Suite(.serialized) struct LetterTimelineTests {
    /// The whole bundled sample (letters, moties, historical papers with their metadata).
    static let sample = try! TemporaryCorpus.indexedSample()

    static let sharedCorpusPresent = FileManager.default.fileExists(atPath: TemporaryCorpus.shared.path)

    /// Every 25th file of each folder of the shared corpus (about 730 letters over two centuries),
    /// with the folders' metadata, so dates come as the full index has them.
    static let sharedSample: TemporaryCorpus? = {
        guard sharedCorpusPresent else { return nil }
        let corpus = try! TemporaryCorpus()
        for folder in ["kamerbrieven", "tk-moties", "sgd-historical"] {
            let source = TemporaryCorpus.shared.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? []).sorted()
            let picked = names.filter { $0 != "metadata.jsonl" }.enumerated().filter { $0.offset % 25 == 0 }.map(\.element)
                + names.filter { $0 == "metadata.jsonl" }
            let target = corpus.corpus.appendingPathComponent(folder)
            try! FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for name in picked {
                try! FileManager.default.copyItem(at: source.appendingPathComponent(name), to: target.appendingPathComponent(name))
            }
        }
        try! corpus.ingest()
        return corpus
    }()

    /// Words, phrases, operators, very common words, field filters, and a query that finds nothing.
    static let queries = [
        "", "solidariteit", "migratie", "regering", "de", "herplaatsing asielzoekers", "\"veilige landen\"",
        "oorlog OR vrede", "begroting -defensie", "land:GR", "soort:motie", "kamer van:1950 tot:1990", "landbouw*",
        "solidariteid", "xyzzyqqq",
    ]

    /// For each query: the timeline's years equal the year facet of the search a result page runs, the buckets
    /// run without a gap from the first year to the last, and every letter is in a bucket or undated.
    static func expectTimelinesMatchFacets(indexPath: String) throws {
        let search = LetterSearch(database: try LetterDatabase(path: indexPath, readOnly: true), cachedResponses: 0)
        for query in queries {
            let timeline = try search.timeline(SearchRequest(query: query))
            var page = SearchRequest(query: query)
            page.limit = LetterSearch.timelinePageSize
            let response = try search.search(page)
            let facetYears = Dictionary(response.facets.year.map { (Int($0.key) ?? -1, $0.count) }, uniquingKeysWith: +)
            let timelineYears = Dictionary(timeline.buckets.filter { $0.count > 0 }.map { ($0.year, $0.count) }, uniquingKeysWith: +)
            #expect(timelineYears == facetYears, "years of '\(query)'")
            #expect(timeline.total == response.total, "total of '\(query)'")
            #expect(timeline.buckets.map(\.year) == Array(timeline.buckets.map(\.year).sorted()), "'\(query)' oldest first")
            if let first = timeline.buckets.first, let last = timeline.buckets.last {
                #expect(timeline.buckets.count == last.year - first.year + 1, "'\(query)' has a gap")
            }
            #expect(timeline.buckets.reduce(0) { $0 + $1.count } + timeline.undated == timeline.total, "'\(query)'")
        }
    }

    @Test func countsEqualTheSearchFacetsOnTheSample() throws {
        try Self.expectTimelinesMatchFacets(indexPath: Self.sample.indexPath)
        // The sample spans centuries: the test would pass vacuously on one year.
        let all = try LetterSearch(database: try LetterDatabase(path: Self.sample.indexPath, readOnly: true))
            .timeline(SearchRequest(query: ""))
        #expect(all.buckets.count > 50)
    }

    @Test(.enabled(if: sharedCorpusPresent)) func countsEqualTheSearchFacetsOnASampleOfTheSharedCorpus() throws {
        let corpus = try #require(Self.sharedSample)
        try Self.expectTimelinesMatchFacets(indexPath: corpus.indexPath)
    }

    /// Counted straight from the letter table, apart from the search: every letter per year.
    @Test func theWholeIndexPerYearMatchesTheLetterTable() throws {
        let database = try LetterDatabase(path: Self.sample.indexPath, readOnly: true)
        let counted = try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year, count(*) AS n FROM letter WHERE date IS NOT NULL GROUP BY year")
                .map { ($0["year"] as Int, $0["n"] as Int) }
        }
        let timeline = try LetterSearch(database: database).timeline(SearchRequest(query: ""))
        #expect(Dictionary(timeline.buckets.filter { $0.count > 0 }.map { ($0.year, $0.count) }, uniquingKeysWith: +)
            == Dictionary(counted, uniquingKeysWith: +))
        let letters = try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0 }
        #expect(timeline.total == letters)
    }

    /// A country filter counts per year what the country's entity page counts.
    @Test(arguments: ["NL", "DE", "US"]) func aCountryFilterCountsWhatTheEntityCounts(country: String) throws {
        let database = try LetterDatabase(path: Self.sample.indexPath, readOnly: true)
        var request = SearchRequest(query: "")
        request.countries = [country]
        let timeline = try LetterSearch(database: database).timeline(request)
        let entity = try #require(try EntityCatalog(database: database).entity(kind: "country", key: country))
        #expect(!entity.years.isEmpty)
        #expect(Dictionary(timeline.buckets.filter { $0.count > 0 }.map { (String($0.year), $0.count) }, uniquingKeysWith: +)
            == entity.years)
    }

    @Test func yearsBetweenAreZeroAndUndatedLettersAreCountedApart() {
        var facets = Facets()
        facets.year = [FacetValue(key: "1993", label: "1993", count: 2), FacetValue(key: "1990", label: "1990", count: 5)]
        let response = SearchResponse(query: "x", total: 9, offset: 0, limit: 20, sort: .date, relaxed: false, notes: [],
                                      suggestions: [], results: [], facets: facets)
        let timeline = LetterTimeline(response)
        #expect(timeline.buckets == [.init(year: 1990, count: 5), .init(year: 1991, count: 0), .init(year: 1992, count: 0),
                                     .init(year: 1993, count: 2)])
        #expect(timeline.undated == 2)
        #expect(timeline.peak == 5)
    }

    @Test func aBadDateIsTheSearchsError() throws {
        var request = SearchRequest(query: "regering")
        request.from = "gisteren"
        let search = LetterSearch(database: try LetterDatabase(path: Self.sample.indexPath, readOnly: true))
        #expect(throws: SearchError.self) { try search.timeline(request) }
        do {
            _ = try search.timeline(request)
        } catch {
            #expect(error.code == "bad_date")
        }
    }
}
