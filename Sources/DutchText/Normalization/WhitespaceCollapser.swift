/// Step 2 of ``TextNormalizer``: splits folded bytes into lines, collapses runs of spaces to
/// one and trims each line, so `"Autorisatie van een   Memorandum   "` becomes
/// `"Autorisatie van een Memorandum"`. Empty lines become ``NormalizerLine/Role/blank``.
enum WhitespaceCollapser {
    static func lines(_ bytes: [UInt8]) -> [NormalizerLine] {
        var result = [NormalizerLine]()
        result.reserveCapacity(bytes.count / 60 + 1)
        bytes.withUnsafeBufferPointer { s in
            let n = s.count
            var i = 0
            while i < n {
                let (end, clean) = lineEnd(s, from: i)
                let piece = UnsafeBufferPointer(rebasing: s[i..<end])
                let line = clean ? Array(piece) : collapsed(piece)
                result.append(NormalizerLine(bytes: line, role: line.isEmpty ? .blank : .body))
                i = end + 1
            }
        }
        return result
    }

    /// The end of the line starting at `start` (its `\n` or the text end), and whether the line
    /// is already collapsed: no space at its start or end and no two spaces in a row.
    @inline(__always)
    private static func lineEnd(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool) {
        let n = s.count
        var i = start
        // Whether the byte before `i` is a space; the line start counts as one.
        var spaceBefore = true
        var clean = true
        // Eight bytes at a time: a lane mask of newlines and of spaces, and spaces after spaces.
        if let base = s.baseAddress {
            while i + 8 <= n {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let newlines = ByteLanes.zeroLanes(x ^ 0x0A0A_0A0A_0A0A_0A0A)
                var spaces = ByteLanes.zeroLanes(x ^ 0x2020_2020_2020_2020)
                var lanes = 8
                if newlines != 0 {
                    lanes = newlines.trailingZeroBitCount / 8
                    spaces &= lanes == 0 ? 0 : ~0 >> UInt64(64 - 8 * lanes)
                }
                if spaces & (spaces << 8 | (spaceBefore ? 0x80 : 0)) != 0 { clean = false }
                if lanes > 0 { spaceBefore = spaces >> UInt64(8 * lanes - 1) & 1 != 0 }
                i += lanes
                if lanes < 8 { return (i, clean && !(spaceBefore && i > start)) }
            }
        }
        while i < n && s[i] != 0x0A {
            let space = s[i] == 0x20
            if space && spaceBefore { clean = false }
            spaceBefore = space
            i += 1
        }
        return (i, clean && !(spaceBefore && i > start))
    }

    /// The words of `line` joined by single spaces, written straight into the new array.
    private static func collapsed(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: line.count) { out, count in
            var written = 0
            var spacePending = false
            for b in line {
                if b == 0x20 {
                    spacePending = written > 0
                    continue
                }
                if spacePending {
                    out[written] = 0x20
                    written += 1
                    spacePending = false
                }
                out[written] = b
                written += 1
            }
            count = written
        }
    }
}
