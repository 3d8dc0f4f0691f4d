import DutchText
import Entities
import Foundation
import LetterIndex

/// Single-threaded throughput of each analysis stage over the whole corpus, to see where
/// ingest time goes: read, normalize, profile (entities), token streams (cold and warm cache).
struct StageBenchmark {
    let options: BenchmarkOptions

    func run() throws {
        let (files, scanSecondsOnly) = try measure { try CorpusScanner(root: options.corpus).files() }
        let (_, metadataSeconds) = measure { CorpusMetadata(root: options.corpus) }
        let (texts, readSeconds) = measure {
            files.compactMap { try? String(contentsOf: $0.url, encoding: .utf8) }
        }
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
        let normalizer = TextNormalizer()
        let (normalized, normalizeSeconds) = measure { texts.map { normalizer.normalize($0).text } }
        let profiler = LetterProfiler()
        let (_, profileSeconds) = measure { for text in texts { _ = profiler.profile(of: text) } }
        let analyzer = DutchAnalyzer()
        let (_, coldSeconds) = measure { for text in normalized { _ = analyzer.stream(text) } }
        let (_, warmSeconds) = measure { for text in normalized { _ = analyzer.stream(text) } }
        // As an ingest makes them: all cores, analyzers from a pool sharing their analyses.
        let pooled = PooledStreams.run(normalized)
        var tokens = 0
        let (_, scanSeconds) = measure {
            for text in normalized {
                var copy = text
                copy.withUTF8 { bytes in
                    var scanner = WordScanner(bytes)
                    while scanner.next() != nil { tokens += 1 }
                }
            }
        }
        print("\n## Analysis stages, one thread (\(files.count) files, \(format(megabytes)) MB, \(tokens) words)")
        let widths = [34, 9, 8]
        row(["stage", "seconds", "MB/s"], widths: widths)
        for (name, seconds) in [("scan folder", scanSecondsOnly), ("metadata.jsonl", metadataSeconds), ("read files", readSeconds), ("normalize", normalizeSeconds),
                                ("profile (normalize+header+entities)", profileSeconds),
                                ("word scanning only", scanSeconds), ("token streams, cold cache", coldSeconds),
                                ("token streams, warm cache", warmSeconds)] {
            row([name, format(seconds, 2), format(megabytes / seconds)], widths: widths)
        }
        print("token streams, pooled: \(format(pooled.wall, 2)) s wall, \(format(pooled.cpu, 2)) s CPU"
            + " (\(ProcessInfo.processInfo.activeProcessorCount) threads, \(pooled.analyzers) analyzers, cold cache)")
    }
}
