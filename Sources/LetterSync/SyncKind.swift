import Foundation

/// The document kinds `kamerzoek sync` follows, by the feed's `soort`.
public enum SyncKind: String, Sendable, CaseIterable, Codable {
    /// `Brief regering`: letters of the government to parliament.
    case brief
    /// `Motie`, `Motie (gewijzigd/nader)`.
    case motie
    /// `Schriftelijke vragen`.
    case vragen
    /// `Antwoord schriftelijke vragen`, also `(nader)`.
    case antwoord

    /// The kind of a feed `soort`, or nil for one Kamerzoek does not follow.
    public init?(soort: String) {
        let lower = soort.lowercased()
        if lower.hasPrefix("brief regering") {
            self = .brief
        } else if lower.hasPrefix("motie") {
            self = .motie
        } else if lower.hasPrefix("schriftelijke vragen") {
            self = .vragen
        } else if lower.hasPrefix("antwoord schriftelijke vragen") {
            self = .antwoord
        } else {
            return nil
        }
    }

    /// Kinds from a comma-separated list (`brief,motie`); throws naming the unknown one.
    public static func parse(list: String) throws(SyncOptionError) -> Set<SyncKind> {
        var kinds: Set<SyncKind> = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let kind = SyncKind(rawValue: name) else {
                throw SyncOptionError(description: "unknown kind \(name.debugDescription) in --kinds: use "
                    + SyncKind.allCases.map(\.rawValue).joined(separator: ","))
            }
            kinds.insert(kind)
        }
        return kinds
    }
}

/// A sync option that cannot be used, with what is wrong.
public struct SyncOptionError: Error, CustomStringConvertible {
    public var description: String
}
