import Foundation

/// Turns the bytes of one letter file into text, with whatever metadata the format carries.
///
/// Each format has one reader; ``LetterReaders`` chooses among them by content first and by
/// extension second, so a `.txt` that is really a PDF is read as a PDF.
public protocol LetterReader: Sendable {
    /// The format name stored with the letter: `txt`, `xml`, `html`, `pdf`, `docx`.
    var format: String { get }

    /// Reads a loaded file; `url` is where the bytes came from (a PDF is handed to `pdftotext`).
    func read(_ data: Data, url: URL) throws(SkipReason) -> LetterDocument
}

/// What a reader found in one file.
public struct LetterDocument: Sendable, Hashable {
    /// The text, one paragraph (or line of the original) a line.
    public var text: String
    /// Metadata the file itself carries (publication XML and HTML); `metadata.jsonl` wins over it.
    public var metadata: DocumentMetadata
    /// The reader's format name.
    public var format: String
    /// Notes for the ingest summary, e.g. that the file was converted from Windows-1252.
    public var warnings: [String]

    /// A document read by the reader named `format`.
    public init(text: String, metadata: DocumentMetadata = DocumentMetadata(), format: String, warnings: [String] = []) {
        self.text = text
        self.metadata = metadata
        self.format = format
        self.warnings = warnings
    }
}

extension LetterDocument {
    /// Throws ``SkipReason`` `empty` when the text has nothing but white space.
    func requiringText(emptyMessage: String = "no text (only white space)") throws(SkipReason) -> LetterDocument {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw SkipReason(code: "empty", message: emptyMessage)
        }
        return self
    }
}
