/// ASCII by name in the recognizers: bytes are written `UInt8(ascii: "n")`, code points
/// `UInt32(ascii: "-")`, and a letter's case bit is ``ASCII/caseBit``.
enum ASCII {
    /// The bit that sets an ASCII letter's case: set in `a`…`z`, clear in `A`…`Z`. `b | caseBit`
    /// is the lowercase of a letter `b` (and changes some other bytes: compare it with letters).
    @inline(__always) static var caseBit: UInt8 { 0x20 }
}

extension UInt32 {
    /// The code point of an ASCII character, as `UInt8(ascii:)` gives its byte.
    @inline(__always)
    init(ascii scalar: Unicode.Scalar) {
        precondition(scalar.isASCII, "not ASCII: \(scalar)")
        self = scalar.value
    }
}
