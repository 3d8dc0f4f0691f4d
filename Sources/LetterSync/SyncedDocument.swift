import Foundation

/// One synced document as the folder's `metadata.jsonl` holds it: the keys the ingest reads
/// (`file`, `title`, `date`, `dossier_nr`, `doc_type`, `source_url`) and the feed's own, by which
/// a later sync knows what it already has.
public struct SyncedDocument: Codable, Sendable, Hashable {
    /// The file name in the folder: `2025D19046.pdf`.
    public var file: String
    /// The letter id: `tk/2025D19046`.
    public var id: String
    public var title: String?
    /// `yyyy-mm-dd`.
    public var date: String?
    public var dossierNumber: String?
    public var dossierTitle: String?
    /// The feed's `soort`.
    public var documentType: String
    public var sourceURL: String
    public var documentID: String
    public var documentNumber: String
    /// The feed's `bijgewerkt` when the file was fetched.
    public var updated: String
    public var contentLength: Int?

    enum CodingKeys: String, CodingKey {
        case file, id, title, date
        case dossierNumber = "dossier_nr"
        case dossierTitle = "dossier_title"
        case documentType = "doc_type"
        case sourceURL = "source_url"
        case documentID = "tk_document_id"
        case documentNumber = "tk_document_nummer"
        case updated = "tk_bijgewerkt"
        case contentLength = "tk_content_length"
    }

    /// Whether what the ingest reads from the metadata differs (the letter is written anew then).
    func differsForIngest(from other: SyncedDocument) -> Bool {
        title != other.title || date != other.date || dossierNumber != other.dossierNumber
            || documentType != other.documentType || sourceURL != other.sourceURL
    }
}
