import Foundation
import DutchText
import Entities
import GRDB

/// SQL conditions on `l` (the `letter` table) for a request's filters, values resolved
/// (`Griekenland` → `GR`, `21 501-20` → `21501-20`).
struct SearchFilters {
    var clauses: [String] = []
    var arguments: [any DatabaseValueConvertible & Sendable] = []
    /// Entity kinds filtered on, to put snippets of text-less searches around a mention.
    var entityKinds: [EntityKind] = []
    /// What the response says about filter values that match nothing (an unknown country).
    var notes: [String] = []

    var isEmpty: Bool { clauses.isEmpty }

    var sql: String { clauses.isEmpty ? "" : " AND " + clauses.joined(separator: " AND ") }

    init(_ request: SearchRequest, typed: [QueryFilter]) throws(SearchError) {
        var countries = request.countries
        var ministers = request.ministers
        var dossiers = request.dossiers
        var persons = request.persons
        var organisations = request.organisations
        var kinds = request.kinds
        var from = request.from
        var to = request.to
        for filter in typed {
            switch filter.field {
            case .country: countries.append(filter.value)
            case .minister: ministers.append(filter.value)
            case .dossier: dossiers.append(filter.value)
            case .person: persons.append(filter.value)
            case .organisation: organisations.append(filter.value)
            case .kind: kinds.append(filter.value)
            case .from: from = filter.value
            case .to: to = filter.value
            }
        }
        for value in countries where !value.isEmpty {
            guard let country = CountryGazetteer.shared.country(named: value) else {
                // A name the gazetteer does not know matches no letter; the notes say why.
                notes.append("land: '\(value)' is geen land of ISO-code die Kamerzoek kent; geen brief past bij dit filter")
                clauses.append("0")
                continue
            }
            addEntity(kind: .country, exact: country.code)
        }
        for value in dossiers where !value.isEmpty {
            guard let number = DossierNumber.parse(value) else {
                notes.append("dossier: '\(value)' is geen dossiernummer (zoals 32317, 21501-20, 36600-VI); geen brief past bij dit filter")
                clauses.append("0")
                continue
            }
            clauses.append("""
                l.rowid IN (SELECT m.letter FROM mention m JOIN entity e ON e.id = m.entity
                WHERE e.kind = 'dossier' AND (e.key = ? OR e.key LIKE ?))
                """)
            arguments += [number.key, number.key + "-%"]
            entityKinds.append(.dossier)
        }
        for value in ministers where !value.isEmpty {
            addFuzzy(kind: .minister, value: value)
        }
        for value in persons where !value.isEmpty {
            addFuzzy(kind: .person, value: value)
        }
        for value in organisations where !value.isEmpty {
            addFuzzy(kind: .organisation, value: value)
        }
        let knownKinds = ["brief", "motie", "kamervragen", "other"]
        let wanted = kinds.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
            .filter { !$0.isEmpty }
        if !wanted.isEmpty {
            for kind in wanted where !knownKinds.contains(kind) {
                throw SearchError.badFilter("kind: '\(kind)' is not one of \(knownKinds.joined(separator: ", "))")
            }
            clauses.append("l.kind IN (\(wanted.map { _ in "?" }.joined(separator: ",")))")
            arguments += wanted
        }
        if let from, !from.isEmpty {
            guard let day = Self.day(from, end: false) else { throw SearchError.badDate(from, field: "from") }
            clauses.append("l.date >= ?")
            arguments.append(day)
        }
        if let to, !to.isEmpty {
            guard let day = Self.day(to, end: true) else { throw SearchError.badDate(to, field: "to") }
            clauses.append("l.date <= ?")
            arguments.append(day)
        }
    }

    private mutating func addEntity(kind: EntityKind, exact key: String) {
        clauses.append("""
            l.rowid IN (SELECT m.letter FROM mention m JOIN entity e ON e.id = m.entity WHERE e.kind = ? AND e.key = ?)
            """)
        arguments += [kind.rawValue, key]
        entityKinds.append(kind)
    }

    /// Matches the folded value inside the entity key, label or the printed name.
    private mutating func addFuzzy(kind: EntityKind, value: String) {
        let pattern = "%" + Folding.fold(value).replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: " ") + "%"
        clauses.append("""
            l.rowid IN (SELECT m.letter FROM mention m JOIN entity e ON e.id = m.entity
            WHERE e.kind = ? AND (e.key LIKE ? OR fold(e.label) LIKE ? OR fold(m.name) LIKE ?))
            """)
        arguments += [kind.rawValue, pattern, pattern, pattern]
        entityKinds.append(kind)
    }

    /// `yyyy`, `yyyy-mm` or `yyyy-mm-dd` as the first (or last) day it covers.
    static func day(_ value: String, end: Bool) -> String? {
        let parts = value.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        // ASCII digits: four for the year, two for a month or day.
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }), let year = Int(parts[0])
        else { return nil }
        var month = end ? 12 : 1
        var day = end ? 31 : 1
        if parts.count >= 2 {
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            day = d
        }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
