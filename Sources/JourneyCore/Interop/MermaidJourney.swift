/// Mermaid's `journey` diagram (user journey), written by `export` and read
/// by `parse`; the grammar is mermaid-js/mermaid
/// `packages/mermaid/src/diagrams/user-journey/parser/journey.jison`.
///
/// Scores: Mermaid scores a task 1 (sad) to 5 (happy). A score on the map's
/// scale (min...max, default -2...2) maps linearly onto 1...5, min to 1 and
/// max to 5, rounded to the nearest whole score; a value half-way between
/// two scores rounds away from the middle (3), so a mildly unhappy moment
/// never shows as neutral. Reading back, 1...5 maps linearly onto the scale
/// (a 0, which Mermaid allows, becomes the scale's minimum).
///
/// Personas: Mermaid has one score per task, so a touchpoint is written as
/// one task line per distinct score, the personas with that score as its
/// actors (lines by score, happiest first; actors in the map's persona
/// order, which an import takes from the lines, see `MermaidActorOrder`, so
/// a diagram's actors come back as written). A touchpoint nobody scored is one
/// neutral task (3) with no actors. A task's own score, on a line with no
/// actors, belongs to the persona named `(no actor)`. Reading back,
/// consecutive lines with the same task name in a section, scores falling
/// (or, after the line with no actors, equal) and no actor twice, are one
/// touchpoint.
public enum MermaidJourney {
    /// Where Mermaid's scale is neutral.
    static let middle = 3

    /// The persona that holds the score of a task with no actors: the model
    /// has scores per persona only, and a persona shows in the emotion lane
    /// like any other, where a map-level score would need a new file format.
    public static let noActor = "(no actor)"

    /// The map's scale onto Mermaid's 1...5 (used also by the Markdown export).
    public static func score(_ value: Double, on scale: EmotionScale) -> Int {
        guard value.isFinite, scale.max > scale.min else { return middle }
        let position = (scale.clamp(value) - Double(scale.min)) / (Double(scale.max) - Double(scale.min))
        return middle + Int((position * 4 - 2).rounded(.toNearestOrAwayFromZero))
    }

    /// Mermaid's 0...5 onto the map's scale: the inverse of `score` for 1...5.
    static func value(_ score: Double, on scale: EmotionScale) -> Double {
        let span = Double(scale.max) - Double(scale.min)
        let value = scale.clamp(Double(scale.min) + (score - 1) * span / 4)
        return value == 0 ? 0 : value
    }
}
