/// Previous / next and numbered pages.
struct Pager: Sendable {
    var previous: PageLink?
    var next: PageLink?
    var pages: [PageLink]

    /// The pager for `total` items seen `pageSize` at a time from `offset`; nil when one page holds them all.
    /// Pages past `maximumOffset` are not offered.
    init?(total: Int, offset: Int, pageSize: Int, maximumOffset: Int, link: (Int) -> String) {
        guard total > pageSize || offset > 0 else { return nil }
        let lastOffset = min((max(total, 1) - 1) / pageSize * pageSize, maximumOffset / pageSize * pageSize)
        let current = offset / pageSize
        previous = offset > 0 ? PageLink(label: "Vorige", href: link(max(0, offset - pageSize))) : nil
        next = offset + pageSize <= lastOffset ? PageLink(label: "Volgende", href: link(offset + pageSize)) : nil
        let lastPage = lastOffset / pageSize
        var numbers = Set([0, lastPage])
        for page in max(0, current - 2)...min(lastPage, current + 2) { numbers.insert(page) }
        pages = numbers.sorted().map { page in
            PageLink(label: String(page + 1), href: link(page * pageSize), active: page == current)
        }
    }
}

