import Foundation
import GRDB
import LetterIndex

/// Similar-letters latency: the top 10 for a few hundred letters of every kind and era, on the
/// ×1 index of the ingest benchmark or the index given as the first argument
/// (`Benchmarks/run.sh similar /work/notes/index/full.sqlite`).
struct SimilarBenchmark {
    let options: BenchmarkOptions
    /// Letters timed.
    var sample = 400

    func run() throws {
        let path = options.positional.first ?? options.index
        let database = try LetterDatabase(path: path, readOnly: true)
        let ids = try letters(in: database)
        let similar = SimilarLetters(database: database)
        let (_, prepareSeconds) = try measure { try similar.prepare() }
        print("\n## Similar letters (\(ids.count) letters of every kind, top 10, \(path))")
        print("model (term rarities, lengths) built in \(format(prepareSeconds * 1000, 0)) ms")
        for id in ids.prefix(20) { _ = try? similar.similar(to: id) }  // warm the page cache
        var times: [(Double, String)] = []
        var listed = 0
        for id in ids {
            let (response, seconds) = measure { try? similar.similar(to: id) }
            times.append((seconds * 1000, id))
            listed += response?.results.count ?? 0
        }
        let sorted = times.map(\.0).sorted()
        let widths = [10, 8, 8, 8, 8, 12]
        row(["letters", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean listed"], widths: widths)
        row([String(ids.count), format(percentile(sorted, 50), 2), format(percentile(sorted, 95), 2),
             format(percentile(sorted, 99), 2), format(sorted.last ?? 0, 1), format(Double(listed) / Double(max(ids.count, 1)), 1)],
            widths: widths)
        for (ms, id) in times.sorted(by: { $0.0 > $1.0 }).prefix(5) { print("   slowest \(format(ms)) ms: \(id)") }
    }

    /// Letters drawn seeded at random from each kind and decade, in proportion with a floor, so
    /// rare kinds and eras are timed too.
    private func letters(in database: LetterDatabase) throws -> [String] {
        let rows = try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, coalesce(substr(date, 1, 3), '?') AS decade FROM letter ORDER BY id")
        }
        var strata: [String: [String]] = [:]
        for row in rows {
            let kind: String = row["kind"], decade: String = row["decade"]
            strata["\(kind) \(decade)", default: []].append(row["id"])
        }
        var generator = SeededGenerator(seed: 20261207)
        var chosen: [String] = []
        for key in strata.keys.sorted() {
            let members = strata[key] ?? []
            let share = max(3, sample * members.count / max(rows.count, 1))
            chosen += members.shuffled(using: &generator).prefix(share)
        }
        return chosen.shuffled(using: &generator)
    }
}
