import LetterIndex

/// What the search page was asked for: the query, filters, order and page, read from its address
/// and written back into the links of facets, pages and exports.
struct SearchPageState: Sendable, Equatable {
    /// Results per web page.
    static let pageSize = 20
    /// The page's query parameters: the API's names, so a page address is also an export address.
    static let parameterNames: Set<String> = [
        "q", "sort", "offset", "country", "minister", "dossier", "person", "organisation", "kind", "from", "to", "vs",
    ]
    /// Filters that are entity kinds, in the order the page shows them.
    static let entityFilters = ["country", "minister", "dossier", "person", "organisation"]

    var query = ""
    var sort = SearchSort.relevance
    var offset = 0
    /// Filter name → values (`country` → `["CY"]`).
    var filters: [String: [String]] = [:]
    var from: String?
    var to: String?
    /// A second query whose letters per year the page shows beside the first's (`stikstof` vs `woningbouw`).
    var vs: String?

    init() {}

    /// Reads the state from a page's query string; bad values are a `400`.
    init(_ form: FormQuery) throws {
        query = form.string("q") ?? ""
        guard query.count <= SearchRequest.maximumQueryLength else {
            throw APIError(.badRequest, code: "bad_query",
                           message: "the query is longer than \(SearchRequest.maximumQueryLength) characters")
        }
        if let sort = form.string("sort") {
            guard let value = SearchSort(rawValue: sort) else {
                throw APIError(.badRequest, code: "bad_parameter", message: "sort must be relevance or date, not '\(sort)'")
            }
            self.sort = value
        }
        offset = try form.int("offset", default: 0, range: 0...SearchRequest.maximumOffset)
        for name in Self.entityFilters + ["kind"] {
            let values = form.strings(name)
            if !values.isEmpty { filters[name] = values }
        }
        from = form.string("from")
        to = form.string("to")
        vs = form.string("vs")
        guard (vs ?? "").count <= SearchRequest.maximumQueryLength else {
            throw APIError(.badRequest, code: "bad_query",
                           message: "vs (the query compared with) is longer than \(SearchRequest.maximumQueryLength) characters")
        }
    }

    /// Whether anything was asked (a query or a filter).
    var isSearch: Bool { !query.isEmpty || !filters.isEmpty || from != nil || to != nil }

    /// The search request of this page.
    var request: SearchRequest {
        var request = SearchRequest(query: query)
        request.limit = Self.pageSize
        request.offset = offset
        // Without words, newest first is the only order that means something.
        request.sort = query.isEmpty ? .date : sort
        request.countries = filters["country"] ?? []
        request.ministers = filters["minister"] ?? []
        request.dossiers = filters["dossier"] ?? []
        request.persons = filters["person"] ?? []
        request.organisations = filters["organisation"] ?? []
        request.kinds = filters["kind"] ?? []
        request.from = from
        request.to = to
        return request
    }

    /// The query parameters of this state, in a stable order.
    var parameters: [(String, String)] {
        var pairs: [(String, String)] = [("q", query)]
        for name in Self.entityFilters + ["kind"] {
            for value in filters[name] ?? [] { pairs.append((name, value)) }
        }
        if let from { pairs.append(("from", from)) }
        if let to { pairs.append(("to", to)) }
        if sort != .relevance { pairs.append(("sort", sort.rawValue)) }
        if offset > 0 { pairs.append(("offset", String(offset))) }
        return pairs
    }

    /// The address of this state at `path` (the page itself, or an export); only the page carries `vs`.
    func link(_ path: String = "/") -> String {
        WebLinks.path(path, parameters + (path == "/" ? vs.map { [("vs", $0)] } ?? [] : []))
    }

    /// This state on another page of results.
    func at(offset: Int) -> SearchPageState {
        var copy = self
        copy.offset = offset
        return copy
    }

    /// This state, first page, with a filter value added (or removed when present).
    func toggling(_ name: String, _ value: String) -> SearchPageState {
        var copy = self
        copy.offset = 0
        var values = copy.filters[name] ?? []
        if let index = values.firstIndex(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) {
            values.remove(at: index)
        } else {
            values.append(value)
        }
        copy.filters[name] = values.isEmpty ? nil : values
        return copy
    }

    /// This state, first page, limited to one year (or no longer when it already is).
    func togglingYear(_ year: String) -> SearchPageState {
        var copy = self
        copy.offset = 0
        if isYear(year) {
            copy.from = nil
            copy.to = nil
        } else {
            copy.from = year
            copy.to = year
        }
        return copy
    }

    /// Whether the page is limited to exactly this year.
    func isYear(_ year: String) -> Bool { from == year && to == year }

    /// Whether a filter has this value.
    func has(_ name: String, _ value: String) -> Bool {
        (filters[name] ?? []).contains { $0.caseInsensitiveCompare(value) == .orderedSame }
    }
}

import Foundation
