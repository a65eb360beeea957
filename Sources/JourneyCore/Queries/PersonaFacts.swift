extension Persona {
    /// The labels of a profile's short facts, in the order a card shows them.
    /// Lists (goals, challenges, channels), the quote and the story are shown on their own.
    public static let factLabels = ["Age", "Gender", "Job title", "Location", "Income", "Education", "Buying habits",
                                    "Decision process"]

    /// The profile's facts with their labels, empty ones left out.
    public var profileFacts: [(label: String, value: String)] {
        let values = [age.map(String.init) ?? "", gender, jobTitle, location, income, education, buyingHabits, decisionProcess]
        return zip(Self.factLabels, values).filter { !$0.1.isEmpty }.map { (label: $0.0, value: $0.1) }
    }
}
