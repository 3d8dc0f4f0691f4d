import Foundation

/// A file the ingest did not index, and why.
public struct SkippedFile: Sendable, Codable, Hashable {
    /// Path relative to the corpus root.
    public var path: String
    /// A stable code: `unreadable`, `empty`, `binary`, `too-large`, `duplicate`.
    public var code: String
    /// What was wrong.
    public var reason: String
}

/// A note about a file that was indexed all the same (e.g. converted from Windows-1252).
public struct FileWarning: Sendable, Codable, Hashable {
    /// Path relative to the corpus root.
    public var path: String
    /// What was noticed.
    public var message: String
}

/// What one ingest did.
public struct IngestSummary: Sendable, Codable {
    /// Letters new in the index.
    public var added = 0
    /// Letters whose file changed and were indexed again.
    public var updated = 0
    /// Letters whose file is unchanged.
    public var unchanged = 0
    /// Letters whose file is gone, removed from the index.
    public var removed = 0
    /// Files not indexed, with the reason for each.
    public var skipped: [SkippedFile] = []
    /// Notes about indexed files.
    public var warnings: [FileWarning] = []
    /// Bytes of the files that were read and indexed.
    public var bytesIndexed = 0
    /// Wall-clock seconds.
    public var seconds = 0.0
    /// Whether the index was emptied first (asked for, or because the analyzer changed).
    public var rebuilt = false

    /// Throughput over the indexed bytes.
    public var megabytesPerSecond: Double {
        seconds > 0 ? Double(bytesIndexed) / 1_000_000 / seconds : 0
    }

    /// The one-line summary the CLI prints.
    public var line: String {
        let rate = String(format: "%.1f", megabytesPerSecond)
        let time = String(format: "%.1f", seconds)
        return "added \(added), updated \(updated), unchanged \(unchanged), removed \(removed), "
            + "skipped \(skipped.count) — \(time) s, \(rate) MB/s"
    }

    enum CodingKeys: String, CodingKey {
        case added, updated, unchanged, removed, skipped, warnings, rebuilt, seconds
        case bytesIndexed = "bytes_indexed"
        case megabytesPerSecond = "mb_per_second"
    }

    /// Encodes the summary, with the derived throughput.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(added, forKey: .added)
        try container.encode(updated, forKey: .updated)
        try container.encode(unchanged, forKey: .unchanged)
        try container.encode(removed, forKey: .removed)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(rebuilt, forKey: .rebuilt)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(bytesIndexed, forKey: .bytesIndexed)
        try container.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
    }

    /// Decodes a summary.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        added = try container.decode(Int.self, forKey: .added)
        updated = try container.decode(Int.self, forKey: .updated)
        unchanged = try container.decode(Int.self, forKey: .unchanged)
        removed = try container.decode(Int.self, forKey: .removed)
        skipped = try container.decode([SkippedFile].self, forKey: .skipped)
        warnings = try container.decode([FileWarning].self, forKey: .warnings)
        rebuilt = try container.decode(Bool.self, forKey: .rebuilt)
        seconds = try container.decode(Double.self, forKey: .seconds)
        bytesIndexed = try container.decode(Int.self, forKey: .bytesIndexed)
    }

    /// An empty summary.
    public init() {}
}
