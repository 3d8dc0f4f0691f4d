import Foundation
import LetterIndex

/// Renders results for people: colour highlights on a terminal, `**word**` otherwise.
struct TerminalRenderer {
    var colour: Bool

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// The snippet with its highlights marked.
    func highlighted(_ snippet: String, _ highlights: [[Int]]) -> String {
        let scalars = Array(snippet.unicodeScalars)
        var out = String.UnicodeScalarView()
        var cursor = 0
        for range in highlights where range.count == 2 && range[0] >= cursor && range[1] <= scalars.count && range[0] < range[1] {
            out.append(contentsOf: scalars[cursor..<range[0]])
            let word = String(String.UnicodeScalarView(scalars[range[0]..<range[1]]))
            let marked = colour ? "\u{1B}[1;33m\(word)\u{1B}[0m" : "**\(word)**"
            out.append(contentsOf: marked.unicodeScalars)
            cursor = range[1]
        }
        out.append(contentsOf: scalars[cursor...])
        return String(out)
    }

    func render(_ response: SearchResponse) -> String {
        var lines: [String] = []
        var header = "\(response.total) letter\(response.total == 1 ? "" : "s")"
        if response.relaxed { header += " (not every word matched: letters matching most words)" }
        lines.append(header)
        for note in response.notes { lines.append(dim("note: \(note)")) }
        if !response.suggestions.isEmpty {
            lines.append("did you mean: " + response.suggestions.joined(separator: ", "))
        }
        for (index, hit) in response.results.enumerated() {
            lines.append("")
            let number = response.offset + index + 1
            lines.append("\(number). " + bold(hit.title))
            var meta = [hit.id, hit.kind]
            if let date = hit.date { meta.append(date) }
            let countries = hit.entities.filter { $0.kind == "country" }.prefix(6).map(\.key)
            if !countries.isEmpty { meta.append("landen: " + countries.joined(separator: " ")) }
            lines.append("   " + dim(meta.joined(separator: " · ")))
            if !hit.snippet.isEmpty {
                lines.append("   " + highlighted(hit.snippet, hit.highlights))
            }
            if let explanation = hit.explanation {
                lines += explained(explanation).map { "   " + dim($0) }
            }
        }
        if response.total > response.offset + response.results.count {
            lines.append("")
            lines.append(dim("more: --offset \(response.offset + response.results.count)"))
        }
        return lines.joined(separator: "\n")
    }

    /// A score taken apart, one line per part: `score 12.345 = (4.1 + 2.0) × coverage 3/4 0.875 × entities 1.25`.
    func explained(_ explanation: ScoreExplanation) -> [String] {
        var total = "score " + decimal(explanation.score) + " = "
        total += explanation.parts.isEmpty ? "0" : "(" + explanation.parts.map { decimal($0.score) }.joined(separator: " + ") + ")"
        if explanation.coverage != 1 {
            total += " × words \(explanation.wordsMatched)/\(explanation.words) " + decimal(explanation.coverage)
        }
        if explanation.entityBoost != 1 {
            total += " × " + explanation.entities.joined(separator: ", ") + " " + decimal(explanation.entityBoost)
        }
        var lines = [total]
        for part in explanation.parts {
            let role = part.role == "proximity" ? " (in \"\(part.word)\" together)" : part.role == "part" ? " (part of \(part.word))" : ""
            lines.append("  \(decimal(part.score))  \(part.phrase)\(role): weight \(decimal(part.weight)), "
                + "title \(part.inTitle), text \(part.inText)")
        }
        return lines
    }

    private func decimal(_ value: Double) -> String { String(format: "%.3f", value) }

    func render(_ response: SimilarLettersResponse) -> String {
        var lines = ["\(response.results.count) letter\(response.results.count == 1 ? "" : "s") like \(response.id)"]
        for (index, letter) in response.results.enumerated() {
            lines.append("")
            lines.append("\(index + 1). " + bold(letter.title))
            lines.append("   " + dim([letter.id, letter.date ?? "no date", "score " + String(format: "%.3f", letter.score)]
                .joined(separator: " · ")))
            var why: [String] = []
            if !letter.reasons.dossiers.isEmpty { why.append("same dossier " + letter.reasons.dossiers.map(\.label).joined(separator: ", ")) }
            if !letter.reasons.terms.isEmpty { why.append("words: " + letter.reasons.terms.joined(separator: ", ")) }
            if !letter.reasons.entities.isEmpty {
                why.append("both name: " + letter.reasons.entities.map { "\($0.kind):\($0.label)" }.joined(separator: ", "))
            }
            if !why.isEmpty { lines.append("   " + why.joined(separator: " · ")) }
        }
        return lines.joined(separator: "\n")
    }

    func render(_ letter: LetterDetail) -> String {
        var lines = [bold(letter.title), dim([letter.id, letter.kind, letter.date ?? "no date"].joined(separator: " · "))]
        if let url = letter.sourceURL { lines.append(dim(url)) }
        let entities = letter.entities.prefix(20).map { "\($0.kind):\($0.label)" }
        if !entities.isEmpty { lines.append(dim(entities.joined(separator: ", "))) }
        lines.append("")
        lines.append(letter.text)
        return lines.joined(separator: "\n")
    }

    func render(_ report: LetterReport) -> String {
        var lines = [
            "title      \(report.title)", "kind       \(report.kind)", "date       \(report.date ?? "-")",
            "countries  " + report.countries.map { "\($0.code) \($0.name) (\($0.mentions))" }.joined(separator: ", "),
            "ministers  " + report.ministers.map { "\($0.role)\($0.name.map { " (\($0))" } ?? "")\($0.signer ? " [signs]" : "")" }
                .joined(separator: "; "),
            "dossiers   " + report.dossiers.map { $0 == report.ownDossier ? "\($0) (own)" : $0 }.joined(separator: ", "),
        ]
        if !report.persons.isEmpty { lines.append("persons    " + report.persons.map(\.label).joined(separator: ", ")) }
        if !report.organisations.isEmpty { lines.append("orgs       " + report.organisations.map(\.label).joined(separator: ", ")) }
        if !report.toezeggingen.isEmpty { lines.append("toezegging " + report.toezeggingen.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
