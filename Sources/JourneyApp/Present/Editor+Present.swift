import JourneyCore
import JourneyView

/// Presenting the map to a room: a stage at a time on the whole screen,
/// moved on with the keys a presentation clicker sends (Space, Backspace,
/// the arrows, PgDn and PgUp), a touchpoint in the spotlight, and `q` or
/// Esc back to the editor where the cursor was (presenting never moves it).
extension Editor {
    /// `:present` (and `journey present`): from the stage the cursor is in.
    public mutating func startPresenting() {
        guard !map.stages.isEmpty else {
            refuse("nothing to present: the map has no stages yet")
            return
        }
        let stage = position?.stage ?? 0
        // A question asked at opening (the map open elsewhere, a journal to recover) is answered
        // first: the presentation waits beneath it.
        let questions = modes.reversed().prefix { if case .picker = $0 { true } else { false } }.count
        modes.insert(.present(PresentState(stage: map.stages[min(stage, map.stages.count - 1)].id)),
                     at: modes.count - questions)
        settle()
    }

    mutating func presentKey(_ key: Key, _ present: PresentState) {
        message = nil
        if let command = Commands.presentKeys[key] { return run(command) }
        refuse("no key \(key.label) while presenting: Space next, Backspace back, Tab spotlight, q to the editor")
    }

    /// The presentation on top of the stack, changed in place.
    /// The change gets the map as it is and answers a message, if any.
    mutating func updatePresent(_ change: (inout PresentState, PresentSlide, JourneyMap) -> String?) {
        guard case .present(var present) = mode else { return }
        if !map.stages.contains(where: { $0.id == present.stage }), let first = map.stages.first {
            present = PresentState(stage: first.id)
        }
        let slide = PresentSlide(map: map, stage: present.stage, spotlight: present.spotlight, width: width)
        if let message = change(&present, slide, map) { say(message) }
        let after = PresentSlide(map: map, stage: present.stage, spotlight: present.spotlight, width: width)
        present.scroll = min(max(0, present.scroll), PresentScreen.maxScroll(after, screenHeight: height))
        replaceTop(.present(present))
    }

    /// The next (or previous) stage, from its top, with no spotlight.
    mutating func presentStage(by step: Int) {
        updatePresent { present, slide, map in
            let number = slide.stageNumber + step
            guard map.stages.indices.contains(number) else {
                return step > 0 ? "that was the last stage (q goes back to the editor)" : "this is the first stage"
            }
            present = PresentState(stage: map.stages[number].id)
            return nil
        }
    }

    mutating func presentStage(at number: Int) {
        updatePresent { present, _, map in
            if !map.stages.isEmpty { present = PresentState(stage: map.stages[max(0, min(number, map.stages.count - 1))].id) }
            return nil
        }
    }

    /// Tab: the next touchpoint of the stage in the spotlight, then none again.
    mutating func spotlight(by step: Int) {
        let rows = PresentScreen.slideHeight(screenHeight: height)
        updatePresent { present, slide, map in
            guard let stage = map.stages.first(where: { $0.id == present.stage }), !stage.touchpoints.isEmpty else {
                return "this stage has no touchpoints"
            }
            let ids = stage.touchpoints.map(\.id)
            // None sits between the last and the first.
            let current = present.spotlight.flatMap { ids.firstIndex(of: $0) } ?? ids.count
            let next = (current + step + ids.count + 1) % (ids.count + 1)
            present.spotlight = next < ids.count ? ids[next] : nil
            if let id = present.spotlight, let line = slide.touchpointLines[id] {
                // Scrolled only if its part is not on the screen already: then its heading near the top.
                let end = slide.touchpointLines.values.filter { $0 > line }.min() ?? line + 4
                if line < present.scroll || end > present.scroll + rows {
                    present.scroll = max(0, line - 1)
                }
            }
            return nil
        }
    }

    mutating func scrollPresent(by lines: Int) {
        updatePresent { present, _, _ in
            present.scroll += lines
            return nil
        }
    }

    /// `:theme NAME`: the runtime finds it and says what became of it.
    mutating func switchTheme(_ name: String) {
        effects.append(.theme(name))
    }

    mutating func themeSwitched(_ result: Result<String, Theme.LoadError>) {
        switch result {
        case .success(let name): say("theme \(DisplayText.singleLine(name))")
        case .failure(let error): refuse(error.message)
        }
    }
}

extension Commands {
    static let presenting: [Command] = [
        Command("present", section: .present, "present the map to a room, a stage at a time, from the cursor's stage") { e, _ in
            e.startPresenting()
        },
        Command("theme", section: .present, takes: [.text("NAME", completing: .themes)],
                "switch the colours: " + ThemeCatalog.builtInNames.joined(separator: ", ") + ", or a theme file") { e, a in
            e.switchTheme(a.text("NAME"))
        },
        Command("present-next", keys: [.character(" "), .right, .pageDown, .character("l")], scope: .present,
                section: .present, hint: Hint("next"), typable: false, "next stage (what a clicker sends)") { e, _ in e.presentStage(by: 1) },
        Command("present-previous", keys: [.backspace, .left, .pageUp, .character("h")], scope: .present,
                section: .present, hint: Hint("back", keys: "Bksp", order: 2), typable: false, "previous stage") { e, _ in e.presentStage(by: -1) },
        Command("present-first", keys: [.home], scope: .present, section: .present, typable: false, "first stage") { e, _ in
            e.presentStage(at: 0)
        },
        Command("present-last", keys: [.end], scope: .present, section: .present, typable: false, "last stage") { e, _ in
            e.presentStage(at: Int.max)
        },
        Command("spotlight", keys: [.tab], scope: .present, section: .present, hint: Hint("spotlight", order: 3),
                typable: false, "spotlight the next touchpoint (the others dim), then none") { e, _ in e.spotlight(by: 1) },
        Command("spotlight-back", keys: [.backTab], scope: .present, section: .present, typable: false,
                "spotlight the previous touchpoint") { e, _ in e.spotlight(by: -1) },
        Command("present-down", keys: [.down, .character("j")], scope: .present, section: .present,
                hint: Hint("scroll", keys: "↑↓", order: 4), typable: false, "scroll the stage down, when it is taller than the screen") { e, _ in e.scrollPresent(by: 1) },
        Command("present-up", keys: [.up, .character("k")], scope: .present, section: .present, typable: false,
                "scroll the stage up") { e, _ in e.scrollPresent(by: -1) },
        Command("present-back", keys: [.escape, .character("q")], scope: .present, section: .present,
                hint: Hint("editor", keys: "q", order: 1), typable: false, "back to the editor, where the cursor was") { e, _ in e.pop() },
    ]

    /// The presentation's keys, plus `:` and `?` as everywhere.

}
