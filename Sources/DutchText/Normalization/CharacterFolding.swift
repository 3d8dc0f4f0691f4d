import Foundation

/// Step 1 of ``TextNormalizer``: Unicode NFC and character repair, on UTF-8 bytes.
///
/// - typographic quotes → plain (`‘’‚‛′` → `'`, `“”„‟″«»` → `"`), `…` → `...`
/// - `–`/`—` between digits → `-` (`1959—1960` → `1959-1960`); elsewhere kept as they are
/// - `‐`, `‑`, `‒`, `−` → `-`; ligatures `ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ` expanded
/// - soft hyphens removed (`be\u{AD}leid` → `beleid`), except before a coordinating `en`/`of`
///   (`binnen\u{AD}en buitenland` → `binnen- en buitenland`) and at a line end (kept as `-`
///   for the hyphenation repair)
/// - zero-width characters and BOM removed; NBSP and other spaces → space; tab → space
/// - `\r\n`, `\r`, U+2028, U+0085 → `\n`; form feed and U+2029 → `"\n\n"`; other control
///   characters removed
enum CharacterFolding {
    /// Folds `raw` into UTF-8 bytes with `\n` line ends.
    static func fold(_ raw: String) -> [UInt8] {
        var out = [UInt8]()
        if foldContiguous(raw, into: &out) {
            // Combining marks were seen: compose (NFC) and fold again.
            out.removeAll(keepingCapacity: true)
            _ = foldContiguous(raw.precomposedStringWithCanonicalMapping, into: &out)
        }
        return out
    }

    /// Folds `source` into `out`; returns whether it holds combining marks (U+0300–U+036F)
    /// that NFC would compose.
    private static func foldContiguous(_ source: String, into out: inout [UInt8]) -> Bool {
        var source = source
        source.makeContiguousUTF8()
        out.reserveCapacity(source.utf8.count + 16)
        if let combining = source.utf8.withContiguousStorageIfAvailable({ fold($0, into: &out) }) {
            return combining
        }
        return Array(source.utf8).withUnsafeBufferPointer { fold($0, into: &out) }
    }

    /// Bytes that start something to fold: controls, DEL, and the lead bytes of U+0080–U+00BF,
    /// U+0300–U+037F, U+2000–U+2FFF and U+F000–U+FFFF.
    private static let special: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xCC || b == 0xCD || b == 0xE2 || b == 0xEF
    }

    private static func fold(_ s: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        let special = Self.special  // read once: a lazy global in the byte loop costs a call per byte
        let n = s.count
        var combining = false
        var i = 0
        let base = s.baseAddress
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while i < n {
            var runEnd = i
            // Eight bytes at a time while none is a control byte, DEL or >= 0x80 (bit 7 of a lane
            // marks one); the byte test decides from the first such byte on.
            if let base {
                while runEnd + 8 <= n {
                    let x = UnsafeRawPointer(base + runEnd).loadUnaligned(as: UInt64.self)
                    let y = x & low
                    let suspects = (~(y &+ 0x6060_6060_6060_6060) | (y &+ 0x0101_0101_0101_0101) | x) & 0x8080_8080_8080_8080
                    if suspects != 0 {
                        runEnd += suspects.trailingZeroBitCount / 8
                        break
                    }
                    runEnd += 8
                }
            }
            while runEnd < n && !special[Int(s[runEnd])] { runEnd += 1 }
            if runEnd > i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<runEnd]))
                i = runEnd
                if i == n { break }
            }
            let b = s[i]
            switch b {
            case 0x0A:
                out.append(0x0A); i += 1
            case 0x0D:
                out.append(0x0A)
                i += (i + 1 < n && s[i + 1] == 0x0A) ? 2 : 1
            case 0x09:
                out.append(0x20); i += 1
            case 0x0B:
                out.append(0x0A); i += 1
            case 0x0C:
                out.append(0x0A); out.append(0x0A); i += 1
            case 0xC2 where i + 1 < n:
                i += foldC2(s, i, into: &out)
            case 0xE2 where i + 2 < n:
                i += foldE2(s, i, into: &out)
            case 0xEF where i + 2 < n && s[i + 1] == 0xAC && s[i + 2] >= 0x80 && s[i + 2] <= 0x86:
                out.append(contentsOf: ligatures[Int(s[i + 2] - 0x80)])
                i += 3
            case 0xEF where i + 2 < n && s[i + 1] == 0xBB && s[i + 2] == 0xBF:
                i += 3 // BOM / zero-width no-break space
            case 0xCC, 0xCD:
                combining = true
                out.append(b)
                i += 1
            default:
                if b < 0x20 || b == 0x7F {
                    i += 1 // other control characters
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
        return combining
    }

    private static let ligatures: [[UInt8]] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"].map { Array($0.utf8) }

    /// U+0080–U+00BF. Returns the bytes consumed.
    private static func foldC2(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, into out: inout [UInt8]) -> Int {
        switch s[i + 1] {
        case 0xA0: out.append(0x20)                            // NBSP
        case 0x85: out.append(0x0A)                            // NEL
        case 0xAB, 0xBB: out.append(0x22)                      // « »
        case 0xB4: out.append(0x27)                            // ´
        case 0xAD: foldSoftHyphen(s, i + 2, into: &out)        // soft hyphen
        case let c where c < 0xA0: break                       // C1 controls
        default: out.append(0xC2); out.append(s[i + 1])
        }
        return 2
    }

    private static func foldSoftHyphen(_ s: UnsafeBufferPointer<UInt8>, _ next: Int, into out: inout [UInt8]) {
        let n = s.count
        guard let last = out.last, last != 0x20, last != 0x0A else { return }
        if next >= n || s[next] == 0x0A || s[next] == 0x0D {
            out.append(0x2D) // line-end hyphenation: the repair step decides
            return
        }
        // "binnen\u{AD}en buitenland": a coordinating "en"/"of" lost its space.
        if next + 1 < n {
            let a = s[next], c = s[next + 1]
            if (a == 0x65 && c == 0x6E) || (a == 0x6F && c == 0x66) {
                let after = next + 2 < n ? s[next + 2] : 0x20
                if after == 0x20 || after == 0x0A || after == 0x2C {
                    out.append(0x2D); out.append(0x20)
                }
            }
        }
    }

    /// U+2000–U+2FFF. Returns the bytes consumed.
    private static func foldE2(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, into out: inout [UInt8]) -> Int {
        let b1 = s[i + 1], b2 = s[i + 2]
        if b1 == 0x80 {
            switch b2 {
            case 0x80...0x8A, 0xAF: out.append(0x20)                  // spaces
            case 0x8B...0x8F: break                                   // zero-width, LRM/RLM
            case 0x90, 0x91, 0x92: out.append(0x2D)                   // ‐ ‑ ‒
            case 0x93, 0x94:                                          // – —
                let before = out.last ?? 0
                let after = i + 3 < s.count ? s[i + 3] : 0
                if NormalizerBytes.isDigit(before) && NormalizerBytes.isDigit(after) {
                    out.append(0x2D)
                } else {
                    out.append(0xE2); out.append(b1); out.append(b2)
                }
            case 0x98, 0x99, 0x9A, 0x9B, 0xB2, 0xB9, 0xBA: out.append(0x27) // ‘ ’ ‚ ‛ ′ ‹ ›
            case 0x9C, 0x9D, 0x9E, 0x9F, 0xB3: out.append(0x22)       // “ ” „ ‟ ″
            case 0xA6: out.append(0x2E); out.append(0x2E); out.append(0x2E) // …
            case 0xA8: out.append(0x0A)                               // line separator
            case 0xA9: out.append(0x0A); out.append(0x0A)             // paragraph separator
            case 0xAA...0xAE: break                                   // bidi embeddings
            default: out.append(0xE2); out.append(b1); out.append(b2)
            }
        } else if b1 == 0x81 && (b2 == 0xA0 || (b2 >= 0xA1 && b2 <= 0xA4)) {
            // word joiner, invisible operators
        } else if b1 == 0x81 && b2 == 0x9F {
            out.append(0x20)                                          // medium math space
        } else if b1 == 0x88 && b2 == 0x92 {
            out.append(0x2D)                                          // minus sign
        } else {
            out.append(0xE2); out.append(b1); out.append(b2)
        }
        return 3
    }
}
