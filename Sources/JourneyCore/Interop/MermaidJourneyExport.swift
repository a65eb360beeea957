import FoundationEssentials

extension MermaidJourney {
    /// The map as a Mermaid `journey` diagram: its title, its purpose as the
    /// accessible description, a section per stage and task lines per
    /// touchpoint (see the type's comment for scores and personas).
    public static func export(_ map: JourneyMap) -> String {
        var lines = ["journey"]
        if !map.title.isEmpty { lines.append("    title \(MermaidText.escape(map.title, for: .title))") }
        let purpose = map.objectives.purpose.split(whereSeparator: \.isNewline).joined(separator: " ")
        if !purpose.trimmingSpaces().isEmpty { lines.append("    accDescr: \(purpose)") }
        for stage in map.stages {
            lines.append("    section \(MermaidText.escape(stage.name.isEmpty ? untitled : stage.name, for: .section))")
            for touchpoint in stage.touchpoints {
                lines += taskLines(touchpoint, in: map)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What stands for an empty stage or touchpoint name: `section` needs a
    /// name after it, and a task line starts with one.
    static let untitled = "(untitled)"

    /// One line per distinct score, happiest first, the score of the persona
    /// `(no actor)` a line with no actors ahead of the actors of that score;
    /// a neutral line with no actors when no persona scored the touchpoint.
    private static func taskLines(_ touchpoint: Touchpoint, in map: JourneyMap) -> [String] {
        let name = "      " + MermaidText.escape(touchpoint.name.isEmpty ? untitled : touchpoint.name, for: .task)
        var actors: [Int: [String]] = [:]
        var unattributed: [Int: Int] = [:]
        for persona in map.personas {
            guard let value = touchpoint.emotion[persona.id] else { continue }
            let score = score(value, on: map.emotionScale)
            if persona.name == noActor {
                unattributed[score, default: 0] += 1
            } else {
                actors[score, default: []].append(MermaidText.escape(persona.name, for: .actor))
            }
        }
        guard !actors.isEmpty || !unattributed.isEmpty else { return ["\(name): \(middle)"] }
        return Set(actors.keys).union(unattributed.keys).sorted(by: >).flatMap { score in
            Array(repeating: "\(name): \(score)", count: unattributed[score, default: 0])
                + (actors[score].map { ["\(name): \(score): \($0.joined(separator: ", "))"] } ?? [])
        }
    }
}
