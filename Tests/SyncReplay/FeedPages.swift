import Foundation

/// The Atom pages of a ``FeedRecording``, written as the SyncFeed writes them: documents with a
/// default tkData namespace and `tk:` attributes, dossiers with `ns1:`; `skiptoken` the position
/// of a page's last entry; next links with their parameters in varying order.
enum FeedPages {
    static let tkData = "http://www.tweedekamer.nl/xsd/tkData/v1-0"

    /// The page of `category` after `skiptoken` (0 for the first).
    static func page(
        of recording: FeedRecording, category: String, after skiptoken: Int, base: String
    ) -> String {
        let entries = category == "Kamerstukdossier" ? recording.dossierEntries : recording.documentEntries
        let start = min(max(skiptoken, 0), entries.count)
        let end = min(start + recording.pageSize, entries.count)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>Tweede Kamer SyncFeed</title>
            <id>\(base)/Feed?category=\(category)</id>
            <updated>2026-12-07T08:00:00Z</updated>
            <link rel="self" href="\(escape("\(base)/Feed?category=\(category)&skiptoken=\(skiptoken)"))"/>

            """
        if end < entries.count {
            let next = category == "Document"
                ? "\(base)/Feed?skiptoken=\(end)&category=\(category)"
                : "\(base)/Feed?category=\(category)&skiptoken=\(end)"
            xml += "<link rel=\"next\" href=\"\(escape(next))\"/>\n"
        }
        for (offset, entry) in entries[start..<end].enumerated() {
            // Each entry links the feed after itself, as the service does.
            let after = category == "Document"
                ? "\(base)/Feed?skiptoken=\(start + offset + 1)&category=\(category)"
                : "\(base)/Feed?category=\(category)&skiptoken=\(start + offset + 1)"
            xml += self.entry(entry, position: start + offset, base: base, next: after)
        }
        xml += "</feed>\n"
        return xml
    }

    private static func entry(_ entry: FeedRecording.Entry, position: Int, base: String, next: String) -> String {
        let link = "<link rel=\"next\" href=\"\(escape(next))\"/>\n"
        switch entry {
        case .document(let document):
            var fields = """
                <soort>\(escape(document.soort))</soort>
                <documentNummer>\(document.number)</documentNummer>
                <titel>\(escape(document.title))</titel>
                <onderwerp>\(escape(document.title))</onderwerp>
                <datum>\(document.date)T00:00:00</datum>
                <volgnummer>\(position + 1)</volgnummer>
                """
            if let dossier = document.dossierID { fields += "\n<kamerstukdossier ref=\"\(dossier)\"/>" }
            // Not every entry links its file: the reader must then use {base}/Resources/{GUID}.
            let hasFile = !document.declaredType.isEmpty
            let enclosure = position % 3 == 0 || !hasFile ? "" : "<link rel=\"enclosure\" href=\"\(base)/Resources/\(document.id)\"/>\n"
            // A document without a file declares no content.
            let content = hasFile ? " tk:contentType=\"\(document.declaredType)\" tk:contentLength=\"\(document.file.count)\"" : ""
            return wrap(
                id: document.id, updated: document.updated, category: "document", base: base, extra: link + enclosure,
                content: """
                    <document xmlns="\(tkData)" xmlns:tk="\(tkData)" id="\(document.id)" tk:bijgewerkt="\(document.updated)" \
                    tk:verwijderd="false"\(content)>
                    \(fields)
                    </document>
                    """)
        case .dossier(let dossier):
            let addition = dossier.addition.map { "<ns1:toevoeging>\($0)</ns1:toevoeging>" } ?? ""
            return wrap(
                id: dossier.id, updated: "2024-01-01T00:00:00+01:00", category: "kamerstukdossier", base: base, extra: link,
                content: """
                    <ns1:kamerstukdossier xmlns:ns1="\(tkData)" id="\(dossier.id)" ns1:bijgewerkt="2024-01-01T00:00:00+01:00" ns1:verwijderd="false">
                    <ns1:nummer>\(dossier.number)</ns1:nummer>\(addition)<ns1:titel>\(escape(dossier.title))</ns1:titel>
                    </ns1:kamerstukdossier>
                    """)
        case .deletedDocument(let id, let updated):
            return wrap(
                id: id, updated: updated, category: "document", base: base, extra: link,
                content: "<document xmlns=\"\(tkData)\" xmlns:tk=\"\(tkData)\" id=\"\(id)\" tk:bijgewerkt=\"\(updated)\" tk:verwijderd=\"true\"/>")
        case .malformedDocument(let id):
            return wrap(
                id: id, updated: "2025-01-01T00:00:00+01:00", category: "document", base: base, extra: link,
                content: "<document xmlns=\"\(tkData)\" xmlns:tk=\"\(tkData)\" id=\"\(id)\" tk:verwijderd=\"false\"><soort>Motie</soort></document>")
        }
    }

    private static func wrap(id: String, updated: String, category: String, base: String, extra: String, content: String) -> String {
        """
        <entry>
        <title>\(id)</title>
        <id>\(base)/Entiteiten/\(id)</id>
        <author><name>Tweede Kamer der Staten-Generaal</name></author>
        <updated>\(updated)</updated>
        <category term="\(category)"/>
        \(extra)<content type="application/xml">
        \(content)
        </content>
        </entry>

        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
