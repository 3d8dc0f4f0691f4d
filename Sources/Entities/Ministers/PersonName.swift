/// Dutch personal names as printed in parliamentary papers: recognizing a name line
/// ("mr. A.C.L. Rutte", "J. LUNS."), the surname ("Van Weel"), normal capitalization of
/// names printed in capitals ("VAN DER PLAS" → "Van der Plas") and the search key.
enum PersonName {
    /// Name particles, written lowercase inside a name ("Diederik van Dijk").
    static let particles: Set<String> = [
        "van", "de", "der", "den", "ter", "ten", "tot", "te", "het", "in", "t", "'t", "op", "la", "le", "du", "d'",
        "von", "vd", "zu", "di", "da", "del", "della", "dos", "das",
    ]

    /// Academic and other titles dropped before a name.
    static let titles: Set<String> = [
        "mr", "mr.", "drs", "drs.", "dr", "dr.", "prof", "prof.", "ir", "ir.", "ing", "ing.", "ds", "ds.", "jhr",
        "jhr.", "jkvr", "jkvr.", "mgr", "mgr.", "bc.", "ba", "msc", "ma", "ll.m.", "mba", "kol.", "gen.",
    ]

    /// The tokens of a name line, or nil when the line does not look like a name: initials,
    /// capitalized words and particles only, at most eight tokens, at least one capitalized word.
    static func nameTokens(_ line: Substring) -> [Substring]? {
        var text = line.trimming(" \t\r,;")
        while text.hasSuffix(".") && !lastTokenIsInitial(text) { text.removeLast() }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
        guard !tokens.isEmpty, tokens.count <= 8 else { return nil }
        var kept: [Substring] = []
        var hasSurname = false
        for token in tokens {
            let lower = token.lowercased()
            if kept.isEmpty && titles.contains(lower) { continue }
            if isInitials(token) {
                kept.append(token)
                continue
            }
            if particles.contains(lower) || lower.hasPrefix("d'") && token.count > 2 && isCapitalizedWord(token.dropFirst(2)) {
                kept.append(token)
                if !particles.contains(lower) { hasSurname = true }
                continue
            }
            guard isCapitalizedWord(token) else { return nil }
            kept.append(token)
            hasSurname = true
        }
        guard hasSurname else { return nil }
        return kept
    }

    /// A cheap test on the bytes of a line: `false` only when ``nameTokens(_:)`` surely finds no
    /// name, because the line holds an ASCII digit or more than eight words with letters.
    static func mayBeNameLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        mayBeNameLine(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// ``mayBeNameLine(_:_:_:)`` for the UTF-8 bytes of a line.
    static func mayBeNameLine(_ line: some Sequence<UInt8>) -> Bool {
        var words = 0
        var inWord = false
        var wordHasLetter = false
        for b in line {
            if b &- UInt8(ascii: "0") < 10 { return false }
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") {
                if inWord && wordHasLetter { words += 1 }
                inWord = false
                wordHasLetter = false
            } else {
                inWord = true
                if (b | ASCII.caseBit) &- UInt8(ascii: "a") < 26 || b >= 0x80 { wordHasLetter = true }
            }
        }
        if inWord && wordHasLetter { words += 1 }
        return words <= 8
    }

    /// The surname of a printed name, in normal capitalization with a capital first letter:
    /// "D.M. van Weel" → "Van Weel", "Foort van Oosten" → "Van Oosten", "J. DE QUAY." → "De Quay".
    static func surname(_ tokens: [Substring]) -> String {
        var rest = tokens[...]
        if let lastInitial = tokens.lastIndex(where: isInitials) {
            rest = tokens[(lastInitial + 1)...]
        } else if tokens.count >= 2, !particles.contains(tokens[0].lowercased()), tokens.count >= 2 {
            // A given name first: "Foort van Oosten", "Diederik van Dijk".
            rest = tokens[1...]
        }
        if rest.isEmpty { rest = tokens[(tokens.count - 1)...] }
        return display(rest.joined(separator: " "))
    }

    /// A name in normal capitalization. Names printed in capitals are recased; the first letter
    /// is always a capital ("van der Plas" as a bare surname becomes "Van der Plas").
    static func display(_ name: String) -> String {
        var letterCount = 0
        var lowercaseCount = 0
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let lower = scalar.value | UInt32(ASCII.caseBit)
                if lower >= UInt32(ascii: "a") && lower <= UInt32(ascii: "z") { letterCount += 1 }
                if scalar.value >= UInt32(ascii: "a") && scalar.value <= UInt32(ascii: "z") { lowercaseCount += 1 }
            } else if scalar.properties.isAlphabetic {
                letterCount += 1
                if scalar.properties.isLowercase { lowercaseCount += 1 }
            }
        }
        var words = name.split(separator: " ").map(String.init)
        if lowercaseCount == 0 && letterCount > 1 {
            words = words.enumerated().map { index, word in
                let lower = word.lowercased()
                if index > 0 && particles.contains(lower) { return lower }
                return capitalizeParts(lower)
            }
        }
        guard var first = words.first else { return name }
        first = first.prefix(1).uppercased() + first.dropFirst()
        words[0] = first
        return words.joined(separator: " ")
    }

    /// The search key of a name: folded lowercase, "Rikkers-Oosterkamp" → "rikkers-oosterkamp".
    static func key(_ name: String) -> String {
        MinisterText.folded(name)
    }

    /// "rikkers-oosterkamp" → "Rikkers-Oosterkamp", "d'ancona" → "d'Ancona".
    private static func capitalizeParts(_ word: String) -> String {
        if let ascii = asciiBytes(word) {
            // The same for plain ASCII, on bytes: a letter after the start or a hyphen is raised.
            var bytes = ascii
            var capitalizeNext = true
            for k in bytes.indices {
                let b = bytes[k]
                if capitalizeNext && isASCIILetter(b) {
                    bytes[k] = b & ~ASCII.caseBit
                    capitalizeNext = false
                }
                if b == UInt8(ascii: "-") { capitalizeNext = true }
            }
            if bytes.count > 2, bytes[0] | ASCII.caseBit == UInt8(ascii: "d"), bytes[1] == UInt8(ascii: "'") {  // "d'ancona" → "d'Ancona"
                bytes[0] = UInt8(ascii: "d")
                if isASCIILetter(bytes[2]) { bytes[2] &= 0xDF }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var capitalizeNext = true
        for ch in word {
            if capitalizeNext && ch.isLetter {
                out += ch.uppercased()
                capitalizeNext = false
            } else {
                out.append(ch)
            }
            if ch == "-" { capitalizeNext = true }
        }
        if out.lowercased().hasPrefix("d'") && out.count > 2 {
            let index = out.index(out.startIndex, offsetBy: 2)
            out = "d'" + out[index...].prefix(1).uppercased() + out[index...].dropFirst()
        }
        return out
    }

    /// "A.", "A.C.L.", "B.-J.", "IJ.", "Th.", "Chr." — initials with periods.
    static func isInitials(_ token: Substring) -> Bool {
        if let ascii = asciiBytes(token) {
            // The same for plain ASCII, on bytes.
            guard ascii.last == UInt8(ascii: "."), ascii[0] &- UInt8(ascii: "A") < 26 else { return false }
            var runStart = 0
            for (k, b) in ascii.enumerated() {
                if isASCIILetter(b) { continue }
                guard b == UInt8(ascii: ".") || b == UInt8(ascii: "-") else { return false }
                if k > runStart && !isInitialRun(ascii[runStart..<k]) { return false }
                runStart = k + 1
            }
            return true
        }
        guard token.hasSuffix("."), let first = token.first, first.isUppercase else { return false }
        var run = ""
        for ch in token {
            if ch.isLetter {
                run.append(ch)
            } else if ch == "." || ch == "-" {
                if !run.isEmpty && !isInitialRun(run) { return false }
                run = ""
            } else {
                return false
            }
        }
        return true
    }

    /// ``isInitialRun(_:)`` for ASCII letters.
    private static func isInitialRun(_ run: ArraySlice<UInt8>) -> Bool {
        let r = Array(run)
        switch r.count {
        case 1: return r[0] &- UInt8(ascii: "A") < 26
        // "Th", and in a signature in capitals "TH", "CH", "PH" ("TH. H. BOT.").
        case 2:
            return MinisterText.equals(r, "IJ") || MinisterText.equals(r, "TH") || MinisterText.equals(r, "CH") || MinisterText.equals(r, "PH")
                || (r[0] &- UInt8(ascii: "A") < 26 && r[1] &- UInt8(ascii: "a") < 26)
        case 3: return MinisterText.equals(r, "Chr") || MinisterText.equals(r, "Joh") || MinisterText.equals(r, "Jac")
        default: return false
        }
    }

    private static func isInitialRun(_ run: String) -> Bool {
        switch run.count {
        case 1: return run.first!.isUppercase
        case 2: return ["IJ", "TH", "CH", "PH"].contains(run) || (run.first!.isUppercase && run.last!.isLowercase)
        case 3: return run == "Chr" || run == "Joh" || run == "Jac"
        default: return false
        }
    }

    /// A word starting with a capital, made of letters, hyphens and apostrophes ("Rikkers-Oosterkamp").
    static func isCapitalizedWord(_ token: Substring) -> Bool {
        if let ascii = asciiBytes(token) {
            // The same for plain ASCII, on bytes.
            guard let first = ascii.first, first &- UInt8(ascii: "A") < 26, let last = ascii.last, isASCIILetter(last) else { return false }
            var letters = 0
            for b in ascii {
                if isASCIILetter(b) {
                    letters += 1
                } else if b != UInt8(ascii: "-") && b != UInt8(ascii: "'") {
                    return false
                }
            }
            return letters >= 2
        }
        guard let first = token.first, first.isUppercase, first.isLetter else { return false }
        var letters = 0
        for ch in token {
            if ch.isLetter {
                letters += 1
            } else if ch != "-" && ch != "'" && ch != "’" {
                return false
            }
        }
        return letters >= 2 && token.last?.isLetter == true
    }

    /// Whether `text` holds a lowercase letter (`Character.isLowercase`), on bytes for ASCII.
    static func hasLowercase<Text: StringProtocol>(_ text: Text) -> Bool {
        if let ascii = asciiBytes(text) { return ascii.contains { $0 &- UInt8(ascii: "a") < 26 } }
        return text.contains(where: \.isLowercase)
    }

    /// The bytes of `text` when it is all printable ASCII (where a character is one byte), else `nil`.
    @inline(__always)
    private static func asciiBytes<Text: StringProtocol>(_ text: Text) -> [UInt8]? {
        let bytes = Array(text.utf8)
        for b in bytes where b >= 0x80 || b < UInt8(ascii: " ") { return nil }
        return bytes
    }

    @inline(__always)
    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | ASCII.caseBit) &- UInt8(ascii: "a") < 26 }

    private static func lastTokenIsInitial(_ text: Substring) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return isInitials(last)
    }
}

extension StringProtocol {
    /// Trims any of the characters in `set` from both ends.
    fileprivate func trimming(_ set: String) -> Substring {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return Substring(slice)
    }
}
