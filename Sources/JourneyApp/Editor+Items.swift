import JourneyCore
import JourneyView

/// The items of a pain-point, opportunity or quote lane, edited one by one
/// in the detail pane. The list is open while the item keys apply; `a` from
/// the grid adds an item at once and comes back to the grid.
extension Editor {
    func items(_ list: ItemList) -> [Item]? { touchpoint(id: list.touchpoint)?.items(of: list.kind) }

    func itemIndex(_ list: ItemList) -> Int? {
        guard let selected = list.selected else { return nil }
        return items(list)?.firstIndex { $0.id == selected }
    }

    var itemList: ItemList? {
        if case .items(let list) = mode { return list }
        return nil
    }

    mutating func itemKey(_ key: Key, _ list: ItemList) {
        message = nil
        guard items(list) != nil else {
            pop()
            return
        }
        if let rating = list.pendingRating {
            var list = list
            list.pendingRating = nil
            replaceTop(.items(list))
            guard case .character(let c) = key, let digit = c.wholeNumberValue else {
                refuse("\(rating.name) takes \(NumericField.item(rating.figure).rule.expectation), or 0 to clear")
                return
            }
            rate(rating, digit == 0 ? nil : digit)
            return
        }
        if let command = Commands.itemKeys[key] {
            run(command)
        } else {
            refuse("\(key.label) is not an item key: "
                + mode.hints.map { "\($0.key) \($0.action)" }.joined(separator: " · ") + " · ? lists them all")
        }
    }


    mutating func updateItems(_ list: ItemList, message: String? = nil, _ change: (inout [Item]) -> Void) {
        guard let (s, i) = place(of: list.touchpoint) else { return }
        commit(Edits.updateItems(map, stage: s, index: i, kind: list.kind, change), message: message)
    }

    mutating func selectItem(_ index: Int) {
        guard var list = itemList, let items = items(list), items.indices.contains(index) else { return }
        list.selected = items[index].id
        replaceTop(.items(list))
    }

    mutating func addItem() {
        guard let list = itemList else { return }
        let noun = list.kind.itemNoun ?? "item"
        ask(.newItem(touchpoint: list.touchpoint, kind: list.kind, after: list.selected), label: "New \(noun):")
        say("type it, or \(ItemEntry.hint) to rate it too · Tab: next lane")
    }

    /// `L` on an opportunity in a cell's list: the pain points it addresses, to tick.
    mutating func linkSelectedItem() {
        guard let list = itemList, list.kind == .opportunities, let id = list.selected,
              let opportunity = map.insights().first(where: { $0.item.id == id }) else {
            return refuse("L links an opportunity to the pain points it addresses: select one on the Opportunities lane")
        }
        chooseLinks(for: opportunity)
    }

    mutating func insertItem(_ text: String, touchpoint: String, kind: LaneKind, after: String?) -> Bool {
        guard !text.isEmpty else {
            refuse("nothing typed, nothing added")
            closeItemsOpenedToAdd()
            return true
        }
        guard var list = itemList else { return true }
        guard let item = keepItem(text, touchpoint: touchpoint, kind: kind, after: after) else { return false }
        let painPoints = self.touchpoint(id: touchpoint)?.painPoints ?? []
        say("added “\(item.text)”; " + (kind == .opportunities && !painPoints.isEmpty ? "L links it to the pain points it addresses, " : "")
            + "a adds another")
        list.selected = item.id
        replaceTop(.items(list))
        closeItemsOpenedToAdd()
        return true
    }

    /// Adds one typed item (`TEXT` or `TEXT | IMPACT EFFORT VOTES`) after
    /// the item `after` (at the end when nil or gone), as one transaction.
    /// Nil, with the reason on the status line, when the line does not parse.
    mutating func keepItem(_ text: String, touchpoint: String, kind: LaneKind, after: String?) -> Item? {
        let entry: ItemEntry
        switch ItemEntry.parse(text) {
        case .success(let parsed): entry = parsed
        case .failure(let problem):
            refuse(problem.description)
            return nil
        }
        guard let (s, i) = place(of: touchpoint), let items = map.stages[s].touchpoints[i].items(of: kind) else { return nil }
        var item = Edits.newItem(map, kind: kind, text: entry.text)
        entry.apply(to: &item)
        let at = after.flatMap { id in items.firstIndex { $0.id == id } }.map { $0 + 1 } ?? items.count
        commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { $0.insert(item, at: at) })
        return item
    }

    /// One item per line, as a facilitator pastes sticky notes from a chat.
    mutating func addItems(_ lines: [String], to touchpoint: String, kind: LaneKind) {
        guard let (s, i) = place(of: touchpoint) else { return }
        var fresh: [Item] = []
        var taken: Set<String> = []
        for line in lines {
            var item = Edits.newItem(map, kind: kind, text: line, avoiding: taken)
            // A line may carry its ratings; one that does not parse is kept as plain text.
            (try? ItemEntry.parse(line).get())?.apply(to: &item)
            taken.insert(item.id)
            fresh.append(item)
        }
        let selected = itemList.flatMap { $0.touchpoint == touchpoint && $0.kind == kind ? itemIndex($0) : nil }
        commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { items in
            items.insert(contentsOf: fresh, at: selected.map { $0 + 1 } ?? items.count)
        }, message: "added \(fresh.count) item\(fresh.count == 1 ? "" : "s") from the paste; u takes them back")
    }

    /// The list was opened only to add an item (`a` in the grid): back to the grid.
    mutating func closeItemsOpenedToAdd() {
        if case .items(let list) = mode, list.openedToAdd { pop() }
    }

    mutating func editItem() {
        guard let list = itemList, let items = items(list) else { return }
        guard let index = itemIndex(list) else { return addItem() }
        ask(.editItem(touchpoint: list.touchpoint, kind: list.kind, item: items[index].id), label: "Text:", text: items[index].text)
    }

    mutating func editItem(touchpoint: String, kind: LaneKind, item: String, text: String) -> Bool {
        guard !text.isEmpty else {
            refuse("an item needs text; x deletes it, Esc keeps it as it was")
            return false
        }
        guard let (s, i) = place(of: touchpoint) else { return true }
        commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { items in
            if let index = items.firstIndex(where: { $0.id == item }) { items[index].text = text }
        })
        return true
    }

    mutating func deleteItem() {
        guard var list = itemList, let items = items(list), let index = itemIndex(list) else { return }
        let text = items[index].text
        updateItems(list, message: "deleted “\(text)”; u brings it back") { $0.remove(at: index) }
        let rest = self.items(list) ?? []
        list.selected = rest.isEmpty ? nil : rest[min(index, rest.count - 1)].id
        replaceTop(.items(list))
    }

    mutating func moveItem(by step: Int) {
        guard let list = itemList, let items = items(list), let index = itemIndex(list) else { return }
        let target = index + step
        guard items.indices.contains(target) else { return }
        updateItems(list) { $0.swapAt(index, target) }
    }

    mutating func vote(by step: Int) {
        guard let list = itemList, let items = items(list), let index = itemIndex(list) else { return }
        if placesDots { return placeDot(step, on: items[index].id) }
        let votes = max(0, items[index].votes + step)
        setFigure(.votes, votes, of: list, index: index,
                  message: "“\(items[index].text)”: \(votes) vote\(votes == 1 ? "" : "s")")
    }

    /// Sets an item's impact, effort or votes, within the rule book's range.
    mutating func setFigure(_ figure: ItemFigure, _ value: Int?, of list: ItemList, index: Int, message: String) {
        guard let (s, i) = place(of: list.touchpoint) else { return }
        switch Edits.setItemFigure(map, stage: s, index: i, kind: list.kind, item: index, figure, to: value) {
        case .success(let edit): commit(edit, message: message)
        case .failure(let problem): refuse(problem.description)
        }
    }

    mutating func startRating(_ kind: RatingKind) {
        guard var list = itemList, itemIndex(list) != nil else { return }
        list.pendingRating = kind
        replaceTop(.items(list))
        say("\(kind.name): 1 (low) to 5 (high), 0 clears")
    }

    mutating func rate(_ kind: RatingKind, _ value: Int?) {
        guard let list = itemList, let items = items(list), let index = itemIndex(list) else { return }
        setFigure(kind.figure, value, of: list, index: index,
                  message: "\(kind.name) of “\(items[index].text)”: " + (value.map(String.init) ?? "cleared"))
    }

    mutating func closeItems() {
        pop()
    }
}
