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
                var line = [UInt8]()
                line.reserveCapacity(end - i)
                var pendingSpace = false
                var k = i
                while k < end {
                    let b = s[k]
                    if b == 0x20 {
                        pendingSpace = !line.isEmpty
                    } else {
                        if pendingSpace { line.append(0x20); pendingSpace = false }
                        line.append(b)
                    }
                    k += 1
                }
                result.append(NormalizerLine(bytes: line, role: line.isEmpty ? .blank : .body))
                i = end + 1
            }
        }
        return result
    }
}
