import Entities
import GRDB

/// The entities a query names as free text (`Nederlandse Antillen`, `minister van Financiën`,
/// `36410`), found by the recognizers that tag the letters, and the letters that name them:
/// those letters score ``factor`` times higher. Filters (`land:`, `dossier:`) stay as they are.
///
/// An entity named in more than ``maximumShare`` of the letters (`Nederland` in a query about
/// Dutch businesses) says little about a letter and boosts nothing.
struct EntityBoost {
    /// An entity of the query.
    struct Entity: Hashable {
        var kind: EntityKind
        var key: String
        var label: String
    }

    /// The factor for a letter naming one of the query's entities.
    static let factor = 1.25
    /// Entities named in more than this share of the letters boost nothing.
    static let maximumShare = 0.1
    /// At most this many entities (one bit each in ``letterBits``).
    static let maximumEntities = 8
    /// The kinds a query may name.
    static let kinds: Set<EntityKind> = [.country, .minister, .ministry, .dossier, .organisation, .person]

    private static let profiler = LetterProfiler()

    /// The query's entities that boost, in order of appearance.
    let entities: [Entity]
    /// Per rowid, bit i set when the letter names entity i.
    let letterBits: [UInt8]

    /// The entities of `query` with the letters naming them, or nil when it names none that boosts.
    init?(query: String, letterCount: Int, rowidLimit: Int, db: Database) throws {
        var found: [Entity] = []
        for mention in Self.profiler.profile(of: query).mentions where Self.kinds.contains(mention.kind) {
            let entity = Entity(kind: mention.kind, key: mention.key, label: mention.label)
            if !found.contains(entity) { found.append(entity) }
        }
        for number in Self.dossierNumbers(in: query) where !found.contains(where: { $0.kind == .dossier && $0.key == number.key }) {
            found.append(Entity(kind: .dossier, key: number.key, label: number.key))
        }
        guard !found.isEmpty else { return nil }
        var kept: [Entity] = []
        var bits = [UInt8](repeating: 0, count: max(rowidLimit, 0))
        let most = Int(Double(letterCount) * Self.maximumShare)
        for entity in found where kept.count < Self.maximumEntities {
            let letters = try RowidQuery.fetch(db, sql: """
                SELECT DISTINCT m.letter FROM mention m JOIN entity e ON e.id = m.entity WHERE e.kind = ? AND e.key = ?
                """, arguments: [entity.kind.rawValue, entity.key])
            guard !letters.isEmpty, letters.count <= most else { continue }
            let bit = UInt8(1) << UInt8(kept.count)
            for rowid in letters where rowid >= 0 && rowid < Int64(bits.count) {
                bits[Int(rowid)] |= bit
            }
            kept.append(entity)
        }
        guard !kept.isEmpty else { return nil }
        entities = kept
        letterBits = bits
    }

    /// The entities a letter's bits name.
    func entities(named bits: UInt8) -> [Entity] {
        entities.indices.filter { bits & (UInt8(1) << UInt8($0)) != 0 }.map { entities[$0] }
    }

    /// Kamerstuk numbers written bare in a query: five digits (`36410`), or with a part
    /// (`36600-VI`). Four-digit numbers are left alone: in a query they are mostly years.
    static func dossierNumbers(in query: String) -> [DossierNumber] {
        query.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).compactMap { word in
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            guard digits.count == 5 else { return nil }
            return DossierNumber.parse(String(word))
        }
    }
}
