import Foundation

/// What a corpus folder's `metadata.jsonl` says about one file; it wins over what the parser guesses.
public struct FileMetadata: Sendable, Hashable {
    /// The document title.
    public var title: String?
    /// The document date, `yyyy-mm-dd`.
    public var date: String?
    /// The document's own dossier number.
    public var dossier: String?
    /// Where the document was published.
    public var sourceURL: String?
}

/// Reads every `metadata.jsonl` below a corpus root: one JSON object per line with a `file` key.
///
/// Lines that are not valid JSON are reported and skipped.
public struct CorpusMetadata: Sendable {
    /// Metadata by file path relative to the corpus root.
    public private(set) var byPath: [String: FileMetadata] = [:]
    /// Problems found, one line each, with file and line number.
    public private(set) var problems: [String] = []

    /// Loads the metadata files below `root`.
    public init(root: URL) {
        let root = root.standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator where url.lastPathComponent == "metadata.jsonl" {
            let folder = url.deletingLastPathComponent().standardizedFileURL.path
            let prefix = folder.count + 1 > rootPath.count ? String((folder + "/").dropFirst(rootPath.count)) : ""
            load(url, prefix: prefix)
        }
    }

    /// Loads only the `metadata.jsonl` directly in `folder` (for one file analyzed on its own).
    public init(folderOnly folder: URL) {
        let url = folder.appendingPathComponent("metadata.jsonl")
        if FileManager.default.fileExists(atPath: url.path) { load(url, prefix: "") }
    }

    private mutating func load(_ url: URL, prefix: String) {
        guard let data = try? Data(contentsOf: url) else {
            problems.append("\(url.path): cannot read")
            return
        }
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let file = object["file"] as? String
            else {
                problems.append("\(url.path):\(lineNumber): not a JSON object with a \"file\" key")
                continue
            }
            func text(_ key: String) -> String? {
                guard let value = object[key] as? String else { return nil }
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty ? nil : trimmed
            }
            var date = text("date")
            if let value = date, !Self.isISODate(value) { date = nil }
            byPath[prefix + file] = FileMetadata(
                title: text("title"), date: date, dossier: text("dossier_nr") ?? text("dossier"),
                sourceURL: text("source_url"))
        }
    }

    static func isISODate(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (byte >= 48 && byte <= 57) }
    }
}
