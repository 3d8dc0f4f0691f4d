import Foundation
import LetterIndex

/// Letters per year as a bar chart in inline SVG, drawn on the server (no JavaScript): one bar per year,
/// each a link to that year's letters, with a tooltip (`<title>`) giving the count.
///
/// It reads at 213 years (1814–2026: thin bars, a year label every 10, 20 or 50 years) and at two
/// (wide bars, every year labelled). Two charts compared share `years` and `peak`, so their bars mean
/// the same. Every text is escaped here; the result is given to the template with `{{{ }}}`.
///
/// ```swift
/// TimelineChart(buckets: timeline.buckets, label: "Brieven per jaar") { "/?q=stikstof&from=\($0)&to=\($0)" }.svg
/// ```
struct TimelineChart {
    /// The chart's drawing width in SVG units (it scales to the width of its box).
    var width = 720.0
    /// The drawing height.
    var height = 170.0
    /// Per year, its count (years without letters included as 0).
    var buckets: [LetterTimeline.Bucket]
    /// The years the axis spans (default: the buckets' own).
    var years: ClosedRange<Int>?
    /// The count at the top of the axis (default: the busiest year's).
    var peak: Int?
    /// What the chart shows, for screen readers and as the SVG's title.
    var label: String
    /// The address of a year's letters, or nil for no link.
    var link: (Int) -> String?

    init(
        buckets: [LetterTimeline.Bucket], years: ClosedRange<Int>? = nil, peak: Int? = nil, width: Double = 720,
        label: String, link: @escaping (Int) -> String?
    ) {
        self.buckets = buckets
        self.years = years
        self.peak = peak
        self.width = width
        self.label = label
        self.link = link
    }

    /// Space for the count labels (left) and the year labels (below).
    private static let left = 40.0, right = 6.0, top = 10.0, bottom = 22.0
    /// Half the width of a four-digit year label.
    private static let labelHalfWidth = 17.0

    /// The SVG element, or an empty string when there is no year to draw.
    var svg: String {
        guard let span = years ?? Self.span(of: buckets) else { return "" }
        let counts = Dictionary(buckets.map { ($0.year, $0.count) }, uniquingKeysWith: +)
        let yearCount = span.upperBound - span.lowerBound + 1
        let top = max(peak ?? 0, counts.values.max() ?? 0, 1)
        let plotWidth = width - Self.left - Self.right
        let plotHeight = height - Self.top - Self.bottom
        let slot = plotWidth / Double(yearCount)
        // Thin bars touch almost; wide ones stay bars, not blocks.
        let barWidth = min(slot > 6 ? slot * 0.75 : slot * 0.85, 56)
        let base = Self.top + plotHeight
        // A wide chart keeps a least width on a phone (its box scrolls) so that its labels stay readable.
        var out = "<svg class=\"timeline-chart\(width >= 600 ? " wide" : "")\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" "
            + "width=\"100%\" role=\"group\" aria-label=\"\(HTMLText.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title>\(HTMLText.escape(label))</title>"
        // Count axis: gridlines at round values up to the top.
        for tick in Self.ticks(upTo: top) {
            let y = base - plotHeight * Double(tick) / Double(top)
            out += "<line class=\"grid\" x1=\"\(Self.number(Self.left))\" x2=\"\(Self.number(width - Self.right))\" "
                + "y1=\"\(Self.number(y))\" y2=\"\(Self.number(y))\"/>"
            out += "<text class=\"axis\" x=\"\(Self.number(Self.left - 5))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\">"
                + "\(DutchWording.number(tick))</text>"
        }
        let step = Self.labelStep(years: yearCount, width: plotWidth)
        for (index, year) in span.enumerated() {
            let count = counts[year] ?? 0
            let x = Self.left + slot * Double(index)
            let tooltip = "\(year): \(DutchWording.letters(count))"
            var bar = "<title>\(HTMLText.escape(tooltip))</title>"
            // The whole column is the link's target, so a thin bar is easy to hit.
            bar += "<rect class=\"hit\" x=\"\(Self.number(x))\" y=\"\(Self.number(Self.top))\" "
                + "width=\"\(Self.number(slot))\" height=\"\(Self.number(plotHeight))\"/>"
            if count > 0 {
                let barHeight = max(plotHeight * Double(count) / Double(top), 1.5)
                bar += "<rect class=\"bar\" x=\"\(Self.number(x + (slot - barWidth) / 2))\" y=\"\(Self.number(base - barHeight))\" "
                    + "width=\"\(Self.number(barWidth))\" height=\"\(Self.number(barHeight))\"/>"
            }
            if count > 0, let href = link(year) {
                out += "<a href=\"\(HTMLText.escape(href))\" aria-label=\"\(HTMLText.escape(tooltip))\">\(bar)</a>"
            } else {
                out += "<g>\(bar)</g>"
            }
            if step == 1 || year % step == 0 {
                // Kept inside the drawing: a label at either end would be cut off.
                let labelX = min(max(x + slot / 2, Self.left + Self.labelHalfWidth), width - Self.labelHalfWidth)
                out += "<text class=\"axis\" x=\"\(Self.number(labelX))\" y=\"\(Self.number(height - 6))\" "
                    + "text-anchor=\"middle\">\(year)</text>"
            }
        }
        out += "<line class=\"baseline\" x1=\"\(Self.number(Self.left))\" x2=\"\(Self.number(width - Self.right))\" "
            + "y1=\"\(Self.number(base))\" y2=\"\(Self.number(base))\"/>"
        return out + "</svg>"
    }

    /// The first to the last year of `buckets`, or nil when there are none.
    static func span(of buckets: [LetterTimeline.Bucket]) -> ClosedRange<Int>? {
        guard let first = buckets.map(\.year).min(), let last = buckets.map(\.year).max() else { return nil }
        return first...last
    }

    /// Years between two year labels: every year when they fit, else 2, 5, 10, 20, 25, 50, 100… so that
    /// labels stay about 48 units apart.
    static func labelStep(years: Int, width: Double) -> Int {
        let fitting = max(Int(width / 48), 1)
        for step in [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] where (years + step - 1) / step <= fitting {
            return step
        }
        return max(years / fitting, 1)
    }

    /// Round counts for gridlines, at most four, the largest at or below `top` (1, 2, 5 × 10ⁿ steps).
    static func ticks(upTo top: Int) -> [Int] {
        guard top > 0 else { return [] }
        var step = 1
        while top / step > 4 {
            let digits = String(step)
            step = digits.hasPrefix("1") ? step * 2 : digits.hasPrefix("2") ? step / 2 * 5 : step * 2
        }
        return Array(stride(from: step, through: top, by: step))
    }

    /// A coordinate with at most one decimal.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
