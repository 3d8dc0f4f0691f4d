import Testing

extension Tag {
    /// Suites that start real servers or ingests and kill processes: minutes, not seconds.
    /// The README's fast loop skips them by name (`swift test --skip …`).
    @Tag public static var slow: Self
}
