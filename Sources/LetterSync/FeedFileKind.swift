import Foundation

/// What a fetched file is, by its own bytes (the declared content type has been seen wrong).
enum FeedFileKind: String {
    case pdf
    case docx

    /// The kind of `bytes`, or nil for neither.
    init?(sniffing bytes: Data) {
        let head = Array(bytes.prefix(1024))
        if head.starts(with: [UInt8(ascii: "P"), UInt8(ascii: "K"), 3, 4]) {
            self = .docx
        } else if Self.containsPDFSignature(head) {
            self = .pdf
        } else {
            return nil
        }
    }

    private static func containsPDFSignature(_ head: [UInt8]) -> Bool {
        let signature = Array("%PDF-".utf8)
        guard head.count >= signature.count else { return false }
        for start in 0...(head.count - signature.count) where head[start] == signature[0] {
            if Array(head[start..<start + signature.count]) == signature { return true }
        }
        return false
    }

    /// A short description of what the bytes look like, for a skip reason.
    static func describe(_ bytes: Data) -> String {
        if bytes.isEmpty { return "empty" }
        let head = String(decoding: bytes.prefix(40), as: UTF8.self)
            .unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        return "starts with \(head.trimmingCharacters(in: .whitespaces).debugDescription)"
    }
}
