import Foundation
import LetterIndex
import Testing
@testable import LetterServer

/// The SVG bar chart: one linked bar per year with letters, readable axes at two centuries and at two years.
@Suite struct TimelineChartTests {
    static func bars(_ svg: String) -> Int { svg.components(separatedBy: "class=\"bar\"").count - 1 }
    static func links(_ svg: String) -> [String] {
        svg.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
    static func yearLabels(_ svg: String) -> [Int] {
        svg.components(separatedBy: "text-anchor=\"middle\">").dropFirst().compactMap { Int($0.prefix { $0 != "<" }) }
    }

    @Test func twoCenturiesGetThinBarsAndADecadeScale() throws {
        // 1814–2026 with letters in every fifth year.
        let buckets = (1814...2026).map { LetterTimeline.Bucket(year: $0, count: $0 % 5 == 0 ? $0 - 1800 : 0) }
        let svg = TimelineChart(buckets: buckets, label: "Brieven per jaar") { "/?from=\($0)&to=\($0)" }.svg
        #expect(svg.hasPrefix("<svg class=\"timeline-chart"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(Self.bars(svg) == buckets.filter { $0.count > 0 }.count)
        #expect(Self.links(svg).count == Self.bars(svg))
        #expect(Self.links(svg).first == "/?from=1815&amp;to=1815")
        let labels = Self.yearLabels(svg)
        #expect(labels.count >= 5 && labels.count <= 15, "\(labels)")
        #expect(labels.allSatisfy { $0 % 10 == 0 })
        #expect(svg.contains("<title>2025: 225 brieven</title>"))
    }

    @Test func twoYearsGetWideBarsEachLabelled() throws {
        let buckets = [LetterTimeline.Bucket(year: 2025, count: 3), LetterTimeline.Bucket(year: 2026, count: 1)]
        let svg = TimelineChart(buckets: buckets, label: "x") { "/jaar/\($0)" }.svg
        #expect(Self.yearLabels(svg) == [2025, 2026])
        #expect(Self.bars(svg) == 2)
        // A wide slot still draws a bar, not a block: at most 56 units.
        let widths = svg.components(separatedBy: "class=\"bar\"").dropFirst().compactMap { part -> Double? in
            guard let range = part.range(of: "width=\"") else { return nil }
            return Double(part[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(widths.count == 2 && widths.allSatisfy { $0 > 10 && $0 <= 56 })
        #expect(svg.contains("<title>2026: 1 brief</title>"))
    }

    @Test func yearsWithoutLettersAreNoLinkAndASharedScaleIsKept() throws {
        let buckets = [LetterTimeline.Bucket(year: 2000, count: 4), LetterTimeline.Bucket(year: 2001, count: 0)]
        let svg = TimelineChart(buckets: buckets, years: 1990...2010, peak: 40, label: "x") { "/\($0)" }.svg
        #expect(Self.links(svg) == ["/2000"])
        #expect(svg.contains("<title>1990: 0 brieven</title>"))
        // The axis goes to the shared peak: gridlines up to 40, not to 4.
        #expect(svg.contains(">40</text>") || svg.contains(">20</text>"))
        #expect(!svg.contains(">4</text>"))
    }

    @Test func labelsAndLinksAreEscaped() throws {
        let svg = TimelineChart(buckets: [.init(year: 2020, count: 1)], label: "<script>\"x\"</script>") { _ in "/?q=a\"><b>" }.svg
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("href=\"/?q=a&quot;&gt;&lt;b&gt;\""))
    }

    @Test func noYearsDrawNothing() {
        #expect(TimelineChart(buckets: [], label: "x") { _ in nil }.svg.isEmpty)
    }

    @Test(arguments: [(1, [1]), (4, [1, 2, 3, 4]), (12, [5, 10]), (225, [50, 100, 150, 200]), (9_000, [2000, 4000, 6000, 8000])])
    func gridlinesAreRoundValues(top: Int, expected: [Int]) {
        #expect(TimelineChart.ticks(upTo: top) == expected)
    }
}
