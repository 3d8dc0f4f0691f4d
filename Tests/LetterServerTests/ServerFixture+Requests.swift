import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import LetterServer

extension ServerFixture {
    /// The body of `GET uri` (answered `200`) as text.
    static func page(_ uri: String) async throws -> String {
        try await app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok, "\(uri)")
                return ServerFixture.text(response.body)
            }
        }
    }

    /// The JSON object of `GET uri` (answered `200`).
    static func object(_ uri: String) async throws -> [String: Any] {
        let text = try await page(uri)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(uri)")
    }

    /// Expects `uri` to be answered `400` with the JSON error `code`.
    static func expectBadRequest(_ uri: String, code: String) async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                let body = try #require(try json(response.body) as? [String: Any])
                let error = try #require(body["error"] as? [String: Any])
                #expect(error["code"] as? String == code, "\(uri)")
            }
        }
    }
}
