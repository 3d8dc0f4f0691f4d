import Foundation

/// The folder synced files live in (`{corpus}/tk/`): the files, named by document number, their
/// `metadata.jsonl` (``SyncedDocument``), and the dossiers seen (`.dossiers.json`, hidden from
/// the ingest).
///
/// Every write goes to a temporary file in `.partial/` and is renamed into place, so a sync
/// killed at any moment leaves whole files and a whole `metadata.jsonl`.
struct SyncFolder {
    let url: URL
    /// Synced documents by feed GUID.
    private(set) var documents: [String: SyncedDocument] = [:]
    /// Dossiers by feed GUID.
    private(set) var dossiers: [String: FeedDossier] = [:]
    private(set) var documentsChanged = false
    private(set) var dossiersChanged = false

    private var partial: URL { url.appendingPathComponent(".partial", isDirectory: true) }
    private var manifest: URL { url.appendingPathComponent("metadata.jsonl") }
    private var dossierFile: URL { url.appendingPathComponent(".dossiers.json") }

    /// Opens (creating) the folder and reads what it holds.
    init(url: URL) throws(SyncOptionError) {
        self.url = url
        do {
            try FileManager.default.createDirectory(at: url.appendingPathComponent(".partial"), withIntermediateDirectories: true)
        } catch {
            throw SyncOptionError(description: "cannot create \(url.path): \(error.localizedDescription)")
        }
        guard FileManager.default.isWritableFile(atPath: url.path) else {
            throw SyncOptionError(description: "cannot write into \(url.path): choose a writable corpus folder with --corpus")
        }
        if let data = try? Data(contentsOf: manifest) {
            let decoder = JSONDecoder()
            for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                if let document = try? decoder.decode(SyncedDocument.self, from: Data(line)) {
                    documents[document.documentID] = document
                }
            }
        }
        if let data = try? Data(contentsOf: dossierFile),
            let saved = try? JSONDecoder().decode([String: FeedDossier].self, from: data) {
            dossiers = saved
        }
    }

    /// Whether the document's file is in the folder.
    func hasFile(of document: SyncedDocument) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(document.file).path)
    }

    /// Writes `bytes` as `name`, whole or not at all.
    func writeFile(_ bytes: Data, name: String) throws {
        let temporary = partial.appendingPathComponent(name + ".tmp")
        try bytes.write(to: temporary)
        if rename(temporary.path, url.appendingPathComponent(name).path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: name])
        }
    }

    /// Records `document` (fetched or changed), removing a file of its number in another format.
    mutating func record(_ document: SyncedDocument) {
        if let old = documents[document.documentID], old.file != document.file { removeFile(old.file) }
        // One file per document number: another GUID with the same number gives way.
        for (guid, other) in documents where guid != document.documentID && other.file.hasPrefix(document.documentNumber + ".") {
            documents[guid] = nil
            if other.file != document.file { removeFile(other.file) }
        }
        documents[document.documentID] = document
        documentsChanged = true
    }

    /// Forgets the document with this GUID and removes its file; returns it if it was there.
    @discardableResult
    mutating func remove(documentID: String) -> SyncedDocument? {
        guard let old = documents.removeValue(forKey: documentID) else { return nil }
        removeFile(old.file)
        documentsChanged = true
        return old
    }

    mutating func record(_ dossier: FeedDossier) {
        guard dossiers[dossier.id] != dossier else { return }
        dossiers[dossier.id] = dossier
        dossiersChanged = true
    }

    mutating func removeDossier(id: String) {
        if dossiers.removeValue(forKey: id) != nil { dossiersChanged = true }
    }

    private func removeFile(_ name: String) {
        try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
    }

    /// Writes `metadata.jsonl` and `.dossiers.json` when they changed.
    mutating func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if documentsChanged {
            var text = Data()
            for document in documents.values.sorted(by: { $0.file < $1.file }) {
                text.append(try encoder.encode(document))
                text.append(UInt8(ascii: "\n"))
            }
            try replace(manifest, with: text)
            documentsChanged = false
        }
        if dossiersChanged {
            try replace(dossierFile, with: try encoder.encode(dossiers))
            dossiersChanged = false
        }
    }

    private func replace(_ target: URL, with data: Data) throws {
        let temporary = partial.appendingPathComponent(target.lastPathComponent + ".tmp")
        try data.write(to: temporary)
        if rename(temporary.path, target.path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
    }
}
