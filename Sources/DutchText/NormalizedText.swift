/// The result of ``TextNormalizer/normalize(_:)``: the searchable body, the page furniture
/// taken out of it, and the footnotes split off words.
///
/// `text` holds one paragraph per line: paragraphs are separated by a single `"\n"`, lines
/// wrapped by a PDF or broken by a page are joined, and whitespace is collapsed. The footnote
/// texts that were found follow the body, one per line as `"1 Kamerstukken II, …"`, starting at
/// ``bodyEnd``.
///
/// The masthead at the start of a document (`Tweede Kamer der Staten-Generaal` /
/// `Vergaderjaar 1994-1995` / `17 050` / `Nr. 190`) stays in `text`, so the entity tagger
/// finds the dossier with offsets; only the lone Kamer number under it ("2") goes to
/// `furniture`. Page footers (`Tweede Kamer, vergaderjaar 1994-1995, 17 050, nr. 190`),
/// printer lines (`ISSN 0921 7371 SDU uitgeverij`), running heads, `Pagina 2 van 12` and
/// repeated per-page header lines (`Datum …`, `Onze referentie …`) go to `furniture`.
public struct NormalizedText: Sendable {
    /// The searchable body: what is indexed, tagged and shown in snippets.
    public var text: String
    /// Page headers, footers and printer lines removed from `text`, in document order.
    public var furniture: [String]
    /// Footnote markers split off words, in marker order, linked to their text when found.
    public var footnotes: [Footnote]
    /// UTF-8 byte offset in `text` where the body ends and the footnote lines begin
    /// (`text.utf8.count` when no footnote text was found).
    public var bodyEnd: Int

    /// Creates a normalized text.
    public init(text: String, furniture: [String] = [], footnotes: [Footnote] = [], bodyEnd: Int? = nil) {
        self.text = text
        self.furniture = furniture
        self.footnotes = footnotes
        self.bodyEnd = bodyEnd ?? text.utf8.count
    }
}

/// A footnote marker that was glued to a word (`Nederland1`, `Brussel.1`).
///
/// ```swift
/// Footnote(marker: "1", anchor: 312, text: "Kamerstukken II, 2025-2026, 32317, nr. 987.")
/// ```
public struct Footnote: Sendable, Hashable {
    /// The marker as printed: `"1"`.
    public var marker: String
    /// UTF-8 byte offset in `text` where the marker stood: just after the word that carried it
    /// (after the period for `Brussel.1`).
    public var anchor: Int
    /// The footnote's text without its number, when the document has it.
    public var text: String?

    /// Creates a footnote.
    public init(marker: String, anchor: Int, text: String?) {
        self.marker = marker
        self.anchor = anchor
        self.text = text
    }
}
