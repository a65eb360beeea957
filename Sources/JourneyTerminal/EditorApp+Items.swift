import JourneyCore
import JourneyView

enum RatingKind {
    case impact, effort
}

/// The items of a pain-point, opportunity or quote lane, edited one by one
/// in the detail pane.
extension EditorApp {
    var itemContext: (stage: Int, index: Int, kind: LaneKind, items: [Item])? {
        guard let lane = currentLane, let (s, i) = touchpointPosition,
              let items = map.stages[s].touchpoints[i].items(of: lane.kind) else { return nil }
        return (s, i, lane.kind, items)
    }

    func addItem() {
        guard let (s, i, kind, _) = itemContext else { return }
        let label = kind == .quotes ? "New quote:" : kind == .painPoints ? "New pain point:" : "New opportunity:"
        ask(.newItem(stage: s, index: i, kind: kind), label: label)
    }

    func handleItems(_ key: Key) {
        guard let (s, i, kind, items) = itemContext, var selected = state.itemSelection else {
            state.itemSelection = nil
            return
        }
        state.message = nil
        if let rating = pendingRating {
            pendingRating = nil
            guard case .character(let c) = key, let digit = c.wholeNumberValue, digit <= 5, !items.isEmpty else {
                state.message = "impact and effort take 1 to 5, or 0 to clear"
                return
            }
            let value = digit == 0 ? nil : digit
            commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { list in
                if rating == .impact { list[selected].impact = value } else { list[selected].effort = value }
            })
            return
        }
        switch key {
        case .escape, .character("q"):
            state.itemSelection = nil
        case .down, .character("j"): selected = min(max(0, items.count - 1), selected + 1)
        case .up, .character("k"): selected = max(0, selected - 1)
        case .character("a"), .character("o"): addItem()
        case .enter:
            guard items.indices.contains(selected) else { return addItem() }
            ask(.editItem(stage: s, index: i, kind: kind, item: selected), label: "Text:", text: items[selected].text)
        case .character("x"):
            guard items.indices.contains(selected) else { return }
            commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { $0.remove(at: selected) },
                   message: "deleted; u brings it back")
            selected = max(0, min(selected, items.count - 2))
        case .character("K"), .character("J"):
            let target = selected + (key == .character("K") ? -1 : 1)
            guard items.indices.contains(selected), items.indices.contains(target) else { return }
            commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { $0.swapAt(selected, target) })
            selected = target
        case .character("+"), .character("="), .character("-"):
            guard items.indices.contains(selected) else { return }
            let step = key == .character("-") ? -1 : 1
            commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { $0[selected].votes = max(0, $0[selected].votes + step) })
        case .character("i"): pendingRating = .impact
        case .character("e"): pendingRating = .effort
        case .character("u"): undo()
        case .control("z"): suspending = true
        case .control("r"), .control("y"): redo()
        case .control("s"): save()
        case .character("?"): state.showHelp = true
        default:
            state.message = DetailPane.itemKeys
        }
        if state.itemSelection != nil { state.itemSelection = selected }
        if pendingRating != nil { state.message = "\(pendingRating == .impact ? "impact" : "effort"): 1 (low) to 5 (high), 0 clears" }
    }
}
