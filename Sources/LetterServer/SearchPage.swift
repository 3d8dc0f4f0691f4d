import LetterIndex

/// What the search page template shows: built from the page's state and the search response.
struct SearchPage {
    /// One hit as the result list shows it.
    struct Result {
        var href: String
        var title: String
        var date: String?
        var kind: String
        /// Pre-escaped HTML: the snippet with `<mark>` around the matches.
        var snippetHTML: String
        var entities: [PageLink]
    }

    /// A form field that carries a filter along when the query is changed.
    struct HiddenField {
        var name: String
        var value: String
    }

    var title: String
    var query: String
    var isSearch: Bool
    var sortByDate: Bool
    var hidden: [HiddenField]
    var summary: String
    var relaxed: Bool
    var notes: [String]
    var suggestions: [PageLink]
    var activeFilters: [PageLink]
    var facets: [LinkGroup]
    var results: [Result]
    var noResults: Bool
    var pager: Pager?
    var sortLinks: [PageLink]
    var exports: [PageLink]
    var feedHref: String
    /// Letters per year of this search (and of `vs` beside it); set by the controller.
    var timeline: TimelineSection?
    /// The query compared with, as typed.
    var vs: String

    /// Entities a result shows at most.
    static let entitiesPerResult = 6

    init(state: SearchPageState, response: SearchResponse) {
        query = state.query
        vs = state.vs ?? ""
        isSearch = state.isSearch
        title = state.query.isEmpty ? "Kamerzoek" : "\(state.query) – Kamerzoek"
        sortByDate = state.sort == .date || state.query.isEmpty
        hidden = state.parameters.filter { !["q", "sort", "offset"].contains($0.0) }
            .map { HiddenField(name: $0.0, value: $0.1) }
        let first = response.total == 0 ? 0 : response.offset + 1
        let last = response.offset + response.results.count
        if response.total == 0 {
            summary = "Geen brieven gevonden."
        } else if state.isSearch {
            summary = "\(DutchWording.letters(response.total)) gevonden; \(first)–\(last) hieronder."
        } else {
            summary = "Nieuwste brieven van \(DutchWording.letters(response.total)) in de index; \(first)–\(last) hieronder."
        }
        relaxed = response.relaxed
        notes = response.notes
        suggestions = response.suggestions.map { suggestion in
            var corrected = state
            corrected.query = suggestion
            corrected.offset = 0
            return PageLink(label: suggestion, href: corrected.link())
        }
        activeFilters = Self.activeFilters(state, facets: response.facets)
        facets = Self.facetGroups(state, facets: response.facets)
        results = response.results.map(Self.result)
        noResults = response.results.isEmpty
        pager = Pager(total: response.total, offset: state.offset, pageSize: SearchPageState.pageSize,
                      maximumOffset: SearchRequest.maximumOffset) { state.at(offset: $0).link() }
        var relevance = state.at(offset: 0)
        relevance.sort = .relevance
        var date = state.at(offset: 0)
        date.sort = .date
        sortLinks = state.query.isEmpty ? [] : [
            PageLink(label: "relevantie", href: relevance.link(), active: state.sort == .relevance),
            PageLink(label: "datum", href: date.link(), active: state.sort == .date),
        ]
        let first0 = state.at(offset: 0)
        exports = [
            PageLink(label: "CSV", href: first0.link("/search.csv")),
            PageLink(label: "NDJSON", href: first0.link("/search.ndjson")),
            PageLink(label: "JSON", href: first0.link("/search")),
        ]
        var newest = first0
        newest.sort = .relevance
        feedHref = newest.link("/search.atom")
    }

    static func result(_ hit: SearchHit) -> Result {
        let entities = hit.entities.filter { ["country", "minister", "dossier", "person", "organisation"].contains($0.kind) }
            .sorted { ($0.primary ? 1 : 0, $0.count) > ($1.primary ? 1 : 0, $1.count) }
            .prefix(entitiesPerResult)
            .map { PageLink(label: $0.label, href: WebLinks.entity(kind: $0.kind, key: $0.key)) }
        return Result(
            href: WebLinks.letter(hit.id), title: hit.title.isEmpty ? hit.id : hit.title,
            date: DutchWording.date(hit.date), kind: EntityKindName.letterKind(hit.kind),
            snippetHTML: HTMLText.highlighted(hit.snippet, highlights: hit.highlights), entities: Array(entities))
    }

    /// The facets as filter links; a value already filtered on links to its removal.
    static func facetGroups(_ state: SearchPageState, facets: Facets) -> [LinkGroup] {
        let groups: [(String, String, [FacetValue])] = [
            ("Land", "country", facets.country), ("Minister", "minister", facets.minister),
            ("Dossier", "dossier", facets.dossier), ("Jaar", "year", facets.year), ("Soort", "kind", facets.kind),
        ]
        return groups.compactMap { name, filter, values in
            guard !values.isEmpty else { return nil }
            let links = values.map { value -> PageLink in
                let label = filter == "kind" ? EntityKindName.letterKind(value.label) : value.label
                if filter == "year" {
                    return PageLink(label: label, href: state.togglingYear(value.key).link(), count: value.count,
                                    active: state.isYear(value.key))
                }
                return PageLink(label: label, href: state.toggling(filter, value.key).link(), count: value.count,
                                active: state.has(filter, value.key))
            }
            return LinkGroup(name: name, links: links)
        }
    }

    /// The filters in force, each linking to the page without it.
    static func activeFilters(_ state: SearchPageState, facets: Facets) -> [PageLink] {
        var links: [PageLink] = []
        let labels: [String: [FacetValue]] = [
            "country": facets.country, "minister": facets.minister, "dossier": facets.dossier, "kind": facets.kind,
        ]
        for name in SearchPageState.entityFilters + ["kind"] {
            for value in state.filters[name] ?? [] {
                let known = labels[name]?.first { $0.key.caseInsensitiveCompare(value) == .orderedSame }?.label
                let shown = name == "kind" ? EntityKindName.letterKind(value) : (known ?? value)
                let kindName = name == "kind" ? "soort" : EntityKindName.singular(name)
                links.append(PageLink(label: "\(kindName): \(shown)", href: state.toggling(name, value).link(), active: true))
            }
        }
        if state.from != nil || state.to != nil {
            var cleared = state.at(offset: 0)
            cleared.from = nil
            cleared.to = nil
            let label: String
            if let from = state.from, from == state.to {
                label = "jaar: \(from)"
            } else {
                label = "periode: \(state.from ?? "…") – \(state.to ?? "…")"
            }
            links.append(PageLink(label: label, href: cleared.link(), active: true))
        }
        return links
    }
}
