import JourneyCore
import JourneyView

/// The parking lot: `:park TEXT` keeps an idea that belongs nowhere yet, from
/// anywhere; `B` (or `:parking`) lists them, and picking one places it on the
/// cursor's touchpoint as a pain point, opportunity or quote, taking it out
/// of the lot in the same undo step.
extension Editor {
    mutating func park(_ text: String) {
        guard let (edit, item) = Edits.park(map, text: text) else { return }
        let count = map.parkingLot.count + 1
        commit(edit, message: "parked “\(Self.shown(item.text))” (\(count) in the lot); B lists them, u takes it back")
    }

    /// `B`: the ideas, to pick one and place it here.
    mutating func showParkingLot() {
        guard !map.parkingLot.isEmpty else {
            say("the parking lot is empty; :park TEXT keeps an idea there")
            return
        }
        let target = here.flatMap { touchpoint(id: $0.id) }.map { " — Enter places it on " + Self.shown($0.name) } ?? ""
        let options = map.parkingLot.map { Choice.Option(label: Self.shown($0.text, columns: 70), value: .idea($0.id)) }
        push(.picker(Choice(title: "Parking lot (\(options.count))" + target, notes: ["type to filter · Enter picks, then p, o or q places it · Esc closes"],
                            options: options)))
    }

    mutating func pickIdea(_ value: ChoiceValue) {
        switch value {
        case .idea(let id):
            guard let idea = map.parkingLot.first(where: { $0.id == id }) else { return }
            guard let place = here.flatMap({ touchpoint(id: $0.id) }) else {
                refuse("no touchpoint here to place it on; o adds one")
                return
            }
            var options = LaneKind.itemLists.compactMap { kind -> Choice.Option? in
                guard let noun = kind.itemNoun, let key = Self.placeKeys[kind] else { return nil }
                return Choice.Option(label: "as " + Self.withArticle(noun), hotkey: key, value: .placeIdea(idea: id, kind: kind))
            }
            options.append(Choice.Option(label: "discard it", hotkey: "x", value: .discardIdea(id)))
            push(.picker(Choice(title: "“\(Self.shown(idea.text))” on \(Self.shown(place.name))", options: options)))
        case .placeIdea(let id, let kind):
            guard let (s, i, _) = requireTouchpoint(), let idea = map.parkingLot.first(where: { $0.id == id }) else { return }
            let name = map.stages[s].touchpoints[i].name
            commit(Edits.place(map, idea: id, stage: s, index: i, kind: kind),
                   message: "placed “\(Self.shown(idea.text))” on \(Self.shown(name)) as \(Self.withArticle(kind.itemNoun ?? "item")); "
                       + "u puts it back in the lot")
            if let lane = shownLanes.firstIndex(where: { $0.kind == kind }) { gridPlace.lane = lane }
            reveal()
        case .discardIdea(let id):
            guard let idea = map.parkingLot.first(where: { $0.id == id }) else { return }
            commit(Edits.unpark(map, idea: id), message: "discarded “\(Self.shown(idea.text))”; u brings it back")
        default: break
        }
    }

    static func withArticle(_ noun: String) -> String {
        ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }

    static let placeKeys: [LaneKind: Character] = [.painPoints: "p", .opportunities: "o", .quotes: "q"]

    /// Map text for a message or a picker: one line, escaped, cut to fit.
    static func shown(_ text: String, columns: Int = 40) -> String {
        DisplayText.singleLine(DisplayText.visible(text, columns: columns))
    }
}

extension Commands {
    static let parking: [Command] = [
        Command("park", section: .workshop, takes: [.text("TEXT")], changesMap: true,
                "keep an idea in the parking lot, to place on a touchpoint later") { e, a in e.park(a.text("TEXT")) },
        Command("parking", aliases: ["lot"], keys: [.character("B")], section: .workshop,
                "the parking lot: pick an idea to place it here as a pain point, opportunity or quote") { e, _ in
            e.showParkingLot()
        },
    ]
}
