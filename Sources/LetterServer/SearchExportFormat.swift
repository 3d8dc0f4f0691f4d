import Foundation
import LetterIndex

/// How exported results are written: CSV (RFC 4180) or NDJSON (one `SearchHit` object a line).
public enum SearchExportFormat: String, Sendable, CaseIterable {
    case csv
    case ndjson

    /// The media type of a response in this format.
    public var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8; header=present"
        case .ndjson: "application/x-ndjson"
        }
    }

    /// The CSV columns.
    public static let csvColumns = ["id", "title", "date", "kind", "score", "countries", "ministers", "dossiers", "snippet"]

    /// What comes before the first hit (the CSV header line, nothing for NDJSON).
    public var header: String {
        switch self {
        case .csv: Self.csvColumns.joined(separator: ",") + "\r\n"
        case .ndjson: ""
        }
    }

    /// One hit as a line, with its line end.
    public func line(_ hit: SearchHit) -> String {
        switch self {
        case .csv:
            let keys = { (kind: String) in hit.entities.filter { $0.kind == kind }.map(\.key).joined(separator: "; ") }
            let cells = [
                Self.csvText(hit.id), Self.csvText(hit.title), hit.date ?? "", hit.kind, String(format: "%.4f", hit.score),
                Self.csvText(keys("country")), Self.csvText(keys("minister")), Self.csvText(keys("dossier")),
                Self.csvText(hit.snippet),
            ]
            return cells.map(Self.quoted).joined(separator: ",") + "\r\n"
        case .ndjson:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(hit)) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// A text cell safe to open in a spreadsheet: a leading `=`, `+`, `-`, `@`, tab or carriage return
    /// (which would start a formula) gets a `'` in front.
    static func csvText(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// A cell quoted when it holds a comma, quote or line break; quotes doubled.
    static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
