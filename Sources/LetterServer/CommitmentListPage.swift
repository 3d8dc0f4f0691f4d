import LetterIndex

/// What the toezeggingen page shows: the filter form, the commitments (who promised, what, in which letter,
/// when, in which dossier), paging, and how they were recognised.
struct CommitmentListPage {
    /// One commitment as the list shows it.
    struct Item {
        /// The number, the letter page at the number (`#toezegging-…`), the letter's title, what was promised.
        let key, href, letterTitle, text: String
        let date: String?
        /// Who promised and the dossier, each a link to the list filtered on it.
        let ministers, dossiers: [PageLink]
    }

    let title = "Toezeggingen – Kamerzoek"
    /// The filters as given (empty when not).
    let minister, dossier, from, to: String
    let summary, jsonHref, feedHref: String
    /// Why a filter matches nothing.
    let notes: [String]
    let items: [Item]
    let pager: Pager?
    let filtered: Bool

    /// Commitments per page.
    static let pageSize = 50

    init(query: CommitmentQuery, page: CommitmentPage) {
        minister = query.minister ?? ""
        dossier = query.dossier ?? ""
        from = query.from ?? ""
        to = query.to ?? ""
        filtered = !(minister.isEmpty && dossier.isEmpty && from.isEmpty && to.isEmpty)
        let filters = [("minister", minister), ("dossier", dossier), ("from", from), ("to", to)]
        let count = page.total == 1 ? "1 toezegging" : "\(DutchWording.number(page.total)) toezeggingen"
        summary = count + (filtered ? " bij deze filters." : " herkend in de index.")
        notes = page.notes
        items = page.results.map { commitment in
            Item(
                key: commitment.key, href: WebLinks.letter(commitment.letter) + "#" + commitment.anchor,
                letterTitle: commitment.title.isEmpty ? commitment.letter : commitment.title, text: commitment.text,
                date: DutchWording.date(commitment.date),
                ministers: commitment.ministers.map {
                    PageLink(label: $0.label, href: WebLinks.path("/toezeggingen", [("minister", $0.key)]))
                },
                dossiers: commitment.dossiers.map {
                    PageLink(label: $0.label, href: WebLinks.path("/toezeggingen", [("dossier", $0.key)]))
                })
        }
        pager = Pager(total: page.total, offset: query.offset, pageSize: Self.pageSize, maximumOffset: CommitmentQuery.maximumOffset) {
            WebLinks.path("/toezeggingen", filters + [("offset", $0 == 0 ? "" : String($0))])
        }
        jsonHref = WebLinks.path("/commitments", filters)
        feedHref = WebLinks.path("/commitments.atom", filters)
    }
}
