import DutchText
import Entities
import Foundation
import LetterIndex

/// Fuzz target (b): file bytes → readers → normalizer → profiler → analyzer → token stream, the
/// path every ingested file takes; offsets must stay inside the text they point into.
///
/// The first byte picks the format the file claims by its extension (`txt`, `xml`, `html`);
/// the readers still sniff the content first, as in an ingest, so a zip is read as a DOCX. PDFs
/// are not read (no `pdftotext` is run per input).
public enum DocumentFuzzTarget {
    static let formats = ["txt", "xml", "html"]
    private static let reader = LetterFileReader(readers: LetterReaders(pdf: PDFReader(executable: nil)))
    private static let profiler = LetterProfiler()

    /// Runs one input; stops the process when an invariant fails.
    public static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else { return }
        let format = formats[Int(first) % formats.count]
        let data = Data(bytes.dropFirst())
        guard let text = try? reader.decode(data, sha256: "", format: format) else { return }
        let profile = profiler.profile(of: text.text, fileName: "fuzz.\(format)")
        let normalized = profile.normalized.text
        let length = normalized.utf8.count
        require(profile.normalized.bodyEnd >= 0 && profile.normalized.bodyEnd <= length,
                "body end \(profile.normalized.bodyEnd) outside \(length) bytes")
        for mention in profile.mentions {
            if let start = mention.start, let end = mention.end {
                require(0 <= start && start <= end && end <= length, "mention \(start)..<\(end) outside \(length) bytes")
            }
        }
        let stream = DutchAnalyzer().stream(normalized)
        for item in stream.items {
            require(0 <= item.start && item.start <= item.end && Int(item.end) <= length,
                    "token \(item.start)..<\(item.end) outside \(length) bytes")
            require(0 <= item.tokenStart && item.tokenStart <= item.tokenEnd && Int(item.tokenEnd) <= stream.bytes.count,
                    "token bytes \(item.tokenStart)..<\(item.tokenEnd) outside the stream")
        }
        for token in DutchAnalyzer().tokens(in: normalized, mode: .query) {
            require(0 <= token.start && token.start <= token.end && token.end <= length,
                    "query token \(token.start)..<\(token.end) outside \(length) bytes")
        }
    }
}
