import Foundation

/// The readers, and the choice among them: by content first (a PDF signature, publication XML,
/// an HTML page), by extension second, plain text last.
///
/// ```swift
/// let readers = LetterReaders()
/// let document = try readers.read(data, url: url, format: "txt")  // a PDF named .txt is read as a PDF
/// ```
public struct LetterReaders: Sendable {
    /// The file extensions the scanner lists as letters.
    public static let extensions: Set<String> = ["txt", "xml", "html", "htm", "xhtml", "pdf"]

    public var plainText = PlainTextReader()
    public var publicationXML = PublicationXMLReader()
    public var html = HTMLReader()
    public var pdf: PDFReader

    /// The standard readers; `pdf` finds `pdftotext` on `PATH` unless given.
    public init(pdf: PDFReader = PDFReader()) {
        self.pdf = pdf
    }

    /// The reader for a file with these bytes and this extension.
    public func reader(for data: Data, format: String) -> any LetterReader {
        switch Self.sniff(data) {
        case .pdf: return pdf
        case .xml: return publicationXML
        case .html: return html
        case nil: break
        }
        // Markup by name only when it starts like markup; a .html of plain lines keeps its lines.
        guard Self.startsWithMarkup(data) else { return plainText }
        switch format {
        case "xml": return publicationXML
        case "html", "htm", "xhtml": return html
        default: return plainText
        }
    }

    /// Reads `data` (loaded from `url`, whose extension is `format`) with the right reader.
    ///
    /// When content and extension disagree, the document carries a warning.
    public func read(_ data: Data, url: URL, format: String) throws(SkipReason) -> LetterDocument {
        let reader = reader(for: data, format: format)
        var document = try reader.read(data, url: url)
        let expected = Self.formatName(ofExtension: format)
        if reader.format != expected {
            document.warnings.insert("named .\(format) but the content is \(reader.format): read as \(reader.format)", at: 0)
        }
        return document
    }

    /// The reader format an extension stands for.
    static func formatName(ofExtension format: String) -> String {
        switch format {
        case "html", "htm", "xhtml": return "html"
        case "xml", "pdf": return format
        default: return "txt"
        }
    }

    enum Sniffed { case pdf, xml, html }

    /// Whether the first character after a byte order mark and white space is `<`.
    static func startsWithMarkup(_ data: Data) -> Bool {
        var index = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[index]) { index += 1 }
        return index < data.endIndex && data[index] == UInt8(ascii: "<")
    }

    /// Whether `needle` occurs in `bytes` (a plain scan: Foundation's generic `firstRange` on
    /// byte slices cost a second of CPU per corpus ingest).
    private static func contains(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// What the first bytes say: `%PDF-` near the start, markup with an HTML or XML opening.
    static func sniff(_ data: Data) -> Sniffed? {
        let head = [UInt8](data.prefix(2048))
        if contains(Array("%PDF-".utf8), in: head.prefix(1024)) { return .pdf }
        var start = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        guard start < head.count, head[start] == UInt8(ascii: "<") else { return nil }
        let lower = String(decoding: head[start...], as: UTF8.self).lowercased()
        if lower.contains("<officiele-publicatie") { return .xml }
        if lower.hasPrefix("<!doctype html") || lower.contains("<html") || lower.contains("<head") || lower.contains("<body") {
            return .html
        }
        if lower.hasPrefix("<?xml") { return .xml }
        return nil
    }
}
