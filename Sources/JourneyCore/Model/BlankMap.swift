/// A new map with nothing in it but the default stages, lanes and one persona.
public enum BlankMap {
    public static let defaultStages = [
        ("awareness", "Awareness"), ("consideration", "Consideration"), ("decision", "Decision"),
        ("purchase", "Purchase"), ("retention", "Retention"), ("advocacy", "Advocacy"),
    ]

    public static func make(title: String = "Untitled journey") -> JourneyMap {
        JourneyMap(
            title: title,
            personas: [Persona(id: "persona-1", name: "Customer")],
            channels: [
                Channel(id: "website", name: "Website", kind: .online),
                Channel(id: "email", name: "Email", kind: .online),
                Channel(id: "social", name: "Social media", kind: .online),
                Channel(id: "store", name: "Store", kind: .offline),
                Channel(id: "phone", name: "Phone", kind: .offline),
            ],
            stages: defaultStages.map { Stage(id: $0.0, name: $0.1) }
        )
    }
}
