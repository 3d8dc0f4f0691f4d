import GRDB

/// Counts facets (country, minister, dossier, year, kind) over a whole result set.
enum FacetCounter {
    /// Values kept per facet.
    static let valuesPerFacet = 12

    static func facets(match: String?, filters: SearchFilters, db: Database) throws -> Facets {
        let hits: String
        var arguments: [any DatabaseValueConvertible] = []
        if let match {
            hits = "SELECT l.rowid FROM letter_ft JOIN letter l ON l.rowid = letter_ft.rowid WHERE letter_ft MATCH ?" + filters.sql
            arguments.append(match)
        } else {
            hits = "SELECT l.rowid FROM letter l WHERE 1" + filters.sql
        }
        arguments += filters.arguments.map { $0 as any DatabaseValueConvertible }
        var facets = Facets()
        let rows = try Row.fetchAll(db, sql: """
            WITH hits(rowid) AS (\(hits))
            SELECT e.kind, e.key, e.label, count(DISTINCT m.letter) AS n
            FROM mention m JOIN entity e ON e.id = m.entity
            WHERE m.letter IN (SELECT rowid FROM hits) AND e.kind IN ('country', 'minister', 'dossier')
            GROUP BY e.id ORDER BY n DESC, e.key
            """, arguments: StatementArguments(arguments))
        for row in rows {
            let value = FacetValue(key: row["key"], label: row["label"], count: row["n"])
            switch row["kind"] as String {
            case "country" where facets.country.count < valuesPerFacet: facets.country.append(value)
            case "minister" where facets.minister.count < valuesPerFacet: facets.minister.append(value)
            case "dossier" where facets.dossier.count < valuesPerFacet: facets.dossier.append(value)
            default: break
            }
        }
        let letterRows = try Row.fetchAll(db, sql: """
            WITH hits(rowid) AS (\(hits))
            SELECT 'year' AS facet, substr(date, 1, 4) AS value, count(*) AS n FROM letter
            WHERE rowid IN (SELECT rowid FROM hits) AND date IS NOT NULL GROUP BY value
            UNION ALL
            SELECT 'kind', kind, count(*) FROM letter WHERE rowid IN (SELECT rowid FROM hits) GROUP BY kind
            """, arguments: StatementArguments(arguments))
        for row in letterRows {
            let value = FacetValue(key: row["value"], label: row["value"], count: row["n"])
            if (row["facet"] as String) == "year" { facets.year.append(value) } else { facets.kind.append(value) }
        }
        facets.year.sort { $0.key > $1.key }
        facets.kind.sort { $0.count > $1.count }
        return facets
    }
}
