import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LetterIndex
import Testing
import TestSupport

/// `kamerzoek serve` keeps answering while `kamerzoek ingest` writes the same index, and sees the
/// new letters after each commit.
@Suite(.serialized, .tags(.slow)) struct ServeDuringIngestTests {
    /// One GET, synchronously: status and body, or nil when the connection failed.
    static func get(_ url: URL) -> (status: Int, body: Data)? {
        final class Box: @unchecked Sendable { var value: (Int, Data)? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if let response = response as? HTTPURLResponse { box.value = (response.statusCode, data ?? Data()) }
            done.signal()
        }.resume()
        done.wait()
        return box.value
    }

    @Test(.enabled(if: KamerzoekProcess.binary != nil), .timeLimit(.minutes(3)))
    func searchesAnswerWhileAnIngestWritesAndSeeItsCommits() throws {
        let corpus = try TemporaryCorpus()
        try corpus.copySample(sampleFiles)
        try corpus.ingest()
        let letters = try KamerzoekProcess.copyLetters(into: corpus, count: 260)
        try #require(letters.count >= 150)

        var server: Process?
        var base: URL?
        for _ in 0..<5 where base == nil {
            let port = Int.random(in: 20_000..<60_000)
            let process = try KamerzoekProcess.start(["serve", "--index", corpus.indexPath, "--port", "\(port)"], quiet: true)
            let url = URL(string: "http://127.0.0.1:\(port)")!
            for _ in 0..<100 where process.isRunning {
                if Self.get(url.appendingPathComponent("health"))?.status == 200 { base = url; break }
                Thread.sleep(forTimeInterval: 0.1)
            }
            if base == nil { process.terminate(); process.waitUntilExit() } else { server = process }
        }
        let serverProcess = try #require(server)
        defer { serverProcess.terminate(); serverProcess.waitUntilExit() }
        let root = try #require(base)
        let search = try #require(URL(string: "\(root.absoluteString)/search?q=regering&limit=1&facets=false"))

        let ingest = try KamerzoekProcess.start(
            ["ingest", corpus.corpus.path, "--index", corpus.indexPath, "--batch-size", "8"], quiet: true)
        var totals: [Int] = []
        var failures: [String] = []
        while (ingest.isRunning || totals.count < 3) && failures.count < 20 {
            guard let (status, body) = Self.get(search) else { failures.append("no answer"); continue }
            guard status == 200,
                let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                let total = object["total"] as? Int
            else {
                failures.append("\(status): \(String(decoding: body.prefix(200), as: UTF8.self))")
                continue
            }
            totals.append(total)
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        let final = try #require(Self.get(search))
        let finalTotal = try #require((try JSONSerialization.jsonObject(with: final.body) as? [String: Any])?["total"] as? Int)
        let expected = try corpus.search("regering").total

        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(finalTotal == expected)
        #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 <= $1 }, "totals went down: \(totals)")
        // Letters appeared while the ingest ran, not only at its end.
        #expect(totals.contains { $0 > totals[0] && $0 < expected }, "\(Set(totals).sorted())")
    }
}
