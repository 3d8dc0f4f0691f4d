/// FNV-1a, the 64-bit hash of a byte string that the lookup tables share (the compound
/// lexicon, the hyphenation word lists, the country and organisation gazetteers): cheap to
/// extend one byte at a time, so a scanner can hash a word while it reads it.
///
/// ```swift
/// var hash = FNV1a.offsetBasis
/// for byte in "kamer".utf8 { hash = FNV1a.step(hash, byte) }  // == FNV1a.hash of those bytes
/// ```
public enum FNV1a {
    /// The hash of no bytes.
    @inlinable
    public static var offsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The hash of the bytes hashed to `hash` followed by `byte`.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of `bytes`.
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }
}
