/// A new map with nothing in it but the default stages, lanes and one persona.
public enum BlankMap {
    public static let defaultStages = [
        ("awareness", "Awareness"), ("consideration", "Consideration"), ("decision", "Decision"),
        ("purchase", "Purchase"), ("retention", "Retention"), ("advocacy", "Advocacy"),
    ]

    public static func make(title: String = "Untitled journey") -> JourneyMap {
        JourneyMap(
            title: title,
            // One persona, for the first emotion score; no channels: `Name @Channel`
            // and the channel picker make them as touchpoints need them.
            personas: [Persona(id: "persona-1", name: "Customer")],
            stages: defaultStages.map { Stage(id: $0.0, name: $0.1) }
        )
    }

    /// Channels most maps have, with their kind, for an import that names one.
    public static let commonChannels = [
        Channel(id: "website", name: "Website", kind: .online),
        Channel(id: "email", name: "Email", kind: .online),
        Channel(id: "social", name: "Social media", kind: .online),
        Channel(id: "store", name: "Store", kind: .offline),
        Channel(id: "phone", name: "Phone", kind: .offline),
    ]
}
