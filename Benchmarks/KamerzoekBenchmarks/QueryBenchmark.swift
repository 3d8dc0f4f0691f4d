import Foundation
import LetterIndex

/// Query latency over realistic queries (topic words, very common words, phrases, filters),
/// top 10 with snippets and facets, on the ×1 and ×N indexes built by the ingest benchmark.
struct QueryBenchmark {
    let options: BenchmarkOptions

    func run() throws {
        let requests = try QueryMix(options: options).requests()
        print("\n## Queries (\(requests.count) requests, top 10 with snippets and facets)")
        let widths = [14, 8, 8, 8, 8, 10]
        row(["index", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean hits"], widths: widths)
        for (name, search) in try preparedSearches(options, warm: { search in
            for request in requests.prefix(20) { _ = try? search.search(request) }
        }) {
            var times: [Double] = []
            var hits = 0
            var slow: [(Double, String)] = []
            for request in requests {
                let (response, seconds) = measure { try? search.search(request) }
                times.append(seconds * 1000)
                hits += response?.total ?? 0
                slow.append((seconds * 1000, request.query + (request.countries.isEmpty ? "" : " country:\(request.countries)")))
            }
            times.sort()
            row([name, format(percentile(times, 50), 2), format(percentile(times, 95), 2), format(percentile(times, 99), 2),
                 format(times.last ?? 0, 1), format(Double(hits) / Double(requests.count), 0)], widths: widths)
            if ProcessInfo.processInfo.environment["BENCH_SLOW"] != nil {
                for (ms, query) in slow.sorted(by: { $0.0 > $1.0 }).prefix(10) { print("   slow \(format(ms)) ms: \(query)") }
            }
        }
    }
}

/// A realistic mix of requests, deterministic: relevance queries, motie-title words, very
/// common words, two- and three-word topic queries, phrases, and filtered searches.
struct QueryMix {
    let options: BenchmarkOptions

    func requests() throws -> [SearchRequest] {
        var generator = SeededGenerator(seed: 20261130)
        var queries: [String] = []
        if let data = try? Data(contentsOf: options.relevanceFile),
            let items = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        {
            queries += items.compactMap { $0["query"] as? String }
        }
        let common = ["de", "het", "regering", "kamer", "minister", "verzoekt", "constaterende", "overwegende", "nederland",
                      "beleid", "jaar", "wet", "onderzoek", "gemeenten", "europese", "financiële", "zorg", "onderwijs"]
        queries += common
        let topics = ["stikstof", "woningbouw", "asielzoekers", "defensie", "klimaat", "onderwijs", "pensioen", "zorgkosten",
                      "landbouw", "energie", "migratie", "belastingdienst", "toeslagen", "jeugdzorg", "politie", "veiligheid",
                      "griekenland", "oekraïne", "rusland", "israël", "gaza", "vluchtelingen", "werkloosheid", "inflatie",
                      "huurwoningen", "studiefinanciering", "ontwikkelingssamenwerking", "begroting", "subsidie", "verkiezingen"]
        for _ in 0..<200 {
            let count = Int.random(in: 1...3, using: &generator)
            queries.append((0..<count).map { _ in topics.randomElement(using: &generator)! }.joined(separator: " "))
        }
        let titles = try motieTitles()
        for _ in 0..<150 where !titles.isEmpty {
            let words: [String] = titles.randomElement(using: &generator)!.split(separator: " ").filter { $0.count > 3 }
                .map { String($0) }
            guard words.count >= 2 else { continue }
            let start = Int.random(in: 0..<max(1, words.count - 1), using: &generator)
            let phrase: String = words[start..<min(words.count, start + 2)].joined(separator: " ")
            queries.append(Bool.random(using: &generator) ? "\"\(phrase)\"" : phrase)
        }
        var requests = queries.map { SearchRequest(query: $0) }
        for (index, query) in ["migratie", "", "stikstof", "", "onderwijs", ""].enumerated() {
            var request = SearchRequest(query: query)
            request.countries = [["GR", "CY", "DE", "US", "MA", "TR"][index]]
            requests.append(request)
            var dated = SearchRequest(query: query.isEmpty ? "regering" : query)
            dated.sort = .date
            dated.from = "1990"
            requests.append(dated)
        }
        while requests.count < options.queries {
            requests.append(SearchRequest(query: topics.randomElement(using: &generator)!))
        }
        return requests
    }

    private func motieTitles() throws -> [String] {
        let url = options.corpus.appendingPathComponent("tk-moties/metadata.jsonl")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).prefix(2000).compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["title"] as? String
        }
    }
}

/// A small deterministic random generator (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
