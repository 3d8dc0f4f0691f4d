/// Repairs raw letter text (PDF extraction, OCR, publication XML) before tokenizing and
/// entity tagging.
///
/// The steps, in order: ``CharacterFolding`` (NFC, quotes, dashes, ligatures, soft hyphens,
/// invisible characters), ``WhitespaceCollapser`` (lines, spaces), ``PageFurnitureDetector``
/// (footers, printer lines, running heads, page numbers), ``FootnoteMarkerRepair`` (markers
/// glued to words, footnote texts), ``ParagraphJoiner`` (wraps and page breaks, line-end
/// hyphens) and ``HyphenationRepair`` (words OCR split mid-line).
///
/// Normalization is lossy (the caller keeps the original) but never drops body words:
/// furniture and footnote texts move to ``NormalizedText/furniture`` and the end of the text.
///
/// ```swift
/// let normalized = TextNormalizer().normalize("Bin-\nnenlandse Zaken1\n\n1 Kamerstuk 32317, nr. 987")
/// // normalized.text == "Binnenlandse Zaken\n1 Kamerstuk 32317, nr. 987"
/// // normalized.footnotes == [Footnote(marker: "1", anchor: 18, text: "Kamerstuk 32317, nr. 987")]
/// ```
public struct TextNormalizer: Sendable {
    /// Creates a normalizer. It holds no state; one instance can serve every thread.
    public init() {}

    /// Normalizes one document.
    public func normalize(_ raw: String) -> NormalizedText {
        normalizeKeepingBytes(raw).normalized
    }

    /// Normalizes one document and hands back the UTF-8 bytes of its `text` too, so a caller
    /// that scans bytes (the entity profiler) need not copy them out of the string again.
    package func normalizeKeepingBytes(_ raw: String) -> (normalized: NormalizedText, bytes: [UInt8]) {
        let folded = CharacterFolding.fold(raw)
        var lines = WhitespaceCollapser.lines(folded)
        PageFurnitureDetector.mark(&lines)
        let notes = FootnoteMarkerRepair.repair(&lines)
        var paragraphs = ParagraphJoiner.paragraphs(lines)
        HyphenationRepair.repairMidLine(&paragraphs)
        let furniture = lines.filter { $0.role == .furniture }.map { String(decoding: $0.bytes, as: UTF8.self) }
        return assemble(paragraphs, notes: notes, furniture: furniture)
    }

    /// Joins paragraphs with `"\n"`, turns marker placeholders into anchors and appends the
    /// footnote texts.
    private func assemble(
        _ paragraphs: [[UInt8]], notes: FootnoteMarkerRepair.Result, furniture: [String]
    ) -> (normalized: NormalizedText, bytes: [UInt8]) {
        var out = [UInt8]()
        out.reserveCapacity(paragraphs.reduce(0) { $0 + $1.count + 1 } + 64)
        var footnotes = [Footnote]()
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { out.append(0x0A) }
            if notes.markers.isEmpty {
                out.append(contentsOf: paragraph)
                continue
            }
            var i = 0
            let n = paragraph.count
            while i < n {
                guard let open = paragraph[i...].firstIndex(of: NormalizerBytes.markerOpen) else {
                    out.append(contentsOf: paragraph[i...])
                    break
                }
                out.append(contentsOf: paragraph[i..<open])
                var k = open + 1
                while k < n, paragraph[k] != NormalizerBytes.markerClose { k += 1 }
                let marker = String(decoding: paragraph[(open + 1)..<k], as: UTF8.self)
                let text = Int(marker).flatMap { notes.texts[$0] }.map { String(decoding: $0, as: UTF8.self) }
                footnotes.append(Footnote(marker: marker, anchor: out.count, text: text))
                i = k + 1
            }
        }
        let bodyEnd = out.count
        for number in notes.markers {
            guard let text = notes.texts[number] else { continue }
            if !out.isEmpty { out.append(0x0A) }
            out.append(contentsOf: String(number).utf8)
            out.append(NormalizerBytes.space)
            out.append(contentsOf: text)
        }
        // Repairing invalid UTF-8 would make the text's bytes differ from `out`: then hand back the text's own.
        let valid = String(validating: out, as: UTF8.self)
        let text = valid ?? String(decoding: out, as: UTF8.self)
        let normalized = NormalizedText(
            text: text, furniture: furniture, footnotes: footnotes,
            bodyEnd: bodyEnd == out.count ? out.count : bodyEnd + 1)
        return (normalized, valid == nil ? Array(text.utf8) : out)
    }
}
