import LetterIndex

/// The letters-per-year block of the search page: one chart of the page's own search, or with `vs=` two
/// charts side by side on one scale (the same years, the same top count), each bar a link to that year's letters.
struct TimelineSection {
    /// One chart with its heading.
    struct Panel {
        /// The query's name, what its letters come to, pre-rendered SVG (``TimelineChart`` escapes every text),
        /// and the address of the query's results.
        let heading, summary, svgHTML, href: String
        /// Whether any matching letter has a date (else there is nothing to draw).
        let hasChart: Bool
    }

    /// The block's heading, and how to read the chart: what the bars count, what is left out.
    let heading, note: String
    let panels: [Panel]
    let comparing: Bool

    /// The chart of the page's search, from its own answer (so the bars count what its facets count).
    init?(state: SearchPageState, response: SearchResponse) {
        let timeline = LetterTimeline(response)
        guard !timeline.buckets.isEmpty else { return nil }
        heading = "Brieven per jaar"
        comparing = false
        panels = [Self.panel(state, timeline: timeline, years: nil, peak: nil, width: 720)]
        note = Self.note(undated: [timeline.undated])
    }

    /// Two searches compared: the page's (`first`) and `state.vs`'s (`second`), on one scale.
    init(state: SearchPageState, first: LetterTimeline, second: LetterTimeline) {
        var compared = state.at(offset: 0)
        compared.vs = nil
        var other = compared
        other.query = state.vs ?? ""
        let spans = [first, second].compactMap { TimelineChart.span(of: $0.buckets) }
        let years = spans.isEmpty ? nil : (spans.map(\.lowerBound).min() ?? 0)...(spans.map(\.upperBound).max() ?? 0)
        let peak = max(first.peak, second.peak)
        heading = "Brieven per jaar vergeleken"
        comparing = true
        panels = [
            Self.panel(compared, timeline: first, years: years, peak: peak, width: 400),
            Self.panel(other, timeline: second, years: years, peak: peak, width: 400),
        ]
        note = Self.note(undated: [first.undated, second.undated]) + " Beide grafieken hebben dezelfde schaal."
    }

    private static func panel(
        _ state: SearchPageState, timeline: LetterTimeline, years: ClosedRange<Int>?, peak: Int?, width: Double
    ) -> Panel {
        var plain = state.at(offset: 0)
        plain.vs = nil
        let name = state.query.isEmpty ? "alle brieven" : "‘\(state.query)’"
        let chart = TimelineChart(
            buckets: timeline.buckets, years: years, peak: peak, width: width,
            label: "Brieven per jaar voor \(name)"
        ) { year in
            var inYear = plain
            inYear.from = String(year)
            inYear.to = String(year)
            return inYear.link()
        }
        var summary = DutchWording.letters(timeline.total)
        if timeline.relaxed { summary += " met de meeste zoekwoorden" }
        if let peakYear = timeline.buckets.max(by: { $0.count < $1.count || ($0.count == $1.count && $0.year > $1.year) }),
            peakYear.count > 0
        {
            summary += "; de meeste in \(peakYear.year) (\(DutchWording.number(peakYear.count)))"
        }
        return Panel(heading: name.prefix(1).uppercased() + name.dropFirst(), summary: summary, svgHTML: chart.svg,
                     href: plain.link(), hasChart: !timeline.buckets.isEmpty)
    }

    private static func note(undated: [Int]) -> String {
        let missing = undated.reduce(0, +)
        let base = "Elke staaf is een jaar; klik op een staaf voor de brieven van dat jaar."
        return missing == 0 ? base : base + " \(DutchWording.letters(missing)) zonder datum tellen niet mee."
    }
}
