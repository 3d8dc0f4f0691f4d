import LetterIndex
import Testing
@testable import LetterServer

@Suite struct SearchPageStateTests {
    static func state(_ query: String) throws -> SearchPageState {
        try SearchPageState(FormQuery(query: query, allowed: SearchPageState.parameterNames))
    }

    @Test func formEncodingTurnsPlusIntoSpaceAndDecodesOnce() throws {
        let state = try Self.state("q=veilige+landen+%22van+herkomst%22&country=GR,IT&country=CY&offset=40")
        #expect(state.query == "veilige landen \"van herkomst\"")
        #expect(state.filters["country"] == ["GR", "IT", "CY"])
        #expect(state.offset == 40)
        #expect(try Self.state("q=100%2525").query == "100%25")
    }

    @Test func linksRoundTripThroughTheForm() throws {
        let state = try Self.state("q=a%26b+c&minister=van+weel&from=2020&to=2024&sort=date&offset=20")
        let link = state.link()
        let query = String(link.dropFirst(2))
        #expect(try Self.state(query) == state)
        #expect(!link.contains(" "))
    }

    @Test func togglingAFilterAddsOrRemovesItAndReturnsToTheFirstPage() throws {
        let state = try Self.state("q=x&offset=40")
        let filtered = state.toggling("country", "GR")
        #expect(filtered.filters["country"] == ["GR"])
        #expect(filtered.offset == 0)
        #expect(filtered.toggling("country", "gr").filters["country"] == nil)
        let year = state.togglingYear("2024")
        #expect(year.from == "2024" && year.to == "2024")
        #expect(year.togglingYear("2024").from == nil)
    }

    @Test(arguments: ["sort=nieuw", "offset=abc", "offset=10001", "land=GR"])
    func badValuesAndUnknownNamesAreRefused(query: String) {
        #expect(throws: APIError.self) { try Self.state(query) }
    }

    @Test func aSearchWithoutWordsIsOrderedByDate() throws {
        #expect(try Self.state("country=GR").request.sort == .date)
        #expect(try Self.state("q=x").request.sort == .relevance)
    }

    @Test func thePagerOffersNeighboursAndEndsButNothingPastTheOffsetBound() {
        let pager = Pager(total: 1_000_000, offset: 200, pageSize: 20, maximumOffset: 10_000) { "/?offset=\($0)" }
        let labels = pager?.pages.map(\.label)
        #expect(labels == ["1", "9", "10", "11", "12", "13", "501"])
        #expect(pager?.previous?.href == "/?offset=180")
        #expect(pager?.next?.href == "/?offset=220")
        #expect(Pager(total: 20, offset: 0, pageSize: 20, maximumOffset: 10_000) { "\($0)" } == nil)
        let last = Pager(total: 1_000_000, offset: 10_000, pageSize: 20, maximumOffset: 10_000) { "\($0)" }
        #expect(last?.next == nil)
    }
}
