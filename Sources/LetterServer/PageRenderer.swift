import Foundation
import Hummingbird
import Mustache

/// The Mustache templates of the web pages and the feed, loaded once from the module's `Templates/` folder.
///
/// `{{value}}` is HTML-escaped by Mustache; `{{{value}}}` is used only for HTML built by ``HTMLText``
/// and ``LetterTextMarkup``, which escape every piece of text themselves.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    /// The templates bundled with LetterServer.
    static let bundled: PageRenderer = {
        do {
            return try PageRenderer(directory: Bundle.module.url(forResource: "Templates", withExtension: nil)!)
        } catch {
            fatalError("LetterServer's templates do not parse: \(error)")
        }
    }()

    /// Loads every `*.mustache` file of `directory`, named by its file name without the extension.
    init(directory: URL) throws {
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".mustache") }
        for name in names.sorted() {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// `object` rendered with the template `name`.
    func render(_ object: Any, template name: String) -> String {
        guard let text = library.render(object, withTemplate: name) else {
            fatalError("no template named \(name)")
        }
        return text
    }

    /// An HTML page response.
    func page(_ object: Any, template name: String, status: HTTPResponse.Status = .ok) -> Response {
        Self.response(render(object, template: name), contentType: "text/html; charset=utf-8", status: status)
    }

    /// A response with a text body of `contentType`.
    static func response(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
