import LetterIndex

/// What the toezeggingen page shows: the filter form, the commitments (who promised, what, in which letter,
/// when, in which dossier), paging, and how they were recognised.
struct CommitmentListPage {
    /// One commitment as the list shows it.
    struct Item {
        var key: String
        /// The letter page at the number (`#toezegging-…`).
        var href: String
        var letterTitle: String
        var date: String?
        var ministers: [PageLink]
        var dossiers: [PageLink]
        var text: String
    }

    var title = "Toezeggingen – Kamerzoek"
    var minister: String
    var dossier: String
    var from: String
    var to: String
    var summary: String
    var items: [Item]
    var pager: Pager?
    var jsonHref: String
    var feedHref: String
    var filtered: Bool

    /// Commitments per page.
    static let pageSize = 50

    init(query: CommitmentQuery, page: CommitmentPage) {
        minister = query.minister ?? ""
        dossier = query.dossier ?? ""
        from = query.from ?? ""
        to = query.to ?? ""
        filtered = !(minister.isEmpty && dossier.isEmpty && from.isEmpty && to.isEmpty)
        let filters = [("minister", minister), ("dossier", dossier), ("from", from), ("to", to)]
        let count = DutchWording.number(page.total)
        summary = page.total == 1 ? "1 toezegging" : "\(count) toezeggingen"
        summary += filtered ? " bij deze filters." : " herkend in de index."
        items = page.results.map { commitment in
            Item(
                key: commitment.key,
                href: WebLinks.letter(commitment.letter) + "#" + commitment.anchor,
                letterTitle: commitment.title.isEmpty ? commitment.letter : commitment.title,
                date: DutchWording.date(commitment.date),
                ministers: commitment.ministers.map {
                    PageLink(label: $0.label, href: WebLinks.path("/toezeggingen", [("minister", $0.key)]))
                },
                dossiers: commitment.dossiers.map {
                    PageLink(label: $0.label, href: WebLinks.path("/toezeggingen", [("dossier", $0.key)]))
                },
                text: commitment.text)
        }
        pager = Pager(total: page.total, offset: query.offset, pageSize: Self.pageSize, maximumOffset: CommitmentQuery.maximumOffset) {
            WebLinks.path("/toezeggingen", filters + [("offset", $0 == 0 ? "" : String($0))])
        }
        jsonHref = WebLinks.path("/commitments", filters)
        feedHref = WebLinks.path("/commitments.atom", filters)
    }
}
