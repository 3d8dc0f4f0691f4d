import DutchText

/// Folds the UTF-8 bytes of a word for gazetteer lookup: lower case, diacritics dropped
/// (`BELGIË`, `België` and `Belgie` all fold to `belgie`), `ĳ` to `ij`, combining marks skipped.
/// The letters come from `Folding.latinLetters`, the one Latin folding table.
enum NameFolding {
    /// The folded letters of U+00C0…U+017F from ``Folding/latinLetters``, packed as
    /// `first | second << 8` (`second` 0 for one letter); 0 where the table folds nothing.
    private static let latinLetters: [UInt16] = Folding.latinLetters.map { letters in
        letters.reversed().reduce(0) { $0 << 8 | UInt16($1) }
    }
    /// Whether each scalar U+0100…U+017F is an upper-case letter.
    private static let latinExtendedAUpper: [Bool] = (0x100..<0x180).map { value in
        Unicode.Scalar(UInt32(value))?.properties.isUppercase ?? false
    }

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
        if b < 0x80 { return (b | ASCII.caseBit) >= UInt8(ascii: "a") && (b | ASCII.caseBit) <= UInt8(ascii: "z") }
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
        if b < 0x80 { return b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        guard i + 1 < bytes.count else { return false }
        let c = bytes[i + 1]
        if b == 0xC3 { return c >= 0x80 && c <= 0x9E }
        if b == 0xC4 || b == 0xC5 {
            let scalar = (Int(b & 0x1F) << 6) | Int(c & 0x3F)
            return latinExtendedAUpper[scalar - 0x100]
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
                out.append(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | ASCII.caseBit : b)
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
            case 0xC0...0x17F where latinLetters[scalar - 0xC0] != 0:
                let letters = latinLetters[scalar - 0xC0]
                out.append(UInt8(truncatingIfNeeded: letters))
                if letters > 0xFF { out.append(UInt8(truncatingIfNeeded: letters >> 8)) }
            case 0x300...0x36F:
                break
            default:
                out.append(b); out.append(c)
            }
            i += 2
        }
    }
}
