import LetterIndex
import Mustache
import Testing
@testable import LetterServer

/// The page values that answer Mustache by name answer every stored property, as `Mirror` did.
@Suite struct MustacheFieldsTests {
    /// Stored properties whose answer differs from Mirror's: nil for an optional without a
    /// value (Mustache unwraps optionals), a value for everything else.
    static func unanswered(_ value: some MustacheParent) -> [String] {
        Mirror(reflecting: value).children.compactMap { child -> String? in
            guard let label = child.label else { return nil }
            let mirror = Mirror(reflecting: child.value)
            let empty = mirror.displayStyle == .optional && mirror.children.isEmpty
            return (value.child(named: label) == nil) == empty ? nil : label
        }
    }

    static let link = PageLink(label: "Cyprus", href: "/?country=CY", count: 3, active: true)

    @Test func everyStoredPropertyIsAnswered() throws {
        let pager = try #require(Pager(total: 100, offset: 20, pageSize: 10, maximumOffset: 1_000) { "/?offset=\($0)" })
        let search = LetterSearch(database: try LetterDatabase(path: ServerFixture.corpus.indexPath, readOnly: true), cachedResponses: 0)
        let state = try SearchPageState(FormQuery(query: "q=asiel", allowed: SearchPageState.parameterNames))
        let page = SearchPage(state: state, response: try search.search(state.request))
        let result = try #require(page.results.first)
        #expect(Self.unanswered(page).isEmpty)
        #expect(Self.unanswered(result).isEmpty)
        #expect(Self.unanswered(SearchPage.HiddenField(name: "a", value: "b")).isEmpty)
        #expect(Self.unanswered(Self.link).isEmpty)
        #expect(Self.unanswered(LinkGroup(name: "x", links: [])).isEmpty)
        #expect(Self.unanswered(pager).isEmpty)
        #expect(Self.link.child(named: "missing") == nil)
    }
}
