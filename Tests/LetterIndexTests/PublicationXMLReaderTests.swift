import Foundation
import Testing
@testable import LetterIndex

@Suite struct PublicationXMLReaderTests {
    @Test(arguments: ReaderFixtures.xmlSamples)
    func textIsOneParagraphALineAsInTheCorpus(sample: String) throws {
        let url = try ReaderFixtures.url("xml", sample, "xml")
        let document = try PublicationXMLReader().read(Data(contentsOf: url), url: url)
        #expect(document.text.split(separator: "\n").map(String.init) == (try ReaderFixtures.expectedLines("xml", sample)))
        #expect(document.warnings.isEmpty)
        #expect(document.format == "xml")
    }

    @Test(arguments: ReaderFixtures.xmlSamples)
    func metadataMatchesTheParliamentsRecord(sample: String) throws {
        let url = try ReaderFixtures.url("xml", sample, "xml")
        let metadata = try PublicationXMLReader().read(Data(contentsOf: url), url: url).metadata
        let expected = try #require(try ReaderFixtures.xmlMetadata()[sample])
        #expect(metadata.date == expected["date"])
        #expect(metadata.ondernummer == expected["ondernummer"])
        #expect(metadata.vergaderjaar == expected["vergaderjaar"])
        // The dossier keeps the budget chapter (36410-VII), which the API's number leaves out.
        let dossier = try #require(metadata.dossier)
        #expect(dossier == expected["dossier"] || dossier.hasPrefix(expected["dossier"]! + "-"))
        #expect(metadata.identifier == sample)
        #expect(metadata.link == "https://zoek.officielebekendmakingen.nl/\(sample).html")
        #expect(metadata.title?.isEmpty == false)
    }

    @Test func metaElementsGiveTitleAndDocumentType() throws {
        let url = try ReaderFixtures.url("xml", "kst-34104-439", "xml")
        let metadata = try PublicationXMLReader().read(Data(contentsOf: url), url: url).metadata
        #expect(metadata.title == "Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget")
        #expect(metadata.documentType == "Motie")
        #expect(metadata.dossier == "34104")
    }

    @Test func budgetChapterJoinsTheDossier() throws {
        let url = try ReaderFixtures.url("xml", "kst-36410-VII-100", "xml")
        let metadata = try PublicationXMLReader().read(Data(contentsOf: url), url: url).metadata
        #expect(metadata.dossier == "36410-VII")
        #expect(metadata.title == "MOTIE VAN HET LID TUINMAN C.S.")
    }

    @Test func footnotesGoToTheEndAndInlineMarkupStaysInTheLine() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <officiele-publicatie><kamerstuk><stuk><brief>
            <al>Zoals <nadruk type="cur">eerder</nadruk> gemeld<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>Kamerstuk 21 501-20, nr. 2000.</noot.al></noot> besluit de Raad.</al>
            <lijst><li><al>eerste punt;</al></li><li><al>tweede &amp; laatste punt.</al></li></lijst>
            </brief></stuk></kamerstuk></officiele-publicatie>
            """
        let document = try PublicationXMLReader().read(Data(xml.utf8), url: URL(fileURLWithPath: "/x.xml"))
        #expect(document.text == "Zoals eerder gemeld besluit de Raad.\neerste punt;\ntweede & laatste punt.\n1 Kamerstuk 21 501-20, nr. 2000.")
    }

    @Test func brokenXMLIsReadLenientlyWithAWarning() throws {
        let xml = "<?xml version=\"1.0\"?><officiele-publicatie><al>De Kamer,</al><al>verzoekt de regering <b>iets</al>"
        let document = try PublicationXMLReader().read(Data(xml.utf8), url: URL(fileURLWithPath: "/x.xml"))
        #expect(document.text.contains("verzoekt de regering iets"))
        #expect(document.warnings.first?.contains("not well-formed XML") == true)
    }

    @Test func concurrentParsingGivesTheSameText() throws {
        let samples = try ReaderFixtures.xmlSamples.map { try (ReaderFixtures.data("xml", $0, "xml"), ReaderFixtures.expectedLines("xml", $0)) }
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            let (data, expected) = samples[index % samples.count]
            let text = try? PublicationXMLReader().read(data, url: URL(fileURLWithPath: "/x.xml")).text
            if text?.split(separator: "\n").map(String.init) != expected { failures.add() }
        }
        #expect(failures.value == 0)
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
