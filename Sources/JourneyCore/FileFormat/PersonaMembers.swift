/// A persona's members in the file after its id, name and age: the key and
/// the field of each, in the order the decoder reads them (of two bad
/// members, the first is the one reported). The encoder writes by it too.
enum PersonaMembers {
    enum Field: Sendable {
        case text(any WritableKeyPath<Persona, String> & Sendable)
        case list(any WritableKeyPath<Persona, [String]> & Sendable)
    }

    static let all: [(key: String, field: Field)] = [
        ("gender", .text(\.gender)),
        ("income", .text(\.income)),
        ("education", .text(\.education)),
        ("location", .text(\.location)),
        ("jobTitle", .text(\.jobTitle)),
        ("goals", .list(\.goals)),
        ("challenges", .list(\.challenges)),
        ("buyingHabits", .text(\.buyingHabits)),
        ("decisionProcess", .text(\.decisionProcess)),
        ("preferredChannels", .list(\.preferredChannels)),
        ("quote", .text(\.quote)),
        ("story", .text(\.story)),
    ]
}
