import Foundation

/// Command-line options of the benchmark suite.
struct BenchmarkOptions {
    var command = "all"
    var corpus: URL
    var work: URL
    var scale = 5
    var queries = 600
    /// Runs of each ×1 ingest (plain and Kamerzoek, interleaved); the table shows medians.
    var repeats = 3
    /// `probe` and `sql` use the ×N index instead of the ×1 one.
    var probeScaled = false
    var relevanceFile: URL
    /// Where `profiles`, `streams` and `searches` write (`--out`); standard output when nil.
    var output: URL?
    /// An index to use instead of the ×1 index in the work folder (`--index`).
    var indexOverride: String?

    /// The arguments after the command that are neither options nor their values.
    var positional: [String] = []

    init(_ arguments: [String]) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        work = URL(fileURLWithPath: "/tmp/kamerzoek-bench")
        relevanceFile = root.appendingPathComponent("Benchmarks/relevance/queries.json")
        var index = 0
        if let first = arguments.first, !first.hasPrefix("-") {
            command = first
            index = 1
        }
        while index < arguments.count {
            let name = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch name {
            case "--corpus": corpus = URL(fileURLWithPath: value)
            case "--work": work = URL(fileURLWithPath: value)
            case "--scale": scale = Int(value) ?? scale
            case "--queries": queries = Int(value) ?? queries
            case "--repeat": repeats = max(1, Int(value) ?? repeats)
            case "--relevance": relevanceFile = URL(fileURLWithPath: value)
            case "--out": output = URL(fileURLWithPath: value)
            case "--index": indexOverride = value
            case "--probe-scaled":
                probeScaled = true
                index += 1
                continue
            default:
                // Not an option nor an option's value: a query (`probe`) or a statement (`sql`).
                if !name.hasPrefix("--") {
                    positional.append(name)
                    index += 1
                    continue
                }
            }
            index += 2
        }
    }

    /// The ×1 index path.
    var index: String { indexOverride ?? work.appendingPathComponent("kamerzoek-x1.sqlite").path }
    /// The ×N index path.
    var scaledIndex: String { work.appendingPathComponent("kamerzoek-x\(scale).sqlite").path }
    /// The index `probe` and `sql` look at.
    var probedIndex: String { probeScaled ? scaledIndex : index }
    /// The plain unicode61 reference index.
    var plainIndex: String { work.appendingPathComponent("plain-x1.sqlite").path }
}

/// Wall-clock seconds of a block.
func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Peak resident memory of this process so far, in MB.
func peakMemoryMB() -> Double {
    // Linux: the peak since the last `resetPeakMemory()` (VmHWM); elsewhere the process's peak.
    if let peak = processStatusMB("VmHWM:") { return peak }
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The resident set now, in MB (Linux; 0 elsewhere): what earlier runs left in the process.
func residentMemoryMB() -> Double {
    processStatusMB("VmRSS:") ?? 0
}

/// A memory line of `/proc/self/status` (in kB there), in MB.
private func processStatusMB(_ key: String) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }),
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kilobytes / 1024
}

/// Starts a new peak for ``peakMemoryMB()``: Linux resets VmHWM to the current resident set
/// when "5" is written to `/proc/self/clear_refs`. Without it, the ×N row reported the peak of
/// the ×1 runs before it too.
func resetPeakMemory() {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
    try? handle.write(contentsOf: Data("5".utf8))
    try? handle.close()
}

/// File size with WAL, in MB.
func fileMB(_ path: String) -> Double {
    [path, path + "-wal"].reduce(0.0) { total, file in
        total + Double((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0) / 1_000_000
    }
}

/// Percentile of sorted values.
func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
    return sorted[rank]
}

/// Prints a row of a fixed-width table.
func row(_ cells: [String], widths: [Int]) {
    print(zip(cells, widths).map { cell, width in cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0) }.joined(separator: " "))
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
