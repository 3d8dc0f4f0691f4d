import Foundation
import LetterIndex

/// `/timeline` latency: letters per year (the search's year facet, no snippets) over the query benchmark's
/// realistic mix, on the ×1 and ×N indexes built by the ingest benchmark.
struct TimelineBenchmark {
    let options: BenchmarkOptions

    func run() throws {
        let requests = try QueryMix(options: options).requests()
        print("\n## Timeline (\(requests.count) requests, letters per year as GET /timeline computes them)")
        let widths = [14, 8, 8, 8, 8, 10, 10]
        row(["index", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean hits", "mean years"], widths: widths)
        for (name, search) in try preparedSearches(options, warm: { search in
            for request in requests.prefix(20) { _ = try? search.timeline(request) }
        }) {
            var times: [Double] = []
            var hits = 0
            var years = 0
            for request in requests {
                let (timeline, seconds) = measure { try? search.timeline(request) }
                times.append(seconds * 1000)
                hits += timeline?.total ?? 0
                years += timeline?.buckets.count ?? 0
            }
            times.sort()
            row([name, format(percentile(times, 50), 2), format(percentile(times, 95), 2), format(percentile(times, 99), 2),
                 format(times.last ?? 0, 1), format(Double(hits) / Double(requests.count), 0),
                 format(Double(years) / Double(requests.count), 0)], widths: widths)
        }
    }
}
