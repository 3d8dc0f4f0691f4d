import Foundation
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
import TestSupport
@testable import LetterServer

/// One index for the web, export, OpenAPI and safety tests: real sample letters plus one hostile letter
/// whose text carries markup, so escaping is tested on what the index really returns.
enum ServerFixture {
    /// The hostile letter's id.
    static let hostileID = "kamerbrieven/brief-met-markup"

    /// The real letters: the four of `sampleFiles`, two moties on migration and solidarity, and the first
    /// thirty moties of the sample, so searches span several pages and facets have several values.
    static let letters: [String] = {
        let folder = TemporaryCorpus.sample.appendingPathComponent("tk-moties")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let moties = names.filter { $0.hasSuffix(".txt") }.sorted().prefix(30).map { "tk-moties/" + $0 }
        return Array(Set(sampleFiles + ["tk-moties/kst-36410-96.txt", "tk-moties/kst-21501-02-2854.txt"] + moties)).sorted()
    }()

    static let corpus: TemporaryCorpus = {
        let corpus = try! TemporaryCorpus()
        try! corpus.copySample(Array(Set(letters)).sorted())
        try! corpus.write(hostileID + ".txt", """
            Tweede Kamer der Staten-Generaal
            Brief over <script>alert("xss")</script> & "aanhalingstekens" in Griekenland

            Datum 12 maart 2024

            Geachte voorzitter,

            In deze brief staat <script>alert('xss')</script> en <b>vet</b> & meer, over de herplaatsing
            van asielzoekers uit Griekenland en Italië. Zie ook Kamerstuk 32317, nr. 987.

            De Minister van Asiel en Migratie,
            D.M. van Weel
            """)
        try! corpus.ingest()
        return corpus
    }()

    /// The application over the fixture index, with an optional token and request timeout.
    static func app(token: String? = nil, requestTimeout: Duration = .seconds(10)) throws -> some ApplicationProtocol {
        let database = try LetterDatabase(path: corpus.indexPath, readOnly: true)
        return Application(router: buildRouter(database: database, token: token, requestTimeout: requestTimeout))
    }

    /// The router itself (for its route list).
    static func router() throws -> Router<KamerzoekRequestContext> {
        buildRouter(database: try LetterDatabase(path: corpus.indexPath, readOnly: true))
    }

    static func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

    static func json(_ buffer: ByteBuffer) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer: buffer), options: [.fragmentsAllowed])
    }

    /// Headers a browser sends.
    static let browser: HTTPFields = [.accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"]
}
