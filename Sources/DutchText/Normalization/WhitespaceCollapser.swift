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
                var end = i
                while end < n && s[end] != 0x0A { end += 1 }
                let line = collapsed(UnsafeBufferPointer(rebasing: s[i..<end]))
                result.append(NormalizerLine(bytes: line, role: line.isEmpty ? .blank : .body))
                i = end + 1
            }
        }
        return result
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
