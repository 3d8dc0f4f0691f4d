/// A gazetteer written as a text table, one entry a line: fields separated by `|`, the items of
/// a list field by `;`, blanks around both trimmed; lines that start with `#` are comments.
///
/// ```swift
/// GazetteerTable.rows("ind | IND | Immigratie- en Naturalisatiedienst | IND", fields: 4)
/// // [[["ind"], ["IND"], ["Immigratie- en Naturalisatiedienst"], ["IND"]]]
/// ```
enum GazetteerTable {
    /// Each entry's fields, each field the list of its items (empty for an empty field).
    static func rows(_ text: String, fields: Int) -> [[[String]]] {
        text.split(separator: "\n").compactMap { line in
            let line = trimmed(line)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let row = line.split(separator: "|", omittingEmptySubsequences: false).map { field in
                field.split(separator: ";").map(trimmed).filter { !$0.isEmpty }.map(String.init)
            }
            precondition(row.count == fields, "a gazetteer row needs \(fields) fields: \(line)")
            return row
        }
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
