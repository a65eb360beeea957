extension Persona {
    /// The profile's facts with their labels, in the order a card shows them;
    /// empty ones left out. Lists (goals, challenges, channels), the quote and
    /// the story are shown on their own.
    public var profileFacts: [(label: String, value: String)] {
        let facts: [(String, String)] = [
            ("Age", age.map(String.init) ?? ""), ("Gender", gender), ("Job title", jobTitle), ("Location", location),
            ("Income", income), ("Education", education), ("Buying habits", buyingHabits),
            ("Decision process", decisionProcess),
        ]
        return facts.filter { !$0.1.isEmpty }.map { (label: $0.0, value: $0.1) }
    }
}
