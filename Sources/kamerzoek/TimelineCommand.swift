import ArgumentParser
import Foundation
import LetterIndex

/// `kamerzoek timeline QUERY`: matching letters per year as a bar chart in the terminal.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Matching letters per year, as a bar chart (the search's own year counts).",
        discussion: "Takes the query and filters of `search`. Every year from the first to the last with a match is listed.")

    @OptionGroup var index: IndexOptions

    @OptionGroup var selection: SearchSelectionOptions

    @Option(help: "The longest bar, in characters (10–200).")
    var width = 50

    @Flag(help: "Print JSON (the object of GET /timeline).")
    var json = false

    func validate() throws {
        guard (10...200).contains(width) else { throw ValidationError("--width must be from 10 to 200") }
    }

    func run() throws {
        let request = selection.request
        let search = LetterSearch(database: try LetterDatabase(path: index.path, readOnly: true))
        let timeline: LetterTimeline
        do {
            timeline = try search.timeline(request)
        } catch {
            throw CommandFailure(description: error.message)
        }
        if json {
            print(try JSONOutput.string(timeline))
        } else {
            print(TimelineCommand.render(timeline, width: width), terminator: "")
        }
    }

    /// The chart as lines: `1995 ████▌ 12`, a heading with the total and the undated letters, the notes.
    static func render(_ timeline: LetterTimeline, width: Int) -> String {
        let name = timeline.query.isEmpty ? "all letters" : "'\(timeline.query)'"
        var out = "\(name): \(timeline.total) letter\(timeline.total == 1 ? "" : "s")"
        if timeline.undated > 0 { out += ", \(timeline.undated) undated" }
        if timeline.relaxed { out += " (no letter has every word: letters with most words)" }
        out += "\n"
        for note in timeline.notes { out += "note: \(note)\n" }
        let peak = max(timeline.peak, 1)
        let countWidth = String(peak).count
        for bucket in timeline.buckets {
            let count = String(bucket.count)
            let bar = bar(bucket.count, of: peak, width: width)
            out += "\(bucket.year) \(String(repeating: " ", count: max(0, countWidth - count.count)))\(count)"
                + (bar.isEmpty ? "" : " " + bar) + "\n"
        }
        return out
    }

    /// A bar of `count` against `peak` in eighths of a character; a count above 0 shows at least a sliver.
    static func bar(_ count: Int, of peak: Int, width: Int) -> String {
        guard count > 0, peak > 0 else { return "" }
        let eighths = max(1, Int((Double(count) / Double(peak) * Double(width * 8)).rounded()))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }
}
