import DutchText
import Entities
import Foundation

/// One analyzed letter, ready to be written.
struct LetterRecord: Sendable {
    var file: CorpusFile
    var sha256: String
    var bytes: Int
    var kind: String
    var title: String
    var date: String?
    var text: String
    var furniture: String
    var sourceURL: String?
    var mentions: [Mention]
    var warning: String?
    /// Tokens of the title and text, analyzed on the worker; replayed by the writer's tokenizer.
    var titleTokens: TokenStream?
    var textTokens: TokenStream?

    /// Analyzes the title and text for the index on this (worker) thread.
    mutating func prepareTokens(with analyzers: AnalyzerPool) {
        analyzers.with { analyzer in
            titleTokens = analyzer.stream(title)
            textTokens = analyzer.stream(text)
        }
    }

    /// Makes the record of a read file from its profile.
    ///
    /// `metadata.jsonl` wins over what the file carries (publication XML, HTML), which wins over
    /// what the parser guessed.
    static func make(file: CorpusFile, text: LetterFileText, metadata jsonl: FileMetadata?, profile: LetterProfile) -> LetterRecord {
        var file = file
        file.format = text.format
        let metadata: FileMetadata? = text.metadata.isEmpty ? jsonl : text.metadata.underneath(jsonl)
        var kind = profile.header.kind
        if let type = text.metadata.documentType?.lowercased() {
            if type.hasPrefix("motie") { kind = .motie } else if type == "brief" { kind = .brief }
        }
        if let named = jsonl?.kind { kind = named }
        var mentions = profile.mentions
        if let dossier = metadata?.dossier.flatMap(DossierNumber.parse),
            !mentions.contains(where: {
                $0.kind == .dossier && $0.primary && ($0.key == dossier.key || $0.key.hasPrefix(dossier.key + "-"))
            })
        {
            mentions.append(Mention(
                kind: .dossier, key: dossier.key, label: dossier.key, start: nil, end: nil,
                surface: metadata?.dossier ?? dossier.key, primary: true))
        }
        let title = metadata?.title ?? (profile.header.title.isEmpty ? fallbackTitle(file) : profile.header.title)
        return LetterRecord(
            file: file, sha256: text.sha256, bytes: text.bytes, kind: kind.rawValue,
            title: title, date: metadata?.date ?? profile.date, text: profile.normalized.text,
            furniture: profile.normalized.furniture.joined(separator: "\n"), sourceURL: metadata?.sourceURL,
            mentions: mentions, warning: text.warning)
    }

    private static func fallbackTitle(_ file: CorpusFile) -> String {
        let name = file.name
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }
}
