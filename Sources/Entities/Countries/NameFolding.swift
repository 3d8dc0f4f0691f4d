/// Folds the UTF-8 bytes of a word for gazetteer lookup: lower case, diacritics dropped
/// (`BELGIË`, `België` and `Belgie` all fold to `belgie`), `ĳ` to `ij`, combining marks skipped.
enum NameFolding {
    /// Base letters of U+00C0…U+00FF; `?` marks a code point that folds to two letters or none.
    private static let latin1: [UInt8] = Array("AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y".utf8)
    /// Base letters of U+0100…U+017F, with their case; `ĳ` and `œ` are expanded separately.
    private static let latinExtendedA: [UInt8] = Array(
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
            .utf8)

    /// How many bytes the UTF-8 sequence starting with `lead` has.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Whether the sequence at `i` is a letter (ASCII letters, Latin-1 and Latin Extended
    /// letters, combining marks, Greek and Cyrillic).
    @inline(__always)
    static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        if b == 0xC3 {
            guard i + 1 < bytes.count else { return false }
            let c = bytes[i + 1]
            return c != 0x97 && c != 0xB7
        }
        return b >= 0xC4 && b <= 0xD4
    }

    /// Whether the letter at `i` is an upper-case letter.
    @inline(__always)
    static func isUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        guard i + 1 < bytes.count else { return false }
        let c = bytes[i + 1]
        if b == 0xC3 { return c >= 0x80 && c <= 0x9E }
        if b == 0xC4 || b == 0xC5 {
            let scalar = (Int(b & 0x1F) << 6) | Int(c & 0x3F)
            let letter = latinExtendedA[scalar - 0x100]
            return letter >= 0x41 && letter <= 0x5A
        }
        return false
    }

    /// Appends the folded form of `bytes[range]` to `out`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                continue
            }
            let length = sequenceLength(b)
            guard length == 2, i + 1 < end else {
                for k in i..<min(i + length, end) { out.append(bytes[k]) }
                i += length
                continue
            }
            let c = bytes[i + 1]
            let scalar = (Int(b & 0x1F) << 6) | Int(c & 0x3F)
            switch scalar {
            case 0xC0...0xFF:
                let letter = latin1[scalar - 0xC0]
                if letter != 0x3F {
                    out.append(letter | 0x20)
                } else {
                    switch scalar {
                    case 0xC6, 0xE6: out.append(0x61); out.append(0x65)
                    case 0xDE, 0xFE: out.append(0x74); out.append(0x68)
                    case 0xDF: out.append(0x73); out.append(0x73)
                    default: out.append(b); out.append(c)
                    }
                }
            case 0x132, 0x133:
                out.append(0x69); out.append(0x6A)
            case 0x152, 0x153:
                out.append(0x6F); out.append(0x65)
            case 0x100...0x17F:
                out.append(latinExtendedA[scalar - 0x100] | 0x20)
            case 0x300...0x36F:
                break
            default:
                out.append(b); out.append(c)
            }
            i += 2
        }
    }
}
