/// Bytes tested eight at a time, as the lanes of one `UInt64` (byte `j` in memory is lane `j`):
/// the word-at-a-time search the byte-level scanners share.
///
/// ```swift
/// ByteLanes.firstIndex(of: 0x0A, in: bytes, from: 0, to: bytes.count)  // the first line break
/// ```
public enum ByteLanes {
    /// 0x80 in each lane of `x` that is zero and 0 in the others: exact, with no false positives
    /// from a borrow into the next lane. `x ^ (byte × 0x0101…)` finds the lanes holding `byte`.
    @inlinable @inline(__always)
    public static func zeroLanes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x | low)
    }

    /// The offset of the first `byte` in `bytes[start..<end]`, or `end` when there is none.
    @inlinable @inline(__always)
    public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let pattern = repeating(byte)
        return firstIndex(in: bytes, from: start, to: end, lanes: { zeroLanes($0 ^ pattern) }, where: { $0 == byte })
    }

    /// The offset of the last `byte` in `bytes[start..<end]`, or `nil` when there is none.
    @inlinable @inline(__always)
    public static func lastIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = end
        if let base = bytes.baseAddress {
            let pattern = repeating(byte)
            while i - 8 >= start {
                let lanes = zeroLanes(UnsafeRawPointer(base + i - 8).loadUnaligned(as: UInt64.self) ^ pattern)
                if lanes != 0 { return i - 8 + (63 - lanes.leadingZeroBitCount) / 8 }
                i -= 8
            }
        }
        while i > start {
            i -= 1
            if bytes[i] == byte { return i }
        }
        return nil
    }

    /// The offset of the first byte in `bytes[start..<end]` that `holds` accepts, or `end`:
    /// eight bytes at a time through `lanes` (0x80 in the lanes `holds` accepts, 0 elsewhere),
    /// then byte by byte.
    @inlinable @inline(__always)
    public static func firstIndex(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lanes: (UInt64) -> UInt64,
        where holds: (UInt8) -> Bool
    ) -> Int {
        var i = start
        if let base = bytes.baseAddress {
            while i + 8 <= end {
                let hits = lanes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < end && !holds(bytes[i]) { i += 1 }
        return i
    }

    /// `byte` in every lane.
    @inlinable @inline(__always)
    public static func repeating(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The case bit of an ASCII letter in every lane: OR-ed into the lanes of a load (and into
    /// a lowercase letter's ``repeating(_:)``), letters compare without their case.
    @inlinable
    public static var caseBits: UInt64 { 0x2020_2020_2020_2020 }

    /// Bit 7 of each lane of `lanes`, gathered into the low byte (lane `j` to bit `j`): the
    /// lanes of a ``zeroLanes(_:)`` or ``alphanumericLanes(_:)`` as a bit a byte.
    @inlinable @inline(__always)
    public static func highBits(_ lanes: UInt64) -> UInt64 {
        ((lanes & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
    }

    /// 0x80 in each lane of `x` that holds an ASCII letter (`A-Z`, `a-z`) and 0 in the others.
    /// Computed on the low seven bits, so no lane carries into the next; lanes of 0x80 and up
    /// are cleared at the end.
    @inlinable @inline(__always)
    public static func letterLanes(_ x: UInt64) -> UInt64 {
        let folded = x & 0x7F7F_7F7F_7F7F_7F7F | 0x2020_2020_2020_2020
        // Bit 7 of a lane is set by +0x1F from 0x61 up, by +0x05 from 0x7B up: 0x61...0x7A.
        return (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~x & 0x8080_8080_8080_8080
    }

    /// 0x80 in each lane of `x` that holds an ASCII capital (`A-Z`) and 0 in the others.
    @inlinable @inline(__always)
    public static func capitalLanes(_ x: UInt64) -> UInt64 {
        let low = x & 0x7F7F_7F7F_7F7F_7F7F
        // Bit 7 of a lane is set by +0x3F from 0x41 up, by +0x25 from 0x5B up: 0x41...0x5A.
        return (low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525) & ~x & 0x8080_8080_8080_8080
    }

    /// 0x80 in each lane of `x` that holds an ASCII letter or digit (`0-9`, `A-Z`, `a-z`) and 0
    /// in the others. Computed on the low seven bits, so no lane carries into the next; lanes of
    /// 0x80 and up are cleared at the end.
    @inlinable @inline(__always)
    public static func alphanumericLanes(_ x: UInt64) -> UInt64 {
        let low = x & 0x7F7F_7F7F_7F7F_7F7F
        // By +0x50 from 0x30 up, by +0x46 from 0x3A up: 0x30...0x39.
        let digit = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        return letterLanes(x) | digit & ~x & 0x8080_8080_8080_8080
    }

    /// 0x80 in each lane `j` (of the eight positions from `offset`) where the byte at `j` is
    /// `first` and the byte `distance` further is `last`: the candidates for a word of
    /// `distance + 1` bytes that starts with `first` and ends with `last`. Each load is OR-ed
    /// with its case mask first (``caseBits`` to compare a lowercase letter in either case, 0
    /// to compare exactly). Reads `base[offset..<offset + distance + 8]`.
    @inlinable @inline(__always)
    public static func pairLanes(
        _ base: UnsafeRawPointer, at offset: Int, first: UInt8, firstCase: UInt64, last: UInt8, lastCase: UInt64,
        distance: Int
    ) -> UInt64 {
        let firstLanes = (base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) | firstCase) ^ repeating(first)
        let lastLanes =
            (base.loadUnaligned(fromByteOffset: offset + distance, as: UInt64.self) | lastCase) ^ repeating(last)
        return zeroLanes(firstLanes | lastLanes)
    }

    /// The offset of the first byte in `bytes[start...]` that is an ASCII capital or belongs
    /// to a multi-byte scalar (0x80 and up), or `bytes.count`: where a capitalized word can start.
    @inlinable @inline(__always)
    public static func firstCapitalOrMultiByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        firstIndex(
            in: bytes, from: start, to: bytes.count, lanes: { (capitalLanes($0) | $0) & 0x8080_8080_8080_8080 },
            where: { $0 >= 0x80 || $0 &- UInt8(ascii: "A") < 26 })
    }

    /// The offset of the first byte in `bytes[start...]` that is not an ASCII letter or digit,
    /// or `bytes.count`.
    @inlinable @inline(__always)
    public static func alphanumericRunEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        firstIndex(
            in: bytes, from: start, to: bytes.count, lanes: { ~alphanumericLanes($0) & 0x8080_8080_8080_8080 },
            where: { !($0 &- UInt8(ascii: "0") < 10 || ($0 | 0x20) &- UInt8(ascii: "a") < 26) })
    }

    /// Up to eight bytes as one number: for a given `count`, different bytes give different
    /// numbers. Reads only `bytes[0..<count]` (two overlapping loads from four bytes on).
    @inlinable @inline(__always)
    public static func chunk(_ bytes: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 4 {
            let low = UInt64(bytes.loadUnaligned(as: UInt32.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return low | high << 32
        }
        if count > 0 {
            let first = UInt64(bytes.load(as: UInt8.self))
            let middle = UInt64(bytes.load(fromByteOffset: count >> 1, as: UInt8.self))
            let last = UInt64(bytes.load(fromByteOffset: count - 1, as: UInt8.self))
            return first | middle << 8 | last << 16
        }
        return 0
    }

    /// Whether `count` bytes at `a` and `b` are the same: eight at a time, inline, for the short
    /// keys of lookup tables, where a call to `memcmp` costs more than the comparison.
    @inlinable @inline(__always)
    public static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 0
        while count - offset > 8 {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            {
                return false
            }
            offset += 8
        }
        return chunk(a + offset, count: count - offset) == chunk(b + offset, count: count - offset)
    }
}
