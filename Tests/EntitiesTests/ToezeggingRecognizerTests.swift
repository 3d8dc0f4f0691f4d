import Testing

@testable import Entities

@Suite struct ToezeggingRecognizerTests {
    @Test(arguments: [
        // kamerbrieven/jbz-raad-cyprus-januari-2026.txt, footnote 2
        ("2 TZ202412-096.", ["TZ202412-096"]),
        // an en dash as printed in some PDFs
        ("zie toezegging TZ202504–026 aan het lid", ["TZ202504-026"]),
        ("TZ202412-096 en TZ202501-001", ["TZ202412-096", "TZ202501-001"]),
    ])
    func findsToezeggingNumbers(line: String, keys: [String]) {
        let found = ToezeggingRecognizer().mentions(in: line, furniture: [])
        #expect(found.map(\.key) == keys)
        #expect(found.allSatisfy { $0.kind == .toezegging && $0.start != nil })
    }

    @Test(arguments: ["TZ2024-096", "ATZ202412-096", "TZ202413-096", "TZ202412096", "tz202412-096"])
    func ignoresLookalikes(line: String) {
        #expect(ToezeggingRecognizer().mentions(in: line, furniture: []).isEmpty)
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Geïnformeerd: TZ202412-096."
        let mention = ToezeggingRecognizer().mentions(in: text, furniture: [])[0]
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[mention.start!..<mention.end!], as: UTF8.self) == "TZ202412-096")
    }
}
