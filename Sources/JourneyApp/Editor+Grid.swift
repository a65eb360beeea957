import JourneyCore
import JourneyView

/// The grid's keys: the command table, and the score keys of the emotion lane.
extension Editor {
    mutating func gridKey(_ key: Key) {
        message = nil
        if currentLane?.kind == .emotion, typeScore(key) { return }
        pendingScore = nil
        guard let command = Commands.gridKeys[key] else {
            refuse("no key \(key.label) here; ? shows the keys")
            return
        }
        run(command)
    }

    /// How a key opens a cell.
    enum CellOpening {
        /// Enter and i: open it as it is.
        case edit
        /// a: add to it (type at the end, or a new item).
        case append
        /// c: start from nothing.
        case replace
    }

    mutating func editCell(_ opening: CellOpening, text pasted: String? = nil) {
        guard let lane = currentLane, let (s, i, id) = requireTouchpoint() else { return }
        let touchpoint = map.stages[s].touchpoints[i]
        switch lane.kind {
        case .actions, .thoughts, .owner, .text:
            var text = opening == .replace ? "" : touchpoint.text[lane.id] ?? ""
            if let pasted { text += pasted }
            push(.cell(CellEdit(touchpoint: id, lane: lane.id, editor: LineEditor(text))))
            reveal()
        case .painPoints, .opportunities, .quotes:
            let items = touchpoint.items(of: lane.kind) ?? []
            let adding = opening != .edit || items.isEmpty
            let backToGrid = opening != .edit
            push(.items(ItemList(touchpoint: id, kind: lane.kind, selected: adding ? items.last?.id : items.first?.id, openedToAdd: backToGrid)))
            if adding { addItem() }
        case .emotion:
            openScores()
        case .metrics:
            openCommandLine(text: "metric ")
        }
    }

    /// A paste in the grid is text, never keys: it starts editing the cell
    /// with it, or on a list lane adds one item per line.
    mutating func paste(_ text: String) {
        // Fields first, without holding a copy of the mode: their text is edited in place.
        if topCell != nil {
            _ = editLine { editor in
                editor.insert(text.replacing("\r\n", with: "\n").replacing("\r", with: "\n"))
                return .editing
            }
            return reveal()
        }
        if topPrompt != nil { return pasteIntoPrompt(text) }
        switch mode {
        case .picker(var choice) where !choice.takesLetters:
            choice.filter += text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            choice.selected = 0
            replaceTop(.picker(choice))
        case .grid, .items:
            guard !readOnly else {
                refuse("read-only: the paste was not added")
                return
            }
            pasteIntoCell(text)
        case .screen:
            refuse("open a field first (Enter), then paste; the paste was not used")
        case .picker, .help, .cell, .prompt, .present:
            refuse("close this first; the paste was not used")
        }
    }

    mutating func pasteIntoPrompt(_ text: String) {
        let lines = Self.lines(of: text)
        if lines.count > 1, case .newItem(let touchpoint, let kind, _)? = topPrompt?.purpose {
            // Sticky notes pasted at a new item's line: one item each.
            pop()
            addItems(lines, to: touchpoint, kind: kind)
            closeItemsOpenedToAdd()
            return
        }
        if lines.count > 1, case .capture(let capture)? = topPrompt?.purpose { return pasteCaptured(lines, capture) }
        // A line holds one line: the breaks of a pasted paragraph become spaces.
        _ = editLine { editor in
            editor.insert(lines.count > 1 ? lines.joined(separator: " ") : text)
            return .editing
        }
    }

    /// The non-empty lines of a pasted text, trimmed.
    static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    mutating func pasteIntoCell(_ text: String) {
        guard let lane = currentLane, let (_, _, id) = requireTouchpoint() else { return }
        let normalized = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        switch lane.kind {
        case .actions, .thoughts, .owner, .text:
            // One complete edit, on a line of its own: a cell left open would take the next key typed as text.
            popToGrid()
            guard let (s, i) = place(of: id) else { return }
            let pasted = String(normalized.reversed().drop { $0 == "\n" }.reversed())
            guard !pasted.isEmpty else { return }
            let old = map.stages[s].touchpoints[i].text[lane.id] ?? ""
            let joined = old.isEmpty || old.hasSuffix("\n") ? old + pasted : old + "\n" + pasted
            commit(Edits.setText(map, stage: s, index: i, lane: lane.id, text: joined),
                   message: "pasted into \(DisplayText.singleLine(lane.name)); u takes it back")
        case .painPoints, .opportunities, .quotes:
            let lines = Self.lines(of: normalized)
            guard !lines.isEmpty else { return }
            addItems(lines, to: id, kind: lane.kind)
        case .emotion, .metrics:
            refuse("a paste goes into a text or list lane; this is the \(lane.name) lane")
        }
    }
}
