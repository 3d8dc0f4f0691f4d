import Foundation
import LetterIndex

/// Ingest of the whole corpus (×1 and ×N) against a plain unicode61 FTS5 insert of the same texts.
struct IngestBenchmark {
    let options: BenchmarkOptions

    func run() throws {
        try FileManager.default.createDirectory(at: options.work, withIntermediateDirectories: true)
        let documents = try PlainFTSIndex.documents(in: options.corpus)
        let megabytes = Double(documents.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
        // Plain and Kamerzoek take turns, and the medians are compared: on a shared two-core
        // machine one run of each can differ by a fifth from the next.
        var plainRuns: [Double] = []
        var x1Runs: [Double] = []
        var x1: IngestSummary?
        // Peaks of Kamerzoek's runs alone (the process also holds the plain insert's texts).
        var x1Memory = 0.0
        var residentBefore: [Double] = []
        for _ in 0..<options.repeats {
            plainRuns.append(try PlainFTSIndex(path: options.plainIndex).build(documents))
            let (summary, seconds, peak) = try ingest(corpus: options.corpus, index: options.index, residentBefore: &residentBefore)
            x1Memory = max(x1Memory, peak)
            x1 = summary
            x1Runs.append(seconds)
        }
        let plainSeconds = median(plainRuns)
        let x1Seconds = median(x1Runs)
        let plainMB = fileMB(options.plainIndex)
        let x1MB = fileMB(options.index)
        let x1Added = x1?.added ?? 0

        var scaledRow: [String]?
        var scaledRuns: [Double] = []
        if options.scale > 1 {
            let scaled = try ScaledCorpus(
                corpus: options.corpus, copies: options.scale,
                target: options.work.appendingPathComponent("corpus-x\(options.scale)")).make()
            // A median too (of up to three runs): one run of fifteen seconds can land in a slow
            // phase of the machine as easily as one of three.
            var summary: IngestSummary?
            var scaledMemory = 0.0
            for _ in 0..<min(options.repeats, 3) {
                let (runSummary, runSeconds, peak) = try ingest(
                    corpus: scaled, index: options.scaledIndex, residentBefore: &residentBefore)
                scaledMemory = max(scaledMemory, peak)
                summary = runSummary
                scaledRuns.append(runSeconds)
            }
            let seconds = median(scaledRuns)
            let added = summary?.added ?? 0
            // The plain index of the same scaled texts, read file by file, for the size ratio.
            let plainScaled = options.work.appendingPathComponent("plain-x\(options.scale).sqlite").path
            let plainScaledSeconds = try PlainFTSIndex(path: plainScaled).build(PlainFTSIndex.lazyDocuments(in: scaled))
            scaledRow = ["kamerzoek ×\(options.scale)", format(seconds), format(megabytes * Double(options.scale) / seconds),
                         format(Double(added) / seconds, 0), format(scaledMemory, 0), format(fileMB(options.scaledIndex)),
                         "time ×\(format(seconds / x1Seconds, 2)) of ×1, size ×\(format(fileMB(options.scaledIndex) / fileMB(plainScaled), 2)) "
                            + "of plain ×\(options.scale) (\(format(fileMB(plainScaled))) MB, \(format(plainScaledSeconds)) s)"]
        }
        print("\n## Ingest (\(documents.count) files, \(format(megabytes)) MB; ×1 rows: median of \(options.repeats) interleaved runs"
            + (scaledRuns.isEmpty ? ")" : ", ×\(options.scale): of \(scaledRuns.count))"))
        let widths = [18, 9, 8, 10, 12, 10, 30]
        row(["engine", "seconds", "MB/s", "letters/s", "peak MB", "index MB", "ratio"], widths: widths)
        row(["plain unicode61", format(plainSeconds), format(megabytes / plainSeconds), format(Double(documents.count) / plainSeconds, 0),
             "-", format(plainMB), "1.00"], widths: widths)
        row(["kamerzoek ×1", format(x1Seconds), format(megabytes / x1Seconds), format(Double(x1Added) / x1Seconds, 0),
             format(x1Memory, 0), format(x1MB),
             "throughput ×\(format(plainSeconds / x1Seconds, 2)), size ×\(format(x1MB / plainMB, 2))"], widths: widths)
        if let scaledRow { row(scaledRow, widths: widths) }
        if options.repeats > 1 {
            print("runs (s): plain \(plainRuns.map { format($0, 2) }.joined(separator: " ")); "
                + "kamerzoek ×1 \(x1Runs.map { format($0, 2) }.joined(separator: " ")); "
                + "ratio per pair \(zip(plainRuns, x1Runs).map { format($0 / $1, 2) }.joined(separator: " "))"
                + (scaledRuns.isEmpty ? "" : "; kamerzoek ×\(options.scale) \(scaledRuns.map { format($0, 2) }.joined(separator: " "))"))
        }
        if residentBefore.contains(where: { $0 > 0 }) {
            // The peaks above are of each run alone, but on top of what the process already held.
            print("resident MB before each Kamerzoek run (the plain texts, heap kept from earlier runs): "
                + residentBefore.map { format($0, 0) }.joined(separator: " "))
        }
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// One ingest into a fresh index: its summary, seconds and peak MB (of this run alone, on top
    /// of the resident set before it, which is appended to `residentBefore`).
    private func ingest(
        corpus: URL, index: String, residentBefore: inout [Double]
    ) throws -> (IngestSummary, Double, Double) {
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: index + suffix) }
        let database = try LetterDatabase(path: index)
        resetPeakMemory()
        residentBefore.append(residentMemoryMB())
        let (summary, seconds) = try measure { try Ingestor(database: database).ingest(IngestOptions(corpus: corpus)) }
        return (summary, seconds, peakMemoryMB())
    }
}
