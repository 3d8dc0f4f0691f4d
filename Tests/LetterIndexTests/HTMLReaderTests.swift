import Foundation
import Testing
@testable import LetterIndex

@Suite struct HTMLReaderTests {
    @Test func officieleBekendmakingenPageGivesTheDocumentWithoutNavigation() throws {
        let url = try ReaderFixtures.url("html", "kst-34104-439", "html")
        let document = try HTMLReader().read(Data(contentsOf: url), url: url)
        #expect(document.text.split(separator: "\n").map(String.init) == (try ReaderFixtures.expectedLines("html", "kst-34104-439")))
        for chrome in ["Direct naar", "Uitgebreid zoeken", "Documentinformatie", "cookies", "officiële uitgave", "niet dit", "font-family"] {
            #expect(!document.text.contains(chrome), "\(chrome)")
        }
        #expect(document.metadata.identifier == "kst-34104-439")
        #expect(document.metadata.dossier == "34104")
        #expect(document.metadata.ondernummer == "439")
        #expect(document.metadata.vergaderjaar == "2024-2025")
        #expect(document.metadata.date == "2025-04-24")
        #expect(document.metadata.documentType == "Motie")
        #expect(document.metadata.title == "Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget")
        #expect(document.metadata.sourceURL == "https://zoek.officielebekendmakingen.nl/kst-34104-439.html")
    }

    @Test func windows1252PageWithoutMarkedDocumentDropsChromeByRoleAndClass() throws {
        let url = try ReaderFixtures.url("html", "sgd-0000092917", "html")
        let document = try HTMLReader().read(Data(contentsOf: url), url: url)
        #expect(document.text.split(separator: "\n").map(String.init) == (try ReaderFixtures.expectedLines("html", "sgd-0000092917")))
        #expect(!document.text.contains("Terug naar de index"))
        #expect(!document.text.contains("Koninklijke Bibliotheek"))
        #expect(document.metadata.title == "Kamerstuk 20595 nr. 14")
        #expect(document.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test(arguments: [
        ("co&ouml;peratie &amp; Belgi&#235; &#x20AC;5 &hellip;", "coöperatie & België €5 …"),
        ("a&nbsp;b &unknown; &#150; &lt;p&gt;", "a\u{A0}b &unknown; – <p>"),
    ])
    func characterReferencesAreDecoded(source: String, expected: String) {
        #expect(HTMLEntities.decode(source) == expected)
    }

    @Test func pageOfOnlyChromeIsEmpty() {
        let page = "<html><body><nav>Home</nav><script>var x = 1;</script></body></html>"
        #expect(throws: SkipReason.self) { try HTMLReader().read(Data(page.utf8), url: URL(fileURLWithPath: "/x.html")) }
    }

    @Test func unclosedHeadEndsAtBody() throws {
        let page = "<html><head><title>Brief</title><body><p>De minister schrijft.</p></body></html>"
        let document = try HTMLReader().read(Data(page.utf8), url: URL(fileURLWithPath: "/x.html"))
        #expect(document.text == "De minister schrijft.")
    }
}
