/// The persona fields `:set` and the personas view can change: the word
/// typed, the label, and how the value goes in.
public struct PersonaField: Sendable {
    public enum Kind: Sendable {
        case text(any WritableKeyPath<Persona, String> & Sendable)
        case list(any WritableKeyPath<Persona, [String]> & Sendable)
        case age
        /// The preferred channels, named from the map's channel list.
        case channels
    }

    public let name: String
    public let label: String
    public let kind: Kind

    /// Sets the value (channels by their names in `channels`); returns why not when it cannot be.
    public func apply(_ value: String, to persona: inout Persona, channels: [Channel] = []) -> String? {
        switch kind {
        case .channels:
            var ids: [String] = []
            for name in value.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !name.isEmpty {
                guard let channel = channels.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                    return "no channel “\(name)”; the map's channels are "
                        + (channels.isEmpty ? "none yet" : channels.map(\.name).joined(separator: ", ")) + " (:channel NAME adds one)"
                }
                if !ids.contains(channel.id) { ids.append(channel.id) }
            }
            persona.preferredChannels = ids
        case .text(let field):
            if name == "name" && value.isEmpty { return "a persona needs a name" }
            persona[keyPath: field] = value
        case .list(let field):
            guard !value.isEmpty else { return "usage: :set \(name) TEXT adds one" }
            persona[keyPath: field].append(value)
        case .age:
            if value.isEmpty {
                persona.age = nil
            } else {
                switch RuleBook.parseWhole(value, for: .age) {
                case .success(let age): persona.age = age
                case .failure(let problem): return problem.description
                }
            }
        }
        return nil
    }

    /// The field's value after the change, for the confirmation.
    public func describe(_ persona: Persona, channels: [Channel] = []) -> String {
        switch kind {
        case .text(let field):
            let value = persona[keyPath: field]
            return value.isEmpty ? "\(label) cleared" : "\(label) \(value)"
        case .list(let field): return "\(label) \(persona[keyPath: field].count): \(persona[keyPath: field].last ?? "")"
        case .age: return persona.age.map { "age \($0)" } ?? "age cleared"
        case .channels:
            let names = persona.preferredChannels.map { id in channels.first { $0.id == id }?.name ?? id }
            return names.isEmpty ? "\(label) cleared" : "\(label) " + names.joined(separator: ", ")
        }
    }

    /// The value as a person reads it: the text, the age, or the list's items on lines of their own.
    public func text(of persona: Persona) -> String {
        switch kind {
        case .text(let field): persona[keyPath: field]
        case .list(let field): persona[keyPath: field].joined(separator: "\n")
        case .age: persona.age.map(String.init) ?? ""
        case .channels: persona.preferredChannels.joined(separator: ", ")
        }
    }
}

/// Told apart by name: their key paths do not compare.
extension PersonaField: Equatable {
    public static func == (a: PersonaField, b: PersonaField) -> Bool { a.name == b.name }
}

public enum PersonaFields {
    public static let all: [PersonaField] = [
        PersonaField(name: "name", label: "name", kind: .text(\.name)),
        PersonaField(name: "age", label: "age", kind: .age),
        PersonaField(name: "gender", label: "gender", kind: .text(\.gender)),
        PersonaField(name: "income", label: "income", kind: .text(\.income)),
        PersonaField(name: "education", label: "education", kind: .text(\.education)),
        PersonaField(name: "location", label: "location", kind: .text(\.location)),
        PersonaField(name: "job", label: "job title", kind: .text(\.jobTitle)),
        PersonaField(name: "habits", label: "buying habits", kind: .text(\.buyingHabits)),
        PersonaField(name: "decision", label: "decision process", kind: .text(\.decisionProcess)),
        PersonaField(name: "quote", label: "quote", kind: .text(\.quote)),
        PersonaField(name: "story", label: "story", kind: .text(\.story)),
        PersonaField(name: "goal", label: "goal", kind: .list(\.goals)),
        PersonaField(name: "challenge", label: "challenge", kind: .list(\.challenges)),
        PersonaField(name: "channels", label: "preferred channels", kind: .channels),
    ]

    public static func named(_ name: String) -> PersonaField? { all.first { $0.name == name } }
    public static let names = all.map(\.name).joined(separator: " ")
}
