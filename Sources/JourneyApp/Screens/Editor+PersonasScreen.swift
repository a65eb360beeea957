import JourneyCore
import JourneyView

/// What the personas view asks for and offers, personas by id. A goal or
/// challenge has no id: it goes by its place and text (`ListEntry`); so does
/// a preferred channel, though its text is a channel's id.
enum PersonasField: ScreenFieldTarget {
    /// A new persona's name.
    case new
    case field(persona: String, PersonaField)
    case item(persona: String, PersonasList, ListEntry)
    case newItem(persona: String, PersonasList, ListInsertion)
    /// A channel picked instead of one of the persona's.
    case channel(persona: String, ListEntry, channel: String)
    /// A channel picked to add to the persona's.
    case newChannel(persona: String, ListInsertion, channel: String)

    static var screen: MapScreen { .personas }
}

/// The personas view's keys, fields and options.
extension Editor {
    /// The selected persona, its card's rows and the selected row, re-found from the view state.
    var personasPlace: (index: Int, persona: Persona, rows: [PersonasRow], row: Int)? {
        guard let index = screens.personas.index(in: map) else { return nil }
        let persona = map.personas[index]
        let rows = PersonasCard.rows(persona)
        return (index, persona, rows, min(max(0, screens.personas.row), rows.count - 1))
    }

    mutating func selectPersona(_ index: Int, row: Int? = nil) {
        guard map.personas.indices.contains(index) else {
            screens.personas = PersonasState()
            return
        }
        screens.personas.selected = index
        screens.personas.personaID = map.personas[index].id
        let count = PersonasCard.rows(map.personas[index]).count
        screens.personas.row = min(max(0, row ?? screens.personas.row), count - 1)
    }

    /// The row of a list's item (or of the list when it is empty).
    mutating func selectPersonaItem(_ list: PersonasList, _ item: Int?) {
        guard let place = personasPlace else { return }
        let row = place.rows.firstIndex(of: .item(list, item)) ?? place.rows.firstIndex { $0.list == list } ?? place.row
        selectPersona(place.index, row: row)
    }

    mutating func selectNextPersona(by step: Int) {
        guard let place = personasPlace else { return noPersonas() }
        let count = map.personas.count
        let next = ((place.index + step) % count + count) % count
        selectPersona(next)
        say("\(DisplayText.singleLine(map.personas[next].name)) (\(next + 1) of \(count))")
    }

    mutating func noPersonas() {
        refuse("no personas yet: A adds one")
    }

    // MARK: editing

    /// Enter: edit the field or item, pick another channel, or add to an empty list.
    mutating func editPersonaRow() {
        guard let (_, persona, rows, row) = personasPlace else { return noPersonas() }
        let name = DisplayText.singleLine(persona.name)
        switch rows[row] {
        case .field(let fieldName):
            guard let field = PersonaFields.named(fieldName) else { return }
            let label = fieldName == "name" ? "Rename \(name):" : "\(name)'s \(field.label):"
            ask(.screenField(ScreenField(PersonasField.field(persona: persona.id, field))), label: label,
                text: field.text(of: persona))
        case .item(let list, nil): addPersonaItem(list, at: 0)
        case .item(.channels, let index?):
            let entry = ListEntry(index, in: persona.preferredChannels)
            chooseChannel(for: persona, replacing: entry.text) { .channel(persona: persona.id, entry, channel: $0) }
        case .item(let list, let index?):
            let entry = ListEntry(index, in: persona[keyPath: list.path])
            ask(.screenField(ScreenField(PersonasField.item(persona: persona.id, list, entry))),
                label: "\(name)'s \(list.itemName) \(index + 1):", text: entry.text)
        }
    }

    /// a: a new item after the selected one.
    mutating func addPersonaItem() {
        guard let (_, _, rows, row) = personasPlace else { return noPersonas() }
        guard case .item(let list, let index) = rows[row] else {
            refuse("a adds to a list: move onto Goals, Challenges or Channels (j k)")
            return
        }
        addPersonaItem(list, at: index.map { $0 + 1 } ?? 0)
    }

    mutating func addPersonaItem(_ list: PersonasList, at position: Int) {
        guard let (_, persona, _, _) = personasPlace else { return }
        let place = ListInsertion(position, in: persona[keyPath: list.path])
        if list == .channels {
            return chooseChannel(for: persona, replacing: nil) { .newChannel(persona: persona.id, place, channel: $0) }
        }
        ask(.screenField(ScreenField(PersonasField.newItem(persona: persona.id, list, place))),
            label: "New \(list.itemName) for \(DisplayText.singleLine(persona.name)):")
    }

    /// The map's channels that are not yet the persona's (but the one being replaced), each picked as `option`.
    mutating func chooseChannel(for persona: Persona, replacing: String?, option: (String) -> PersonasField) {
        let taken = Set(persona.preferredChannels).subtracting(replacing.map { [$0] } ?? [])
        let options = map.channels.filter { !taken.contains($0.id) }.map { channel in
            Choice.Option(label: PersonasCard.channelName(channel.id, in: map), hotkey: nil,
                          value: .screenOption(ScreenField(option(channel.id))))
        }
        guard !options.isEmpty else {
            say(map.channels.isEmpty ? "the map has no channels yet: :channel NAME adds one"
                : "every channel of the map is already \(DisplayText.singleLine(persona.name))'s; :channel NAME adds one to the map")
            return
        }
        var choice = Choice(title: "Preferred channel (type to filter)", options: options)
        if let replacing { choice.select(.screenOption(ScreenField(option(replacing)))) }
        push(.picker(choice))
    }

    /// x: remove the selected item, or clear the selected field.
    mutating func removePersonaRow() {
        guard let (index, persona, rows, row) = personasPlace else { return noPersonas() }
        let name = DisplayText.singleLine(persona.name)
        var changed = persona
        switch rows[row] {
        case .field("name"):
            refuse("a persona needs a name: Enter renames \(name), D removes the persona")
        case .field(let fieldName):
            guard let field = PersonaFields.named(fieldName) else { return }
            guard !field.text(of: persona).isEmpty else {
                refuse("\(name)'s \(field.label) is empty already")
                return
            }
            _ = field.apply("", to: &changed)
            commitPersona(index, changed, message: "\(name): \(field.label) cleared; u brings it back")
        case .item(let list, nil):
            refuse("\(name) has no \(list.label.lowercased()) to remove")
        case .item(let list, let item?):
            let text = list == .channels ? PersonasCard.channelName(persona[keyPath: list.path][item], in: map)
                : persona[keyPath: list.path][item]
            changed[keyPath: list.path].remove(at: item)
            commitPersona(index, changed, message: "removed \(list.itemName) “\(DisplayText.singleLine(text))” from \(name); u brings it back")
            selectPersonaItem(list, changed[keyPath: list.path].isEmpty ? nil : min(item, changed[keyPath: list.path].count - 1))
        }
    }

    /// K and J: the selected item one place up or down its list.
    mutating func movePersonaItem(by step: Int) {
        guard let (index, persona, rows, row) = personasPlace else { return noPersonas() }
        guard case .item(let list, let item?) = rows[row] else {
            refuse("K and J move an item of Goals, Challenges or Channels")
            return
        }
        let target = item + step
        guard persona[keyPath: list.path].indices.contains(target) else {
            refuse("the \(list.itemName) is \(step < 0 ? "first" : "last") already")
            return
        }
        var changed = persona
        changed[keyPath: list.path].swapAt(item, target)
        commitPersona(index, changed, message: "\(list.itemName) moved to \(target + 1) of \(changed[keyPath: list.path].count)")
        selectPersonaItem(list, target)
    }

    /// A: a new persona after the selected one, named first.
    mutating func askNewPersona() {
        ask(.screenField(ScreenField(PersonasField.new)), label: "New persona's name:")
    }

    /// D: the persona and its scores, as one step that u undoes.
    mutating func removeSelectedPersona() {
        guard let (index, persona, _, _) = personasPlace else { return noPersonas() }
        guard map.personas.count > 1 else {
            refuse("a map keeps at least one persona; Enter on the name renames it")
            return
        }
        let edit = Edits.removePersona(map, index)
        let scores = edit.changes.count - 1
        commitPersonas(edit, message: "removed \(DisplayText.singleLine(persona.name)) and their "
                       + (scores == 1 ? "score at 1 touchpoint" : "scores at \(scores) touchpoints") + "; u brings them back")
        selectPersona(min(index, map.personas.count - 1))
    }

    /// < and >: the persona one place earlier or later (its glyph and colour go with the place).
    mutating func movePersona(by step: Int) {
        guard let (index, persona, _, _) = personasPlace else { return noPersonas() }
        let target = index + step
        guard map.personas.indices.contains(target) else {
            refuse("\(DisplayText.singleLine(persona.name)) is \(step < 0 ? "first" : "last") already")
            return
        }
        commitPersonas(Edits.updateInfo(map) { $0.personas.swapAt(index, target) },
                       message: "\(DisplayText.singleLine(persona.name)) is now persona \(target + 1) of \(map.personas.count)")
        selectPersona(target)
    }

    /// One persona changed, as one step.
    mutating func commitPersona(_ index: Int, _ persona: Persona, message: String) {
        commitPersonas(Edits.updateInfo(map) { $0.personas[index] = persona }, message: message)
    }

    /// Commits a change to the personas, keeping the grid's scoring persona
    /// (`gridPlace.persona`) and the selection on the same personas by id.
    mutating func commitPersonas(_ transaction: Transaction?, message: String) {
        let scoring = map.personas.indices.contains(gridPlace.persona) ? map.personas[gridPlace.persona].id : nil
        commit(transaction, message: message)
        if let scoring, let found = map.personas.firstIndex(where: { $0.id == scoring }) { gridPlace.persona = found }
        if let index = screens.personas.index(in: map) { selectPersona(index) }
    }

    // MARK: answers

    mutating func answerPersonas(_ field: PersonasField, _ text: String) -> Bool {
        let value = text.trimmingSpaces()
        let id: String
        switch field {
        case .new: return insertPersona(named: value)
        case .field(let persona, _), .item(let persona, _, _), .newItem(let persona, _, _): id = persona
        case .channel, .newChannel: return true
        }
        guard let index = map.personas.firstIndex(where: { $0.id == id }) else {
            refuse("that persona is no longer on the map; nothing changed")
            return true
        }
        var persona = map.personas[index]
        let name = DisplayText.singleLine(persona.name)
        switch field {
        case .newItem(_, let list, let place):
            guard !value.isEmpty else {
                refuse("an empty \(list.itemName) is not added: type it, or Esc")
                return false
            }
            let item = place.index(in: persona[keyPath: list.path])
            persona[keyPath: list.path].insert(value, at: item)
            commitPersonaItem(index, persona, list, item, added: true, name: name)
        case .item(_, let list, let entry):
            guard !value.isEmpty else {
                refuse("an empty \(list.itemName) is not kept: type it, or Esc and x removes it")
                return false
            }
            guard let item = entry.index(in: persona[keyPath: list.path]) else {
                itemGone(list, entry, of: name)
                return true
            }
            persona[keyPath: list.path][item] = value
            commitPersonaItem(index, persona, list, item, added: false, name: name)
        case .field(_, let personaField): return setPersonaField(personaField, value, index, persona)
        case .new, .channel, .newChannel: break
        }
        return true
    }

    /// A goal or challenge added or changed, said with its place in the list, and selected.
    private mutating func commitPersonaItem(_ index: Int, _ persona: Persona, _ list: PersonasList, _ item: Int, added: Bool,
                                            name: String) {
        let items = persona[keyPath: list.path]
        commitPersona(index, persona, message: "\(name): \(list.itemName) \(item + 1) of \(items.count)" + (added ? " added" : "")
                      + ": " + DisplayText.singleLine(items[item]))
        selectPersonaItem(list, item)
    }

    /// The item a field was opened on is no longer in its list: nothing changes.
    private mutating func itemGone(_ list: PersonasList, _ entry: ListEntry, of name: String) {
        let text = list == .channels ? PersonasCard.channelName(entry.text, in: map) : entry.text
        refuse("\(name)'s \(list.itemName) “\(DisplayText.singleLine(text))” is no longer there (changed, deleted or undone); "
            + "nothing changed")
    }

    private mutating func setPersonaField(_ personaField: PersonaField, _ value: String, _ index: Int, _ persona: Persona) -> Bool {
        var persona = persona
        let name = DisplayText.singleLine(persona.name)
        if let problem = personaField.apply(value, to: &persona) {
            refuse(problem + "; Esc keeps " + (personaField.text(of: map.personas[index]).isEmpty ? "it empty"
                                                        : "“\(DisplayText.singleLine(personaField.text(of: map.personas[index])))”"))
            return false
        }
        if persona == map.personas[index] {
            refuse("\(name)'s \(personaField.label) is already that")
            return true
        }
        commitPersona(index, persona, message: "\(DisplayText.singleLine(persona.name)): \(personaField.describe(persona))"
                      + (personaField.name == "name" ? " (was \(name))" : ""))
        return true
    }

    mutating func insertPersona(named name: String) -> Bool {
        guard !name.isEmpty else {
            refuse("a persona needs a name: type one, or Esc")
            return false
        }
        let at = (screens.personas.index(in: map) ?? -1) + 1
        let persona = Persona(id: IDs.fresh("persona", in: map), name: name)
        commitPersonas(Edits.updateInfo(map) { $0.personas.insert(persona, at: at) },
                       message: "persona “\(DisplayText.singleLine(name))” added (\(at + 1) of \(map.personas.count + 1)); "
                           + "Enter on a row fills it in")
        selectPersona(at, row: 0)
        return true
    }

    mutating func pickPersonas(_ option: PersonasField) {
        let id: String, picked: String
        switch option {
        case .channel(let persona, _, let channel), .newChannel(let persona, _, let channel):
            id = persona
            picked = channel
        case .new, .field, .item, .newItem: return
        }
        guard let index = map.personas.firstIndex(where: { $0.id == id }) else {
            refuse("that persona is no longer on the map; nothing changed")
            return
        }
        guard let channel = map.channel(id: picked) else { return }
        var persona = map.personas[index]
        let name = DisplayText.singleLine(persona.name)
        switch option {
        case .channel(_, let entry, _):
            guard let position = entry.index(in: persona.preferredChannels) else { return itemGone(.channels, entry, of: name) }
            guard !persona.preferredChannels.enumerated().contains(where: { $0.element == picked && $0.offset != position }) else {
                refuse("\(channel.name) is one of \(name)'s channels already")
                return
            }
            persona.preferredChannels[position] = picked
        case .newChannel(_, let place, _):
            guard !persona.preferredChannels.contains(picked) else {
                refuse("\(channel.name) is one of \(name)'s channels already")
                return
            }
            persona.preferredChannels.insert(picked, at: place.index(in: persona.preferredChannels))
        case .new, .field, .item, .newItem: return
        }
        let item = persona.preferredChannels.firstIndex(of: picked) ?? 0
        commitPersona(index, persona, message: "\(name): preferred channel \(item + 1) of \(persona.preferredChannels.count): "
                      + DisplayText.singleLine(channel.name))
        selectPersonaItem(.channels, item)
    }

    func personasStatus() -> String {
        guard let (_, persona, rows, row) = personasPlace else { return "no personas" }
        let place = TextWrap.truncate(DisplayText.singleLine(DisplayText.visible(persona.name, columns: 20)), width: 16, ellipsis: true)
        switch rows[row] {
        case .field(let name): return place + " › " + (PersonaFields.named(name)?.label ?? name)
        case .item(let list, nil): return place + " › " + list.label.lowercased()
        case .item(let list, let item?): return place + " › \(list.itemName) \(item + 1) of \(persona[keyPath: list.path].count)"
        }
    }
}

extension Commands {
    /// The selected persona's card: its fields, then the items of its lists.
    static let personaCardList = ListRows(
        noun: "field or item", count: { $0.personasPlace?.rows.count ?? 0 }, selected: { $0.personasPlace?.row ?? 0 },
        select: { e, row in if let place = e.personasPlace { e.selectPersona(place.index, row: row) } },
        empty: { $0.noPersonas() })

    static let personas: [Command] = listKeys(.personas, personaCardList) + [
        personasKey("next", [.tab, .character("l"), .right], "next persona") { e in e.selectNextPersona(by: 1) },
        personasKey("previous", [.backTab, .character("h"), .left], "previous persona") { e in e.selectNextPersona(by: -1) },
        personasKey("edit", [.enter], changesMap: true, hint: Hint("edit"),
                    "edit the field or item; on Channels pick another of the map's channels") { e in
            e.editPersonaRow()
        },
        personasKey("add", [.character("a")], changesMap: true, "add a goal, challenge or preferred channel after this one") { e in
            e.addPersonaItem()
        },
        personasKey("remove", [.character("x")], changesMap: true, "remove the item, or clear the field") { e in
            e.removePersonaRow()
        },
        personasKey("item-up", [.character("K")], changesMap: true, "move the item up its list") { e in e.movePersonaItem(by: -1) },
        personasKey("item-down", [.character("J")], changesMap: true, "move the item down its list") { e in
            e.movePersonaItem(by: 1)
        },
        personasKey("new", [.character("A")], changesMap: true, "a new persona after this one (asks for the name)") { e in
            e.askNewPersona()
        },
        personasKey("delete", [.character("D")], changesMap: true, "remove the persona and its scores (u brings them back)") { e in
            e.removeSelectedPersona()
        },
        personasKey("earlier", [.character("<")], changesMap: true, "move the persona up the list") { e in e.movePersona(by: -1) },
        personasKey("later", [.character(">")], changesMap: true, "move the persona down the list") { e in e.movePersona(by: 1) },
        back(.personas),
    ]

    /// The rest are on the list's foot and under `?`.

    static func personasKey(_ name: String, _ keys: [Key], changesMap: Bool = false, hint: Hint? = nil, _ summary: String,
                            run: @escaping @Sendable (inout Editor) -> Void) -> Command {
        viewKey(.personas, name, keys, changesMap: changesMap, hint: hint, summary, run: run)
    }
}

extension ScreenController {
    static let personas = ScreenController(PersonasField.self, commands: Commands.personas,
                                           status: { $0.personasStatus() }, answer: { $0.answerPersonas($1, $2) },
                                           pick: { $0.pickPersonas($1) })
}
