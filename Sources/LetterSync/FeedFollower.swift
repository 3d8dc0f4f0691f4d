import Foundation
import LetterIndex

/// Follows the Tweede Kamer's SyncFeed into an index: reads the feed from where the last sync
/// stopped, fetches the files of new and changed documents of the chosen kinds into the corpus
/// folder's `tk/` (with their feed metadata in its `metadata.jsonl`), removes deleted ones, and
/// ingests the folder with the same ingest as `kamerzoek ingest`.
///
/// Safe to kill at any moment: files and metadata are written whole, the feed position is saved
/// in the index after each page's files are written, and the ingest commits whole letters. The
/// next run reads that page again and fetches only what it does not have.
///
/// ```swift
/// let follower = FeedFollower(database: try LetterDatabase(path: "letters.sqlite"), options: SyncOptions(corpus: folder))
/// let summary = try await follower.run()
/// ```
public struct FeedFollower: Sendable {
    public let database: LetterDatabase
    public let options: SyncOptions

    public init(database: LetterDatabase, options: SyncOptions) {
        self.database = database
        self.options = options
    }

    /// Runs one sync. Throws when it cannot start (another sync, a folder it cannot write, an
    /// index that follows another folder, a service that cannot be reached); a stop along the way
    /// (the feed failing after its retries) is in ``SyncSummary/stopped``, after what was fetched
    /// is ingested.
    public func run(progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }) async throws -> SyncSummary {
        let clock = ContinuousClock.now
        let lock = try SyncLock(indexPath: database.path)
        defer { withExtendedLifetime(lock) {} }
        try checkCorpus()
        if let problem = ServiceProbe.problem(reaching: options.base) {
            throw FeedFetchError(url: options.base, reason: problem, transient: false, unreachable: true)
        }
        var run = SyncRun(
            options: options, folder: try SyncFolder(url: options.folder),
            state: SyncState.restored(from: try database.syncState(), base: options.base),
            client: FeedClient(options: options), database: database, progress: progress)
        do {
            try await run.follow()
        } catch let error as FeedFetchError where error.unreachable && run.summary.pages == 0 {
            await run.client.shutdown()
            throw error
        } catch {
            run.summary.stopped = "\(error)"
        }
        await run.client.shutdown()
        do {
            try run.ingest()
        } catch {
            run.summary.stopped = (run.summary.stopped.map { $0 + "; " } ?? "") + "the ingest stopped: \(error)"
        }
        run.summary.pending = run.state.pending.count
        let elapsed = ContinuousClock.now - clock
        run.summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return run.summary
    }

    /// An index that follows another folder would lose its letters to the ingest of this one.
    private func checkCorpus() throws {
        let corpus = options.corpus.standardizedFileURL.path
        if let root = try database.corpusRoot(), URL(fileURLWithPath: root).standardizedFileURL.path != corpus,
            try database.letterCount() > 0 {
            throw SyncOptionError(description: """
                the index \(database.path) holds the letters of \(root); sync writes into \(corpus)/tk and ingests \
                \(corpus), which would remove them: use --corpus \(root) (it must be writable) or another index
                """)
        }
    }
}

/// One run's working state.
private struct SyncRun {
    let options: SyncOptions
    var folder: SyncFolder
    var state: SyncState
    let client: FeedClient
    let database: LetterDatabase
    let progress: @Sendable (SyncProgress) -> Void
    var summary = SyncSummary()
    /// Files written since the last ingest.
    var fetchedSinceIngest = 0

    init(
        options: SyncOptions, folder: SyncFolder, state: SyncState, client: FeedClient, database: LetterDatabase,
        progress: @escaping @Sendable (SyncProgress) -> Void
    ) {
        self.options = options
        self.folder = folder
        self.state = state
        self.client = client
        self.database = database
        self.progress = progress
    }

    mutating func follow() async throws {
        // Dossiers first: documents name theirs by GUID.
        try await follow(category: "Kamerstukdossier")
        let retry = state.pending
        state.pending = []
        for document in retry { await sync(document) }
        try save()
        try await follow(category: "Document")
    }

    /// Reads the pages of `category` from the saved position to the last page.
    private mutating func follow(category: String) async throws {
        var url = state.next[category] ?? "\(options.base)/Feed?category=\(category)"
        var seen: Set<String> = []
        while seen.insert(url).inserted {
            let body = try await client.get(url, maximumBytes: options.maximumPageBytes) { body in
                do {
                    _ = try FeedPageReader.read(body.bytes)
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            let page = try FeedPageReader.read(body.bytes)
            summary.pages += 1
            summary.entries += page.records.count
            summary.problems += page.problems.map { "\(url): \($0)" }
            for record in page.records {
                switch record {
                case .dossier(let dossier):
                    folder.record(dossier)
                case .document(let document):
                    await sync(document)
                case .deleted(let id, let deletedCategory):
                    if deletedCategory == "kamerstukdossier" {
                        folder.removeDossier(id: id)
                    } else if folder.remove(documentID: id) != nil {
                        summary.removed += 1
                    }
                    state.pending.removeAll { $0.id == id }
                }
            }
            // Resume after the last entry read (its own next link); a page without entries is
            // read again next time.
            state.next[category] = page.resume ?? page.next ?? url
            try save()
            progress(SyncProgress(
                category: category, pages: summary.pages, entries: summary.entries, filesFetched: summary.filesFetched))
            if fetchedSinceIngest >= options.ingestEvery { try ingest() }
            guard let next = page.next else { break }
            url = Self.resolve(next, against: url)
        }
    }

    /// Writes the folder's metadata, then the feed position: the position never runs ahead of
    /// the files.
    private mutating func save() throws {
        if !replaced.isEmpty {
            // Letters whose metadata changed while the file did not: the ingest compares files
            // only, so they are written anew (removed first, before the metadata says otherwise).
            try database.removeLetters(ids: replaced)
            replaced = []
        }
        try folder.save()
        try database.saveSyncState(state.text)
    }

    /// Letter ids to write anew, see ``save()``.
    private var replaced: [String] = []

    /// Fetches one document's file if it is new or changed, and records it.
    private mutating func sync(_ document: FeedDocument) async {
        state.pending.removeAll { $0.id == document.id }
        guard let kind = SyncKind(soort: document.kind), options.kinds.contains(kind) else {
            summary.passedOver += 1
            return
        }
        let day = document.date.flatMap(Self.day)
        if let since = options.since, let day, day < since {
            summary.passedOver += 1
            return
        }
        let old = folder.documents[document.id]
        if let old, old.updated == document.updated, folder.hasFile(of: old) {
            let refreshed = synced(document, file: old.file, day: day)
            if refreshed.differsForIngest(from: old) {
                replaced.append(refreshed.id)
                folder.record(refreshed)
                summary.updated += 1
            } else {
                summary.unchanged += 1
            }
            return
        }
        // A document with no enclosure and no declared content has no file: the service answers
        // 500 for such a resource, and retrying it would only wait.
        guard document.enclosure != nil || document.contentType != nil || document.contentLength != nil else {
            skip(document, reason: "the feed lists no file for it", retry: false)
            return
        }
        let url = fileURL(of: document)
        let declared = document.contentLength
        let body: FetchedBody
        do {
            body = try await client.get(url, maximumBytes: options.maximumFileBytes) { body in
                guard let declared, body.bytes.count != declared else { return nil }
                return "short file: \(body.bytes.count) of the \(declared) bytes the feed declares"
            }
        } catch {
            skip(document, reason: error.reason, retry: error.transient)
            return
        }
        summary.filesFetched += 1
        summary.bytesFetched += body.bytes.count
        guard let fileKind = FeedFileKind(sniffing: body.bytes) else {
            skip(document, reason: "not a PDF or DOCX (declared \(document.contentType ?? body.contentType ?? "nothing"), "
                + "\(FeedFileKind.describe(body.bytes)))", retry: true)
            return
        }
        let name = "\(document.number).\(fileKind.rawValue)"
        do {
            try folder.writeFile(body.bytes, name: name)
        } catch {
            skip(document, reason: "cannot write \(name): \(error.localizedDescription)", retry: true)
            return
        }
        let record = synced(document, file: name, day: day)
        // The same bytes under new metadata: the ingest would see an unchanged file.
        if let old, record.differsForIngest(from: old) { replaced.append(record.id) }
        folder.record(record)
        if old == nil { summary.added += 1 } else { summary.updated += 1 }
        fetchedSinceIngest += 1
    }

    private mutating func skip(_ document: FeedDocument, reason: String, retry: Bool) {
        summary.skipped.append(SyncSkip(id: document.id, number: document.number, reason: reason, retried: retry))
        if retry { state.pending.append(document) }
    }

    /// Where a document's file is: its enclosure, else `{base}/Resources/{GUID}`.
    private func fileURL(of document: FeedDocument) -> String {
        document.enclosure.map { Self.resolve($0, against: options.base + "/") } ?? "\(options.base)/Resources/\(document.id)"
    }

    /// The folder's record of `document`, stored as `file`.
    private func synced(_ document: FeedDocument, file: String, day: String?) -> SyncedDocument {
        let dossier = document.dossierID.flatMap { folder.dossiers[$0] }
        return SyncedDocument(
            file: file, id: "tk/\(document.number)", title: document.subject ?? document.title, date: day,
            dossierNumber: dossier?.key, dossierTitle: dossier?.title, documentType: document.kind,
            sourceURL: fileURL(of: document),
            documentID: document.id, documentNumber: document.number, updated: document.updated,
            contentLength: document.contentLength)
    }

    /// Ingests the corpus folder (new, changed and removed files), as `kamerzoek ingest` does.
    mutating func ingest() throws {
        var ingestOptions = IngestOptions(corpus: options.corpus)
        ingestOptions.readers = options.readers
        ingestOptions.maximumFileBytes = options.maximumFileBytes
        let result = try Ingestor(database: database).ingest(ingestOptions)
        if var total = summary.ingest {
            total.added += result.added
            total.updated += result.updated
            total.removed += result.removed
            total.unchanged = result.unchanged
            total.skipped = result.skipped
            total.warnings = result.warnings
            total.bytesIndexed += result.bytesIndexed
            total.seconds += result.seconds
            total.rebuilt = total.rebuilt || result.rebuilt
            summary.ingest = total
        } else {
            summary.ingest = result
        }
        fetchedSinceIngest = 0
    }

    /// `yyyy-mm-dd` from a feed date (`2025-04-24`, `2025-04-24T00:00:00+02:00`).
    static func day(_ value: String) -> String? {
        let prefix = value.prefix(10)
        return SyncOptions.isDay(prefix) ? String(prefix) : nil
    }

    /// A link as given, made absolute against the page it was on.
    static func resolve(_ link: String, against page: String) -> String {
        if link.hasPrefix("http://") || link.hasPrefix("https://") { return link }
        return URL(string: link, relativeTo: URL(string: page))?.absoluteURL.absoluteString ?? link
    }
}
