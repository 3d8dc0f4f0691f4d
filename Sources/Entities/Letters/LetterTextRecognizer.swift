/// A recognizer that reads a letter as bytes and word spans, which ``LetterProfiler`` reads once
/// and shares; a lone text is read here.
protocol LetterTextRecognizer: EntityRecognizer {
    /// Mentions in text already read as bytes and words.
    func mentions(in text: LetterBytes, words: WordSpans, furniture: [String]) -> [Mention]
}

extension LetterTextRecognizer {
    /// Mentions in `text`, read as bytes and words first.
    func mentions(reading text: String, furniture: [String]) -> [Mention] {
        let bytes = LetterBytes(text)
        return mentions(in: bytes, words: WordSpans(bytes), furniture: furniture)
    }
}

extension Mention {
    /// A mention of `text[start..<end]`, with those offsets when it stands in the letter's
    /// text (`inText`) and without them in furniture.
    init(
        kind: EntityKind, key: String, label: String, in text: LetterBytes, _ start: Int, _ end: Int, inText: Bool,
        primary: Bool = false
    ) {
        self.init(
            kind: kind, key: key, label: label, start: inText ? start : nil, end: inText ? end : nil,
            surface: text.string(start, end), primary: primary)
    }
}
