import Foundation
import HTTPTypes
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
@testable import LetterServer

/// `/search.csv`, `/search.ndjson`, `/search.atom` and the export pager.
@Suite(.serialized) struct ExportTests {
    /// Splits CSV text into records of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(cell)
                cell = ""
            } else if character == "\r\n" || character == "\n" {
                record.append(cell)
                records.append(record)
                record = []
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return records
    }

    @Test func csvHoldsEveryResultOfTheQueryWithTheCapStated() async throws {
        let expected = try ServerFixture.corpus.search("regering") { $0.limit = 100 }
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/search.csv?q=regering", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(response.headers[HTTPField.Name("X-Kamerzoek-Cap")!] == String(SearchExport.cap))
                #expect(response.headers[HTTPField.Name("X-Kamerzoek-Total")!] == String(expected.total))
                #expect(response.headers[.contentSecurityPolicy] != nil)
                let records = Self.csvRecords(ServerFixture.text(response.body))
                #expect(records.first == SearchExportFormat.csvColumns)
                #expect(records.count - 1 == expected.total)
                #expect(records.dropFirst().allSatisfy { $0.count == SearchExportFormat.csvColumns.count })
                #expect(records.dropFirst().map { $0[0] } == expected.results.map(\.id))
            }
        }
    }

    @Test func ndjsonPagesThroughMoreThanOneSearchPage() async throws {
        let total = try ServerFixture.corpus.search("") { $0.kinds = ["motie"] }.total
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/search.ndjson?kind=motie&sort=date", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/x-ndjson")
                let lines = ServerFixture.text(response.body).split(separator: "\n")
                #expect(lines.count == total)
                let ids = try lines.map { line -> String in
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    #expect(object["kind"] as? String == "motie")
                    return try #require(object["id"] as? String)
                }
                #expect(Set(ids).count == ids.count)
            }
        }
    }

    @Test func theExportPagerStopsAtItsCapAndPagesInHundreds() throws {
        let search = LetterSearch(database: try LetterDatabase(path: ServerFixture.corpus.indexPath, readOnly: true))
        var request = SearchRequest(query: "")
        request.kinds = ["motie"]
        var capped = SearchExport(search: search, request: request, cap: 7)
        var seen: [SearchHit] = []
        while let page = try capped.next() { seen += page }
        #expect(seen.count == 7)
        #expect(capped.isTruncated)
        var all = SearchExport(search: search, request: request)
        var pages = 0
        var count = 0
        while let page = try all.next() {
            pages += 1
            count += page.count
            #expect(page.count <= SearchExport.pageSize)
        }
        #expect(count == all.total)
        #expect(!all.isTruncated)
        #expect(pages == (count + SearchExport.pageSize - 1) / SearchExport.pageSize)
    }

    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("-1", "'-1"), ("+31", "'+31"), ("@SUM", "'@SUM"), ("Motie", "Motie"),
    ])
    func csvTextCellsCannotStartAFormula(value: String, expected: String) {
        #expect(SearchExportFormat.csvText(value) == expected)
    }

    @Test func csvCellsWithCommasQuotesOrLineBreaksAreQuoted() {
        #expect(SearchExportFormat.quoted("a, \"b\"\nc") == "\"a, \"\"b\"\"\nc\"")
        #expect(SearchExportFormat.quoted("plain") == "plain")
    }

    @Test(arguments: [
        ("/search.csv?q=x&limit=5", "unknown_parameter"),
        ("/search.ndjson?q=x&offset=5", "unknown_parameter"),
        ("/search.csv?q=x&from=2024-1", "bad_date"),
        ("/search.ndjson?kind=memo", "bad_filter"),
        ("/search.atom?q=x&sort=date", "unknown_parameter"),
        ("/search.atom?q=x&limit=101", "bad_parameter"),
        ("/search.atom?q=x&from=morgen", "bad_date"),
    ])
    func exportErrorsAreA400BeforeAnyRowIsWritten(uri: String, code: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                let body = try #require(try ServerFixture.json(response.body) as? [String: Any])
                #expect((body["error"] as? [String: Any])?["code"] as? String == code)
            }
        }
    }

    /// The elements of an Atom document, by path, with their text and attributes.
    final class AtomReader: NSObject, XMLParserDelegate {
        var path: [String] = []
        var texts: [String: [String]] = [:]
        var attributes: [String: [[String: String]]] = [:]
        var namespaces: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            path.append(name)
            if path.count == 1 { namespaces.append(attributes["xmlns"] ?? namespaceURI ?? "") }
            self.attributes[path.joined(separator: "/"), default: []].append(attributes)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts[path.joined(separator: "/"), default: []].append(text)
            path.removeLast()
            text = ""
        }
    }

    @Test func theAtomFeedIsWellFormedWithTheNewestMatchingLettersFirst() async throws {
        let expected = try ServerFixture.corpus.search("") {
            $0.kinds = ["motie"]
            $0.sort = .date
            $0.limit = 5
        }
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/search.atom?kind=motie&limit=5", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/atom+xml") == true)
                let reader = AtomReader()
                let parser = XMLParser(data: Data(buffer: response.body))
                parser.delegate = reader
                #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
                #expect(reader.namespaces == ["http://www.w3.org/2005/Atom"])
                for element in ["feed/id", "feed/title", "feed/updated", "feed/author/name"] {
                    #expect(reader.texts[element]?.count == 1, "\(element)")
                }
                let dated = expected.results.filter { $0.date != nil }
                #expect(reader.texts["feed/entry/id"] == dated.map { "http://localhost" + WebLinks.letter($0.id) })
                #expect(reader.texts["feed/entry/updated"] == dated.map { $0.date! + "T00:00:00Z" })
                #expect(reader.texts["feed/entry/title"]?.count == dated.count)
                #expect(reader.texts["feed/updated"]?.first == reader.texts["feed/entry/updated"]?.first)
                #expect(reader.attributes["feed/link"]?.contains { $0["rel"] == "self" } == true)
            }
        }
    }

    @Test func feedTextWithMarkupIsEscaped() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/search.atom?q=herplaatsing", method: .get) { response in
                let xml = ServerFixture.text(response.body)
                #expect(xml.contains(WebLinks.letter(ServerFixture.hostileID)), "the dated hostile letter is in the feed")
                #expect(!xml.contains("<script"))
                #expect(xml.contains("&lt;script&gt;"))
                let parser = XMLParser(data: Data(buffer: response.body))
                #expect(parser.parse())
            }
        }
    }

    @Test(arguments: [
        ("kamerzoek.example:8080", "http://kamerzoek.example:8080"), ("[::1]:80", "http://[::1]:80"),
        ("evil\"><x>", "http://localhost"), ("", "http://localhost"), ("a b", "http://localhost"),
    ])
    func feedLinksUseTheHostOnlyWhenItIsAHostName(authority: String, base: String) {
        let request = Request(head: .init(method: .get, scheme: "http", authority: authority, path: "/search.atom"),
                              body: .init(buffer: ByteBuffer()))
        #expect(AtomFeed.baseURL(request) == base)
    }

    @Test func atomTextDropsCharactersXMLForbids() {
        #expect(AtomFeed.clean("a\u{0}b\u{8}c\td\u{FFFE}") == "abc\td")
    }
}
