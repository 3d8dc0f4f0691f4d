import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one page of the SyncFeed (Atom) into ``FeedPage``.
///
/// Elements and attributes are matched by namespace URI and local name, never by prefix: some
/// categories write the tkData attributes as `ns1:bijgewerkt`, others as `tk:bijgewerkt`. An entry
/// that cannot be read (no id, a document without number) is left out and named in
/// ``FeedPage/problems``; a page that is not XML throws.
///
/// ```swift
/// let page = try FeedPageReader.read(data)
/// page.next     // "https://…/Feed?category=Document&skiptoken=12345"
/// ```
public enum FeedPageReader {
    static let atom = "http://www.w3.org/2005/Atom"
    static let tkData = "http://www.tweedekamer.nl/xsd/tkData/v1-0"

    /// Why a page could not be read at all.
    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// The page in `data`.
    public static func read(_ data: Data) throws(Malformed) -> FeedPage {
        // Foundation's XMLParser traps on names that are not valid UTF-8; it gets only text
        // checked here, without a declaration that could name another encoding.
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Malformed(description: "the page is not UTF-8")
        }
        let collector = FeedPageCollector()
        let parser = XMLParser(data: Data(withoutDeclaration(text).utf8))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse(), collector.sawFeed, collector.closedFeed else {
            let problem = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no Atom feed element"
            throw Malformed(description: "not an Atom feed (line \(parser.lineNumber): \(problem))")
        }
        return collector.page
    }

    /// `text` without its XML declaration (`<?xml …?>`) and byte order mark.
    static func withoutDeclaration(_ text: String) -> String {
        var rest = Substring(text)
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        let trimmed = rest.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
        guard trimmed.hasPrefix("<?xml"), let end = trimmed.range(of: "?>") else { return String(rest) }
        return String(trimmed[end.upperBound...])
    }
}

/// The parser's delegate: a small state machine over feed, entry and content.
private final class FeedPageCollector: NSObject, XMLParserDelegate {
    var page = FeedPage()
    var sawFeed = false
    /// Whether the feed element ended (a page cut short is not a page).
    var closedFeed = false

    /// Prefix → URI, innermost scope last; mappings announced before an element belong to it.
    private var scopes: [[String: String]] = []
    private var pendingMappings: [String: String] = [:]
    private var depth = 0

    private struct EntryState {
        var depth: Int
        var title = ""
        var updated = ""
        var category: String?
        var enclosure: String?
        var contentDepth: Int?
        var root: RootState?
    }

    private struct RootState {
        var name: String
        var depth: Int
        var id: String?
        var updated: String?
        var deleted = false
        var contentType: String?
        var contentLength: String?
        var fields: [String: String] = [:]
        var dossierRef: String?
    }

    private var entry: EntryState?
    private var entryCount = 0
    private var text = ""
    private var collecting = false

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        pendingMappings[prefix] = namespaceURI
    }

    /// The namespace URI of attribute `key` (`prefix:name` or `name`) and its local name.
    private func resolve(_ key: String) -> (uri: String?, name: String) {
        guard let colon = key.firstIndex(of: ":") else { return (nil, key) }
        let prefix = String(key[..<colon])
        let name = String(key[key.index(after: colon)...])
        for scope in scopes.reversed() {
            if let uri = scope[prefix] { return (uri, name) }
        }
        return (nil, name)
    }

    private func attribute(_ name: String, namespace: String?, in attributes: [String: String]) -> String? {
        for (key, value) in attributes {
            let resolved = resolve(key)
            if resolved.name == name, resolved.uri == namespace { return value }
        }
        return nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        var mappings = pendingMappings
        pendingMappings = [:]
        // Declarations passed as attributes (when the parser reports them so) count as well.
        for (key, value) in attributes where key == "xmlns" || key.hasPrefix("xmlns:") {
            mappings[key == "xmlns" ? "" : String(key.dropFirst(6))] = value
        }
        scopes.append(mappings)
        depth += 1
        let uri = namespaceURI ?? ""
        if uri == FeedPageReader.atom, elementName == "feed", depth == 1 { sawFeed = true }

        guard var current = entry else {
            if uri == FeedPageReader.atom, elementName == "entry" {
                entry = EntryState(depth: depth)
                entryCount += 1
            } else if uri == FeedPageReader.atom, elementName == "link", depth == 2,
                attributes["rel"] == "next", let href = attributes["href"] {
                page.next = href
            }
            return
        }
        defer { entry = current }
        let inEntry = depth == current.depth + 1
        if let contentDepth = current.contentDepth, depth > contentDepth {
            if current.root == nil {
                current.root = RootState(
                    name: elementName, depth: depth, id: attributes["id"],
                    updated: attribute("bijgewerkt", namespace: FeedPageReader.tkData, in: attributes),
                    deleted: attribute("verwijderd", namespace: FeedPageReader.tkData, in: attributes) == "true",
                    contentType: attribute("contentType", namespace: FeedPageReader.tkData, in: attributes),
                    contentLength: attribute("contentLength", namespace: FeedPageReader.tkData, in: attributes))
            } else if var root = current.root, depth == root.depth + 1, uri == FeedPageReader.tkData {
                if elementName == "kamerstukdossier" { root.dossierRef = attributes["ref"] }
                current.root = root
                text = ""
                collecting = true
            }
            return
        }
        guard inEntry, uri == FeedPageReader.atom else { return }
        switch elementName {
        case "title", "updated":
            text = ""
            collecting = true
        case "category":
            current.category = attributes["term"]
        case "link":
            if attributes["rel"] == "enclosure" { current.enclosure = attributes["href"] }
            if attributes["rel"] == "next", let href = attributes["href"] { page.resume = href }
        case "content":
            current.contentDepth = depth
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        defer {
            depth -= 1
            if !scopes.isEmpty { scopes.removeLast() }
        }
        if depth == 1, sawFeed { closedFeed = true }
        guard var current = entry else { return }
        if depth == current.depth {
            finish(current)
            entry = nil
            return
        }
        defer { entry = current }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if var root = current.root, depth == root.depth + 1 {
            if collecting, !value.isEmpty { root.fields[elementName] = value }
            current.root = root
        } else if depth == current.depth + 1, collecting {
            if elementName == "title" { current.title = value }
            if elementName == "updated" { current.updated = value }
        }
        collecting = false
        text = ""
    }

    private func finish(_ state: EntryState) {
        let position = "entry \(entryCount)"
        guard let root = state.root else {
            page.problems.append("\(position) (\(state.title.isEmpty ? "no title" : state.title)): no content")
            return
        }
        guard let id = (root.id ?? (state.title.isEmpty ? nil : state.title)), !id.isEmpty else {
            page.problems.append("\(position): no id")
            return
        }
        let category = state.category ?? root.name
        if root.deleted {
            page.records.append(.deleted(id: id, category: category.lowercased()))
            return
        }
        switch root.name {
        case "document":
            guard let kind = root.fields["soort"], let number = root.fields["documentNummer"] else {
                page.problems.append("\(position) (\(id)): a document without soort or documentNummer")
                return
            }
            guard FeedFileName.isSafe(number) else {
                page.problems.append("\(position) (\(id)): documentNummer \(number.debugDescription) is not a file name")
                return
            }
            var document = FeedDocument(id: id, updated: root.updated ?? state.updated, kind: kind, number: number)
            document.title = root.fields["titel"]
            document.subject = root.fields["onderwerp"]
            document.date = root.fields["datum"]
            document.sequence = root.fields["volgnummer"]
            document.parliamentaryYear = root.fields["vergaderjaar"]
            document.dossierID = root.dossierRef
            document.contentType = root.contentType
            document.contentLength = root.contentLength.flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil }
            document.enclosure = state.enclosure
            page.records.append(.document(document))
        case "kamerstukdossier":
            guard let number = root.fields["nummer"] else {
                page.problems.append("\(position) (\(id)): a dossier without nummer")
                return
            }
            page.records.append(.dossier(FeedDossier(
                id: id, number: number, addition: root.fields["toevoeging"], title: root.fields["titel"])))
        default:
            break
        }
    }
}
