/// What sort of parliamentary document a letter is.
///
/// `brief`: a letter to the Kamer (`BRIEF VAN DE MINISTER …`, `Hierbij bied ik uw Kamer …`);
/// `motie`: a motion (`MOTIE VAN HET LID …`, also gewijzigde moties);
/// `kamervragen`: written questions with their answers (Aanhangsel van de Handelingen);
/// `other`: everything else (bills, reports, debates, budgets).
public enum LetterKind: String, Sendable, Codable, CaseIterable, Hashable {
    case brief
    case motie
    case kamervragen
    case other
}
