/// Character references of HTML: `&amp;`, `&eacute;`, `&#233;`, `&#xE9;`.
///
/// ```swift
/// HTMLEntities.decode("co&ouml;peratie &amp; Belgi&#235;") // "coöperatie & België"
/// ```
enum HTMLEntities {
    /// The Latin-1 names, for U+00A0 … U+00FF in order.
    private static let latin1 = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
        acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml \
        Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde \
        Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
        ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide \
        oslash ugrave uacute ucirc uuml yacute thorn yuml
        """

    /// Every name known, to its scalar.
    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
            "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
            "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "hellip": "\u{2026}", "euro": "\u{20AC}",
            "trade": "\u{2122}", "bull": "\u{2022}", "dagger": "\u{2020}", "Dagger": "\u{2021}", "permil": "\u{2030}",
            "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "oelig": "\u{0153}", "OElig": "\u{0152}", "scaron": "\u{0161}",
            "Scaron": "\u{0160}", "Yuml": "\u{0178}", "fnof": "\u{0192}", "circ": "\u{02C6}", "tilde": "\u{02DC}",
            "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
            "lrm": "\u{200E}", "rlm": "\u{200F}", "minus": "\u{2212}", "larr": "\u{2190}", "rarr": "\u{2192}",
        ]
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[String(name)] = Unicode.Scalar(UInt32(0xA0 + offset))!
        }
        return table
    }()

    /// `text` with its character references replaced; unknown references are kept as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let (decoded, next) = reference(scalars, at: index) else {
                out.append(scalar)
                index += 1
                continue
            }
            out.append(decoded)
            index = next
        }
        return String(out)
    }

    /// The reference starting at `start` (an `&`) and the index after it.
    private static func reference(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            var hex = false
            if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
                hex = true
                index += 1
            }
            var value: UInt32 = 0
            let digitsStart = index
            while index < scalars.count, index - digitsStart < 8, let digit = digitValue(scalars[index], hex: hex) {
                value = value * (hex ? 16 : 10) + UInt32(digit)
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            // Windows-1252 numbers for punctuation, as browsers read them.
            if (0x80...0x9F).contains(value) {
                let mapped = TextDecoding.windows1252([UInt8(value)]).unicodeScalars.first!
                return (mapped, index)
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", index)
        }
        var name = ""
        while index < scalars.count, index - start <= 10, scalars[index].isASCII, scalars[index].properties.isAlphabetic
            || ("0"..."9").contains(scalars[index])
        {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard let scalar = named[name] else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        return (scalar, index)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, hex: Bool) -> Int? {
        switch scalar {
        case "0"..."9": return Int(scalar.value - 48)
        case "a"..."f" where !hex, "A"..."F" where !hex: return nil
        case "a"..."f": return Int(scalar.value - 97 + 10)
        case "A"..."F": return Int(scalar.value - 65 + 10)
        default: return nil
        }
    }
}
