import DutchText
import Foundation

/// The readers, and the choice among them: by content first (a zip archive, a PDF signature,
/// publication XML, an HTML page), by extension second, plain text last.
///
/// ```swift
/// let readers = LetterReaders()
/// let document = try readers.read(data, url: url, format: "txt")  // a PDF named .txt is read as a PDF
/// ```
public struct LetterReaders: Sendable {
    /// The file extensions the scanner lists as letters.
    public static let extensions: Set<String> = ["txt", "xml", "html", "htm", "xhtml", "pdf", "docx"]

    public var plainText = PlainTextReader()
    public var publicationXML = PublicationXMLReader()
    public var html = HTMLReader()
    public var pdf: PDFReader
    /// The Word reader; its size limits can be set here.
    public var docx = DOCXReader()

    /// The standard readers; `pdf` finds `pdftotext` on `PATH` unless given.
    public init(pdf: PDFReader = PDFReader()) {
        self.pdf = pdf
    }

    /// The reader for a file with these bytes and this extension.
    public func reader(for data: Data, format: String) -> any LetterReader {
        switch Self.sniff(data) {
        case .zip: return docx
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
    /// When content and extension disagree, the document carries a warning. A zip archive not
    /// named `.docx` that is no readable Word document is skipped as `binary`, as any other zip.
    public func read(_ data: Data, url: URL, format: String) throws(SkipReason) -> LetterDocument {
        let reader = reader(for: data, format: format)
        let expected = Self.formatName(ofExtension: format)
        var document: LetterDocument
        do throws(SkipReason) {
            document = try reader.read(data, url: url)
        } catch where error.code == "bad-docx" && expected != docx.format {
            throw SkipReason(code: "binary", message: "binary file (zip archive, not a readable DOCX: \(error.message))")
        }
        if reader.format != expected {
            document.warnings.insert("named .\(format) but the content is \(reader.format): read as \(reader.format)", at: 0)
        }
        return document
    }

    /// The reader format an extension stands for.
    static func formatName(ofExtension format: String) -> String {
        switch format {
        case "html", "htm", "xhtml": return "html"
        case "xml", "pdf", "docx": return format
        default: return "txt"
        }
    }

    enum Sniffed { case zip, pdf, xml, html }

    /// Whether the first character after a byte order mark and white space is `<`.
    static func startsWithMarkup(_ data: Data) -> Bool {
        markupStart(data) != nil
    }

    /// The index of that `<`, or nil.
    private static func markupStart(_ data: Data) -> Data.Index? {
        var index = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[index]) { index += 1 }
        return index < data.endIndex && data[index] == UInt8(ascii: "<") ? index : nil
    }

    /// Whether `%PDF-` occurs in `bytes`.
    private static func containsPDFSignature(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while true {
            index = ByteLanes.firstIndex(of: UInt8(ascii: "%"), in: bytes, from: index, to: bytes.count)
            guard index + 5 <= bytes.count else { return false }
            if bytes[index + 1] == UInt8(ascii: "P"), bytes[index + 2] == UInt8(ascii: "D"),
                bytes[index + 3] == UInt8(ascii: "F"), bytes[index + 4] == UInt8(ascii: "-")
            {
                return true
            }
            index += 1
        }
    }

    /// What the first bytes say: a zip's local file header at the start (a DOCX), `%PDF-` near the
    /// start, markup with an HTML or XML opening.
    static func sniff(_ data: Data) -> Sniffed? {
        if data.starts(with: [UInt8(ascii: "P"), UInt8(ascii: "K"), 3, 4]) { return .zip }
        // Read where the bytes are: copying the head of every file into arrays cost more than the rest.
        let head = data.prefix(2048)
        if head.prefix(1024).withUnsafeBytes({ containsPDFSignature($0.bindMemory(to: UInt8.self)) }) { return .pdf }
        guard let start = markupStart(head) else { return nil }
        let lower = String(decoding: head[start...], as: UTF8.self).lowercased()
        if lower.contains("<officiele-publicatie") { return .xml }
        if lower.hasPrefix("<!doctype html") || lower.contains("<html") || lower.contains("<head") || lower.contains("<body") {
            return .html
        }
        if lower.hasPrefix("<?xml") { return .xml }
        return nil
    }
}
