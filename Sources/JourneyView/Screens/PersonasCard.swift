import JourneyCore

/// The lists of a persona card: goals, challenges and preferred channels.
public enum PersonasList: String, CaseIterable, Sendable {
    case goals, challenges, channels

    public var label: String {
        switch self {
        case .goals: "Goals"
        case .challenges: "Challenges"
        case .channels: "Channels"
        }
    }

    /// One of its items, in words ("goal", "preferred channel").
    public var itemName: String {
        switch self {
        case .goals: "goal"
        case .challenges: "challenge"
        case .channels: "preferred channel"
        }
    }

    /// Where the list lives in a persona (channels by id).
    public var path: WritableKeyPath<Persona, [String]> & Sendable {
        switch self {
        case .goals: \Persona.goals
        case .challenges: \Persona.challenges
        case .channels: \Persona.preferredChannels
        }
    }
}

/// One selectable row of a persona card: a field (by its `PersonaFields`
/// name), or an item of a list (nil: the list is empty, the row adds).
public enum PersonasRow: Equatable, Sendable {
    case field(String)
    case item(PersonasList, Int?)

    public var list: PersonasList? {
        if case .item(let list, _) = self { return list }
        return nil
    }
}

/// A persona card's rows in the format's order, which both the painter and
/// the keys read, so what is highlighted is what Enter edits.
public enum PersonasCard {
    enum Part {
        case field(String)
        case list(PersonasList)
    }

    static let parts: [Part] = [
        .field("name"), .field("age"), .field("gender"), .field("income"), .field("education"), .field("location"),
        .field("job"), .list(.goals), .list(.challenges), .field("habits"), .field("decision"), .list(.channels),
        .field("quote"), .field("story"),
    ]

    public static func rows(_ persona: Persona) -> [PersonasRow] {
        parts.flatMap { part -> [PersonasRow] in
            switch part {
            case .field(let name): [.field(name)]
            case .list(let list):
                persona[keyPath: list.path].isEmpty ? [.item(list, nil)] : persona[keyPath: list.path].indices.map { .item(list, $0) }
            }
        }
    }

    /// The label a row shows: a field's, or its list's on the list's first row.
    static func label(_ row: PersonasRow) -> String {
        switch row {
        case .field(let name):
            let label = PersonaFields.named(name)?.label ?? name
            return label.prefix(1).uppercased() + label.dropFirst()
        case .item(let list, let index): return (index ?? 0) == 0 ? list.label : ""
        }
    }

    /// A preferred channel by name, or the id when the map has no such channel.
    public static func channelName(_ id: String, in map: JourneyMap) -> String {
        guard let channel = map.channel(id: id) else { return "unknown channel “\(id)”" }
        return channel.name + (channel.kind == .offline ? " (offline)" : "")
    }

    /// A row's value in words, before wrapping, and the number an item hangs
    /// under; nil when there is none.
    static func value(_ row: PersonasRow, of persona: Persona, map: JourneyMap,
                      columns: Int) -> (number: String, text: String)? {
        switch row {
        case .field(let name):
            guard let field = PersonaFields.named(name) else { return nil }
            let text = DisplayText.visible(field.text(of: persona), columns: columns)
            return text.isEmpty ? nil : ("", text)
        case .item(_, nil): return nil
        case .item(let list, let index?):
            let items = persona[keyPath: list.path]
            guard items.indices.contains(index) else { return nil }
            let text = list == .channels ? channelName(items[index], in: map) : items[index]
            return ("\(index + 1). ", DisplayText.visible(text, columns: columns))
        }
    }

    /// What an empty row says.
    static func placeholder(_ row: PersonasRow) -> String {
        switch row {
        case .field: "—"
        case .item(.channels, _): "(none: a picks one of the map's channels)"
        case .item(let list, _): "(none: a adds a \(list.itemName))"
        }
    }

    /// A row as the lines it takes at `width` columns, at most `maxLines`
    /// (a cut ends with "…"), and whether it is empty.
    static func lines(_ row: PersonasRow, of persona: Persona, map: JourneyMap, width: Int,
                      maxLines: Int) -> (lines: [String], empty: Bool) {
        guard let (number, text) = value(row, of: persona, map: map, columns: width * maxLines) else {
            return ([placeholder(row)], true)
        }
        let hang = min(number.count, width / 2)
        var lines = TextWrap.wrap(text, width: max(1, width - hang))
        for i in lines.indices { lines[i] = (i == 0 ? number : String(repeating: " ", count: hang)) + lines[i] }
        return (TextWrap.fit(lines, height: maxLines, width: width), false)
    }
}
