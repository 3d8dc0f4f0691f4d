import Foundation
import GRDB
import LetterIndex

/// P@10, nDCG@10 and MRR of Kamerzoek and of a plain unicode61 index on judged queries.
struct RelevanceBenchmark {
    let options: BenchmarkOptions

    struct Judged {
        var id: String
        var query: String
        var type: String
        var grades: [String: Int]
    }

    func run() throws {
        let data = try Data(contentsOf: options.relevanceFile)
        let items = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
        let queries = items.map {
            Judged(id: $0["id"] as? String ?? "", query: $0["query"] as? String ?? "", type: $0["type"] as? String ?? "",
                   grades: $0["judgments"] as? [String: Int] ?? [:])
        }
        if !FileManager.default.fileExists(atPath: options.index) {
            _ = try Ingestor(database: LetterDatabase(path: options.index)).ingest(IngestOptions(corpus: options.corpus))
        }
        if !FileManager.default.fileExists(atPath: options.plainIndex) {
            _ = try PlainFTSIndex(path: options.plainIndex).build(PlainFTSIndex.documents(in: options.corpus))
        }
        let search = LetterSearch(database: try LetterDatabase(path: options.index, readOnly: true))
        let plain = PlainFTSIndex(path: options.plainIndex)
        let plainQueue = try DatabaseQueue(path: options.plainIndex)
        var scores: [String: [Metrics]] = ["kamerzoek": [], "plain": []]
        var byType: [String: [String: [Metrics]]] = [:]
        var runLines: [String] = []
        for judged in queries {
            var request = SearchRequest(query: judged.query)
            request.limit = 10
            request.facets = false
            request.snippets = false
            let ours = (try? search.search(request))?.results.map(\.id) ?? []
            let theirs = try plain.search(judged.query, limit: 10, queue: plainQueue)
            let a = Metrics(ranking: ours, grades: judged.grades)
            let b = Metrics(ranking: theirs, grades: judged.grades)
            scores["kamerzoek"]!.append(a)
            scores["plain"]!.append(b)
            byType[judged.type, default: [:]]["kamerzoek", default: []].append(a)
            byType[judged.type, default: [:]]["plain", default: []].append(b)
            let json = try JSONSerialization.data(withJSONObject: ["qid": judged.id, "ids": ours])
            runLines.append(String(decoding: json, as: UTF8.self))
        }
        try runLines.joined(separator: "\n").write(to: options.work.appendingPathComponent("kamerzoek-run.jsonl"),
                                                   atomically: true, encoding: .utf8)
        print("\n## Relevance (\(queries.count) judged queries)")
        let widths = [12, 8, 9, 8]
        row(["engine", "P@10", "nDCG@10", "MRR"], widths: widths)
        for engine in ["kamerzoek", "plain"] {
            let list = scores[engine]!
            row([engine, format(Metrics.mean(list, \.precision), 3), format(Metrics.mean(list, \.ndcg), 3),
                 format(Metrics.mean(list, \.reciprocalRank), 3)], widths: widths)
        }
        print("\nnDCG@10 by query type")
        row(["type", "n", "kamerzoek", "plain"], widths: [12, 4, 10, 8])
        for (type, engines) in byType.sorted(by: { $0.key < $1.key }) {
            row([type, "\(engines["plain"]!.count)", format(Metrics.mean(engines["kamerzoek"]!, \.ndcg), 3),
                 format(Metrics.mean(engines["plain"]!, \.ndcg), 3)], widths: [12, 4, 10, 8])
        }
    }
}

/// The three measures for one ranked list against graded judgments (0–3).
struct Metrics {
    var precision: Double
    var ndcg: Double
    var reciprocalRank: Double

    init(ranking: [String], grades: [String: Int]) {
        let top = Array(ranking.prefix(10))
        precision = Double(top.filter { (grades[$0] ?? 0) >= 2 }.count) / 10
        func dcg(_ gains: [Int]) -> Double {
            gains.enumerated().reduce(0) { $0 + (pow(2, Double($1.element)) - 1) / log2(Double($1.offset) + 2) }
        }
        let ideal = dcg(Array(grades.values.sorted(by: >).prefix(10)))
        ndcg = ideal > 0 ? dcg(top.map { grades[$0] ?? 0 }) / ideal : 0
        reciprocalRank = top.firstIndex { (grades[$0] ?? 0) >= 2 }.map { 1 / Double($0 + 1) } ?? 0
    }

    static func mean(_ list: [Metrics], _ key: KeyPath<Metrics, Double>) -> Double {
        list.isEmpty ? 0 : list.reduce(0) { $0 + $1[keyPath: key] } / Double(list.count)
    }
}
