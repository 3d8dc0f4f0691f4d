import Foundation

/// A file the ingest did not index, and why.
public struct SkippedFile: Sendable, Codable, Hashable {
    /// Path relative to the corpus root.
    public var path: String
    /// A stable code:
    /// - `empty`: no bytes, or only white space; `binary`: not text (NUL or control bytes, a known
    ///   binary signature such as a zip or an image);
    /// - `too-large`: over the size limit (`--max-bytes`); `unreadable`: the system refused to read it;
    /// - `not-a-file`: a FIFO, socket or device; `symlink`: a symbolic link, never followed;
    ///   `bad-name`: the name is not UTF-8; `too-deep`: folders nested deeper than 64;
    /// - `duplicate-id`: another file has the same id (`a.txt` beside `a.pdf`);
    /// - `no-pdftotext`: a PDF while `pdftotext` is not installed; `bad-pdf`: `pdftotext` failed;
    /// - `bad-docx`: a `.docx` that is not a readable Word document (damaged, no `word/document.xml`,
    ///   over the size limits).
    public var code: String
    /// What was wrong.
    public var reason: String
}

/// `--strict`: the ingest refuses when any file would be skipped.
///
/// The files are checked before anything is written, so the index is left as it was; only a file
/// that changes between that check and its reading can still turn up during the ingest, which then
/// finishes and reports it (``indexChanged`` is `true`).
public struct StrictIngestRefusal: Error, Sendable, CustomStringConvertible {
    /// The files that would be (or were) skipped.
    public var skipped: [SkippedFile]
    /// Whether the index was changed before the skip was found.
    public var indexChanged: Bool

    /// A refusal over `skipped`.
    public init(skipped: [SkippedFile], indexChanged: Bool) {
        self.skipped = skipped
        self.indexChanged = indexChanged
    }

    public var description: String {
        let count = skipped.count
        let files = "\(count) file\(count == 1 ? "" : "s") would be skipped"
        return indexChanged
            ? "--strict: \(count) file\(count == 1 ? "" : "s") skipped during the ingest (the index holds the rest)"
            : "--strict: \(files); the index was not changed"
    }
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
