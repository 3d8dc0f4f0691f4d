/// Dutch number and count phrasing.
enum DutchWording {
    /// `1 brief`, `12 brieven`, `1.234 brieven`.
    static func letters(_ count: Int) -> String {
        "\(number(count)) \(count == 1 ? "brief" : "brieven")"
    }

    /// A whole number with `.` between thousands.
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(".") }
            output.append(digit)
        }
        return value < 0 ? "-" + output : output
    }

    private static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                 "september", "oktober", "november", "december"]

    /// `2026-01-27` → `27 januari 2026`; partial or odd dates as they are.
    static func date(_ value: String?) -> String? {
        guard let value else { return nil }
        let parts = value.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else {
            return value
        }
        return "\(day) \(months[month - 1]) \(parts[0])"
    }
}
