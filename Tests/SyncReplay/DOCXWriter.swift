import Foundation
import ZIPFoundation

/// Minimal Word documents (`.docx`) made in memory: `[Content_Types].xml`, `_rels/.rels`,
/// `word/document.xml` and, with a title, `docProps/core.xml`, deflated by ZIPFoundation. The same
/// input gives the same bytes (every date is 1 January 2024).
///
/// ```swift
/// let data = try DOCXWriter.document(paragraphs: ["De Kamer,", "gehoord de beraadslaging,"], title: "Motie")
/// ```
public enum DOCXWriter {
    /// The date of every entry and of the core properties.
    public static let fixedDate = Date(timeIntervalSince1970: 1_704_067_200)

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A DOCX of one `w:p` per paragraph (a tab in one is a `w:tab`, a line end a `w:br`), with
    /// `title` as its `dc:title` when given.
    public static func document(paragraphs: [String], title: String?) throws -> Data {
        var entries: [(path: String, contents: Data)] = [
            ("[Content_Types].xml", Data(contentTypes(withCoreProperties: title != nil).utf8)),
            ("_rels/.rels", Data(relationships(withCoreProperties: title != nil).utf8)),
            ("word/document.xml", Data(documentXML(paragraphs: paragraphs).utf8)),
        ]
        if let title {
            entries.append(("docProps/core.xml", Data(coreProperties(title: title).utf8)))
        }
        return try archive(entries)
    }

    /// A zip archive of `entries` in this order, deflated, dated ``fixedDate``: for archives that
    /// are DOCX files in part only.
    public static func archive(_ entries: [(path: String, contents: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, contents) in entries {
            let bytes = Data(contents)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }

    /// `word/document.xml` with one paragraph per element of `paragraphs`.
    public static func documentXML(paragraphs: [String]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(wordNamespace)"><w:body>

            """
        for paragraph in paragraphs {
            xml += "<w:p>"
            if !paragraph.isEmpty { xml += "<w:r>\(run(paragraph))</w:r>" }
            xml += "</w:p>\n"
        }
        xml += "<w:sectPr/></w:body></w:document>\n"
        return xml
    }

    /// The contents of one run: text in `w:t`, tabs as `w:tab`, line ends as `w:br`.
    private static func run(_ text: String) -> String {
        var xml = ""
        var piece = ""
        func flush() {
            if !piece.isEmpty { xml += "<w:t xml:space=\"preserve\">\(escaped(piece))</w:t>" }
            piece = ""
        }
        for character in text {
            switch character {
            case "\t":
                flush()
                xml += "<w:tab/>"
            case "\n", "\r", "\r\n":
                flush()
                xml += "<w:br/>"
            default:
                piece.append(character)
            }
        }
        flush()
        return xml
    }

    private static func contentTypes(withCoreProperties: Bool) -> String {
        let core = withCoreProperties
            ? "<Override PartName=\"/docProps/core.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            \(core)</Types>

            """
    }

    private static func relationships(withCoreProperties: Bool) -> String {
        let core = withCoreProperties
            ? "<Relationship Id=\"rId2\" "
                + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
                + "Target=\"docProps/core.xml\"/>"
            : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>\(core)</Relationships>

            """
    }

    private static func coreProperties(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(escaped(title))</dc:title>\
        <dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>\
        </cp:coreProperties>

        """
    }

    /// `text` escaped for XML text and attribute values; characters XML 1.0 does not allow (control
    /// characters, U+FFFE, U+FFFF) become spaces.
    public static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n", "\r": out.append(scalar)
            case _ where scalar.value < 0x20 || scalar == "\u{FFFE}" || scalar == "\u{FFFF}": out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
