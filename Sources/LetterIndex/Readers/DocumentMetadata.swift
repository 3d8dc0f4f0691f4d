import Foundation

/// Metadata a letter file carries itself: the `<meta>` elements of officielebekendmakingen XML and
/// HTML, and what the publication XML says in its header (dossier, ondernummer, vergaderjaar).
///
/// ```swift
/// var metadata = DocumentMetadata()
/// metadata.take(name: "OVERHEIDop.dossiernummer", scheme: nil, content: "34104")
/// metadata.dossier // "34104"
/// ```
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The publication identifier, e.g. `kst-34104-439`.
    public var identifier: String?
    /// The document title.
    public var title: String?
    /// The document date, `yyyy-mm-dd`.
    public var date: String?
    /// The dossier number, e.g. `34104` or `36410-VII`.
    public var dossier: String?
    /// The number within the dossier (`439` in kst-34104-439).
    public var ondernummer: String?
    /// The parliamentary year, e.g. `2024-2025`.
    public var vergaderjaar: String?
    /// The document type, e.g. `Motie`, `Brief`.
    public var documentType: String?
    /// Where the document is published.
    public var sourceURL: String?

    /// Empty metadata.
    public init() {}

    /// Whether nothing is known.
    public var isEmpty: Bool { self == DocumentMetadata() }

    /// Takes one `<meta name=… scheme=… content=…>` of officielebekendmakingen (Dublin Core and
    /// `OVERHEIDop.*` names); other names are ignored. The first value of a name wins, except that
    /// the specific title and type win over the general ones.
    public mutating func take(name: String, scheme: String?, content: String) {
        let value = Self.clean(content)
        guard !value.isEmpty else { return }
        switch name.lowercased() {
        case "dc.identifier", "dcterms.identifier":
            if identifier == nil, Self.isPublicationIdentifier(value) { identifier = value }
        case "overheidop.externmetadatarecord":
            // https://zoek.officielebekendmakingen.nl/kst-36410-VII-100/metadata.xml
            if identifier == nil {
                let parts = value.split(separator: "/")
                if parts.count >= 2, parts.last == "metadata.xml", Self.isPublicationIdentifier(String(parts[parts.count - 2])) {
                    identifier = String(parts[parts.count - 2])
                }
            }
        case "overheidop.documenttitel":
            title = value
        case "dc.title", "dcterms.title", "og:title":
            if title == nil { title = value }
        case "dcterms.issued":
            // The date of the document itself wins over when it was made available.
            if CorpusMetadata.isISODate(String(value.prefix(10))) { date = String(value.prefix(10)) }
        case "overheidop.datumondertekening", "dcterms.created", "dc.date", "dcterms.available":
            if date == nil, CorpusMetadata.isISODate(String(value.prefix(10))) { date = String(value.prefix(10)) }
        case "overheidop.dossiernummer":
            if dossier == nil { dossier = value.replacingOccurrences(of: " ", with: "") }
        case "overheidop.ondernummer":
            if ondernummer == nil { ondernummer = value }
        case "overheidop.vergaderjaar":
            if vergaderjaar == nil { vergaderjaar = value }
        case "dc.type", "dcterms.type":
            if let scheme, scheme.lowercased().hasSuffix("typen") {
                documentType = value
            } else if documentType == nil, scheme == nil || scheme!.isEmpty {
                documentType = value
            }
        default:
            break
        }
    }

    /// Fills what is still unknown from `other`.
    public func filling(from other: DocumentMetadata) -> DocumentMetadata {
        var merged = self
        merged.identifier = identifier ?? other.identifier
        merged.title = title ?? other.title
        merged.date = date ?? other.date
        merged.dossier = dossier ?? other.dossier
        merged.ondernummer = ondernummer ?? other.ondernummer
        merged.vergaderjaar = vergaderjaar ?? other.vergaderjaar
        merged.documentType = documentType ?? other.documentType
        merged.sourceURL = sourceURL ?? other.sourceURL
        return merged
    }

    /// The link to the publication: the source URL, or the officielebekendmakingen page of the identifier.
    public var link: String? {
        if let sourceURL { return sourceURL }
        guard let identifier else { return nil }
        return "https://zoek.officielebekendmakingen.nl/\(identifier).html"
    }

    /// As the ingest's metadata, under what `metadata.jsonl` says (which wins).
    func underneath(_ file: FileMetadata?) -> FileMetadata {
        FileMetadata(
            title: file?.title ?? title, date: file?.date ?? date, dossier: file?.dossier ?? dossier,
            sourceURL: file?.sourceURL ?? link, documentType: file?.documentType)
    }

    /// `kst-34104-439`, `stcrt-2024-1234`, `ah-tk-20232024-1234`: letters, digits and hyphens, with a prefix.
    static func isPublicationIdentifier(_ value: String) -> Bool {
        guard value.count <= 80, let dash = value.firstIndex(of: "-"), dash != value.startIndex else { return false }
        return value.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
    }

    /// White space collapsed and trimmed.
    static func clean(_ value: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in value.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
