import Entities
import Foundation
import GRDB
import GRDBSQLite

/// The index's facet data in memory — per letter its year, kind, date, token count and the
/// countries, ministers and dossiers it names — so facets over a whole result set are counted in
/// microseconds instead of by joining the mention table for every hit.
///
/// Built once per ingest generation (``Meta/Key/generation``) and shared by searches.
final class FacetIndex: Sendable {
    /// Facet kinds counted from mentions, in `Facets` order.
    static let entityKinds: [EntityKind] = [.country, .minister, .dossier]

    let generation: String
    /// Letters in the index.
    let letterCount: Int
    /// Per rowid (dense, 0…maxRowid): year (0 when unknown), kind number, date as yyyymmdd.
    let years: [Int16]
    let kinds: [UInt8]
    let dates: [Int32]
    let kindNames: [String]
    /// Per rowid: entity numbers it names, as a range into `letterEntities`.
    let entityOffsets: [Int32]
    let letterEntities: [Int32]
    /// Per entity number: kind index into `entityKinds`, key and label.
    let entityKind: [UInt8]
    let entityKey: [String]
    let entityLabel: [String]
    /// Per rowid: tokens in title and text together (`letter_ft_docsize`), -1 when unknown;
    /// bm25's document length, read here once instead of once per scored letter.
    let tokenCounts: [Int32]

    init(db: Database, generation: String) throws {
        self.generation = generation
        letterCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM letter") ?? 0
        // Negative rowids (a hand-edited index) are left out of every per-rowid array.
        let maxRowid = max(0, try Int.fetchOne(db, sql: "SELECT max(rowid) FROM letter") ?? 0)
        var years = [Int16](repeating: 0, count: maxRowid + 1)
        var kinds = [UInt8](repeating: 255, count: maxRowid + 1)
        var dates = [Int32](repeating: 0, count: maxRowid + 1)
        var kindNames: [String] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, kind, date FROM letter")
        while let row = try rows.next() {
            let rowid: Int = row[0]
            guard rowid >= 0, rowid <= maxRowid else { continue }
            let kind: String = row[1]
            var kindIndex = kindNames.firstIndex(of: kind)
            if kindIndex == nil {
                kindNames.append(kind)
                kindIndex = kindNames.count - 1
            }
            // 255 means unknown: a 256th kind is not counted.
            if let kindIndex, kindIndex < 255 { kinds[rowid] = UInt8(kindIndex) }
            if let date: String = row[2], date.utf8.count == 10 {
                let digits = date.replacingOccurrences(of: "-", with: "")
                dates[rowid] = Int32(digits) ?? 0
                years[rowid] = Int16(date.prefix(4)) ?? 0
            }
        }
        var entityNumbers: [Int64: Int32] = [:]
        var entityKind: [UInt8] = []
        var entityKey: [String] = []
        var entityLabel: [String] = []
        let entities = try Row.fetchCursor(db, sql: """
            SELECT id, kind, key, label FROM entity WHERE kind IN ('country', 'minister', 'dossier')
            """)
        while let row = try entities.next() {
            entityNumbers[row[0]] = Int32(entityKind.count)
            entityKind.append(UInt8(EntityKind(rawValue: row[1] as String).flatMap(Self.entityKinds.firstIndex(of:)) ?? 0))
            entityKey.append(row[2])
            entityLabel.append(row[3])
        }
        var perLetter = [[Int32]](repeating: [], count: maxRowid + 1)
        let pairs = try Row.fetchCursor(db, sql: """
            SELECT DISTINCT m.letter, m.entity FROM mention m JOIN entity e ON e.id = m.entity
            WHERE e.kind IN ('country', 'minister', 'dossier')
            """)
        while let row = try pairs.next() {
            let letter: Int = row[0]
            if let number = entityNumbers[row[1]], letter >= 0, letter <= maxRowid { perLetter[letter].append(number) }
        }
        var offsets = [Int32](repeating: 0, count: maxRowid + 2)
        var flat: [Int32] = []
        for rowid in 0...maxRowid {
            offsets[rowid] = Int32(flat.count)
            flat += perLetter[rowid]
        }
        offsets[maxRowid + 1] = Int32(flat.count)
        self.years = years
        self.kinds = kinds
        self.dates = dates
        self.kindNames = kindNames
        self.entityOffsets = offsets
        self.letterEntities = flat
        self.entityKind = entityKind
        self.entityKey = entityKey
        self.entityLabel = entityLabel
        tokenCounts = try Self.tokenCounts(db: db, count: maxRowid + 1)
    }

    /// Sums each letter's column sizes: `letter_ft_docsize.sz` holds one varint per column.
    private static func tokenCounts(db: Database, count: Int) throws -> [Int32] {
        let sql = "SELECT id, sz FROM letter_ft_docsize"
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var counts = [Int32](repeating: -1, count: count)
        while true {
            let code = sqlite3_step(handle)
            guard code == SQLITE_ROW else {
                if code == SQLITE_DONE { return counts }
                throw DatabaseError.failedStep(code, sql: sql, in: db)
            }
            let rowid = Int(sqlite3_column_int64(handle, 0))
            guard rowid >= 0, rowid < count, let blob = sqlite3_column_blob(handle, 1) else { continue }
            let bytes = UnsafeBufferPointer(start: blob.assumingMemoryBound(to: UInt8.self),
                                            count: Int(sqlite3_column_bytes(handle, 1)))
            var total: Int64 = 0
            var value: Int64 = 0
            for byte in bytes {
                value = value << 7 | Int64(byte & 0x7F)
                if byte & 0x80 == 0 {
                    // Saturates: a corrupt blob must not overflow.
                    total = min(total + min(max(value, 0), Int64(Int32.max)), Int64(Int32.max))
                    value = 0
                }
            }
            counts[rowid] = Int32(clamping: total)
        }
    }

    /// Facet counts over `rowids` (each once).
    func facets(for rowids: [Int64], valuesPerFacet: Int = 12) -> Facets {
        var entityCounts = [Int32](repeating: 0, count: entityKey.count)
        var yearCounts: [Int16: Int] = [:]
        var kindCounts = [Int](repeating: 0, count: kindNames.count)
        for rowid in rowids {
            let index = Int(rowid)
            guard index >= 0, index < years.count else { continue }
            if years[index] != 0 { yearCounts[years[index], default: 0] += 1 }
            if kinds[index] != 255 { kindCounts[Int(kinds[index])] += 1 }
            for slot in Int(entityOffsets[index])..<Int(entityOffsets[index + 1]) {
                entityCounts[Int(letterEntities[slot])] += 1
            }
        }
        var facets = Facets()
        var lists: [[FacetValue]] = Array(repeating: [], count: Self.entityKinds.count)
        for (entity, count) in entityCounts.enumerated() where count > 0 {
            lists[Int(entityKind[entity])].append(FacetValue(key: entityKey[entity], label: entityLabel[entity], count: Int(count)))
        }
        for index in lists.indices {
            lists[index].sort { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
            lists[index] = Array(lists[index].prefix(valuesPerFacet))
        }
        facets.country = lists[0]
        facets.minister = lists[1]
        facets.dossier = lists[2]
        facets.year = yearCounts.map { FacetValue(key: String($0.key), label: String($0.key), count: $0.value) }
            .sorted { $0.key > $1.key }
        facets.kind = kindCounts.enumerated().filter { $0.element > 0 }
            .map { FacetValue(key: kindNames[$0.offset], label: kindNames[$0.offset], count: $0.element) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
        return facets
    }

    /// The first `count` of `rowids` ordered newest first (undated last, ties by rowid
    /// descending), without sorting the rest: a page of a large result set costs one pass.
    func newest(_ rowids: [Int64], count: Int) -> [Int64] {
        TopSelection.first(count, of: rowids, by: isNewer)
    }

    /// Whether letter `a` comes before `b` newest first (undated last, ties by rowid descending).
    func isNewer(_ a: Int64, than b: Int64) -> Bool {
        let da = a >= 0 && Int(a) < dates.count ? dates[Int(a)] : 0
        let db = b >= 0 && Int(b) < dates.count ? dates[Int(b)] : 0
        return da != db ? da > db : a > b
    }

    /// One past the largest rowid: the size of arrays indexed by rowid.
    var rowidLimit: Int { dates.count }
}

/// Holds the current ``FacetIndex``; searches and similar letters may share one.
typealias FacetIndexCache = GenerationCache<FacetIndex>

extension GenerationCache<FacetIndex> {
    /// The facet index of `generation` (the caller has read it from `meta`), built when new.
    func index(db: Database, generation: String) throws -> FacetIndex {
        try value(for: generation) { try FacetIndex(db: db, generation: generation) }
    }
}
