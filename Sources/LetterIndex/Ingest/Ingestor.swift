import DutchText
import Entities
import Foundation
import GRDB

/// How an ingest runs.
public struct IngestOptions: Sendable {
    /// The corpus folder.
    public var corpus: URL
    /// Empty the index first.
    public var rebuild = false
    /// Letters written per transaction (FTS5 writes a segment per commit: fewer, larger commits
    /// write and merge less). Analysis runs up to ``analysisLookahead`` letters ahead.
    public var batchSize = 2_048
    /// Letters analyzed ahead of the writer, at most: enough for the workers to go on while the
    /// writer merges the segments of a bulk ingest (0.2 s at ×1, about a second at ×5). Against
    /// 1,024, ×1 ingests took 2.74 s against 2.84 s (medians of six) and ×5 12.1 s against 12.3 s,
    /// with 15 MB more at the peak.
    public static let analysisLookahead = 4_096
    /// Progress is reported after each commit and after this many files.
    static let progressStep = 256
    /// An ingest writing more letters than this merges the full-text segments into one
    /// (`optimize`); into an empty index it does so early, with ``earlyOptimizeRemainder`` percent
    /// of the bytes to go.
    public var bulkLetters = 2_000
    /// The share of a bulk ingest's bytes (percent) still to write when it merges the segments.
    ///
    /// Why early: the workers go on analyzing the rest while the writer merges, where after the
    /// last letter a core would idle; the merge (about as long as analysing 7% of the bytes on
    /// one core) ends with work left for both cores. Why bytes, not files: analysis and merging
    /// take time by the byte, and the files of a corpus differ in size (the shared one ends with
    /// 8,000 short motions). The rest stays in a few small segments; queries take as long.
    /// Measured in `docs/performance-log.md`.
    static let earlyOptimizeRemainder = 15
    /// Files larger than this are skipped.
    public var maximumFileBytes = 20_000_000
    /// Refuse (``StrictIngestRefusal``) when any file would be skipped; the files are checked
    /// before anything is written.
    public var strict = false
    /// The readers per format (the PDF reader's `pdftotext` can be set here).
    public var readers = LetterReaders()

    /// Options for ingesting `corpus`.
    public init(corpus: URL) {
        self.corpus = corpus
    }
}

/// Brings the index in line with a corpus folder: adds new files, re-indexes changed ones
/// (by SHA-256), removes letters whose file is gone, and skips unreadable files with a reason.
///
/// Analysis (reading, repair, parsing, entity tagging) runs on worker threads (``AnalysisPipeline``),
/// ahead of the single writer, which commits every ``IngestOptions/batchSize`` letters.
public struct Ingestor: Sendable {
    /// The index being written.
    public let database: LetterDatabase

    /// The version of everything that decides what the index stores.
    public static let analysisVersion = "\(DutchAnalyzer.version)+profile-3"

    /// An ingestor for `database`.
    public init(database: LetterDatabase) {
        self.database = database
    }

    /// Runs the ingest; `progress` is called after each commit and every 256 files with (files
    /// done, files in all).
    ///
    /// Four phases: ``plan(_:summary:)`` (what is in the folder and in the index),
    /// ``writeLetters(_:options:summary:progress:)`` (analysis on workers, letters written in
    /// order, a commit every batch), ``finish(_:options:summary:)`` (letters whose file is gone
    /// removed, the version and a new generation recorded), and the merge of the full-text
    /// segments after a bulk ingest that did not merge early.
    public func ingest(
        _ options: IngestOptions, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws -> IngestSummary {
        let lock = try IndexLock(indexPath: database.path)
        defer { withExtendedLifetime(lock) {} }
        let clock = ContinuousClock.now
        var summary = IngestSummary()
        Self.loadTablesInBackground()

        let plan = try plan(options, summary: &summary)
        let write = try writeLetters(plan, options: options, summary: &summary, progress: progress)
        let changed = try finish(plan, options: options, startedEmpty: write.startedEmpty, summary: &summary)
        if summary.added + summary.updated > options.bulkLetters && !write.optimizedEarly {
            try database.pool.writeWithoutTransaction { db in try Self.optimize(in: db) }
        }
        if changed {
            try? database.pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
        BackgroundRelease.drop((plan, write))
        let elapsed = ContinuousClock.now - clock
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if options.strict, !summary.skipped.isEmpty {
            throw StrictIngestRefusal(skipped: summary.skipped, indexChanged: true)
        }
        return summary
    }

    /// What an ingest works from: the folder's files and metadata, and the letters already
    /// indexed (id → SHA-256; empty after a rebuild).
    struct Plan: Sendable {
        let files: [CorpusFile]
        let metadata: BackgroundValue<CorpusMetadata>
        let existing: [String: String]
        let reader: LetterFileReader
    }

    /// What ``writeLetters(_:options:summary:progress:)`` leaves for the phases after it.
    struct Written: Sendable {
        /// The index had no letters and no entities at the start.
        let startedEmpty: Bool
        /// The full-text segments were merged during the ingest.
        let optimizedEarly: Bool
        /// Kept to be released in the background.
        let writer: LetterWriter
        let analyzers: AnalyzerPool
        let seenSHA: [String: String]
    }

    /// Phase 1: scans the folder, starts reading the metadata, reads the letters already
    /// indexed, checks every file first with `--strict`, and empties the index for a rebuild
    /// (asked for, or a different analysis version).
    private func plan(_ options: IngestOptions, summary: inout IngestSummary) throws -> Plan {
        let scan = try CorpusScanner(root: options.corpus).scan()
        let files = scan.files
        summary.skipped += scan.skipped
        // Read while the workers start: they need it only after reading and profiling a letter.
        let metadata = BackgroundValue { [corpus = options.corpus] in CorpusMetadata(root: corpus, files: scan.metadataFiles) }

        let indexedVersion = try database.analyzerVersion()
        let rebuild = options.rebuild || (indexedVersion != nil && indexedVersion != Self.analysisVersion)
        var existing = try database.pool.read { db in
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT id, sha256 FROM letter").map { ($0["id"] as String, $0["sha256"] as String) },
                uniquingKeysWith: { first, _ in first })
        }
        let reader = LetterFileReader(maximumBytes: options.maximumFileBytes, readers: options.readers)
        if options.strict {
            let refused = summary.skipped + Self.preflight(files, existing: rebuild ? [:] : existing, reader: reader)
            if !refused.isEmpty { throw StrictIngestRefusal(skipped: refused, indexChanged: false) }
        }
        if rebuild {
            try emptyIndex()
            summary.rebuilt = true
            existing = [:]
        }
        return Plan(files: files, metadata: metadata, existing: existing, reader: reader)
    }

    /// Phase 2: workers analyze the files ahead (``AnalysisPipeline``); this thread writes each
    /// new or changed letter in order (``LetterWriter``) and commits every
    /// ``IngestOptions/batchSize`` letters with a new generation. A bulk ingest into an empty
    /// index merges the segments early (``IngestOptions/earlyOptimizeRemainder``).
    private func writeLetters(
        _ plan: Plan, options: IngestOptions, summary: inout IngestSummary, progress: @escaping @Sendable (Int, Int) -> Void
    ) throws -> Written {
        let (files, existing) = (plan.files, plan.existing)
        let profiler = LetterProfiler()
        let analyzers = AnalyzerPool()
        var writer = LetterWriter()
        var seenSHA: [String: String] = [:]
        // With no letters and no entities at the start, every entity this ingest writes is
        // written with the mention that points at it (in one transaction): none can be left
        // without mentions, and the clean-up in `finish` (a pass over every mention) is skipped.
        var startedEmpty = false
        var optimizedEarly = false
        try database.pool.writeWithoutTransaction { db in
            startedEmpty = try existing.isEmpty && Int.fetchOne(db, sql: "SELECT count(*) FROM entity") == 0
            try BulkWriteSettings.apply(in: db)
            // Into an empty index nothing is replaced, and every mention points at the letter just
            // written and an entity read or written by the writer: the foreign-key lookups (a
            // tenth of the writer's time for mentions) check nothing then.
            let checkForeignKeys = !existing.isEmpty
            if !checkForeignKeys { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
            defer { if !checkForeignKeys { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
            let pipeline = AnalysisPipeline(count: files.count, lookahead: IngestOptions.analysisLookahead) {
                [reader = plan.reader, metadata = plan.metadata] index in
                Self.analyze(files[index], existing: existing, reader: reader, metadata: metadata, profiler: profiler, analyzers: analyzers)
            }
            defer { pipeline.stop() }
            var inTransaction = 0
            var done = 0
            let corpusBytes = existing.isEmpty && files.count > options.bulkLetters
                ? BackgroundValue { CorpusByteCount.total(of: files) } : nil
            do {
                while let outcome = pipeline.next() {
                    if let record = Self.tally(outcome, existing: existing, seenSHA: &seenSHA, into: &summary) {
                        if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
                        try writer.write(record, replacing: existing[record.file.id] != nil, in: db)
                    }
                    inTransaction += 1
                    done += 1
                    var committed = false
                    if db.isInsideTransaction, inTransaction >= options.batchSize || done == files.count {
                        // Each commit is a new state for caches keyed on the generation, even if the
                        // ingest is killed before its end.
                        try Meta.set(UUID().uuidString, for: .generation, in: db)
                        try db.commit()
                        inTransaction = 0
                        committed = true
                        if !optimizedEarly, done < files.count, let total = corpusBytes?.value,
                            (total - summary.bytesIndexed) * 100 <= total * IngestOptions.earlyOptimizeRemainder {
                            try Self.optimize(in: db)
                            optimizedEarly = true
                        }
                    }
                    if committed || done % IngestOptions.progressStep == 0 || done == files.count {
                        progress(done, files.count)
                    }
                }
            } catch {
                // A failed write or commit (a full disk) keeps what earlier commits wrote; the
                // open transaction is rolled back, never left to the connection.
                if db.isInsideTransaction { try? db.rollback() }
                throw error
            }
        }
        return Written(
            startedEmpty: startedEmpty, optimizedEarly: optimizedEarly, writer: writer, analyzers: analyzers, seenSHA: seenSHA)
    }

    /// Phase 3: removes the letters whose file is gone and entities left without mentions,
    /// records the analysis version, corpus folder and time, and renews the generation when
    /// letters changed. Returns whether any did.
    private func finish(_ plan: Plan, options: IngestOptions, startedEmpty: Bool, summary: inout IngestSummary) throws -> Bool {
        summary.warnings.insert(
            contentsOf: plan.metadata.value.problems.map { FileWarning(path: "metadata.jsonl", message: $0) }, at: 0)
        let present = plan.existing.isEmpty ? [] : Set(plan.files.map(\.id))
        let gone = plan.existing.keys.filter { !present.contains($0) }.sorted()
        let changed = summary.added + summary.updated + gone.count
        try database.pool.write { db in
            for id in gone {
                try db.execute(sql: "DELETE FROM letter WHERE id = ?", arguments: [id])
            }
            // Always but into an empty index: an ingest killed after replacing letters leaves
            // entities without mentions, and the next one may find nothing changed.
            if !startedEmpty {
                try db.execute(sql: "DELETE FROM entity WHERE id NOT IN (SELECT DISTINCT entity FROM mention)")
            }
            try Meta.set(Self.analysisVersion, for: .analyzerVersion, in: db)
            try Meta.set(options.corpus.standardizedFileURL.path, for: .corpusRoot, in: db)
            try Meta.set(ISO8601DateFormatter().string(from: Date()), for: .lastIngest, in: db)
            if changed > 0 || summary.rebuilt { try Meta.set(UUID().uuidString, for: .generation, in: db) }
            try BulkWriteSettings.restore(in: db)
        }
        summary.removed = gone.count
        return changed > 0
    }

    /// Merges every full-text segment into one, in a transaction of its own.
    private static func optimize(in db: Database) throws {
        try db.inTransaction {
            try db.execute(sql: "INSERT INTO letter_ft(letter_ft) VALUES ('optimize')")
            return .commit
        }
    }

    /// Loads the compound lexicon and the gazetteers on another thread while this one scans the
    /// folder (with one core idle); the first letters analyzed would otherwise wait for them with
    /// both cores.
    private static func loadTablesInBackground() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = LetterProfiler().profile(of: "Den Haag, 1 januari 2020\nDe Minister van Buitenlandse Zaken,\nNederland", fileName: "x.txt")
            _ = DutchAnalyzer().stream("solidariteitsverplichtingen")
        }
    }

    /// Counts an outcome into the summary (unchanged, skipped, added or updated, same content
    /// as an earlier file, reader warnings) and returns the letter to write, if any.
    private static func tally(
        _ outcome: Outcome, existing: [String: String], seenSHA: inout [String: String], into summary: inout IngestSummary
    ) -> LetterRecord? {
        switch outcome {
        case .unchanged:
            summary.unchanged += 1
            return nil
        case .skipped(let path, let reason):
            summary.skipped.append(SkippedFile(path: path, code: reason.code, reason: reason.message))
            return nil
        case .analyzed(let record):
            if let first = seenSHA[record.sha256] {
                summary.warnings.append(FileWarning(path: record.file.relativePath, message: "same content as \(first)"))
            } else {
                seenSHA[record.sha256] = record.file.relativePath
            }
            if let warning = record.warning {
                summary.warnings.append(FileWarning(path: record.file.relativePath, message: warning))
            }
            if existing[record.file.id] == nil { summary.added += 1 } else { summary.updated += 1 }
            summary.bytesIndexed += record.bytes
            return record
        }
    }

    /// `--strict`: reads every new or changed file (without analysing it) and lists those that
    /// would be skipped.
    private static func preflight(_ files: [CorpusFile], existing: [String: String], reader: LetterFileReader) -> [SkippedFile] {
        let results = UnsafeResults(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            do throws(SkipReason) {
                let (data, sha) = try reader.load(path: file.path)
                if existing[file.id] == sha { return }
                _ = try reader.decode(data, sha256: sha, url: file.url, format: file.format)
            } catch {
                results.set(index, SkippedFile(path: file.relativePath, code: error.code, reason: error.message))
            }
        }
        return results.values.compactMap { $0 }
    }

    /// Slots written by index from worker threads, one writer per slot.
    private final class UnsafeResults: @unchecked Sendable {
        private(set) var values: [SkippedFile?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: SkippedFile) { lock.withLock { values[index] = value } }
    }

    /// Empties letters, entities and the full-text index in one transaction.
    private func emptyIndex() throws {
        try database.pool.write { db in
            try db.execute(sql: """
                DELETE FROM mention;
                DELETE FROM entity;
                DROP TRIGGER letter_ad;
                DELETE FROM letter;
                INSERT INTO letter_ft(letter_ft) VALUES ('delete-all');
                \(Schema.letterDeleteTrigger)
                """)
        }
    }

    enum Outcome: Sendable {
        case unchanged
        case skipped(String, SkipReason)
        case analyzed(LetterRecord)
    }

    private static func analyze(
        _ file: CorpusFile, existing: [String: String], reader: LetterFileReader,
        metadata: BackgroundValue<CorpusMetadata>, profiler: LetterProfiler, analyzers: AnalyzerPool
    ) -> Outcome {
        do {
            let (data, sha) = try reader.load(path: file.path)
            if existing[file.id] == sha { return .unchanged }
            let text = try reader.decode(data, sha256: sha, url: file.url, format: file.format)
            let profile = profiler.profile(of: text.text, fileName: String(file.name))
            var record = LetterRecord.make(
                file: file, text: text, metadata: metadata.value.byPath[file.relativePath], profile: profile)
            record.prepareTokens(with: analyzers)
            return .analyzed(record)
        } catch {
            return .skipped(file.relativePath, error)
        }
    }
}
