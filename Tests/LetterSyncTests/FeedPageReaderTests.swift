import Foundation
import Testing
@testable import LetterSync

@Suite struct FeedPageReaderTests {
    static let page = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <link rel="self" href="https://example.org/SyncFeed/2.0/Feed?category=Document"/>
        <link rel="next" href="https://example.org/SyncFeed/2.0/Feed?skiptoken=12345&amp;category=Document"/>
        <entry>
        <title>4bb166cf-04e4-458a-9bad-59dabaa8c500</title>
        <updated>2025-05-14T10:00:00+02:00</updated>
        <category term="document"/>
        <link rel="enclosure" href="https://example.org/SyncFeed/2.0/Resources/4bb166cf-04e4-458a-9bad-59dabaa8c500"/>
        <link rel="next" href="https://example.org/SyncFeed/2.0/Feed?skiptoken=12001&amp;category=Document"/>
        <content type="application/xml">
        <document xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="4bb166cf-04e4-458a-9bad-59dabaa8c500" tk:bijgewerkt="2025-05-14T10:00:00+02:00" tk:verwijderd="false" tk:contentType="application/pdf" tk:contentLength="2048">
        <soort>Motie</soort>
        <documentNummer>2025D19046</documentNummer>
        <titel>Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget</titel>
        <onderwerp>Motie van het lid Rikkers-Oosterkamp over afspraken over een regionaal budget</onderwerp>
        <datum>2025-04-24T00:00:00</datum>
        <kamerstukdossier ref="0c7f6f4e-1111-2222-3333-444455556666"/>
        </document>
        </content>
        </entry>
        <entry>
        <title>0c7f6f4e-1111-2222-3333-444455556666</title>
        <category term="kamerstukdossier"/>
        <content type="application/xml">
        <x:kamerstukdossier xmlns:x="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="0c7f6f4e-1111-2222-3333-444455556666" x:verwijderd="false">
        <x:nummer>36410</x:nummer><x:toevoeging>VII</x:toevoeging><x:titel>Begroting BZK 2024</x:titel>
        </x:kamerstukdossier>
        </content>
        </entry>
        <entry>
        <title>9d8e7f60-aaaa-bbbb-cccc-ddddeeeeffff</title>
        <category term="document"/>
        <content type="application/xml">
        <ns1:document xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="9d8e7f60-aaaa-bbbb-cccc-ddddeeeeffff" ns1:bijgewerkt="2025-06-01T00:00:00" ns1:verwijderd="true"/>
        </content>
        </entry>
        <entry>
        <title>11111111-2222-3333-4444-555555555555</title>
        <category term="document"/>
        <content type="application/xml">
        <document xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="11111111-2222-3333-4444-555555555555"><soort>Motie</soort></document>
        </content>
        </entry>
        <entry>
        <title>22222222-2222-3333-4444-555555555555</title>
        <category term="document"/>
        <content type="application/xml">
        <document xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:other="urn:not-tk" id="22222222-2222-3333-4444-555555555555" other:verwijderd="true">
        <soort>Brief regering</soort><documentNummer>../../etc/passwd</documentNummer>
        </document>
        </content>
        </entry>
        </feed>
        """

    @Test func readsDocumentsDossiersDeletionsAndTheNextLink() throws {
        let page = try FeedPageReader.read(Data(Self.page.utf8))
        #expect(page.next == "https://example.org/SyncFeed/2.0/Feed?skiptoken=12345&category=Document")
        // The service gives each entry a next link of its own: the place after that entry.
        #expect(page.resume == "https://example.org/SyncFeed/2.0/Feed?skiptoken=12001&category=Document")
        #expect(page.records.count == 3)
        guard case .document(let document) = page.records[0] else { Issue.record("not a document"); return }
        #expect(document.id == "4bb166cf-04e4-458a-9bad-59dabaa8c500")
        #expect(document.number == "2025D19046")
        #expect(document.kind == "Motie")
        #expect(document.date == "2025-04-24T00:00:00")
        #expect(document.updated == "2025-05-14T10:00:00+02:00")
        #expect(document.contentLength == 2048)
        #expect(document.contentType == "application/pdf")
        #expect(document.dossierID == "0c7f6f4e-1111-2222-3333-444455556666")
        #expect(document.enclosure?.hasSuffix("/Resources/4bb166cf-04e4-458a-9bad-59dabaa8c500") == true)
        #expect(page.records[1] == .dossier(FeedDossier(
            id: "0c7f6f4e-1111-2222-3333-444455556666", number: "36410", addition: "VII", title: "Begroting BZK 2024")))
        #expect(page.records[2] == .deleted(id: "9d8e7f60-aaaa-bbbb-cccc-ddddeeeeffff", category: "document"))
    }

    @Test func leavesOutEntriesItCannotUseAndSaysWhich() throws {
        let page = try FeedPageReader.read(Data(Self.page.utf8))
        #expect(page.problems.count == 2)
        #expect(page.problems[0].contains("11111111-2222-3333-4444-555555555555"))
        #expect(page.problems[0].contains("documentNummer"))
        // An attribute named verwijderd in another namespace deletes nothing; a number that is
        // not a file name is refused.
        #expect(page.problems[1].contains("not a file name"))
    }

    @Test func refusesPagesThatAreNotAnAtomFeed() {
        for text in ["", "<html><body>Service Unavailable</body></html>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"] {
            #expect(throws: FeedPageReader.Malformed.self) { try FeedPageReader.read(Data(text.utf8)) }
        }
        var invalid = Data("<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><".utf8)
        invalid.append(contentsOf: [0xC3, 0x28, 0xFF])
        invalid.append(contentsOf: Array("/></feed>".utf8))
        #expect(throws: FeedPageReader.Malformed.self) { try FeedPageReader.read(invalid) }
    }

    @Test func ignoresTheDeclaredEncodingOfUTF8Text() throws {
        let text = Self.page.replacingOccurrences(of: "encoding=\"utf-8\"", with: "encoding=\"UTF-16\"")
        let page = try FeedPageReader.read(Data(text.utf8))
        #expect(page.records.count == 3)
    }
}
