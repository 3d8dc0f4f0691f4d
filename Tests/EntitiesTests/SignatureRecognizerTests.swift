import Foundation
import Testing

@testable import Entities

@Suite struct SignatureRecognizerTests {
    @Test(
        "one-line signatures of OCR'd letters give role and surname",
        arguments: [
            // sgd-historical/sgd-0000086002.txt
            ("De Minister van Buitenlandse Zaken a.i., W. DREES. 1400 III 10", "minister van buitenlandse zaken", "Drees"),
            // sgd-historical/sgd-0000010919.txt
            ("De Staatssecretaris van Binnenlandse Zaken, D. IJ. W. de Graaff-Nauta",
             "staatssecretaris van binnenlandse zaken", "De Graaff-Nauta"),
            // sgd-historical/sgd-0000037108.txt
            ("De Staatssecretaris van Buitenlandse Zaken, B.-J. M. van Voorst tot Voorst",
             "staatssecretaris van buitenlandse zaken", "Van Voorst tot Voorst"),
            // letters.list, e.g. sgd-0000091824.txt
            ("De Minister van Welzijn, Volksgezondheid en Cultuur, L. C. Brinkman",
             "minister van welzijn volksgezondheid en cultuur", "Brinkman"),
            ("De Minister van Buitenlandse Zaken, J. LUNS.", "minister van buitenlandse zaken", "Luns"),
            ("De Minister voor Ontwikkelingssamenwerking, J. P. Pronk", "minister voor ontwikkelingssamenwerking", "Pronk"),
        ])
    func oneLineSignature(line: String, key: String, name: String) {
        let mentions = SignatureRecognizer().mentions(in: "Hoogachtend,\n" + line + "\n", furniture: [])
        let signer = mentions.first { $0.kind == .minister }
        #expect(signer?.key == key)
        #expect(signer?.name == name)
        #expect(signer?.primary == true)
    }

    @Test("the modern letter has three signature blocks with names on later lines", .enabled(if: MinistersCorpus.isAvailable))
    func modernLetterSigners() throws {
        let text = try #require(MinistersCorpus.text("kamerbrieven/jbz-raad-cyprus-januari-2026.txt"))
        let signers = SignatureRecognizer().mentions(in: text, furniture: []).filter { $0.kind == .minister }
        #expect(signers.map(\.label) == [
            "Minister van Justitie en Veiligheid", "Minister van Asiel en Migratie",
            "Staatssecretaris van Justitie en Veiligheid",
        ])
        #expect(signers.map(\.name) == ["Van Oosten", "Van Weel", "Rutte"])
        #expect(signers.allSatisfy { $0.primary })
    }

    @Test(
        "running text at the start of a line is not a signature",
        arguments: [
            "De minister van Financiën heeft de Kamer op 3 mei geïnformeerd.",
            // sgd-historical/sgd-0000020698.txt
            "De staatssecretaris van Welzijn, Volksgezondheid en Cultuur, Ter inzage gelegd op de bibliotheek.",
            "De minister van Buitenlandse Zaken\nzal de Kamer hierover informeren.",
        ])
    func runningTextIsNoSignature(text: String) {
        #expect(SignatureRecognizer().mentions(in: text, furniture: []).isEmpty)
    }

    @Test("a signature with a trailing comma but no printed name still counts")
    func signatureWithoutName() {
        let mentions = SignatureRecognizer().mentions(in: "De Minister van Financiën,\n\n", furniture: [])
        #expect(mentions.first?.key == "minister van financien")
        #expect(mentions.first?.name == nil)
    }
}

/// The shared corpus at `../shared/corpus` from the package root, for tests on real letters.
enum MinistersCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("kamerbrieven").path)
    }

    /// The text of a corpus file ("sgd-historical/sgd-0000000696.txt"), nil when absent.
    static func text(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}

