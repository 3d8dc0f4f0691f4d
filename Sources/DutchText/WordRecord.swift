/// One word of a ``WordTable``, read in place: a 16-byte header (key bytes, token bytes, stem
/// bytes, parts, each a `UInt32`), the raw word, its tokens (the stem, then the parts) and the
/// ends of the parts (`UInt32`, relative to the stem's start), back to back.
struct WordRecord {
    /// The record's first byte, 8-byte aligned.
    let base: UnsafeRawPointer

    init(_ base: UnsafeRawPointer) {
        self.base = base
    }

    static let headerSize = 16

    /// Bytes of the raw word.
    @inline(__always)
    var keyCount: Int { Int(base.load(as: UInt32.self)) }
    /// Bytes of all tokens together.
    @inline(__always)
    var tokensCount: Int { Int(base.load(fromByteOffset: 4, as: UInt32.self)) }
    @inline(__always)
    var stemCount: Int { Int(base.load(fromByteOffset: 8, as: UInt32.self)) }
    @inline(__always)
    var partCount: Int { Int(base.load(fromByteOffset: 12, as: UInt32.self)) }

    /// The raw word.
    @inline(__always)
    var key: UnsafeRawPointer { base + Self.headerSize }
    /// The tokens: the stem, then the parts.
    @inline(__always)
    var tokens: UnsafeRawPointer { base + Self.headerSize + keyCount }

    /// The end of part `index` (0 is the first part after the stem), counted from the stem's start.
    @inline(__always)
    func partEnd(_ index: Int) -> Int {
        Int(tokens.loadUnaligned(fromByteOffset: tokensCount + 4 * index, as: UInt32.self))
    }

    /// The byte range of token `index` (0 is the stem, then the parts) within ``tokens``.
    func token(_ index: Int) -> Range<Int> {
        if index == 0 { return 0..<stemCount }
        return (index == 1 ? stemCount : partEnd(index - 2))..<partEnd(index - 1)
    }

    /// Bytes of the whole record.
    var size: Int { Self.size(keyCount: keyCount, tokensCount: tokensCount, partCount: partCount) }

    static func size(keyCount: Int, tokensCount: Int, partCount: Int) -> Int {
        headerSize + keyCount + tokensCount + 4 * partCount
    }

    /// Writes a header at `base` and returns where the key goes.
    static func writeHeader(
        at base: UnsafeMutableRawPointer, keyCount: Int, tokensCount: Int, stemCount: Int, partCount: Int
    ) -> UnsafeMutableRawPointer {
        base.storeBytes(of: UInt32(keyCount), as: UInt32.self)
        base.storeBytes(of: UInt32(tokensCount), toByteOffset: 4, as: UInt32.self)
        base.storeBytes(of: UInt32(stemCount), toByteOffset: 8, as: UInt32.self)
        base.storeBytes(of: UInt32(partCount), toByteOffset: 12, as: UInt32.self)
        return base + headerSize
    }
}
