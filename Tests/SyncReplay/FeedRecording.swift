import Foundation
import TestSupport

/// A recorded SyncFeed made from the shared corpus's real records: the motions of `tk-moties`
/// with their real Tweede Kamer GUIDs, document numbers, titles, dates and dossiers; and, for the
/// other kinds, the modern Kamerbrief and historical letters and Kamervragen of `sgd-historical`
/// (their texts and dates real, their GUIDs and document numbers made here, as the SyncFeed
/// started after their time). Files are PDF or DOCX written from the letters' text.
///
/// The feed is a list of entity versions in order, as the service keeps it; ``append(_:)`` adds
/// more (a change, a deletion) after a sync has read the first ones.
public struct FeedRecording: Sendable {
    /// One document as the service holds it.
    public struct Document: Sendable {
        public var id: String
        public var number: String
        public var soort: String
        public var title: String
        public var date: String
        public var dossierID: String?
        public var updated: String
        public var file: Data
        /// The content type the feed declares (wrong for some, as the service has been seen to
        /// do); empty for a document without a file.
        public var declaredType: String
        /// The letter's text as written into the file, one paragraph a line.
        public var paragraphs: [String]
        public var isDOCX: Bool
    }

    /// A dossier entity.
    public struct Dossier: Sendable {
        public var id: String
        public var number: String
        public var addition: String?
        public var title: String
    }

    /// One feed entry.
    public enum Entry: Sendable {
        case document(Document)
        case dossier(Dossier)
        case deletedDocument(id: String, updated: String)
        /// An entry the reader must leave out: a document without `documentNummer`.
        case malformedDocument(id: String)
    }

    public private(set) var documentEntries: [Entry] = []
    public private(set) var dossierEntries: [Entry] = []
    /// Entries per page.
    public var pageSize: Int

    /// A document without a file (the feed declares no content and links no enclosure).
    public static func withoutFile(_ document: Document) -> Document {
        var bare = document
        bare.declaredType = ""
        bare.file = Data()
        return bare
    }

    /// The current version of every document, by GUID (deleted ones absent).
    public var documents: [String: Document] {
        var current: [String: Document] = [:]
        for entry in documentEntries {
            switch entry {
            case .document(let document): current[document.id] = document
            case .deletedDocument(let id, _): current[id] = nil
            default: break
            }
        }
        return current
    }

    /// Dossiers by GUID.
    public var dossiers: [String: Dossier] {
        var current: [String: Dossier] = [:]
        for case .dossier(let dossier) in dossierEntries { current[dossier.id] = dossier }
        return current
    }

    /// A recording of `motions` motions, `letters` historical letters, `questions` historical
    /// Kamervragen and the modern Kamerbrief; every `docxEvery`-th document is a DOCX.
    public static func make(
        motions: Int = 150, letters: Int = 30, questions: Int = 20, docxEvery: Int = 4, pageSize: Int = 80
    ) throws -> FeedRecording {
        var recording = FeedRecording(pageSize: pageSize)
        let shared = TemporaryCorpus.shared
        var made: [(Document, Dossier?)] = []
        // Motions: spread over the metadata file, real identifiers.
        let motionLines = try String(contentsOf: shared.appendingPathComponent("tk-moties/metadata.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        let step = max(1, motionLines.count / max(1, motions))
        for line in motionLines.enumerated().filter({ $0.offset % step == 0 }).prefix(motions).map(\.element) {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let file = record["file"] as? String, let id = record["tk_document_id"] as? String,
                let number = record["tk_document_nummer"] as? String, let date = record["date"] as? String,
                let title = record["title"] as? String, let dossierNumber = record["dossier_nr"] as? String
            else { continue }
            let text = try String(contentsOf: shared.appendingPathComponent("tk-moties/\(file)"), encoding: .utf8)
            // `dossier_nr` is `36410` or `36600-VII`; the file name `kst-36410-VII-100` has the addition too.
            let numberParts = dossierNumber.split(separator: "-", maxSplits: 1).map(String.init)
            let parts = file.dropLast(4).split(separator: "-")
            let addition = numberParts.count == 2 ? numberParts[1] : parts.count == 4 ? String(parts[2]) : nil
            let dossier = Dossier(
                id: madeGUID("dossier \(numberParts[0]) \(addition ?? "")"), number: numberParts[0], addition: addition,
                title: (record["dossier_title"] as? String ?? "").trimmingCharacters(in: .whitespaces))
            made.append((Document(
                id: id, number: number, soort: record["doc_type"] as? String ?? "Motie",
                title: title.trimmingCharacters(in: .whitespaces), date: date, dossierID: dossier.id,
                updated: "\(date)T12:00:00+02:00", file: Data(), declaredType: "application/pdf",
                paragraphs: paragraphs(text), isDOCX: false), dossier))
        }
        // Letters and Kamervragen of sgd-historical (dated ones), and the modern Kamerbrief.
        let historical = try historicalRecords(shared)
        let letterFiles = try listed("letters.list", shared)
        let questionFiles = try listed("kamervragen.list", shared)
        for (files, count, soort, prefix) in [
            (letterFiles, letters, "Brief regering", "H"), (questionFiles, questions, "Antwoord schriftelijke vragen", "V"),
        ] {
            var taken = 0
            for file in files where taken < count {
                guard let record = historical[file], let date = record.date else { continue }
                let text = try String(contentsOf: shared.appendingPathComponent("sgd-historical/\(file)"), encoding: .utf8)
                let lines = paragraphs(text)
                guard lines.count >= 3 else { continue }
                taken += 1
                made.append((Document(
                    id: madeGUID(file), number: "\(date.prefix(4))\(prefix)\(file.dropFirst(4).dropLast(4).suffix(5))",
                    soort: soort, title: record.title ?? file, date: date, dossierID: nil,
                    updated: "2020-01-01T09:00:00+01:00", file: Data(), declaredType: "application/pdf",
                    paragraphs: lines, isDOCX: false), nil))
            }
        }
        let brief = try String(contentsOf: shared.appendingPathComponent("kamerbrieven/jbz-raad-cyprus-januari-2026.txt"), encoding: .utf8)
        made.append((Document(
            id: madeGUID("jbz-raad-cyprus-januari-2026"), number: "2026D01234", soort: "Brief regering",
            title: "Geannoteerde agenda JBZ-Raad januari 2026", date: "2026-01-20", dossierID: nil,
            updated: "2026-01-20T16:00:00+01:00", file: Data(), declaredType: "application/pdf",
            paragraphs: paragraphs(brief), isDOCX: false), nil))

        var seenDossiers: Set<String> = []
        for (index, pair) in made.enumerated() {
            var (document, dossier) = pair
            document.isDOCX = index % docxEvery == docxEvery - 1
            // The service has been seen declaring PDF for a DOCX for a while after publication.
            document.declaredType = document.isDOCX && index % (docxEvery * 2) == docxEvery * 2 - 1
                ? "application/pdf"
                : document.isDOCX ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf"
            document.file = try file(for: document)
            if let dossier, seenDossiers.insert(dossier.id).inserted { recording.dossierEntries.append(.dossier(dossier)) }
            recording.documentEntries.append(.document(document))
            // One malformed entry in the middle of the first page.
            if index == pageSize / 2 { recording.documentEntries.append(.malformedDocument(id: madeGUID("malformed"))) }
        }
        return recording
    }

    /// Adds entries at the end of the document feed.
    public mutating func append(_ entries: [Entry]) {
        documentEntries += entries
    }

    /// A changed version of `document`: a new title, a later `bijgewerkt` and a file with a new paragraph.
    public static func changed(_ document: Document, title: String, paragraph: String) throws -> Document {
        var changed = document
        changed.title = title
        changed.updated = "2026-12-01T10:00:00+01:00"
        changed.paragraphs.append(paragraph)
        changed.file = try file(for: changed)
        return changed
    }

    static func file(for document: Document) throws -> Data {
        document.isDOCX
            ? try DOCXWriter.document(paragraphs: document.paragraphs, title: document.title)
            : PDFWriter.document(lines: document.paragraphs)
    }

    /// The text's lines, without blank ones.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func listed(_ name: String, _ shared: URL) throws -> [String] {
        try String(contentsOf: shared.appendingPathComponent("sgd-historical/\(name)"), encoding: .utf8)
            .split(separator: "\n").map(String.init).sorted()
    }

    private static func historicalRecords(_ shared: URL) throws -> [String: (date: String?, title: String?)] {
        var records: [String: (date: String?, title: String?)] = [:]
        let text = try String(contentsOf: shared.appendingPathComponent("sgd-historical/metadata.jsonl"), encoding: .utf8)
        for line in text.split(separator: "\n") {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let file = record["file"] as? String else { continue }
            records[file] = (record["date"] as? String, record["title"] as? String)
        }
        return records
    }

    /// A GUID made from `seed` (stable across runs), for records that have no real one.
    public static func madeGUID(_ seed: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var hash2: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in seed.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            hash2 = (hash2 &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
        }
        let hex = String(format: "%016llx%016llx", hash, hash2)
        let characters = Array(hex)
        return "\(String(characters[0..<8]))-\(String(characters[8..<12]))-\(String(characters[12..<16]))-"
            + "\(String(characters[16..<20]))-\(String(characters[20..<32]))"
    }
}
