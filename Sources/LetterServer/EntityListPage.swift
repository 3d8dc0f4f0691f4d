import LetterIndex

/// What the entity list template shows: the entities of one kind with their letter counts.
struct EntityListPage {
    var title: String
    var kindName: String
    var kinds: [PageLink]
    var entities: [PageLink]
    var jsonHref: String

    init(kind: String, entities: [EntitySummary]) {
        kindName = EntityKindName.plural(kind).capitalizedFirst
        title = "\(kindName) – Kamerzoek"
        kinds = EntityCatalog.kinds.map {
            PageLink(label: EntityKindName.plural($0), href: WebLinks.entities(kind: $0), active: $0 == kind)
        }
        self.entities = entities.map {
            PageLink(label: $0.label, href: WebLinks.entity(kind: $0.kind, key: $0.key), count: $0.letters)
        }
        jsonHref = WebLinks.path("/entities", [("kind", kind)])
    }
}
