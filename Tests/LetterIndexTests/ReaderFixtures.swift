import Foundation
import Testing

/// The reader fixtures: publication XML, HTML pages and PDFs made from corpus letters, each with
/// the `.txt` its reader must give back (see Fixtures/make-fixtures.py).
enum ReaderFixtures {
    static func url(_ folder: String, _ name: String, _ ext: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures/\(folder)"))
    }

    static func data(_ folder: String, _ name: String, _ ext: String) throws -> Data {
        try Data(contentsOf: url(folder, name, ext))
    }

    /// The expected text: the corpus file, lines trimmed, empty lines dropped.
    static func expectedLines(_ folder: String, _ name: String) throws -> [String] {
        let text = String(decoding: try data(folder, name, "txt"), as: UTF8.self)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static let xmlSamples = [
        "kst-19637-3194", "kst-24515-782", "kst-32824-424", "kst-34104-439", "kst-36372-23", "kst-36410-VII-100",
        "kst-36410-VII-108", "kst-36443-11",
    ]

    /// The exact metadata of the XML samples (from the Tweede Kamer API, via the corpus metadata.jsonl).
    static func xmlMetadata() throws -> [String: [String: String]] {
        let text = String(decoding: try data("xml", "metadata", "tsv"), as: UTF8.self)
        var rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = rows.removeFirst()
        var table: [String: [String: String]] = [:]
        for row in rows {
            table[row[0]] = Dictionary(uniqueKeysWithValues: zip(header, row))
        }
        return table
    }
}
