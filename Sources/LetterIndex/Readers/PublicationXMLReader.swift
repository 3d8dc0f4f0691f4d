import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the XML of officielebekendmakingen (`kst-….xml`: Kamerstukken, moties, brieven): the text
/// one paragraph a line, as the corpus `.txt` files show it, and the metadata the XML carries —
/// identifier, title, date, dossier, ondernummer, vergaderjaar, document type.
///
/// Other XML is read the same way, without metadata. XML that is not well formed is read leniently
/// as markup, with a warning.
///
/// ```swift
/// let document = try PublicationXMLReader().read(data, url: url)
/// document.metadata.dossier      // "34104"
/// document.metadata.ondernummer  // "439"
/// ```
public struct PublicationXMLReader: LetterReader {
    public let format = "xml"

    /// A publication XML reader.
    public init() {}

    public func read(_ data: Data, url: URL) throws(SkipReason) -> LetterDocument {
        if data.isEmpty { throw SkipReason(code: "empty", message: "empty file") }
        let collector = PublicationXMLCollector()
        let parser = try XMLParser(decodedFrom: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        if !parser.parse() || collector.failed {
            let line = parser.lineNumber
            let problem = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "parse error"
            var document = try HTMLReader().read(data, url: url)
            document.format = format
            document.warnings.insert("not well-formed XML (line \(line): \(problem)): read leniently", at: 0)
            return document
        }
        return try LetterDocument(text: collector.text.result, metadata: collector.metadata(), format: format)
            .requiringText()
    }

    /// `text` without the `encoding="…"` of its XML declaration (`<?xml version="1.0" encoding="…"?>`):
    /// the text is UTF-8 by then, whatever the file said.
    static func withoutEncodingDeclaration(_ text: String) -> String {
        let head = text.prefix(300)
        guard head.hasPrefix("<?xml"), let close = head.range(of: "?>"),
            let encoding = head[..<close.lowerBound].range(of: "encoding")
        else { return text }
        var end = encoding.upperBound
        var quote: Character?
        while end < close.lowerBound {
            let character = head[end]
            end = head.index(after: end)
            if let open = quote {
                if character == open { break }
            } else if character == "\"" || character == "'" {
                quote = character
            }
        }
        return String(head[..<encoding.lowerBound]) + String(text[end...])
    }
}

extension XMLParser {
    /// A parser over `data` that cannot trap on it, external entities not resolved.
    ///
    /// Foundation's XMLParser traps on element and attribute names that are not valid UTF-8 (what
    /// libxml2 passes on from bad bytes, or from lone UTF-16 surrogates), so it only ever reads text
    /// decoded by ``TextDecoding`` and written out again as UTF-8, its encoding declaration dropped.
    /// Throws what ``TextDecoding/decode(_:)`` throws.
    convenience init(decodedFrom data: Data) throws(SkipReason) {
        let (decoded, _) = try TextDecoding.decode(data)
        self.init(data: Data(PublicationXMLReader.withoutEncodingDeclaration(decoded).utf8))
        shouldResolveExternalEntities = false
    }
}

/// The parser delegate: gathers lines, footnotes and header fields.
private final class PublicationXMLCollector: NSObject, XMLParserDelegate {
    /// Elements that run inside a paragraph; every other element starts and ends a line.
    static let inline: Set<String> = [
        "nadruk", "extref", "intref", "datum", "ondernummer", "sup", "sub", "inf", "nootref", "noot-ref",
        "afkorting", "term", "redactie", "unknown", "naam", "voornaam", "achternaam", "functie",
        "a", "i", "b", "u", "em", "strong", "span",
    ]

    var text = ParagraphText()
    private var footnote: ParagraphText?
    private var footnotes: [String] = []
    private var metaDepth = 0
    private var path: [String] = []
    private var declared = DocumentMetadata()
    private var captures: [(element: String, depth: Int, text: String)] = []
    private var fields: [String: String] = [:]
    private var firstISODate: String?
    private var isKamerstuk = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        path.append(name)
        if name == "meta" {
            if let metaName = attributes["name"], let content = attributes["content"] {
                declared.take(name: metaName, scheme: attributes["scheme"], content: content)
            }
            return
        }
        if name == "metadata" { metaDepth += 1 }
        if metaDepth > 0 { return }
        if name == "kamerstuk" { isKamerstuk = true }
        if name == "noot" {
            footnote = ParagraphText()
            return
        }
        if name == "datum", firstISODate == nil, let iso = attributes["isodatum"], CorpusMetadata.isISODate(iso) {
            firstISODate = iso
        }
        if let field = field(for: name, attributes: attributes) {
            captures.append((field, path.count, ""))
        }
        if name == "br" {
            breakLine()
        } else if !Self.inline.contains(name) {
            breakLine()
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { path.removeLast() }
        if name == "metadata" {
            metaDepth -= 1
            return
        }
        if metaDepth > 0 || name == "meta" { return }
        if name == "noot", let note = footnote {
            let line = note.result.replacingOccurrences(of: "\n", with: " ")
            if !line.isEmpty { footnotes.append(line) }
            footnote = nil
            return
        }
        if let last = captures.last, last.depth == path.count {
            captures.removeLast()
            if fields[last.element] == nil { fields[last.element] = DocumentMetadata.clean(last.text) }
        }
        if !Self.inline.contains(name) { breakLine() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        add(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        add(String(decoding: block, as: UTF8.self))
    }

    private func add(_ string: String) {
        guard metaDepth == 0 else { return }
        if footnote != nil {
            footnote!.append(string)
        } else {
            text.append(string)
        }
        for index in captures.indices { captures[index].text += string }
    }

    private func breakLine() {
        if footnote != nil {
            footnote!.append(" ")
        } else {
            text.breakLine()
        }
    }

    /// The header field an element holds, if any.
    private func field(for name: String, attributes: [String: String]) -> String? {
        switch name {
        case "tekstregel":
            return attributes["inhoud"] == "vergaderjaar" ? "vergaderjaar" : nil
        case "dossiernr", "begrotingshoofdstuk", "ondernummer":
            return name
        case "titel":
            // The stuk's own title, not the dossier's.
            return path.dropLast().last == "stuk" ? "stuktitel" : nil
        default:
            return nil
        }
    }

    /// The metadata: the header of the XML, then its `<meta>` elements.
    func metadata() -> DocumentMetadata {
        var found = DocumentMetadata()
        if let year = fields["vergaderjaar"] {
            let value = year.lowercased().hasPrefix("vergaderjaar ") ? String(year.dropFirst(13)) : year
            found.vergaderjaar = value.isEmpty ? nil : value
        }
        if let number = fields["dossiernr"]?.replacingOccurrences(of: " ", with: ""), !number.isEmpty {
            let chapter = fields["begrotingshoofdstuk"]?.replacingOccurrences(of: " ", with: "") ?? ""
            found.dossier = chapter.isEmpty ? number : number + "-" + chapter
        }
        found.ondernummer = fields["ondernummer"].flatMap { $0.isEmpty ? nil : $0 }
        found.date = firstISODate
        var merged = declared.filling(from: found)
        // The header's dossier carries the budget chapter the <meta> leaves out.
        if let header = found.dossier, let meta = declared.dossier, header.hasPrefix(meta + "-") { merged.dossier = header }
        if merged.title == nil, let title = fields["stuktitel"], !title.isEmpty { merged.title = title }
        if merged.identifier == nil, isKamerstuk, let dossier = merged.dossier,
            let number = merged.ondernummer, fields["dossiernr"] != nil
        {
            merged.identifier = "kst-\(dossier)-\(number)"
        }
        return merged
    }

    /// Whether the parser reported an error (it may still return `true` after recovering).
    private(set) var failed = false

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }

    func parserDidEndDocument(_ parser: XMLParser) {
        text.breakLine()
        for note in footnotes { text.append(note); text.breakLine() }
    }
}
