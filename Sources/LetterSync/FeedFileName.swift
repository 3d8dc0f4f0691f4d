/// What may name a synced file: a document number (`2025D19046`) becomes `2025D19046.pdf`.
enum FeedFileName {
    /// Letters, digits, `-` and `_`, 1 to 64 of them: nothing that climbs out of the folder or hides.
    static func isSafe(_ number: String) -> Bool {
        let bytes = Array(number.utf8)
        guard (1...64).contains(bytes.count), bytes.first != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
