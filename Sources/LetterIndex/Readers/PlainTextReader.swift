import Foundation

/// Reads `.txt` letters: UTF-8, or UTF-16 / Windows-1252 converted with a warning; binary and
/// empty files are skipped with their reason.
///
/// ```swift
/// let document = try PlainTextReader().read(Data("Den Haag, 3 maart 1990".utf8), url: url)
/// ```
public struct PlainTextReader: LetterReader {
    public let format = "txt"

    /// A plain-text reader.
    public init() {}

    public func read(_ data: Data, url: URL) throws(SkipReason) -> LetterDocument {
        let (text, warnings) = try TextDecoding.decode(data)
        return try LetterDocument(text: text, format: format, warnings: warnings).requiringText()
    }
}
