import Mustache

// The search page's values answer Mustache by name instead of through `Mirror`: rendering a
// search page spent a fifth of its time reflecting on these structs, once per name per level
// of the context stack. `MustacheFieldsTests` holds each list to the struct's stored properties.
// An optional without a value answers nil, as Mustache's `Mirror` path unwraps it.

extension SearchPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "query": query
        case "isSearch": isSearch
        case "sortByDate": sortByDate
        case "hidden": hidden
        case "summary": summary
        case "relaxed": relaxed
        case "notes": notes
        case "suggestions": suggestions
        case "activeFilters": activeFilters
        case "facets": facets
        case "results": results
        case "noResults": noResults
        case "pager": pager
        case "sortLinks": sortLinks
        case "exports": exports
        case "feedHref": feedHref
        case "timeline": timeline
        case "vs": vs
        default: nil
        }
    }
}

extension SearchPage.Result: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "date": date
        case "kind": kind
        case "snippetHTML": snippetHTML
        case "entities": entities
        default: nil
        }
    }
}

extension SearchPage.HiddenField: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "value": value
        default: nil
        }
    }
}

extension PageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "count": count
        case "active": active
        default: nil
        }
    }
}

extension LinkGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "links": links
        default: nil
        }
    }
}

extension Pager: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "previous": previous
        case "next": next
        case "pages": pages
        default: nil
        }
    }
}
