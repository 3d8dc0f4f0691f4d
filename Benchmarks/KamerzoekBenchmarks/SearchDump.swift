import Foundation
import LetterIndex

/// `searches --out FILE`: answers a fixed set of 234 searches on the ×1 index and writes every
/// response (totals, pages, notes, suggestions, facets, snippets) with each hit's exact score to
/// 9 decimals, one search a line, so that a change meant to keep behaviour can be checked with
/// `cmp` against a run of the old code.
///
/// The set covers every ranking path: relevance pages 1 and 2, date order, filters with few and
/// many letters, filters alone, relaxed many-word queries, common words, phrases, expert syntax.
struct SearchDump {
    let options: BenchmarkOptions
    let output: URL?

    func run() throws {
        let search = LetterSearch(database: try LetterDatabase(path: options.index, readOnly: true), cachedResponses: 0)
        let requests = try Self.requests(options: options)
        var lines: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (number, request) in requests.enumerated() {
            var line = "\(number)\t\(request.query)\t\(request.sort)\t\(request.offset)\t\(request.limit)"
                + "\t\(request.countries)\t\(request.kinds)\t\(request.from ?? "")\t\(request.to ?? "")\t"
            do {
                let response = try search.search(request)
                line += String(decoding: try encoder.encode(response), as: UTF8.self)
                line += "\t" + response.results.map { String(format: "%@=%.9f", $0.id, $0.exactScore) }.joined(separator: " ")
            } catch {
                line += "error: \(error)"
            }
            lines.append(line)
        }
        let text = lines.joined(separator: "\n") + "\n"
        if let output {
            try Data(text.utf8).write(to: output)
            print("\(requests.count) searches written to \(output.path)")
        } else {
            print(text, terminator: "")
        }
    }

    /// 234 requests, deterministic: 78 queries of the query benchmark's mix, each as a
    /// relevance page 1, then in turn as page 2, by date, or filtered (kind, period, country).
    static func requests(options: BenchmarkOptions) throws -> [SearchRequest] {
        var mix = options
        mix.queries = 0
        let all = try QueryMix(options: mix).requests()
        // Spread over the mix: judged queries, common words, topics, motion titles, filters.
        let step = max(1, all.count / 70)
        var chosen = stride(from: 0, to: all.count, by: step).map { all[$0] }.prefix(70)
        chosen += [
            SearchRequest(query: "de"), SearchRequest(query: "verzoekt de regering"),
            SearchRequest(query: "gevolgen voor Nederlandse ondernemers van de oorlog in Oekraïne"),
            SearchRequest(query: "CO2-uitstoot industrie"), SearchRequest(query: "solidariteid"),
            {
                var raw = SearchRequest(query: "NEAR(stikstof boeren, 5)")
                raw.raw = true
                return raw
            }(), SearchRequest(query: "\"openbaar vervoer\" platteland"),
            SearchRequest(query: "migratie*"),
        ]
        var requests: [SearchRequest] = []
        for (index, base) in chosen.enumerated() {
            requests.append(base)
            var variant = base
            switch index % 4 {
            case 0:
                variant.offset = 10
            case 1:
                variant.sort = .date
            case 2:
                variant.kinds = ["motie"]
                variant.from = "2015"
            default:
                variant.countries = ["GR"]
                variant.limit = 5
            }
            requests.append(variant)
            var filtersOnly = SearchRequest(query: "")
            switch index % 3 {
            case 0: filtersOnly.kinds = ["brief"]
            case 1: filtersOnly.from = "1900"; filtersOnly.to = "1910"
            default: filtersOnly.countries = ["DE"]; filtersOnly.offset = 20
            }
            requests.append(index % 3 == 0 && index > 3 ? {
                var many = base
                many.query = base.query + " beleid gemeenten"
                return many
            }() : filtersOnly)
        }
        return requests
    }
}
