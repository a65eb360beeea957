import JourneyJSON

/// `journey diff`'s output: a line per difference for people (with colour on
/// a terminal), a summary line (`--stat`), or JSON for tools.
public enum DiffText {
    public static func plain(_ differences: [MapDifference], color: Bool) -> String {
        differences.map { line($0, color: color) }.joined()
    }

    public static func line(_ d: MapDifference, color: Bool) -> String {
        let paint = Paint(on: color)
        let named = { (name: String?) in "\"" + DiffText.oneLine(name ?? "") + "\"" }
        let place = oneLine(d.place)
        let inPlace = place.isEmpty ? "" : " in " + place
        switch d.kind {
        case .added:
            return paint.added("+ added \(d.subject) \(named(d.new))\(inPlace)") + "\n"
        case .removed:
            return paint.removed("- removed \(d.subject) \(named(d.old))\(place.isEmpty ? "" : " from " + place)") + "\n"
        case .renamed:
            return "~ renamed \(d.subject) \(named(d.old)) → \(named(d.new))\(inPlace)\n"
        case .moved:
            if d.field == "stage" {
                return "→ moved touchpoint \(named(d.place)) from \(named(d.old)) to \(named(d.new))\n"
            }
            return "→ moved \(d.subject) \(named(d.old))\(inPlace): now " + (d.new.map { "after " + named($0) } ?? "first") + "\n"
        case .changed:
            // A touchpoint's or a metric's place says what it is: "Awareness › Search ad".
            let subject = place.isEmpty ? d.subject : ["touchpoint", "metric"].contains(d.subject) ? place : "\(d.subject) \(place)"
            let field = oneLine(d.field ?? "")
            return "~ \(subject)" + (field.isEmpty ? "" : ": " + field) + change(d.old, d.new, paint: paint)
        }
    }

    /// A line saying that a map still holds conflicts `journey merge` left, or nothing.
    public static func undecided(_ map: JourneyMap) -> String {
        let count = map.conflicts.count
        guard count > 0 else { return "" }
        let one = count == 1
        return "! \(count) merge conflict\(one ? "" : "s") left undecided: decide \(one ? "it" : "them") with :conflicts in journey\n"
    }

    /// Old → new; a short text changed in a few words shows just those words.
    static func change(_ old: String?, _ new: String?, paint: Paint) -> String {
        guard let old, let new else {
            return ": " + (old.map { paint.removed(quoted($0)) } ?? "(none)") + " → " + (new.map { paint.added(quoted($0)) } ?? "(none)") + "\n"
        }
        let short = old.count <= 120 && new.count <= 120 && !old.contains(where: \.isNewline) && !new.contains(where: \.isNewline)
        if short, let words = WordDiff.compare(old, new), words.changedShare <= 0.5 {
            return ": " + words.pieces.map { piece in
                switch piece {
                case .same(let text): DisplayText.escaped(text)
                case .removed(let text): paint.removed(DisplayText.escaped(text), marked: "[-", "-]")
                case .added(let text): paint.added(DisplayText.escaped(text), marked: "{+", "+}")
                }
            }.joined() + "\n"
        }
        if short { return ": " + paint.removed(quoted(old)) + " → " + paint.added(quoted(new)) + "\n" }
        return "\n" + indent(old, "    - ", paint.removed) + indent(new, "    + ", paint.added)
    }

    static func indent(_ text: String, _ prefix: String, _ style: (String) -> String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            style(prefix + DisplayText.escaped(String($0))) + "\n"
        }.joined()
    }

    /// A value as it reads best: a number or a word bare, a text in quotes, on one line.
    static func quoted(_ text: String) -> String {
        text.isEmpty || text.contains(where: { $0.isWhitespace || $0 == "\"" }) ? "\"" + oneLine(text) + "\"" : oneLine(text)
    }

    /// On one line, line breaks as ⏎, and escaped: text from a file never drives the terminal.
    static func oneLine(_ text: String) -> String {
        DisplayText.escaped(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "⏎"))
    }

    /// One line for `--stat`: how many of each kind, and of what.
    public static func stat(_ differences: [MapDifference]) -> String {
        guard !differences.isEmpty else { return "no differences\n" }
        var kinds: [String] = []
        for kind in MapDifference.Kind.allCases {
            let count = differences.filter { $0.kind == kind }.count
            if count > 0 { kinds.append("\(count) \(kind.rawValue)") }
        }
        var subjects: [(String, Int)] = []
        for d in differences {
            if let i = subjects.firstIndex(where: { $0.0 == d.subject }) { subjects[i].1 += 1 } else { subjects.append((d.subject, 1)) }
        }
        let what = subjects.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
        return "\(differences.count) difference\(differences.count == 1 ? "" : "s"): " + kinds.joined(separator: ", ")
            + " (" + what + ")\n"
    }

    public static func json(_ differences: [MapDifference]) -> [UInt8] {
        let entries: [JSONValue] = differences.map { d in
            var members: [String: JSONValue] = ["kind": .string(d.kind.rawValue), "subject": .string(d.subject),
                                                "place": .string(d.place), "ids": .array(d.ids.map(JSONValue.string))]
            if let field = d.field { members["field"] = .string(field) }
            if let old = d.old { members["old"] = .string(old) }
            if let new = d.new { members["new"] = .string(new) }
            return .object(members)
        }
        // Strings only: nothing a writer could refuse.
        return JSONWriter.escapingInvisibleControls((try? JSONWriter.write(.array(entries))) ?? Array("[]\n".utf8))
    }

    /// Colour for a terminal; brackets (as `git diff --word-diff`) when there is none.
    struct Paint {
        var on: Bool
        func removed(_ text: String) -> String { on ? "\u{1B}[31m" + text + "\u{1B}[0m" : text }
        func added(_ text: String) -> String { on ? "\u{1B}[32m" + text + "\u{1B}[0m" : text }
        func removed(_ text: String, marked open: String, _ close: String) -> String { on ? removed(text) : open + text + close }
        func added(_ text: String, marked open: String, _ close: String) -> String { on ? added(text) : open + text + close }
    }
}
