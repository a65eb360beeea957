/// One difference between two versions of a map, found by ids: a thing
/// added, removed, renamed, moved, or one of its fields changed.
public struct MapDifference: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case added, removed, renamed, moved, changed
    }

    public var kind: Kind
    /// What it is, in words: "touchpoint", "pain point", "persona", "objectives".
    public var subject: String
    /// Where it is, in words: "Awareness › Search ad"; for a removed thing, where it was.
    public var place: String
    /// The field that changed ("Actions", "emotion: Maya", "impact"); nil for the thing as a whole.
    /// A move says which kind: "stage" (to another stage: old and new name the stages) or
    /// "after" (within its list: new names the thing now before it, nil when it is first).
    public var field: String?
    public var old: String?
    public var new: String?
    /// The ids that name it (stage, touchpoint, item…), for tools.
    public var ids: [String]

    public init(_ kind: Kind, _ subject: String, place: String, field: String? = nil, old: String? = nil, new: String? = nil,
                ids: [String]) {
        self.kind = kind
        self.subject = subject
        self.place = place
        self.field = field
        self.old = old
        self.new = new
        self.ids = ids
    }
}
