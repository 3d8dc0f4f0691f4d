import DutchText

/// Everything the indexer learns from one letter: its repaired text, header and entity mentions.
public struct LetterProfile: Sendable {
    /// The normalized text (what is indexed and shown) with its furniture and footnotes.
    public var normalized: NormalizedText
    /// Kind, title and date.
    public var header: LetterHeader
    /// Every mention found, offsets into `normalized.text`.
    public var mentions: [Mention]

    /// The letter's date as `yyyy-mm-dd`, if known.
    public var date: String? { header.date?.iso }
}

/// Runs the whole analysis of one letter: normalizer, header parser, every recognizer.
///
/// ```swift
/// let profile = LetterProfiler().profile(of: rawText, fileName: "kst-34104-439.txt")
/// profile.header.kind // .motie
/// ```
public struct LetterProfiler: Sendable {
    private let normalizer = TextNormalizer()
    private let headerParser = LetterHeaderParser()
    private let recognizers: [any EntityRecognizer]

    /// A profiler with every recognizer of the module.
    public init() {
        recognizers = [
            CountryRecognizer(), MinisterRecognizer(), PersonRecognizer(), DossierRecognizer(),
            ToezeggingRecognizer(), OrganisationRecognizer(), DateRecognizer(),
        ]
    }

    /// Profiles raw letter text; `fileName` helps tell the kind (e.g. `kst-…` moties).
    public func profile(of raw: String, fileName: String? = nil) -> LetterProfile {
        let normalized = normalizer.normalize(raw)
        var header = headerParser.parse(normalized.text, fileName: fileName)
        var mentions: [Mention] = []
        for recognizer in recognizers {
            mentions += recognizer.mentions(in: normalized.text, furniture: normalized.furniture)
        }
        if header.date == nil,
            let own = mentions.first(where: { $0.kind == .date && $0.primary }),
            let date = DutchDate.parse(own.key)
        {
            header.date = date
        }
        return LetterProfile(normalized: normalized, header: header, mentions: mentions)
    }
}
