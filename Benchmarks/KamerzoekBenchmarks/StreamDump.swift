import DutchText
import Foundation
import LetterIndex

/// Builds the token stream of every corpus file single-threaded, prints how long the stream
/// loop took in thread CPU time (cold cache, then warm; also pooled on all cores, in process
/// CPU time), and writes every token to `--out PATH`: a golden file to compare analyzer
/// changes against.
struct StreamDump {
    let options: BenchmarkOptions
    let output: URL?
    /// Timed passes of each kind; the fastest is printed too.
    let repeats: Int

    func run() throws {
        let files = try CorpusScanner(root: options.corpus).files()
        let letters = files.compactMap { file in
            (try? String(contentsOf: file.url, encoding: .utf8)).map { (name: file.url.lastPathComponent, text: $0) }
        }
        let normalizer = TextNormalizer()
        let texts = letters.map { normalizer.normalize($0.text).text }

        var coldTimes: [Double] = []
        var warmTimes: [Double] = []
        var scanTimes: [Double] = []
        var pooledWall: [Double] = []
        var pooledCPU: [Double] = []
        var words = 0
        for _ in 0..<max(1, repeats) {
            let analyzer = DutchAnalyzer()
            coldTimes.append(threadCPU { for text in texts { _ = analyzer.stream(text) } })
            warmTimes.append(threadCPU { for text in texts { _ = analyzer.stream(text) } })
            let pooled = PooledStreams.run(texts)
            pooledWall.append(pooled.wall)
            pooledCPU.append(pooled.cpu)
            words = 0
            scanTimes.append(measure {
                for text in texts {
                    var copy = text
                    copy.withUTF8 { bytes in
                        var scanner = WordScanner(bytes)
                        while scanner.next() != nil { words += 1 }
                    }
                }
            }.1)
        }
        // Every distinct word once, in one text: what a cold cache costs beyond the lookups.
        var seen = Set<String>()
        var distinct = ""
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                var scanner = WordScanner(bytes)
                while let word = scanner.next() {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
                    if seen.insert(raw).inserted {
                        distinct += raw
                        distinct += " "
                    }
                }
            }
        }
        let distinctTimes = (0..<max(1, repeats)).map { _ in threadCPU { _ = DutchAnalyzer().stream(distinct) } }
        print("analysis of \(seen.count) distinct words (thread CPU): \(distinctTimes.map { format($0, 3) }.joined(separator: " ")) s (best \(format(distinctTimes.min()!, 3)))")
        print("streams of \(texts.count) files, \(words) words: " + [("cold", coldTimes), ("warm", warmTimes), ("scan", scanTimes), ("pooled wall", pooledWall), ("pooled CPU", pooledCPU)]
            .map { name, times in "\(name) \(times.map { format($0, 3) }.joined(separator: " ")) s (best \(format(times.min()!, 3)))" }
            .joined(separator: ", "))

        guard let output else { return }
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        // The dump is of a cold analyzer; a warm one must give the same streams.
        let cold = DutchAnalyzer()
        let warm = DutchAnalyzer()
        for text in texts { _ = warm.stream(text) }
        var mismatches = 0
        // Streams made by a pool of analyzers on all cores must be the same too.
        let pooled = PooledStreams.run(texts).streams
        var pooledMismatches = 0
        var buffer: [UInt8] = []
        for (index, (letter, text)) in zip(letters, texts).enumerated() {
            let start = buffer.count
            append(cold.stream(text), named: letter.name, to: &buffer)
            var again: [UInt8] = []
            append(warm.stream(text), named: letter.name, to: &again)
            if again[...] != buffer[start...] { mismatches += 1 }
            again.removeAll(keepingCapacity: true)
            append(pooled[index], named: letter.name, to: &again)
            if again[...] != buffer[start...] { pooledMismatches += 1 }
            if buffer.count > 1 << 24 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        print("wrote \(output.path); warm streams differing from cold: \(mismatches), pooled: \(pooledMismatches)")
    }

    /// One file's stream: a header line, then one line per token `start end s|c token`.
    private func append(_ stream: TokenStream, named name: String, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: "# \(name) length=\(stream.textLength) tokens=\(stream.items.count)\n".utf8)
        for item in stream.items {
            buffer.append(contentsOf: "\(item.start) \(item.end) \(item.colocated ? "c" : "s") ".utf8)
            buffer.append(contentsOf: stream.bytes[Int(item.tokenStart)..<Int(item.tokenEnd)])
            buffer.append(UInt8(ascii: "\n"))
        }
    }
}
