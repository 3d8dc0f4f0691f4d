import Hummingbird

/// What the error template shows.
struct ErrorPage {
    var title: String
    var status: Int
    var code: String
    var message: String

    init(_ error: APIError) {
        status = error.status.code
        code = error.code
        message = error.message
        title = "\(error.status.code) – Kamerzoek"
    }
}
