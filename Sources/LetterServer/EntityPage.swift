import LetterIndex

/// What the entity page template shows: the entity, its letters (newest first) and letters per year.
struct EntityPage {
    /// One year's bar.
    struct Year {
        var year: String
        var count: Int
        /// Bar width, 1…100 (percent of the busiest year).
        var width: Int
    }

    /// One letter in the list.
    struct Letter {
        var href: String
        var title: String
        var date: String?
        var kind: String
        var primary: Bool
    }

    var title: String
    var kindName: String
    var kindPlural: String
    var label: String
    var key: String
    var total: String
    var years: [Year]
    var letters: [Letter]
    var pager: Pager?
    var listHref: String
    var searchHref: String?
    var feedHref: String?
    var jsonHref: String
    /// Letters per year as an SVG bar chart, each bar a search of that year's letters (when the kind is a search filter).
    var chartHTML: String

    /// Letters per entity page.
    static let pageSize = 50

    init(_ detail: EntityDetail, offset: Int) {
        let entity = detail.entity
        kindName = EntityKindName.singular(entity.kind)
        kindPlural = EntityKindName.plural(entity.kind)
        label = entity.label
        key = entity.key
        title = "\(entity.label) (\(kindName)) – Kamerzoek"
        total = DutchWording.letters(entity.letters)
        let busiest = max(detail.years.values.max() ?? 1, 1)
        years = detail.years.sorted { $0.key < $1.key }.map {
            Year(year: $0.key, count: $0.value, width: max(1, $0.value * 100 / busiest))
        }
        letters = detail.results.map {
            Letter(href: WebLinks.letter($0.id), title: $0.title.isEmpty ? $0.id : $0.title, date: DutchWording.date($0.date),
                   kind: EntityKindName.letterKind($0.kind), primary: $0.primary)
        }
        let base = WebLinks.entity(kind: entity.kind, key: entity.key)
        pager = Pager(total: entity.letters, offset: offset, pageSize: Self.pageSize, maximumOffset: 100_000) {
            $0 == 0 ? base : WebLinks.path(base, [("offset", String($0))])
        }
        listHref = WebLinks.entities(kind: entity.kind)
        // Kinds the search can filter on get a search link and a feed.
        if SearchPageState.entityFilters.contains(entity.kind) {
            var state = SearchPageState()
            state.filters[entity.kind] = [entity.key]
            searchHref = state.link()
            feedHref = state.link("/search.atom")
        }
        jsonHref = "/entities/\(WebLinks.encode(entity.kind))/\(WebLinks.encode(entity.key))"
        let filterable = SearchPageState.entityFilters.contains(entity.kind)
        let buckets = detail.years.compactMap { year, count in Int(year).map { LetterTimeline.Bucket(year: $0, count: count) } }
        chartHTML = TimelineChart(
            buckets: buckets, years: TimelineChart.span(of: buckets), label: "Brieven per jaar die \(entity.label) noemen"
        ) { year in
            guard filterable else { return nil }
            var state = SearchPageState()
            state.filters[entity.kind] = [entity.key]
            state.from = String(year)
            state.to = String(year)
            return state.link()
        }.svg
    }
}
