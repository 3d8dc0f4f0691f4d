import Entities
import Foundation

/// What the indexer sees in one file: the contract of `kamerzoek analyze FILE --json`.
///
/// `{"title", "kind", "date", "countries": [{"code", "name", "mentions", "forms"}],
///   "ministers": [{"role", "name", "signer"}], "dossiers": ["32317"], "own_dossier", …}`
public struct LetterReport: Sendable, Codable, Hashable {
    /// A country named in the letter.
    public struct Country: Sendable, Codable, Hashable {
        /// ISO 3166-1 alpha-2 (or historical) code.
        public var code: String
        /// Dutch name.
        public var name: String
        /// How many times it is named.
        public var mentions: Int
        /// The distinct forms used (`Griekse`, `Griekenland`).
        public var forms: [String]
    }

    /// A minister or state secretary named in the letter.
    public struct Minister: Sendable, Codable, Hashable {
        /// The normalized role, e.g. `Minister van Justitie en Veiligheid`.
        public var role: String
        /// The person's name where printed.
        public var name: String?
        /// Whether they sign the letter.
        public var signer: Bool
    }

    /// An entity of another kind, with its mention count.
    public struct Named: Sendable, Codable, Hashable {
        /// The key.
        public var key: String
        /// The label.
        public var label: String
        /// How many times it is named.
        public var mentions: Int
    }

    /// The file, as given.
    public var file: String
    /// The title.
    public var title: String
    /// `brief`, `motie`, `kamervragen`, `other`.
    public var kind: String
    /// The letter's date, `yyyy-mm-dd`, or nil (`null` in JSON, as every absent value).
    @ExplicitNull public var date: String?
    /// Countries, most named first.
    public var countries: [Country]
    /// Ministers and state secretaries, signers first.
    public var ministers: [Minister]
    /// Dossier numbers, the letter's own first.
    public var dossiers: [String]
    /// The letter's own dossier.
    @ExplicitNull public var ownDossier: String?
    /// Members of parliament and other persons.
    public var persons: [Named]
    /// Organisations.
    public var organisations: [Named]
    /// Toezeggingen.
    public var toezeggingen: [String]
    /// Dates mentioned in the text.
    public var dates: [String]
    /// Page headers, footers and printer lines kept out of the searchable text.
    public var furniture: [String]
    /// Footnote markers split off words.
    public var footnotes: Int

    enum CodingKeys: String, CodingKey {
        case file, title, kind, date, countries, ministers, dossiers, persons, organisations, toezeggingen, dates
        case furniture, footnotes
        case ownDossier = "own_dossier"
    }

    /// Reads and profiles one file without indexing it; the folder's `metadata.jsonl` applies.
    public static func analyze(file url: URL, maximumBytes: Int = 20_000_000) throws -> LetterReport {
        let reader = LetterFileReader(maximumBytes: maximumBytes)
        let text: LetterFileText
        do {
            let (data, sha) = try reader.load(url)
            text = try reader.decode(data, sha256: sha, url: url, format: url.pathExtension.lowercased())
        } catch {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(url.path): \(error.message)"])
        }
        let folder = url.deletingLastPathComponent()
        let metadata = CorpusMetadata(folderOnly: folder).byPath[url.lastPathComponent]
        let file = CorpusFile(id: url.deletingPathExtension().lastPathComponent, relativePath: url.lastPathComponent,
                              path: url.path, format: url.pathExtension.lowercased())
        let profile = LetterProfiler().profile(of: text.text, fileName: url.lastPathComponent)
        let record = LetterRecord.make(file: file, text: text, metadata: metadata, profile: profile)
        return LetterReport(record: record, profile: profile, file: url.path)
    }

    init(record: LetterRecord, profile: LetterProfile, file: String) {
        let mentions = record.mentions
        func grouped(_ kind: EntityKind) -> [(key: String, mentions: [Mention])] {
            var order: [String] = []
            var groups: [String: [Mention]] = [:]
            for mention in mentions where mention.kind == kind {
                if groups[mention.key] == nil { order.append(mention.key) }
                groups[mention.key, default: []].append(mention)
            }
            return order.map { ($0, groups[$0]!) }
        }
        self.file = file
        title = record.title
        kind = record.kind
        date = record.date
        countries = grouped(.country).map { group in
            Country(code: group.key, name: group.mentions[0].label, mentions: group.mentions.count,
                    forms: Array(Set(group.mentions.map(\.surface))).sorted())
        }.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.code < $1.code }
        ministers = grouped(.minister).map { group in
            Minister(role: group.mentions[0].label, name: group.mentions.compactMap(\.name).first,
                     signer: group.mentions.contains(where: \.primary))
        }.sorted { $0.signer && !$1.signer }
        let dossierGroups = grouped(.dossier)
        let own = dossierGroups.first(where: { $0.mentions.contains(where: \.primary) })?.key
        ownDossier = own
        dossiers = dossierGroups.map(\.key).sorted { ($0 == own ? 0 : 1, $0) < ($1 == own ? 0 : 1, $1) }
        persons = grouped(.person).map { Named(key: $0.key, label: $0.mentions[0].label, mentions: $0.mentions.count) }
        organisations = grouped(.organisation).map { Named(key: $0.key, label: $0.mentions[0].label, mentions: $0.mentions.count) }
        toezeggingen = grouped(.toezegging).map(\.key)
        dates = grouped(.date).map(\.key)
        furniture = profile.normalized.furniture
        footnotes = profile.normalized.footnotes.count
    }
}

extension Error {
    /// The message of a ``SkipReason`` or any other error.
    var message: String {
        if let reason = self as? SkipReason { return reason.message }
        if let error = self as? SearchError { return error.message }
        return "\(self)"
    }
}
