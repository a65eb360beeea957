import JourneyCore

/// What an undo, a redo or a step in time did to the map, in words, for the
/// status line: the first difference as `journey diff` says it, and how many
/// more, or a step that matters (a vote reveal, a recovery, a merge decision) by name.
public enum TookBack {
    public static func summary(from before: JourneyMap, to after: JourneyMap, note: String?) -> String {
        let differences = MapDiff.compare(before, after)
        var what = differences.first.map { first in
            let line = DiffText.line(first, color: false).split(separator: "\n").first.map(String.init) ?? ""
            let words = line.hasPrefix("~ ") || line.hasPrefix("+ ") || line.hasPrefix("- ") || line.hasPrefix("→ ")
                ? String(line.dropFirst(2)) : line
            return words.count > 72 ? String(words.prefix(71)) + "…" : words
        } ?? "a change"
        if differences.count > 1 { what += " and \(differences.count - 1) more" }
        // To follow "took back" or "brought back": " the vote reveal (…)", or ": map: title: A → B".
        return note.map { " \($0) (\(what))" } ?? ": " + what
    }
}
