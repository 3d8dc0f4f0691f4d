import Foundation

/// Reads web pages (officielebekendmakingen and the like): the text of the document, one paragraph
/// a line, without navigation, scripts, styles, forms or page chrome; metadata from `<meta>`,
/// `<title>` and the canonical link.
///
/// When the page marks its document (`id="broodtekst"`, `<main>`, `<article>`, `role="main"`),
/// only that part is read.
///
/// ```swift
/// let document = try HTMLReader().read(Data(page.utf8), url: url)
/// ```
public struct HTMLReader: LetterReader {
    public let format = "html"

    /// An HTML reader.
    public init() {}

    public func read(_ data: Data, url: URL) throws(SkipReason) -> LetterDocument {
        let (source, warnings) = try TextDecoding.decode(data)
        var extractor = HTMLTextExtractor(Array(source.unicodeScalars))
        extractor.run()
        return try LetterDocument(
            text: extractor.text, metadata: extractor.metadata, format: format, warnings: warnings
        ).requiringText()
    }
}

/// One pass over the markup: a tolerant tokenizer and what to keep.
struct HTMLTextExtractor {
    /// Elements whose content is never text of the document.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "form", "button", "select",
        "dialog", "menu", "iframe", "object", "canvas", "audio", "video", "head",
    ]
    /// Page chrome, skipped outside the document's own part.
    static let chrome: Set<String> = ["header", "footer"]
    /// Elements that hold raw text up to their end tag.
    static let raw: Set<String> = ["script", "style", "title", "textarea", "xmp", "noembed", "noframes", "iframe"]
    /// Elements without an end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Elements that run inside a line.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del", "label", "img",
        "nobr", "tt", "big", "strike",
    ]
    /// Roles and class or id words of navigation and chrome.
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "menubar", "menu", "toolbar", "complementary", "dialog",
    ]
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "skiplink", "skiplinks", "skip-link",
        "cookie", "cookies", "cookiebar", "sidebar", "share", "social", "toolbar", "pagination", "site-header",
        "site-footer",
    ]

    private let source: [Unicode.Scalar]
    private var index = 0
    private var all = ParagraphText()
    private var main = ParagraphText()
    /// The element being skipped and how deep it nests in itself.
    private var skipping: (name: String, depth: Int)?
    /// The element that holds the document, and how deep it nests in itself.
    private var mainElement: (name: String, depth: Int)?
    private var sawMain = false
    private var titleTag: String?
    private(set) var metadata = DocumentMetadata()

    init(_ source: [Unicode.Scalar]) {
        self.source = source
    }

    /// The document's text: its own part when marked, else the whole page.
    var text: String {
        let mainText = main.result
        return sawMain && !mainText.isEmpty ? mainText : all.result
    }

    mutating func run() {
        while index < source.count {
            if source[index] == "<" {
                tag()
            } else {
                let start = index
                while index < source.count, source[index] != "<" { index += 1 }
                addText(String(String.UnicodeScalarView(source[start..<index])))
            }
        }
        if metadata.title == nil, var title = titleTag.map(DocumentMetadata.clean), !title.isEmpty {
            if let bar = title.range(of: " | ", options: .backwards) { title = String(title[..<bar.lowerBound]) }
            metadata.title = title
        }
    }

    private mutating func addText(_ raw: String) {
        guard skipping == nil else { return }
        let text = HTMLEntities.decode(raw)
        all.append(text)
        if mainElement != nil { main.append(text) }
    }

    private mutating func breakLine() {
        guard skipping == nil else { return }
        all.breakLine()
        if mainElement != nil { main.breakLine() }
    }

    private mutating func tag() {
        if starts(with: "<!--") {
            index = find("-->", from: index + 4).map { $0 + 3 } ?? source.count
            return
        }
        guard index + 1 < source.count else { index += 1; addText("<"); return }
        let next = source[index + 1]
        if next == "!" || next == "?" {
            index = find(">", from: index).map { $0 + 1 } ?? source.count
            return
        }
        let closing = next == "/"
        var cursor = index + (closing ? 2 : 1)
        guard cursor < source.count, source[cursor].isASCII, source[cursor].properties.isAlphabetic else {
            index += 1
            addText("<")
            return
        }
        var name = ""
        while cursor < source.count, isNameScalar(source[cursor]) {
            name.unicodeScalars.append(source[cursor])
            cursor += 1
        }
        name = name.lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        // Attributes, with quoted values that may hold `>`.
        while cursor < source.count, source[cursor] != ">" {
            let scalar = source[cursor]
            if scalar == "/" { selfClosing = true; cursor += 1; continue }
            if scalar.properties.isWhitespace { cursor += 1; continue }
            selfClosing = false
            var key = ""
            while cursor < source.count, source[cursor] != "=", source[cursor] != ">", source[cursor] != "/",
                !source[cursor].properties.isWhitespace
            {
                key.unicodeScalars.append(source[cursor])
                cursor += 1
            }
            while cursor < source.count, source[cursor].properties.isWhitespace { cursor += 1 }
            var value = ""
            if cursor < source.count, source[cursor] == "=" {
                cursor += 1
                while cursor < source.count, source[cursor].properties.isWhitespace { cursor += 1 }
                if cursor < source.count, source[cursor] == "\"" || source[cursor] == "'" {
                    let quote = source[cursor]
                    cursor += 1
                    while cursor < source.count, source[cursor] != quote {
                        value.unicodeScalars.append(source[cursor])
                        cursor += 1
                    }
                    cursor += 1
                } else {
                    while cursor < source.count, source[cursor] != ">", !source[cursor].properties.isWhitespace {
                        value.unicodeScalars.append(source[cursor])
                        cursor += 1
                    }
                }
            }
            if !key.isEmpty { attributes[key.lowercased()] = HTMLEntities.decode(value) }
            if key.isEmpty { cursor += 1 }
        }
        index = min(cursor + 1, source.count)
        if closing {
            end(name)
        } else {
            begin(name, attributes: attributes, selfClosing: selfClosing)
        }
    }

    private mutating func begin(_ name: String, attributes: [String: String], selfClosing: Bool) {
        if name == "meta" {
            if let key = attributes["name"] ?? attributes["property"], let content = attributes["content"] {
                metadata.take(name: key, scheme: attributes["scheme"], content: content)
            }
            return
        }
        if name == "link", attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"],
            href.hasPrefix("http://") || href.hasPrefix("https://")
        {
            metadata.sourceURL = metadata.sourceURL ?? href
            return
        }
        if Self.raw.contains(name) {
            let contentStart = index
            let close = findEndTag(name, from: index)
            let content = String(String.UnicodeScalarView(source[contentStart..<(close ?? source.count)]))
            index = close.map { closeIndex in find(">", from: closeIndex).map { $0 + 1 } ?? source.count } ?? source.count
            if name == "title" {
                if titleTag == nil { titleTag = HTMLEntities.decode(content) }
            } else if name == "textarea" || name == "xmp" {
                addText(content)
            }
            return
        }
        if Self.void.contains(name) || selfClosing {
            if name == "br" || name == "hr" { breakLine() }
            return
        }
        if name == "body", skipping?.name == "head" { skipping = nil }
        if let current = skipping {
            if current.name == name { skipping!.depth += 1 }
            return
        }
        if mainElement?.name == name { mainElement!.depth += 1 }
        if isSkipped(name, attributes: attributes) {
            breakLine()
            skipping = (name, 1)
            return
        }
        if mainElement == nil, isDocument(name, attributes: attributes) {
            breakLine()
            mainElement = (name, 1)
            sawMain = true
        }
        if name == "pre" { all.preformatted = true; main.preformatted = mainElement != nil }
        if !Self.inline.contains(name) { breakLine() }
    }

    private mutating func end(_ name: String) {
        if let current = skipping {
            if current.name == name {
                skipping!.depth -= 1
                if skipping!.depth == 0 { skipping = nil }
            }
            return
        }
        if !Self.inline.contains(name) { breakLine() }
        if name == "pre" { all.preformatted = false; main.preformatted = false }
        if let current = mainElement, current.name == name {
            mainElement!.depth -= 1
            if mainElement!.depth == 0 {
                main.breakLine()
                mainElement = nil
            }
        }
    }

    private func isSkipped(_ name: String, attributes: [String: String]) -> Bool {
        if Self.skipped.contains(name) { return true }
        if mainElement == nil, Self.chrome.contains(name) { return true }
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = attributes["role"]?.lowercased(), Self.chromeRoles.contains(role) { return true }
        let words = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        return words.contains { word in
            Self.chromeWords.contains(String(word))
                || (mainElement == nil && (word == "header" || word == "footer"))
        }
    }

    private func isDocument(_ name: String, attributes: [String: String]) -> Bool {
        if name == "main" || name == "article" { return true }
        if attributes["role"]?.lowercased() == "main" { return true }
        let id = attributes["id"]?.lowercased()
        return id == "broodtekst" || id == "main-content" || id == "maincontent"
    }

    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
            || scalar == ":" || scalar == "_" || scalar == ".")
    }

    private func starts(with prefix: String) -> Bool {
        var cursor = index
        for scalar in prefix.unicodeScalars {
            guard cursor < source.count, source[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var cursor = start
        while cursor + pattern.count <= source.count {
            if source[cursor] == pattern[0], source[cursor..<(cursor + pattern.count)].elementsEqual(pattern) {
                return cursor
            }
            cursor += 1
        }
        return nil
    }

    /// The index of `</name` (any case) at or after `start`.
    private func findEndTag(_ name: String, from start: Int) -> Int? {
        let pattern = Array(("</" + name).unicodeScalars)
        var cursor = start
        while cursor + pattern.count <= source.count {
            if source[cursor] == "<", cursor + 1 < source.count, source[cursor + 1] == "/" {
                var matches = true
                for offset in 2..<pattern.count where
                    Unicode.Scalar(UInt8(truncatingIfNeeded: source[cursor + offset].value) | 0x20) != pattern[offset]
                    || !source[cursor + offset].isASCII
                {
                    matches = false
                    break
                }
                if matches { return cursor }
            }
            cursor += 1
        }
        return nil
    }
}
