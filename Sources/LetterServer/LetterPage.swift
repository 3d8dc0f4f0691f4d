import Foundation
import LetterIndex

/// What the letter page template shows: metadata, the text with its entities marked, the entities by kind.
struct LetterPage {
    var title: String
    var id: String
    var date: String?
    var kind: String
    var path: String
    var format: String
    /// Only `http` and `https` addresses, so a stored `javascript:` URL can never become a link.
    var sourceURL: String?
    /// Pre-escaped HTML of the text with linked mentions.
    var textHTML: String
    var entityGroups: [LinkGroup]
    var furniture: [String]
    var jsonHref: String
    /// Letters about the same subject, most similar first.
    var similar: [SimilarLetterLink]

    init(_ letter: LetterDetail, similar: [SimilarLetter] = []) {
        title = letter.title.isEmpty ? letter.id : letter.title
        id = letter.id
        date = DutchWording.date(letter.date)
        kind = EntityKindName.letterKind(letter.kind)
        path = letter.path
        format = letter.format
        sourceURL = letter.sourceURL.flatMap(Self.webAddress)
        textHTML = LetterTextMarkup.html(
            text: letter.text, mentions: letter.mentions, paragraphs: true, promises: PromiseMarks.sentences(of: letter))
        let byKind = Dictionary(grouping: letter.entities, by: \.kind)
        let kinds = EntityKindName.order + byKind.keys.filter { !EntityKindName.order.contains($0) }.sorted()
        entityGroups = kinds.compactMap { kind in
            guard let entities = byKind[kind], !entities.isEmpty else { return nil }
            let links = entities.sorted { ($0.primary ? 1 : 0, $0.count, $1.label) > ($1.primary ? 1 : 0, $1.count, $0.label) }
                .map { PageLink(label: $0.label, href: WebLinks.entity(kind: $0.kind, key: $0.key), count: $0.count, active: $0.primary) }
            return LinkGroup(name: EntityKindName.plural(kind).capitalizedFirst, links: links)
        }
        furniture = letter.furniture
        jsonHref = "/letters/" + letter.id.split(separator: "/", omittingEmptySubsequences: false)
            .map { WebLinks.encode(String($0)) }.joined(separator: "/")
        self.similar = similar.map(SimilarLetterLink.init)
    }

    /// `value` when it is an absolute http(s) address.
    static func webAddress(_ value: String) -> String? {
        guard let url = URL(string: value.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return url.absoluteString
    }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
