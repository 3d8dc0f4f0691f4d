#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A per-word cache of analyses: an open-addressing hash table from raw word bytes to the
/// word's tokens. Each word is one record in a byte arena (``WordRecord``: a header, the key,
/// the tokens, the part ends, back to back), so a lookup allocates nothing and reads only its
/// slot and its record, and a hit copies the tokens out in one go.
///
/// Lookups (``find(_:hash:)``, ``slots``, ``touch(slot:hash:)``) may run on any thread while one
/// thread inserts, when the caller lets only one insert at a time (``SharedWordAnalyses`` takes
/// a lock): a record is written before the slot that refers to it is published, slots that grow
/// are replaced whole (the old ones are kept until the table goes, for lookups still probing
/// them), and the arena, one stretch of reserved address space, never moves. So a record stays
/// where it is until ``removeAll()``, which no lookup may overlap.
final class WordTable: @unchecked Sendable {
    /// The address of the current ``Slots``.
    private let current = Atomic<UInt>(0)
    /// Slots replaced by bigger ones: a lookup may still be probing them.
    private var retired: [Slots] = []
    private static let referenceBits: UInt64 = 28
    private static let tagMask: UInt64 = ~0 << referenceBits
    /// The records, each starting at a multiple of 8 bytes.
    private let arena: UnsafeMutableRawPointer
    /// Bytes of address space reserved for the arena; pages are backed when first written.
    private let arenaReservation: Int
    private var arenaCount = 0

    /// Records stored.
    private(set) var count = 0
    /// At this many records the table is full: ``isFull``.
    let limit: Int

    init(capacity: Int = 1 << 16, limit: Int = 1_000_000) {
        self.limit = limit
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        current.store(UInt(bitPattern: Slots.make(size: size).base), ordering: .releasing)
        (arena, arenaReservation) = Self.reserveArena()
    }

    deinit {
        slots.deallocate()
        for old in retired { old.deallocate() }
        munmap(arena, arenaReservation)
    }

    /// Reserves address space for the arena: 2 GiB (the most a reference can reach), or less
    /// when the process may not map that much.
    private static func reserveArena() -> (UnsafeMutableRawPointer, Int) {
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        #else
        let flags = MAP_PRIVATE | MAP_ANON
        #endif
        var size = 1 << (Int(referenceBits) + 3)
        while size >= 1 << 20 {
            if let base = mmap(nil, size, PROT_READ | PROT_WRITE, flags, -1, 0),
               base != UnsafeMutableRawPointer(bitPattern: -1) {
                return (base, size)
            }
            size >>= 1
        }
        fatalError("WordTable: cannot reserve 1 MiB of address space")
    }

    /// Whether the table should be emptied (``removeAll()``) before another insert.
    var isFull: Bool { count >= limit || arenaCount > arenaReservation / 2 }

    /// A hash of the bytes that reads eight at a time.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        guard let base = key.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var h = UInt64(truncatingIfNeeded: key.count) &* multiplier
        var offset = 0
        while key.count - offset > 8 {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            h ^= h >> 29
            offset += 8
        }
        h = (h ^ ByteLanes.chunk(raw + offset, count: key.count - offset)) &* multiplier
        h ^= h >> 32
        h = h &* multiplier
        return h ^ (h >> 29)
    }

    /// The record of `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordRecord? {
        guard let keyBase = key.baseAddress else { return nil }
        let slots = self.slots
        let tag = hash & Self.tagMask
        var slot = slots.first(hash: hash)
        while true {
            let value = slots.value(at: slot)
            if value == 0 { return nil }
            if value & Self.tagMask == tag {
                let record = WordRecord(arena + (Int(truncatingIfNeeded: value & ~Self.tagMask) &- 1) &<< 3)
                if record.keyCount == key.count, ByteLanes.equal(record.key, keyBase, count: key.count) {
                    return record
                }
            }
            slot = (slot &+ 1) & slots.mask
        }
    }

    /// The current slots: read once for several words, whose first slots are then read before
    /// their lookups, so that the cache misses overlap.
    @inline(__always)
    var slots: Slots {
        Slots(base: UnsafeMutableRawPointer(bitPattern: current.load(ordering: .acquiring)).unsafelyUnwrapped)
    }

    /// Reads the head of the record a slot value (from ``Slots/first(hash:)``) refers to, when its
    /// tag matches `hash`, and returns a value made from it: a lookup soon after finds the record
    /// in the cache.
    @inline(__always)
    func touch(slot value: UInt64, hash: UInt64) -> UInt64 {
        guard value & Self.tagMask == hash & Self.tagMask, value != 0 else { return value }
        return value &+ UInt64(arena.load(fromByteOffset: (Int(truncatingIfNeeded: value & ~Self.tagMask) &- 1) &<< 3, as: UInt32.self))
    }

    /// Adds `key` (known to be absent) with its tokens (the stem, its first `stemCount` bytes,
    /// then the parts, which end at `partEnds`), and returns its record; nil when the arena has
    /// no room left for it.
    @discardableResult
    func insert(
        _ key: UnsafeBufferPointer<UInt8>, hash: UInt64, tokens: UnsafeRawBufferPointer, stemCount: Int, partEnds: [Int]
    ) -> WordRecord? {
        let size = WordRecord.size(keyCount: key.count, tokensCount: tokens.count, partCount: partEnds.count)
        guard let base = reserve(size) else { return nil }
        var at = WordRecord.writeHeader(
            at: base, keyCount: key.count, tokensCount: tokens.count, stemCount: stemCount, partCount: partEnds.count)
        at = Self.append(UnsafeRawBufferPointer(key), at: at)
        at = Self.append(tokens, at: at)
        for end in partEnds {
            at.storeBytes(of: UInt32(end), as: UInt32.self)
            at += 4
        }
        return place(base, hash: hash)
    }

    /// Copies `bytes` to `at` and returns the end of the copy.
    @inline(__always)
    private static func append(_ bytes: UnsafeRawBufferPointer, at: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        guard let source = bytes.baseAddress else { return at }
        at.copyMemory(from: source, byteCount: bytes.count)
        return at + bytes.count
    }

    /// Forgets every record, keeping the storage. No lookup may run meanwhile.
    func removeAll() {
        slots.removeAll()
        for old in retired { old.deallocate() }
        retired = []
        arenaCount = 0
        count = 0
    }

    /// Room for a record of `size` bytes at the arena's end, which is taken; nil past the
    /// reservation. The last 16 bytes of the reservation stay free: a record's tokens may be
    /// read as 16 bytes at once (``FixedOutput/append(shortOrNot:count:)``).
    private func reserve(_ size: Int) -> UnsafeMutableRawPointer? {
        let start = arenaCount
        let end = start + (size + 7) & ~7
        guard end + 16 <= arenaReservation else { return nil }
        arenaCount = end
        return arena + start
    }

    /// Puts the record at `base` in its slot: the slot is published after the record is written.
    private func place(_ base: UnsafeMutableRawPointer, hash: UInt64) -> WordRecord {
        var slots = self.slots
        if (count + 1) * 2 > slots.mask + 1 { slots = grow(slots) }
        count += 1
        let reference = UInt64((base - arena) >> 3 + 1)
        var slot = slots.first(hash: hash)
        while slots.value(at: slot) != 0 { slot = (slot &+ 1) & slots.mask }
        slots.values[slot].store(hash & Self.tagMask | reference, ordering: .releasing)
        return WordRecord(UnsafeRawPointer(base))
    }

    /// Slots twice as many as `old`, with every record placed again, published in its place.
    private func grow(_ old: Slots) -> Slots {
        let bigger = Slots.make(size: (old.mask + 1) * 2)
        for index in 0...old.mask {
            let value = old.value(at: index)
            guard value != 0 else { continue }
            // The hash's upper bits are the slot value's: its first slot needs no record.
            var slot = bigger.first(hash: value)
            while bigger.value(at: slot) != 0 { slot = (slot &+ 1) & bigger.mask }
            bigger.values[slot].store(value, ordering: .relaxed)
        }
        current.store(UInt(bitPattern: bigger.base), ordering: .releasing)
        retired.append(old)
        return bigger
    }

    /// An array of slots with its size, in one allocation: the mask and the shift, then the slots.
    /// Per slot: the hash's upper 36 bits above the record's offset in 8-byte units plus one
    /// (``referenceBits`` bits); 0 is an empty slot. A word's first slot is its hash's upper
    /// bits, so growing needs no record.
    struct Slots {
        let base: UnsafeMutableRawPointer
        private static let headerSize = 16

        /// `size` empty slots (a power of two).
        static func make(size: Int) -> Slots {
            let base = UnsafeMutableRawPointer.allocate(byteCount: headerSize + 8 * size, alignment: 64)
            base.storeBytes(of: size - 1, as: Int.self)
            base.storeBytes(of: UInt64(64 - size.trailingZeroBitCount), toByteOffset: 8, as: UInt64.self)
            let values = (base + headerSize).bindMemory(to: Atomic<UInt64>.self, capacity: size)
            for index in 0..<size { (values + index).initialize(to: Atomic(0)) }
            return Slots(base: base)
        }

        @inline(__always)
        var mask: Int { base.load(as: Int.self) }

        @inline(__always)
        var values: UnsafeMutablePointer<Atomic<UInt64>> {
            (base + Self.headerSize).assumingMemoryBound(to: Atomic<UInt64>.self)
        }

        /// The slot where the search for `hash` starts.
        @inline(__always)
        func first(hash: UInt64) -> Int {
            Int(truncatingIfNeeded: hash >> base.load(fromByteOffset: 8, as: UInt64.self))
        }

        /// The value of slot `index`; a record it refers to is complete.
        @inline(__always)
        func value(at index: Int) -> UInt64 {
            values[index].load(ordering: .acquiring)
        }

        /// Empties every slot.
        func removeAll() {
            for index in 0...mask { values[index].store(0, ordering: .relaxed) }
        }

        func deallocate() {
            base.deallocate()
        }
    }
}
