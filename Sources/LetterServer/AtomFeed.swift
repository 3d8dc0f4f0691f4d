import Foundation
import Hummingbird
import LetterIndex

/// What the Atom 1.0 template shows: the newest letters of a search, each linking to its letter page.
///
/// Entries need a date (`updated`), so undated letters are left out of feeds. Every text is cleaned of
/// characters XML 1.0 forbids and then escaped by the template.
struct AtomFeed {
    /// One entry.
    struct Entry {
        var id: String
        var title: String
        var link: String
        var updated: String
        var summary: String
        var categories: [String]
    }

    /// Entries when the request gives no `limit`.
    static let defaultEntries = 20

    var id: String
    var title: String
    var selfLink: String
    var pageLink: String
    var updated: String
    var entries: [Entry]

    init(request: Request, searchRequest: SearchRequest, response: SearchResponse) {
        let base = Self.baseURL(request)
        let query = request.uri.query.map { "?" + $0 } ?? ""
        selfLink = Self.clean(base + "/search.atom" + query)
        var state = SearchPageState()
        state.query = searchRequest.raw ? "" : searchRequest.query
        state.sort = .date
        let filters = [("country", searchRequest.countries), ("minister", searchRequest.ministers),
                       ("dossier", searchRequest.dossiers), ("person", searchRequest.persons),
                       ("organisation", searchRequest.organisations), ("kind", searchRequest.kinds)]
        for (name, values) in filters where !values.isEmpty { state.filters[name] = values }
        state.from = searchRequest.from
        state.to = searchRequest.to
        pageLink = Self.clean(base + state.link())
        id = selfLink
        var described = searchRequest.query.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [searchRequest.query]
        for (name, values) in filters where !values.isEmpty {
            described.append("\(name == "kind" ? "soort" : EntityKindName.singular(name)): \(values.joined(separator: ", "))")
        }
        if let from = searchRequest.from { described.append("van \(from)") }
        if let to = searchRequest.to { described.append("tot \(to)") }
        title = Self.clean("Kamerzoek: " + (described.isEmpty ? "nieuwste brieven" : described.joined(separator: " · ")))
        entries = response.results.compactMap { hit in
            guard let date = hit.date, date.count == 10 else { return nil }
            let link = base + WebLinks.letter(hit.id)
            return Entry(
                id: Self.clean(link), title: Self.clean(hit.title.isEmpty ? hit.id : hit.title), link: Self.clean(link),
                updated: date + "T00:00:00Z", summary: Self.clean(hit.snippet),
                categories: [Self.clean(hit.kind)])
        }
        updated = entries.first?.updated ?? "1970-01-01T00:00:00Z"
    }

    /// `http://host[:port]` from the request's authority (the Host header); `http://localhost` when it is
    /// missing or holds anything but a host name, IPv4/IPv6 address and port.
    static func baseURL(_ request: Request) -> String {
        guard let authority = request.head.authority, !authority.isEmpty, authority.count <= 255,
            authority.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-:[]".unicodeScalars.contains($0)) })
        else { return "http://localhost" }
        return "http://" + authority
    }

    /// `text` without the characters XML 1.0 does not allow (most C0 controls, lone surrogates cannot occur in Swift).
    static func clean(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: output.append(scalar)
            default: continue
            }
        }
        return String(output)
    }
}
