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
                var k = i
                while k < end {
                    while k < end && s[k] == 0x20 { k += 1 }
                    var wordEnd = k
                    while wordEnd < end && s[wordEnd] != 0x20 { wordEnd += 1 }
                    if wordEnd > k {
                        if !line.isEmpty { line.append(0x20) }
                        line.append(contentsOf: UnsafeBufferPointer(rebasing: s[k..<wordEnd]))
                    }
                    k = wordEnd
                }
                result.append(NormalizerLine(bytes: line, role: line.isEmpty ? .blank : .body))
                i = end + 1
            }
        }
        return result
    }
}
