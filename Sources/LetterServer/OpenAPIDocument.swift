import LetterIndex

/// The OpenAPI 3.0 description of every route, parameter, response and error code; served at `/openapi.json`.
///
/// Route tests check real responses against its schemas and every router path against its `paths`.
enum OpenAPIDocument {
    /// The document.
    static let document: JSONValue = [
        "openapi": "3.0.3",
        "info": [
            "title": "Kamerzoek",
            "version": "1.0.0",
            "description": .string(serviceDescription(requiresToken: true)),
        ],
        "servers": [["url": "/"]],
        "security": [["bearerAuth": []]],
        "paths": .object([
            ("/search", ["get": operation(
                "search", summary: "Search letters: a page of ranked hits with snippets, facets and suggestions.",
                parameters: searchParameters(["q", "limit", "offset", "sort"] + filterNames + ["raw", "facets", "explain"]),
                success: json(ref("SearchResponse")),
                errors: ["bad_parameter", "unknown_parameter", "bad_query", "bad_filter", "bad_date"])]),
            ("/search.csv", ["get": operation(
                "exportCSV",
                summary: "Every result of a search as CSV (RFC 4180, header line), streamed; at most \(SearchExport.cap) rows.",
                parameters: searchParameters(["q", "sort"] + filterNames + ["raw"]),
                success: exportResponse(
                    "text/csv", schema: ["type": "string", "description": .string(
                        "Columns: \(SearchExportFormat.csvColumns.joined(separator: ", ")); entity columns hold keys joined by '; '. "
                            + "Text cells starting with = + - @ get a leading apostrophe.")]),
                errors: ["bad_parameter", "unknown_parameter", "bad_query", "bad_filter", "bad_date"])]),
            ("/search.ndjson", ["get": operation(
                "exportNDJSON",
                summary: "Every result of a search as NDJSON (one SearchHit per line), streamed; at most \(SearchExport.cap) lines.",
                parameters: searchParameters(["q", "sort"] + filterNames + ["raw"]),
                success: exportResponse("application/x-ndjson", schema: ref("SearchHit")),
                errors: ["bad_parameter", "unknown_parameter", "bad_query", "bad_filter", "bad_date"])]),
            ("/search.atom", ["get": operation(
                "feed",
                summary: "An Atom 1.0 feed of the newest letters matching a search (sorted by date; undated letters left out).",
                parameters: searchParameters(["q", "limit"] + filterNames + ["raw"]),
                success: ["description": "Atom feed", "content": ["application/atom+xml": ["schema": ["type": "string"]]]],
                errors: ["bad_parameter", "unknown_parameter", "bad_query", "bad_filter", "bad_date"])]),
            ("/timeline", ["get": operation(
                "timeline", summary: "Matching letters per year: the search's year facet, every year from the first to the last "
                    + "(0 between), oldest first; undated letters counted in total and undated only.",
                parameters: searchParameters(["q"] + filterNames + ["raw"]),
                success: json(ref("LetterTimeline")),
                errors: ["bad_parameter", "unknown_parameter", "bad_query", "bad_filter", "bad_date"])]),
            ("/commitments", ["get": operation(
                "commitments", summary: "Toezeggingen recognised in letters by their registry number (TZ202412-096), newest "
                    + "letter first: who promised (the letter's signing ministers), what (the sentence around the number), "
                    + "the letter, its date and its own dossiers.",
                parameters: commitmentParameters(limit: 50, offset: "Commitments to skip."),
                success: json(ref("CommitmentPage")),
                errors: ["bad_parameter", "unknown_parameter", "bad_date"])]),
            ("/commitments.atom", ["get": operation(
                "commitmentsFeed", summary: "An Atom 1.0 feed of the newest toezeggingen (an undated letter's dated by the day it was indexed), "
                    + "each entry linking to the number in its letter.",
                parameters: commitmentParameters(limit: AtomFeed.defaultEntries),
                success: ["description": "Atom feed", "content": ["application/atom+xml": ["schema": ["type": "string"]]]],
                errors: ["bad_parameter", "unknown_parameter", "bad_date"])]),
            ("/letters/{id}", ["get": operation(
                "letter",
                summary: "One letter: metadata, normalized text, entities and mentions (UTF-8 byte ranges into text). "
                    + "A client preferring text/html (a browser) gets the letter page instead.",
                parameters: [idParameter],
                success: ["description": "The letter", "content": [
                    "application/json": ["schema": ref("LetterDetail")],
                    "text/html": ["schema": ["type": "string"]],
                ]],
                errors: ["unknown_parameter", "not_found"])]),
            ("/letters/{id}/similar", ["get": operation(
                "similarLetters",
                summary: "The letters about the same subject as one letter, most similar first, each with why: "
                    + "its dossier in common, the shared characteristic words, the shared rarer entities.",
                parameters: [idParameter, query("limit", "Letters to list.", schema: [
                    "type": "integer", "minimum": 1, "maximum": .int(SimilarLetters.maximumLimit),
                    "default": .int(SimilarLetters.defaultLimit)])],
                success: json(ref("SimilarLettersResponse")),
                errors: ["bad_parameter", "unknown_parameter", "not_found"])]),
            ("/entities", ["get": operation(
                "entities", summary: "Entities with the number of letters naming them, most first.",
                parameters: [
                    query("kind", "One entity kind.", schema: ["type": "string", "enum": .array(EntityCatalog.kinds.map { .string($0) })]),
                    query("limit", "Entities per page.", schema: ["type": "integer", "minimum": 1, "maximum": 1000, "default": 100]),
                    query("offset", "Entities to skip.", schema: ["type": "integer", "minimum": 0, "maximum": 100_000, "default": 0]),
                ],
                success: json(["type": "array", "items": ref("EntitySummary")]),
                errors: ["bad_parameter", "unknown_parameter"])]),
            ("/entities/{kind}/{key}", ["get": operation(
                "entity", summary: "One entity: its letters (newest first) and letters per year.",
                parameters: [
                    path("kind", "The entity kind.", schema: ["type": "string", "enum": .array(EntityCatalog.kinds.map { .string($0) })]),
                    path("key", "The entity key (ISO code, dossier number, normalized role…); may contain '/'.",
                         schema: ["type": "string"]),
                    query("limit", "Letters per page.", schema: ["type": "integer", "minimum": 1, "maximum": 1000, "default": 100]),
                    query("offset", "Letters to skip.", schema: ["type": "integer", "minimum": 0, "maximum": 100_000, "default": 0]),
                ],
                success: json(ref("EntityDetail")),
                errors: ["bad_parameter", "unknown_parameter", "not_found"])]),
            ("/metrics", ["get": operation(
                "metrics", summary: "Prometheus metrics (text format 0.0.4): requests by route and status, latency, "
                    + "worker restarts, the index's letters and generation.",
                parameters: [], success: ["description": "OK", "content": ["text/plain": ["schema": ["type": "string"]]]],
                errors: ["unknown_parameter"])]),
            ("/health", ["get": operation(
                "health", summary: "Whether the index answers, with its letter count. Never needs a token.",
                parameters: [], success: json(ref("Health")), errors: [], open: true)]),
            ("/openapi.json", ["get": operation(
                "openapi", summary: "This document.", parameters: [],
                success: json(["type": "object", "required": ["openapi", "info", "paths"]]), errors: ["unknown_parameter"])]),
            ("/", ["get": operation(
                "searchPage", summary: "The search page (HTML, Dutch): search box, facets, results, paging.",
                parameters: searchParameters(["q", "sort", "offset"] + filterNames + ["vs"], offsetNote: true),
                success: html("The search page"),
                errors: ["bad_parameter", "unknown_parameter", "bad_query", "bad_filter", "bad_date"], htmlErrors: true)]),
            ("/toezeggingen", ["get": operation(
                "commitmentsPage", summary: "The toezeggingen page (HTML, Dutch): the commitments with filters, "
                    + "each linked to its place in the letter, and how they were recognised.",
                parameters: commitmentParameters(offset: "Commitments to skip (pages of \(CommitmentListPage.pageSize))."),
                success: html("The toezeggingen page"),
                errors: ["bad_parameter", "unknown_parameter", "bad_date"], htmlErrors: true)]),
            ("/brief/{id}", ["get": operation(
                "letterPage", summary: "The letter page (HTML): text with entities linked, metadata, source link.",
                parameters: [idParameter], success: html("The letter page"),
                errors: ["unknown_parameter", "not_found"], htmlErrors: true)]),
            ("/entiteit/{kind}/{key}", ["get": operation(
                "entityPage", summary: "The entity page (HTML): letters per year and its letters, newest first.",
                parameters: [
                    path("kind", "The entity kind.", schema: ["type": "string", "enum": .array(EntityCatalog.kinds.map { .string($0) })]),
                    path("key", "The entity key; may contain '/'.", schema: ["type": "string"]),
                    query("offset", "Letters to skip.", schema: ["type": "integer", "minimum": 0, "maximum": 100_000, "default": 0]),
                ],
                success: html("The entity page"), errors: ["bad_parameter", "unknown_parameter", "not_found"], htmlErrors: true)]),
            ("/entiteiten/{kind}", ["get": operation(
                "entityListPage", summary: "The entities of one kind (HTML), most letters first.",
                parameters: [path("kind", "The entity kind.", schema: ["type": "string", "enum": .array(EntityCatalog.kinds.map { .string($0) })])],
                success: html("The entity list"), errors: ["bad_parameter", "unknown_parameter"], htmlErrors: true)]),
        ]),
        "components": [
            "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer"]],
            "schemas": schemas,
        ],
    ]

    /// The document as a server with a token (`requiresToken`) or without one describes itself:
    /// without a token no route asks for authentication.
    static func document(requiresToken: Bool) -> JSONValue {
        guard !requiresToken, let info = document["info"] else { return document }
        let openInfo = info.adding("description", .string(serviceDescription(requiresToken: false)))
        return withoutAuthentication(document).adding("info", openInfo)
    }

    /// `value` with no security requirement and no `401` responses.
    static func withoutAuthentication(_ value: JSONValue) -> JSONValue {
        switch value {
        case let .object(pairs):
            return .object(pairs.compactMap { key, child in
                switch key {
                case "401": nil
                case "security": (key, .array([]))
                default: (key, withoutAuthentication(child))
                }
            })
        case let .array(values):
            return .array(values.map(withoutAuthentication))
        default:
            return value
        }
    }

    /// The service's description, with what it says about authentication.
    static func serviceDescription(requiresToken: Bool) -> String {
        let authentication = requiresToken
            ? "When the server runs with a token, every route but /health needs `Authorization: Bearer <token>` "
                + "(browsers may send the token as the password of HTTP Basic authentication). "
            : "This server runs without a token: no route needs authentication. "
        return "Full-text search over Dutch government letters (Kamerbrieven, moties, historical parliamentary papers). "
            + "Every error is a JSON object {\"error\": {\"code\", \"message\"}} with a stable code. "
            + authentication
            + "A request that waits longer than the request timeout for the index is answered 503 with code `timeout`."
    }

    // MARK: - Parameters

    static let filterNames = ["country", "minister", "dossier", "person", "organisation", "kind", "from", "to"]

    static func searchParameters(_ names: [String], offsetNote: Bool = false) -> JSONValue {
        .array(names.map { name -> JSONValue in
            switch name {
            case "q": query("q", "The query: words, \"phrases\", prefix*, OR/OF, NOT/NIET/-word, (groups), NEAR(a b, 5), field filters "
                + "(titel:, land:, minister:, dossier:, soort:, van:, tot:). May be empty when a filter is given.",
                schema: ["type": "string", "maxLength": .int(SearchRequest.maximumQueryLength)])
            case "limit": query("limit", "Results per page.", schema: [
                "type": "integer", "minimum": 1, "maximum": .int(SearchRequest.maximumLimit), "default": 10])
            case "offset": query("offset", offsetNote ? "Results to skip (pages of \(SearchPageState.pageSize))." : "Results to skip.",
                schema: ["type": "integer", "minimum": 0, "maximum": .int(SearchRequest.maximumOffset), "default": 0])
            case "sort": query("sort", "Order: best match first or newest first (empty: relevance).", schema: [
                "type": "string", "enum": ["relevance", "date", ""], "default": "relevance"])
            case "country": query("country", "Letters naming this country (ISO code or Dutch name); repeatable or comma-separated. "
                + "A value that names no country matches no letter, and the response's notes say so.",
                schema: ["type": "string"], repeatable: true)
            case "minister": query("minister", "Letters naming this minister (name or role); repeatable.",
                schema: ["type": "string"], repeatable: true)
            case "dossier": query("dossier", "Letters in or citing this dossier (32317, 21501-20, 36600-VI); repeatable. "
                + "A value that is no dossier number matches no letter, and the response's notes say so.",
                schema: ["type": "string"], repeatable: true)
            case "person": query("person", "Letters naming this member of parliament; repeatable.", schema: ["type": "string"], repeatable: true)
            case "organisation": query("organisation", "Letters naming this organisation; repeatable.",
                schema: ["type": "string"], repeatable: true)
            case "kind": query("kind", "Letter kind; repeatable (empty: any kind).", schema: [
                "type": "string", "enum": ["brief", "motie", "kamervragen", "other", ""]], repeatable: true)
            case "from": query("from", "Letters dated on or after (yyyy, yyyy-mm or yyyy-mm-dd; empty: no bound).",
                schema: ["type": "string", "pattern": .string(datePattern)])
            case "to": query("to", "Letters dated on or before (yyyy, yyyy-mm or yyyy-mm-dd; empty: no bound).",
                schema: ["type": "string", "pattern": .string(datePattern)])
            case "raw": query("raw", "Expert mode: q is FTS5 syntax, checked by SQLite.", schema: [
                "type": "string", "enum": ["1", "0", "true", "false", "yes", "no", "ja", "nee", ""]])
            case "facets": query("facets", "Whether to count facets (default 1).", schema: [
                "type": "string", "enum": ["1", "0", "true", "false", "yes", "no", "ja", "nee", ""]])
            case "explain": query("explain", "Whether each hit carries its score taken apart (default 0).", schema: [
                "type": "string", "enum": ["1", "0", "true", "false", "yes", "no", "ja", "nee", ""]])
            case "vs": query("vs", "A second query: its letters per year are shown beside those of q, on one scale "
                + "(with the same filters).", schema: ["type": "string", "maxLength": .int(SearchRequest.maximumQueryLength)])
            default: query(name, name, schema: ["type": "string"])
            }
        })
    }

    /// The parameters of a commitment route: the filters, and `limit` (with its default) and `offset` when it takes them.
    static func commitmentParameters(limit: Int? = nil, offset: String? = nil) -> JSONValue {
        var parameters: [JSONValue] = [
            query("minister", "Commitments whose letter a minister matching this signed (name or role).", schema: ["type": "string"]),
            query("dossier", "Commitments whose letter's own dossier is this (32317, 21501-20; a number also takes its parts). "
                + "A value that is no dossier number matches nothing, and the notes say so.", schema: ["type": "string"]),
        ]
        if case let .array(dates) = searchParameters(["from", "to"]) { parameters += dates }
        if let limit {
            parameters.append(query("limit", "Commitments (entries) at most.", schema: [
                "type": "integer", "minimum": 1, "maximum": .int(CommitmentQuery.maximumLimit), "default": .int(limit)]))
        }
        if let offset {
            parameters.append(query("offset", offset, schema: [
                "type": "integer", "minimum": 0, "maximum": .int(CommitmentQuery.maximumOffset), "default": 0]))
        }
        return .array(parameters)
    }

    /// `yyyy`, `yyyy-mm` or `yyyy-mm-dd` with a real month and day number, or empty.
    static let datePattern = "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$"

    static let idParameter = path(
        "id", "The letter id: its path in the corpus without extension, e.g. tk-moties/kst-34104-439 (contains '/').",
        schema: ["type": "string", "maxLength": 1024])

    static func query(_ name: String, _ description: String, schema: JSONValue, repeatable: Bool = false) -> JSONValue {
        var parameter: JSONValue = ["name": .string(name), "in": "query", "required": false, "description": .string(description),
                                    "schema": schema]
        if repeatable { parameter = parameter.adding("explode", true) }
        return parameter
    }

    static func path(_ name: String, _ description: String, schema: JSONValue) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "description": .string(description), "schema": schema]
    }

    // MARK: - Responses

    static func operation(
        _ id: String, summary: String, parameters: JSONValue, success: JSONValue, errors: [String], open: Bool = false,
        htmlErrors: Bool = false
    ) -> JSONValue {
        var responses: [(String, JSONValue)] = [("200", success)]
        let errorContent: JSONValue = htmlErrors ? ["text/html": ["schema": ["type": "string"]]] : ["application/json": ["schema": ref("Error")]]
        var byStatus: [Int: [String]] = [:]
        for code in errors { byStatus[status(of: code), default: []].append(code) }
        for statusCode in byStatus.keys.sorted() {
            let codes = byStatus[statusCode]!
            responses.append((String(statusCode), [
                "description": .string("Error codes: \(codes.joined(separator: ", "))"), "content": errorContent]))
        }
        if !open {
            responses.append(("401", ["description": "Error code: unauthorized (the server has a token and none or a wrong one was sent)",
                                      "content": ["application/json": ["schema": ref("Error")]]]))
            responses.append(("503", ["description": "Error code: timeout (the index did not answer within the request timeout)",
                                      "content": errorContent]))
        }
        var operation: JSONValue = ["operationId": .string(id), "summary": .string(summary), "parameters": parameters,
                                    "responses": .object(responses)]
        if open { operation = operation.adding("security", []) }
        return operation
    }

    static func status(of code: String) -> Int {
        code == "not_found" ? 404 : 400
    }

    static func json(_ schema: JSONValue) -> JSONValue {
        ["description": "OK", "content": ["application/json": ["schema": schema]]]
    }

    static func html(_ description: String) -> JSONValue {
        ["description": .string(description), "content": ["text/html": ["schema": ["type": "string"]]]]
    }

    static func exportResponse(_ contentType: String, schema: JSONValue) -> JSONValue {
        [
            "description": .string("All results up to the cap, streamed. If the search relaxed to letters matching most words, "
                + "only its first \(SearchExport.pageSize) results. Stops after 60 s of searching."),
            "headers": [
                "X-Kamerzoek-Cap": ["description": "The most results an export holds.",
                                    "schema": ["type": "integer", "enum": [.int(SearchExport.cap)]]],
                "X-Kamerzoek-Total": ["description": "Matching letters in all (may exceed the cap).", "schema": ["type": "integer"]],
            ],
            "content": .object([(contentType, ["schema": schema] as JSONValue)]),
        ]
    }

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    // MARK: - Schemas

    static func object(_ required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        ["type": "object", "required": .array(required.map { .string($0) }), "properties": .object(properties)]
    }

    static let string: JSONValue = ["type": "string"]
    static let nullableString: JSONValue = ["type": "string", "nullable": true]
    static let integer: JSONValue = ["type": "integer"]
    static let nullableInteger: JSONValue = ["type": "integer", "nullable": true]
    static let boolean: JSONValue = ["type": "boolean"]
    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }

    static let schemas: JSONValue = .object([
        ("Error", object(["error"], [("error", object(["code", "message"], [
            ("code", ["type": "string", "description": "Stable: bad_parameter, unknown_parameter, bad_query, bad_filter, bad_date, not_found, method_not_allowed, unauthorized, timeout, internal."]),
            ("message", string),
        ]))])),
        ("EntityReference", object(["kind", "key", "label", "count", "primary"], [
            ("kind", string), ("key", string), ("label", string), ("count", integer), ("primary", boolean),
        ])),
        ("SearchHit", object(["id", "title", "date", "kind", "score", "snippet", "highlights", "entities"], [
            ("id", string), ("title", string), ("date", nullableString),
            ("kind", ["type": "string", "enum": ["brief", "motie", "kamervragen", "other"]]),
            ("score", ["type": "number"]),
            ("snippet", string),
            ("highlights", ["type": "array", "description": "[start, end) in Unicode scalars of snippet",
                            "items": ["type": "array", "items": integer, "minItems": 2, "maxItems": 2]]),
            ("entities", array(ref("EntityReference"))),
            ("explanation", ref("ScoreExplanation")),
        ])),
        ("ScoreExplanation", object(["parts", "wordsMatched", "words", "coverage", "entities", "entityBoost", "score"], [
            ("parts", array(object(["word", "phrase", "role", "weight", "inTitle", "inText", "score"], [
                ("word", string), ("phrase", string),
                ("role", ["type": "string", "enum": ["word", "part", "proximity"]]),
                ("weight", ["type": "number"]), ("inTitle", integer), ("inText", integer), ("score", ["type": "number"]),
            ]))),
            ("wordsMatched", integer), ("words", integer), ("coverage", ["type": "number"]),
            ("entities", array(string)), ("entityBoost", ["type": "number"]), ("score", ["type": "number"]),
        ])),
        ("FacetValue", object(["key", "label", "count"], [("key", string), ("label", string), ("count", integer)])),
        ("Facets", object(["country", "minister", "dossier", "year", "kind"], [
            ("country", array(ref("FacetValue"))), ("minister", array(ref("FacetValue"))), ("dossier", array(ref("FacetValue"))),
            ("year", array(ref("FacetValue"))), ("kind", array(ref("FacetValue"))),
        ])),
        ("SearchResponse", object(
            ["query", "total", "offset", "limit", "sort", "relaxed", "notes", "suggestions", "results", "facets"], [
                ("query", string), ("total", integer), ("offset", integer), ("limit", integer),
                ("sort", ["type": "string", "enum": ["relevance", "date"]]), ("relaxed", boolean),
                ("notes", array(string)), ("suggestions", array(string)), ("results", array(ref("SearchHit"))),
                ("facets", ref("Facets")),
            ])),
        ("MentionDetail", object(["kind", "key", "label", "surface", "primary"], [
            ("kind", string), ("key", string), ("label", string),
            ("start", ["type": "integer", "nullable": true, "description": "UTF-8 byte offset in text; null in furniture"]),
            ("end", nullableInteger), ("surface", string), ("name", nullableString), ("primary", boolean),
        ])),
        ("LetterDetail", object(["id", "title", "kind", "path", "format", "text", "furniture", "entities", "mentions"], [
            ("id", string), ("title", string), ("date", nullableString), ("kind", string), ("path", string),
            ("format", string), ("source_url", nullableString), ("text", string), ("furniture", array(string)),
            ("entities", array(ref("EntityReference"))), ("mentions", array(ref("MentionDetail"))),
        ])),
        ("SimilarityReasons", object(["dossiers", "terms", "entities"], [
            ("dossiers", ["type": "array", "items": ref("EntitySummary"),
                          "description": "Dossiers both letters belong to (letters: the dossier's own letters)"]),
            ("terms", ["type": "array", "items": string,
                       "description": "The letter's characteristic words the other holds too, as written, weightiest first"]),
            ("entities", ["type": "array", "items": ref("EntitySummary"), "description":
                "Rarer entities both name (persons, organisations, cited dossiers, countries, toezeggingen; letters: how many name it)"]),
        ])),
        ("SimilarLetter", object(["id", "title", "date", "score", "reasons"], [
            ("id", string), ("title", string), ("date", nullableString),
            ("score", ["type": "number", "description": "Shared words (0 to 1) plus dossier and entity ties; higher is closer"]),
            ("reasons", ref("SimilarityReasons")),
        ])),
        ("SimilarLettersResponse", object(["id", "results"], [("id", string), ("results", array(ref("SimilarLetter")))])),
        ("EntitySummary", object(["kind", "key", "label", "letters"], [
            ("kind", string), ("key", string), ("label", string), ("letters", integer),
        ])),
        ("LetterSummary", object(["id", "title", "date", "kind", "primary"], [
            ("id", string), ("title", string), ("date", nullableString), ("kind", string), ("primary", boolean),
        ])),
        ("EntityDetail", object(["entity", "years", "results"], [
            ("entity", ref("EntitySummary")),
            ("years", ["type": "object", "additionalProperties": integer, "description": "yyyy → letters"]),
            ("results", array(ref("LetterSummary"))),
        ])),
        ("TimelineBucket", object(["year", "count"], [("year", integer), ("count", integer)])),
        ("LetterTimeline", object(["query", "total", "undated", "relaxed", "notes", "buckets"], [
            ("query", string), ("total", integer), ("undated", integer), ("relaxed", boolean), ("notes", array(string)),
            ("buckets", array(ref("TimelineBucket"))),
        ])),
        ("NamedEntity", object(["key", "label"], [("key", string), ("label", string)])),
        ("Commitment", object(["key", "letter", "title", "kind", "indexed", "ministers", "dossiers", "text", "anchor"], [
            ("key", string), ("letter", string), ("title", string), ("date", nullableString), ("kind", string),
            ("indexed", ["type": "string", "description": "When the letter was indexed (ISO 8601, UTC)"]),
            ("ministers", array(ref("NamedEntity"))), ("dossiers", array(ref("NamedEntity"))), ("text", string),
            ("anchor", ["type": "string", "description": "The fragment id of the number in the letter page (/brief/{letter}#anchor)"]),
        ])),
        ("CommitmentPage", object(["total", "offset", "limit", "results", "notes"], [
            ("total", integer), ("offset", integer), ("limit", integer), ("results", array(ref("Commitment"))),
            ("notes", array(string)),
        ])),
        ("Health", object(["status", "letters"], [("status", string), ("letters", integer), ("analyzer", nullableString)])),
    ])
}
