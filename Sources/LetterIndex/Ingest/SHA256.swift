import CSHA256

/// SHA-256 of a byte buffer (FIPS 180-4), to tell changed files from unchanged ones.
///
/// `SHA256.hex(of: Array("abc".utf8))` is `"ba7816bf…f20015ad"`.
enum SHA256 {
    /// The round constants, from the C target that also holds the SHA-NI code (read-only there).
    nonisolated(unsafe) private static let k = UnsafeBufferPointer(start: kz_sha256_round_constants(), count: 64)

    /// Whether the CPU has SHA instructions (x86-64 with SHA-NI).
    static let hasInstructions = kz_sha256_accelerated() == 1

    /// The digest as 64 lowercase hex characters.
    static func hex(of bytes: UnsafeRawBufferPointer) -> String {
        hex(of: bytes, useInstructions: true)
    }

    /// The digest; with the CPU's SHA instructions when asked and the CPU has them.
    static func hex(of bytes: UnsafeRawBufferPointer, useInstructions: Bool) -> String {
        let accelerated = useInstructions && hasInstructions
        let length = bytes.count
        let blocks = length / 64
        // State, padded tail and schedule on the stack: arrays for them were six allocations
        // per file.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8 + 64) { words in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                let state = UnsafeMutableBufferPointer(rebasing: words[0..<8])
                let schedule = UnsafeMutableBufferPointer(rebasing: words[8...])
                for (index, value) in initialState.enumerated() { state[index] = value }
                // The last partial block, the 0x80 byte, zeros and the length in bits: one or two blocks.
                let rest = length - blocks * 64
                let tailCount = rest < 56 ? 64 : 128
                tail.initialize(repeating: 0)
                if rest > 0 { UnsafeMutableRawBufferPointer(tail).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(blocks * 64)...])) }
                tail[rest] = 0x80
                let bits = UInt64(length) &* 8
                for index in 0..<8 { tail[tailCount - 1 - index] = UInt8(truncatingIfNeeded: bits >> UInt64(8 * index)) }
                if accelerated {
                    // The CPU's SHA instructions: a tenth of the time of the loop below.
                    if blocks > 0 {
                        kz_sha256_compress(state.baseAddress!, bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), blocks)
                    }
                    kz_sha256_compress(state.baseAddress!, tail.baseAddress!, tailCount / 64)
                } else {
                    // Raw pointers throughout: the loop runs once per 64 bytes of every file ingested.
                    for block in 0..<blocks {
                        compress(bytes.baseAddress! + block * 64, state: state, schedule: schedule, k: k)
                    }
                    for start in stride(from: 0, to: tailCount, by: 64) {
                        compress(UnsafeRawPointer(tail.baseAddress! + start), state: state, schedule: schedule, k: k)
                    }
                }
                return String(unsafeUninitializedCapacity: 64) { out in
                    var written = 0
                    for word in state {
                        for shift in stride(from: 28, through: 0, by: -4) {
                            let digit = UInt8(truncatingIfNeeded: (word >> UInt32(shift)) & 0xF)
                            out[written] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
                            written += 1
                        }
                    }
                    return written
                }
            }
        }
    }

    private static let initialState: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]

    /// One 64-byte block into the state.
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer, state h: UnsafeMutableBufferPointer<UInt32>, schedule w: UnsafeMutableBufferPointer<UInt32>,
        k: UnsafeBufferPointer<UInt32>
    ) {
        for t in 0..<16 {
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
