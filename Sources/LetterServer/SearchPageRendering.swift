import LetterIndex

/// The search page without HTTP: its address's query string read as the page reads it, searched
/// once, and rendered to HTML. What the query fuzz target drives, so that one search per input
/// reaches the snippets, the pager and the template.
public enum SearchPageRendering {
    /// The response and the page's HTML for the query-string `parameters` (`[("q", "asiel"),
    /// ("offset", "20")]`, encoded here as links are, empty values kept); throws the page's own
    /// `400` errors.
    public static func render(parameters: [(name: String, value: String)], search: LetterSearch) throws
        -> (response: SearchResponse, html: String)
    {
        let query = parameters.map { "\(WebLinks.encode($0.name))=\(WebLinks.encode($0.value))" }.joined(separator: "&")
        let state = try SearchPageState(FormQuery(query: query, allowed: SearchPageState.parameterNames))
        let response = try search.search(state.request)
        return (response, PageRenderer.bundled.render(SearchPage(state: state, response: response), template: "search"))
    }
}
