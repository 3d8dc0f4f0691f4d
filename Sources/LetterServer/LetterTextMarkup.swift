import LetterIndex

/// A letter's normalized text as HTML: escaped, each entity mention wrapped in a link to its entity page.
///
/// Mentions carry UTF-8 byte ranges into the text. Ranges that are out of bounds, not on a character
/// boundary, or overlap an earlier mention are left unmarked rather than breaking the markup.
///
/// With `paragraphs`, each line of the text becomes a `<p>` (a line break inside a mention becomes a space,
/// so links never straddle paragraphs).
///
/// ```swift
/// LetterTextMarkup.html(text: letter.text, mentions: letter.mentions)
/// // "… de <a class=\"m m-country\" href=\"/entiteit/country/CY\" title=\"land: Cyprus\">Cyprus</a> …"
/// ```
enum LetterTextMarkup {
    /// The marked-up text; `promises` (see ``PromiseMarks``) are wrapped in `<mark class="promise">`.
    static func html(text: String, mentions: [MentionDetail], paragraphs: Bool = false, promises: [PromiseMarks.Mark] = []) -> String {
        let bytes = Array(text.utf8)
        let marked = mentions.compactMap { mention -> (Range<Int>, MentionDetail)? in
            guard let start = mention.start, let end = mention.end, start >= 0, start < end, end <= bytes.count,
                isBoundary(start, in: bytes), isBoundary(end, in: bytes)
            else { return nil }
            return (start..<end, mention)
        }.sorted { $0.0.lowerBound != $1.0.lowerBound ? $0.0.lowerBound < $1.0.lowerBound : $0.0.upperBound > $1.0.upperBound }
        var output = ""
        output.reserveCapacity(bytes.count + marked.count * 80)
        var position = 0
        let marks = PromiseMarks(promises, bytes: bytes, mentions: marked.map(\.0))
        let piece = { (slice: ArraySlice<UInt8>) in plain(slice, paragraphs: paragraphs) }
        // The target of the commitments list's links: a toezegging's marked sentence, else its number's first mention.
        var anchored = marks.ids
        for (range, mention) in marked where range.lowerBound >= position {
            output += marks.text(position..<range.lowerBound, of: bytes, piece: piece)
            let title = "\(EntityKindName.singular(mention.kind)): \(mention.label)"
            let anchor = mention.kind == "toezegging" && anchored.insert(Commitment.anchor(mention.key)).inserted
                ? " id=\"\(HTMLText.escape(Commitment.anchor(mention.key)))\"" : ""
            output += "<a class=\"m m-\(HTMLText.escape(mention.kind))\"\(anchor) href=\""
                + HTMLText.escape(WebLinks.entity(kind: mention.kind, key: mention.key))
                + "\" title=\"\(HTMLText.escape(title))\">"
            let surface = HTMLText.escape(String(decoding: bytes[range], as: UTF8.self))
            output += paragraphs ? surface.replacingOccurrences(of: "\n", with: " ") : surface
            output += "</a>"
            position = range.upperBound
        }
        output += marks.text(position..<bytes.count, of: bytes, piece: piece)
        return paragraphs ? "<p>" + output + "</p>" : output
    }

    /// Text between mentions, escaped; with `paragraphs`, line ends close one paragraph and open the next.
    private static func plain(_ bytes: ArraySlice<UInt8>, paragraphs: Bool) -> String {
        let escaped = HTMLText.escape(String(decoding: bytes, as: UTF8.self))
        return paragraphs ? escaped.replacingOccurrences(of: "\n", with: "</p>\n<p>") : escaped
    }

    /// Whether `offset` starts a character (or is the end): not inside a UTF-8 sequence.
    private static func isBoundary(_ offset: Int, in bytes: [UInt8]) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
