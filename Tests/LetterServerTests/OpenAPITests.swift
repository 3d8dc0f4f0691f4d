import Foundation
import Hummingbird
import HummingbirdTesting
import LetterIndex
import Testing
@testable import LetterServer

/// A parsed JSON value that keeps integers, numbers and booleans apart.
enum JSONNode: Decodable, Equatable, Sendable {
    case null, bool(Bool), int(Int), number(Double), string(String), array([JSONNode]), object([String: JSONNode])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONNode].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONNode].self))
        }
    }

    static func parse(_ data: Data) throws -> JSONNode { try JSONDecoder().decode(JSONNode.self, from: data) }
    static func parse(_ buffer: ByteBuffer) throws -> JSONNode { try parse(Data(buffer: buffer)) }

    subscript(key: String) -> JSONNode? {
        guard case let .object(object) = self else { return nil }
        return object[key]
    }

    var string: String? { if case let .string(value) = self { value } else { nil } }
    var int: Int? { if case let .int(value) = self { value } else { nil } }
    var array: [JSONNode]? { if case let .array(value) = self { value } else { nil } }
    var object: [String: JSONNode]? { if case let .object(value) = self { value } else { nil } }
}

/// `/openapi.json` against the router and against real responses.
@Suite(.serialized) struct OpenAPITests {
    /// The served document.
    static func document() async throws -> JSONNode {
        let document = try JSONNode.parse(Data(OpenAPIDocument.text(requiresToken: false).utf8))
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let served = try JSONNode.parse(response.body)
                #expect(served == document)
            }
        }
        return document
    }

    /// Problems of `value` against `schema` (types, required keys, nullability, enums, item counts; `$ref` followed).
    static func problems(_ value: JSONNode, _ schema: JSONNode, _ document: JSONNode, at path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.string {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = document["components"]?["schemas"]?[name] else { return ["\(path): unresolved \(reference)"] }
            return problems(value, target, document, at: path)
        }
        if value == .null {
            return schema["nullable"] == .bool(true) ? [] : ["\(path): null but not nullable"]
        }
        var found: [String] = []
        switch (schema["type"]?.string, value) {
        case let ("object", .object(object)):
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where object[key] == nil {
                found.append("\(path): missing required '\(key)'")
            }
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                if let property = schema["properties"]?[key] {
                    found += problems(child, property, document, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] {
                    found += problems(child, additional, document, at: "\(path).\(key)")
                }
            }
        case let ("array", .array(array)):
            if let items = schema["items"] {
                for (index, item) in array.enumerated() { found += problems(item, items, document, at: "\(path)[\(index)]") }
            }
            if let minimum = schema["minItems"]?.int, array.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            if let maximum = schema["maxItems"]?.int, array.count > maximum { found.append("\(path): more than \(maximum) items") }
        case let ("string", .string(string)):
            if let options = schema["enum"]?.array?.compactMap(\.string), !options.contains(string) {
                found.append("\(path): '\(string)' not in enum")
            }
        case ("integer", .int), ("number", .int), ("number", .number), ("boolean", .bool), (nil, _):
            break
        case let (type?, _):
            found.append("\(path): not \(type == "integer" || type == "object" || type == "array" ? "an" : "a") \(type)")
        }
        return found
    }

    /// The JSON schema of a path's response with `status`.
    static func schema(_ document: JSONNode, path: String, status: String = "200") throws -> JSONNode {
        let operation = try #require(document["paths"]?[path]?["get"], "\(path) missing")
        let response = try #require(operation["responses"]?[status], "\(path) has no \(status)")
        return try #require(response["content"]?["application/json"]?["schema"], "\(path) \(status) has no JSON schema")
    }

    /// `/letters/**` → `["letters", "{}"]`; `{id}` → `"{}"`, so router and document paths compare.
    static func shape(_ path: String) -> [String] {
        path.split(separator: "/").map { part in
            part.hasPrefix(":") || part == "**" || part.hasPrefix("{") ? "{}" : String(part)
        }
    }

    @Test func everyRouteOfTheRouterIsInTheDocumentAndNoMore() async throws {
        let document = try await Self.document()
        let paths = try #require(document["paths"]?.object)
        let documented = Set(paths.keys.map(Self.shape))
        let routes = try ServerFixture.router().routes
        #expect(routes.count >= 13)
        for route in routes {
            #expect(documented.contains(Self.shape(route.path.description)), "\(route) is not documented")
            #expect(route.method == .get)
        }
        let served = Set(routes.map { Self.shape($0.path.description) })
        for path in paths.keys {
            #expect(served.contains(Self.shape(path)), "\(path) is documented but not routed")
        }
    }

    @Test func everyOperationDocumentsItsParametersAndErrors() async throws {
        let document = try await Self.document()
        #expect(document["openapi"]?.string == "3.0.3")
        #expect(document["security"]?.array?.isEmpty == true)
        let paths = try #require(document["paths"]?.object)
        for (path, item) in paths {
            let operation = try #require(item["get"])
            let responses = try #require(operation["responses"]?.object)
            #expect(responses["200"] != nil, "\(path)")
            // The served document is the open server's: no route asks for a token, none answers 401.
            #expect(responses["401"] == nil, "\(path) documents 401 on a server without a token")
            let withToken = try JSONNode.parse(Data(OpenAPIDocument.text(requiresToken: true).utf8))
            if path != "/health" {
                #expect(withToken["paths"]?[path]?["get"]?["responses"]?["401"] != nil, "\(path) lacks 401 with a token")
            }
            let parameters = operation["parameters"]?.array ?? []
            let pathParameters = Set(parameters.filter { $0["in"]?.string == "path" }.compactMap { $0["name"]?.string })
            let placeholders = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
            #expect(pathParameters == placeholders, "\(path)")
        }
        func names(_ path: String) -> Set<String> {
            Set(paths[path]?["get"]?["parameters"]?.array?.compactMap { $0["name"]?.string } ?? [])
        }
        #expect(names("/search") == SearchController<KamerzoekRequestContext>.parameterNames)
        #expect(names("/search.csv") == ExportController<KamerzoekRequestContext>.exportParameterNames)
        #expect(names("/search.ndjson") == ExportController<KamerzoekRequestContext>.exportParameterNames)
        #expect(names("/search.atom") == ExportController<KamerzoekRequestContext>.feedParameterNames)
        #expect(names("/") == SearchPageState.parameterNames)
        let cap = paths["/search.csv"]?["get"]?["responses"]?["200"]?["headers"]?["X-Kamerzoek-Cap"]?["schema"]?["enum"]
        #expect(cap == .array([.int(SearchExport.cap)]))
    }

    @Test(arguments: [
        ("/search?q=herplaatsing&limit=5", "/search"),
        ("/search?q=solidariteti", "/search"),
        ("/search?country=GR&sort=date&facets=0", "/search"),
        ("/letters/kamerbrieven/jbz-raad-cyprus-januari-2026", "/letters/{id}"),
        ("/letters/sgd-historical/sgd-0000000696", "/letters/{id}"),
        ("/entities?kind=country&limit=5", "/entities"),
        ("/entities", "/entities"),
        ("/entities/dossier/32317", "/entities/{kind}/{key}"),
        ("/entities/country/NL?limit=3", "/entities/{kind}/{key}"),
        ("/health", "/health"),
        ("/openapi.json", "/openapi.json"),
        ("/timeline?q=solidariteit", "/timeline"),
        ("/timeline?country=GR&kind=motie", "/timeline"),
        ("/commitments", "/commitments"),
        ("/commitments?dossier=32317&from=2026", "/commitments"),
        ("/commitments?dossier=geen", "/commitments"),
    ])
    func realResponsesMatchTheirSchema(uri: String, path: String) async throws {
        let document = try await Self.document()
        let schema = try Self.schema(document, path: path)
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONNode.parse(response.body)
                #expect(Self.problems(body, schema, document) == [])
            }
        }
    }

    @Test func ndjsonLinesMatchTheSearchHitSchema() async throws {
        let document = try await Self.document()
        let hit = try #require(document["paths"]?["/search.ndjson"]?["get"]?["responses"]?["200"]?["content"]?["application/x-ndjson"]?["schema"])
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/search.ndjson?q=regering", method: .get) { response in
                let lines = ServerFixture.text(response.body).split(separator: "\n")
                #expect(!lines.isEmpty)
                for line in lines {
                    let body = try JSONNode.parse(Data(line.utf8))
                    #expect(Self.problems(body, hit, document) == [])
                }
            }
        }
    }

    @Test(arguments: [
        ("/search?q=x&bogus=1", "/search", 400),
        ("/search?q=x&limit=1000", "/search", 400),
        ("/letters/bestaat/niet", "/letters/{id}", 404),
        ("/entities?kind=planet", "/entities", 400),
        ("/entities/country/ZZ", "/entities/{kind}/{key}", 404),
        ("/entities?limit=0", "/entities", 400),
        ("/openapi.json?x=1", "/openapi.json", 400),
        ("/search.csv?q=x&limit=1", "/search.csv", 400),
        ("/timeline?q=x&limit=1", "/timeline", 400),
        ("/commitments?from=gisteren", "/commitments", 400),
    ])
    func errorResponsesAreDocumentedAndMatchTheErrorSchema(uri: String, path: String, status: Int) async throws {
        let document = try await Self.document()
        let schema = try Self.schema(document, path: path, status: String(status))
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status.code == status)
                let body = try JSONNode.parse(response.body)
                #expect(Self.problems(body, schema, document) == [])
            }
        }
    }

    @Test func theValidatorCatchesMissingKeysAndWrongTypes() async throws {
        let document = try await Self.document()
        let hit: JSONNode = .object(["$ref": .string("#/components/schemas/SearchHit")])
        var fields: [String: JSONNode] = [
            "id": .string("a"), "title": .string("t"), "date": .null, "kind": .string("brief"), "score": .number(1.5),
            "snippet": .string(""), "highlights": .array([.array([.int(0), .int(1)])]), "entities": .array([]),
        ]
        #expect(Self.problems(.object(fields), hit, document) == [])
        var missing = fields
        missing["title"] = nil
        #expect(Self.problems(.object(missing), hit, document) == ["$: missing required 'title'"])
        fields["highlights"] = .string("0-1")
        #expect(Self.problems(.object(fields), hit, document) == ["$.highlights: not an array"])
        fields["highlights"] = .array([.array([.int(0)])])
        fields["kind"] = .string("tweet")
        fields["score"] = .bool(true)
        fields["id"] = .null
        #expect(Self.problems(.object(fields), hit, document) == [
            "$.highlights[0]: fewer than 2 items", "$.id: null but not nullable", "$.kind: 'tweet' not in enum",
            "$.score: not a number",
        ])
    }
}
