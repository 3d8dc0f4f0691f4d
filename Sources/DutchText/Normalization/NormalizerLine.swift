/// One line of a document while ``TextNormalizer`` repairs it: its UTF-8 bytes (spaces
/// collapsed, trimmed) and what the steps decided it is.
struct NormalizerLine: Sendable {
    /// What a line is.
    enum Role: Sendable, Equatable {
        /// Running text.
        case body
        /// An empty line: a paragraph break in the source.
        case blank
        /// A page header, footer or printer line, moved to ``NormalizedText/furniture``.
        case furniture
        /// A footnote text, moved to the end of the text.
        case footnote
    }

    var bytes: [UInt8]
    var role: Role

    /// Whether the line was taken out of the running text (furniture or footnote): a page
    /// break the paragraph joiner may cross.
    var isRemoved: Bool { role == .furniture || role == .footnote }
}
