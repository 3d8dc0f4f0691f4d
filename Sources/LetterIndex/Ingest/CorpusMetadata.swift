import Entities
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
    /// The publisher's document type (`Motie`, `Brief regering`, `Schriftelijke vragen`, …).
    public var documentType: String? = nil

    /// The letter kind the document type names, if it names one.
    var kind: LetterKind? {
        guard let type = documentType?.lowercased() else { return nil }
        if type.hasPrefix("motie") { return .motie }
        if type.hasPrefix("brief") { return .brief }
        if type.hasPrefix("schriftelijke vragen") || type.hasPrefix("antwoord schriftelijke vragen") { return .kamervragen }
        return nil
    }
}

/// Reads every `metadata.jsonl` below a corpus root: one JSON object per line with a `file` key.
///
/// Lines that are not valid JSON are reported and skipped.
public struct CorpusMetadata: Sendable {
    /// Metadata by file path relative to the corpus root.
    public private(set) var byPath: [String: FileMetadata] = [:]
    /// Problems found, one line each, with file and line number.
    public private(set) var problems: [String] = []

    /// The name of a metadata file.
    public static let fileName = "metadata.jsonl"

    /// Loads the metadata files below `root` (found as ``CorpusScanner`` finds letters).
    public init(root: URL) {
        self.init(root: root, files: (try? CorpusScanner(root: root).scan().metadataFiles) ?? [])
    }

    /// Loads the given metadata files of the corpus at `root`; paths in each are relative to
    /// its folder.
    public init(root: URL, files: [URL]) {
        self.init(root: root, files: files, scanner: true)
    }

    /// Loads the given metadata files, with ``MetadataLineScanner`` or with `JSONDecoder` alone.
    init(root: URL, files: [URL], scanner: Bool) {
        let rootPath = root.standardizedFileURL.path.hasSuffix("/")
            ? root.standardizedFileURL.path : root.standardizedFileURL.path + "/"
        for url in files {
            let folder = url.deletingLastPathComponent().standardizedFileURL.path
            let prefix = folder.count + 1 > rootPath.count ? String((folder + "/").dropFirst(rootPath.count)) : ""
            load(url, prefix: prefix, scanner: scanner)
        }
    }

    /// Loads only the `metadata.jsonl` directly in `folder` (for one file analyzed on its own).
    public init(folderOnly folder: URL) {
        let url = folder.appendingPathComponent(Self.fileName)
        if FileManager.default.fileExists(atPath: url.path) { load(url, prefix: "") }
    }

    private mutating func load(_ url: URL, prefix: String, scanner: Bool = true) {
        guard let data = try? Data(contentsOf: url) else {
            problems.append("\(url.path): cannot read")
            return
        }
        let bytes = [UInt8](data)
        // Lines found with `memchr` (`Data.split` alone took half a second per corpus).
        var lines: [(number: Int, range: Range<Int>)] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var lineStart = 0
            var lineNumber = 0
            while lineStart <= buffer.count {
                var lineEnd = buffer.count
                if lineStart < buffer.count, let newline = memchr(base + lineStart, 0x0A, buffer.count - lineStart) {
                    lineEnd = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base
                }
                lineNumber += 1
                if !buffer[lineStart..<lineEnd].allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) {
                    lines.append((lineNumber, lineStart..<lineEnd))
                }
                lineStart = lineEnd + 1
            }
        }
        // The lines decoded as JSON arrays, one per core in parallel; line by line only where
        // some line is not an object.
        let found = lines
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, max(1, found.count / 1_000))
        let decoded = DecodedParts(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let slice = found[found.count * part / parts..<found.count * (part + 1) / parts]
            let ranges = slice.map(\.range)
            decoded.set(part, scanner ? Self.read(ranges, of: bytes) : Self.decode(ranges, of: bytes))
        }
        byPath.reserveCapacity(byPath.count + lines.count)
        var line = 0
        for entries in decoded.values {
            for entry in entries {
                defer { line += 1 }
                guard let entry, let file = entry.file else {
                    problems.append("\(url.path):\(lines[line].number): not a JSON object with a \"file\" key")
                    continue
                }
                var date = Self.cleaned(entry.date)
                if let value = date, !Self.isISODate(value) { date = nil }
                byPath[prefix + file] = FileMetadata(
                    title: Self.cleaned(entry.title), date: date,
                    dossier: Self.cleaned(entry.dossierNumber) ?? Self.cleaned(entry.dossier),
                    sourceURL: Self.cleaned(entry.sourceURL), documentType: Self.cleaned(entry.documentType))
            }
        }
    }

    /// Reads the lines with ``MetadataLineScanner``, asking `JSONDecoder` about the lines it
    /// leaves; when one of those is not a JSON object on its own, all lines go to ``decode(_:of:)``,
    /// which may read them as one array.
    private static func read(_ lines: [Range<Int>], of bytes: [UInt8]) -> [MetadataLineScanner.Fields?] {
        let decoder = JSONDecoder()
        var entries: [MetadataLineScanner.Fields?] = []
        entries.reserveCapacity(lines.count)
        let complete = bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                if let fields = MetadataLineScanner.scan(UnsafeBufferPointer(rebasing: buffer[line])) {
                    entries.append(fields)
                } else if let entry = try? decoder.decode(MetadataLineScanner.Fields.self, from: Data(bytes[line])) {
                    entries.append(entry)
                } else {
                    return false
                }
            }
            return true
        }
        return complete ? entries : decode(lines, of: bytes)
    }

    /// Decodes the lines as one JSON array, or one by one when some line is not one object
    /// (`{…},{…}` counts two).
    private static func decode(_ lines: [Range<Int>], of bytes: [UInt8]) -> [MetadataLineScanner.Fields?] {
        let decoder = JSONDecoder()
        var array = [UInt8(ascii: "[")]
        array.reserveCapacity(lines.reduce(2) { $0 + $1.count + 1 })
        for (index, line) in lines.enumerated() {
            if index > 0 { array.append(UInt8(ascii: ",")) }
            array += bytes[line]
        }
        array.append(UInt8(ascii: "]"))
        let entries: [MetadataLineScanner.Fields?] = (try? decoder.decode([MetadataLineScanner.Fields].self, from: Data(array))) ?? []
        if entries.count == lines.count { return entries }
        return lines.map { try? decoder.decode(MetadataLineScanner.Fields.self, from: Data(bytes[$0])) }
    }

    /// Slots filled by the decoding threads, one each.
    private final class DecodedParts: @unchecked Sendable {
        private(set) var values: [[MetadataLineScanner.Fields?]]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: [], count: count) }
        func set(_ index: Int, _ value: [MetadataLineScanner.Fields?]) { lock.withLock { values[index] = value } }
    }

    /// The value trimmed, `nil` when blank.
    static func cleaned(_ value: String?) -> String? {
        guard let value else { return nil }
        if let first = value.utf8.first, let last = value.utf8.last, first > 0x20, last > 0x20, first < 0x80, last < 0x80 {
            return value
        }
        // What `trimmingCharacters(in: .whitespacesAndNewlines)` removes, without bridging to
        // NSString: a quarter of the shared corpus's titles end in a space.
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return nil }
        return String(scalars[first...last])
    }

    /// Foundation's `whitespacesAndNewlines`: Unicode's White_Space and the zero-width space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0x200B
    }

    static func isISODate(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (byte >= 48 && byte <= 57) }
    }
}

/// A line as `JSONDecoder` reads it, for the lines the scanner leaves: the same seven strings as
/// written, a value that is not a string counting as absent.
extension MetadataLineScanner.Fields: Decodable {
    private enum CodingKeys: String, CodingKey {
        case file, title, date, dossier
        case dossierNumber = "dossier_nr"
        case sourceURL = "source_url"
        case documentType = "doc_type"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? { try? container.decodeIfPresent(String.self, forKey: key) }
        self.init(
            file: text(.file), title: text(.title), date: text(.date), dossierNumber: text(.dossierNumber),
            dossier: text(.dossier), sourceURL: text(.sourceURL), documentType: text(.documentType))
    }
}
