/// Turns a heading printed in capitals into readable text:
/// "MOTIE VAN HET LID VAN DER PLAS C.S." → "Motie van het lid Van der Plas c.s.",
/// "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN" → "Brief van de minister van Buitenlandse Zaken".
/// Text that is not mostly capitals is returned unchanged.
enum HeadingCase {
    /// Words kept in lowercase inside a heading.
    private static let lowercaseWords: Set<String> = [
        "van", "de", "het", "der", "den", "des", "en", "of", "voor", "op", "in", "te", "ter", "ten",
        "met", "aan", "over", "tot", "bij", "om", "naar", "die", "dat", "onder", "door", "lid", "leden",
        "c.s.", "nr.", "nrs.", "vervanging", "gedrukt", "tijdens", "motie", "moties", "gewijzigde",
        "nader", "tweede", "brief", "brieven", "minister", "ministers", "staatssecretaris",
        "staatssecretarissen", "minister-president", "regering", "vragen", "vraag", "antwoord",
        "memorie", "toelichting", "nota", "verslag", "amendement", "voorstel", "wet", "heer",
        "mevrouw", "inzake", "betreffende", "houdende", "vaststelling", "wijziging", "goedkeuring",
    ]

    /// Surname particles, capitalized only at the start of a surname ("Van der Plas").
    private static let particles: Set<String> = ["van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "het", "op", "la", "le", "du", "d'"]

    /// Whether most letters of `text` are capitals.
    static func isShouting(_ text: String) -> Bool {
        var upper = 0
        var lower = 0
        var bytesLeft = text.utf8.count
        for c in text.unicodeScalars {
            let value = c.value
            if value < 0x80 {
                bytesLeft -= 1
                if value &- UInt32(ascii: "A") < 26 { upper += 1 } else if value &- UInt32(ascii: "a") < 26 { lower += 1 }
            } else {
                bytesLeft -= value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
                if c.properties.isAlphabetic {
                    if c.properties.isUppercase { upper += 1 } else if c.properties.isLowercase { lower += 1 }
                }
            }
            // Every letter still to come is at most one per byte: stop once capitals cannot win.
            if upper + bytesLeft <= lower * 4 { return false }
        }
        return upper >= 4 && upper > lower * 4
    }

    /// The readable form of `text` (see the type's summary).
    static func readable(_ text: String) -> String {
        guard isShouting(text) else { return singleSpaced(text) }
        let trimmed = text.split(separator: " ", omittingEmptySubsequences: true)
        var words: [String] = []
        var inName = false
        var nameStart = false
        for (k, raw) in trimmed.enumerated() {
            let word = String(raw)
            let lower = word.lowercased()
            let bare = lower.trimmingPunctuation()
            if inName, bare == "ter" || bare == "over" || bare == "tijdens" { inName = false }
            if k > 0, isRoman(word) {
                words.append(word)
                nameStart = false
                continue
            }
            if inName {
                if bare == "en" || bare == "c.s." {
                    words.append(lower)
                    nameStart = true
                    continue
                }
                if particles.contains(bare) {
                    words.append(nameStart ? capitalized(lower) : lower)
                    nameStart = false
                    continue
                }
                words.append(capitalized(lower))
                nameStart = word.hasSuffix(",")
                continue
            }
            if k > 0, lowercaseWords.contains(bare) {
                words.append(lower)
            } else {
                words.append(capitalized(lower))
            }
            if bare == "lid" || bare == "leden" {
                inName = true
                nameStart = true
            }
        }
        return words.joined(separator: " ")
    }

    /// The words of `text` joined by single spaces; `text` itself when it is already so.
    private static func singleSpaced(_ text: String) -> String {
        var previous: UInt8 = UInt8(ascii: " ")
        for b in text.utf8 {
            if b == UInt8(ascii: " "), previous == UInt8(ascii: " ") { return text.split(separator: " ").joined(separator: " ") }
            previous = b
        }
        if previous == UInt8(ascii: " ") { return text.split(separator: " ").joined(separator: " ") }
        return text
    }

    /// Each hyphen-separated part with an initial capital: "rikkers-oosterkamp" → "Rikkers-Oosterkamp".
    private static func capitalized(_ word: String) -> String {
        var bytes = Array(word.utf8)
        if bytes.allSatisfy({ $0 >= UInt8(ascii: " ") && $0 < 0x80 }) {
            // Plain ASCII, on bytes: the first byte of each hyphen-separated part raised.
            for k in bytes.indices where (k == 0 || bytes[k - 1] == UInt8(ascii: "-")) && bytes[k] &- UInt8(ascii: "a") < 26 {
                bytes[k] &= 0xDF
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return word.split(separator: "-", omittingEmptySubsequences: false)
            .map { part in part.isEmpty ? "" : part.prefix(1).uppercased() + part.dropFirst() }
            .joined(separator: "-")
    }

    /// "VI", "XVII" (budget chapters).
    private static func isRoman(_ word: String) -> Bool {
        // After its opening parentheses a numeral starts with I, V or X: most words fail on their first byte.
        guard let first = word.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "X") || first == UInt8(ascii: "(") else { return false }
        var letters = Substring(word.trimmingPunctuation())
        if letters.count > 2, letters.last == "A" || letters.last == "B" { letters = letters.dropLast() }  // "IXB"
        return !letters.isEmpty && letters.count <= 6 && letters.allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" }
    }
}

extension String {
    /// The string without leading and trailing punctuation other than full stops inside
    /// ("c.s." keeps its stops; "ZAKEN," loses the comma).
    fileprivate func trimmingPunctuation() -> String {
        var s = Substring(self)
        while let last = s.last, last == "," || last == ";" || last == ":" || last == ")" { s = s.dropLast() }
        while let first = s.first, first == "(" { s = s.dropFirst() }
        return String(s)
    }
}
