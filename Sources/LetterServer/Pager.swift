/// Previous / next and numbered pages.
struct Pager: Sendable {
    var previous: PageLink?
    var next: PageLink?
    var pages: [PageLink]

    /// The pager for `total` items seen `pageSize` at a time from `offset`; nil when one page holds them all.
    /// Pages past `maximumOffset` are not offered. Any numbers are accepted: an offset past the
    /// last page (typed into the address bar) gets a pager back to the pages that exist.
    init?(total: Int, offset: Int, pageSize: Int, maximumOffset: Int, link: (Int) -> String) {
        let pageSize = max(1, pageSize)
        let offset = min(max(0, offset), Int.max / 2)
        let total = min(max(0, total), Int.max / 2)
        guard total > pageSize || offset > 0 else { return nil }
        let lastOffset = max(0, min((max(total, 1) - 1) / pageSize * pageSize, max(0, maximumOffset) / pageSize * pageSize))
        let current = offset / pageSize
        let lastPage = lastOffset / pageSize
        previous = offset > 0 ? PageLink(label: "Vorige", href: link(min(max(0, offset - pageSize), lastOffset))) : nil
        next = offset + pageSize <= lastOffset ? PageLink(label: "Volgende", href: link(offset + pageSize)) : nil
        var numbers = Set([0, lastPage])
        let near = min(current, lastPage)
        for page in max(0, near - 2)...min(lastPage, near + 2) { numbers.insert(page) }
        pages = numbers.sorted().map { page in
            PageLink(label: String(page + 1), href: link(page * pageSize), active: page == current)
        }
    }
}

