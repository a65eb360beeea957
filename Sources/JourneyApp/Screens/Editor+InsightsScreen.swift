import JourneyCore
import JourneyView

/// What the insights view asks for and offers, items by id: a text, an
/// owner or a due day typed; a rating, a status, a pain point or a filter picked.
enum InsightsField: ScreenFieldTarget {
    case text(item: String), owner(item: String), due(item: String)
    /// Impact or effort; nil clears it.
    case rating(item: String, ItemFigure, Int?)
    case status(item: String, ItemStatus?)
    /// Ticks or unticks a pain point the opportunity addresses.
    case link(item: String, painPoint: String)
    case filter(InsightsFilter)

    static var screen: MapScreen { .insights }
}

/// A filter of the insights picked: a kind, a status or a stage (picking the
/// one that is on lifts it), or everything.
enum InsightsFilter: Equatable, Sendable {
    case everything
    case kind(Insight.Kind)
    case status(ItemStatus)
    case stage(String)
}

/// The insights view's keys, fields and options: the selected item (by id)
/// is edited in place, each change one transaction on its touchpoint.
extension Editor {
    /// The rows as the view shows them, in its sort and filter.
    var insightRows: [Insight] { screens.insights.rows(of: map).rows }

    /// The selected insight: the one selected by id, else the first row.
    var selectedInsight: Insight? {
        let rows = insightRows
        return rows.first { $0.item.id == screens.insights.selected } ?? rows.first
    }

    /// An item of the map by id, wherever it is now.
    func insight(id: String) -> Insight? { screens.insights.rows(of: map).links.items[id] }

    var selectedInsightRow: Int {
        guard let selected = screens.insights.selected else { return 0 }
        return insightRows.firstIndex { $0.item.id == selected } ?? 0
    }

    var insightsPage: Int { InsightsScreen.visibleRows(height: height - 2) }

    mutating func selectInsightRow(_ target: Int) {
        let rows = insightRows
        guard rows.indices.contains(target) else { return }
        screens.insights.selected = rows[target].item.id
        screens.insights.scroll = InsightsScreen.firstRow(scroll: screens.insights.scroll, selected: target, count: rows.count,
                                                       visible: insightsPage)
    }

    /// Keeps the selection shown after the rows changed order or number.
    mutating func revealInsight() { selectInsightRow(selectedInsightRow) }

    /// The selected item, or a message when there is none.
    mutating func requireInsight(opportunity: Bool = false, _ what: String = "") -> Insight? {
        guard let insight = selectedInsight else {
            say(screens.insights.query.isFiltered ? "nothing matches the filter; F shows everything"
                : "no pain points or opportunities yet: add them in the grid")
            return nil
        }
        if opportunity && insight.kind != .opportunity {
            refuse("\(what) belongs to opportunities; “\(InsightsText.short(insight.item.text))” is a pain point")
            return nil
        }
        // Selected by id from now on, so it stays selected when an edit moves it in the sort.
        screens.insights.selected = insight.item.id
        return insight
    }

    /// Changes one item, found by id on its touchpoint, as one transaction.
    mutating func updateInsight(_ id: String, message: String? = nil, _ change: (inout Item) -> Void) {
        guard let insight = insight(id: id), let (s, i) = place(of: insight.touchpoint) else { return }
        commit(Edits.updateItems(map, stage: s, index: i, kind: insight.kind.laneKind) { items in
            if let index = items.firstIndex(where: { $0.id == id }) { change(&items[index]) }
        }, message: message)
        revealInsight()
    }

    /// Impact, effort or votes, within the rule book's range.
    mutating func setInsightFigure(_ figure: ItemFigure, _ value: Int?, of insight: Insight, message: String) {
        guard let (s, i) = place(of: insight.touchpoint),
              let index = map.stages[s].touchpoints[i].items(of: insight.kind.laneKind)?.firstIndex(where: { $0.id == insight.item.id })
        else { return }
        switch Edits.setItemFigure(map, stage: s, index: i, kind: insight.kind.laneKind, item: index, figure, to: value) {
        case .success(let edit): commit(edit, message: message)
        case .failure(let problem): refuse(problem.description)
        }
        revealInsight()
    }

    /// `I` or `E`: a picker whose digits 1-5 rate the item (0 clears), so `I 4` sets impact 4.
    mutating func chooseInsightRating(_ figure: ItemFigure) {
        guard let insight = requireInsight() else { return }
        func option(_ value: Int?) -> ChoiceValue {
            .screenOption(ScreenField(InsightsField.rating(item: insight.item.id, figure, value)))
        }
        let words = ["low", "", "", "", "high"]
        var options = (1...5).map { value in
            Choice.Option(label: "\(value)" + (words[value - 1].isEmpty ? "" : " (\(words[value - 1]))"),
                          hotkey: Character(String(value)), value: option(value))
        }
        options.append(Choice.Option(label: "clear", hotkey: "0", value: option(nil)))
        var choice = Choice(title: "\(figure.rawValue.capitalized) of “\(InsightsText.short(insight.item.text))”", options: options)
        choice.select(option(insight.item[figure]))
        push(.picker(choice))
    }

    mutating func voteInsight(by step: Int) {
        guard let insight = requireInsight() else { return }
        if placesDots { return placeDot(step, on: insight.item.id) }
        let votes = max(0, insight.item.votes + step)
        setInsightFigure(.votes, votes, of: insight,
                         message: "“\(InsightsText.short(insight.item.text))”: \(votes) vote\(votes == 1 ? "" : "s")")
    }

    /// A field of the selected item (`field` takes its id).
    mutating func askInsight(_ field: (String) -> InsightsField, opportunity: Bool = false, label: String, what: String = "",
                             text: (Item) -> String) {
        guard let insight = requireInsight(opportunity: opportunity, what) else { return }
        ask(.screenField(ScreenField(field(insight.item.id))), label: label, text: text(insight.item))
    }

    mutating func answerInsights(_ field: InsightsField, _ text: String) -> Bool {
        let id: String
        switch field {
        case .text(let item), .owner(let item), .due(let item): id = item
        case .rating, .status, .link, .filter: return true
        }
        guard let insight = insight(id: id) else {
            refuse("that item is gone (deleted or undone); nothing changed")
            return true
        }
        let trimmed = text.trimmingSpaces()
        let name = "“\(InsightsText.short(insight.item.text))”"
        switch field {
        case .text:
            guard !trimmed.isEmpty else {
                refuse("an item needs text; Esc keeps it as it was")
                return false
            }
            updateInsight(insight.item.id) { $0.text = text }
        case .owner:
            updateInsight(insight.item.id, message: trimmed.isEmpty ? "\(name) has no owner now" : "owner of \(name): \(trimmed)") {
                $0.owner = trimmed
            }
        case .due:
            guard trimmed.isEmpty || CalendarDay.isValid(trimmed) else {
                refuse("due of \(name): “\(InsightsText.short(trimmed))” is not a day; type "
                    + CalendarDay.expected + ", or nothing to clear")
                return false
            }
            updateInsight(insight.item.id, message: trimmed.isEmpty ? "\(name) has no due day now" : "\(name) is due \(trimmed)") {
                $0.due = trimmed.isEmpty ? nil : trimmed
            }
        case .rating, .status, .link, .filter: break
        }
        return true
    }

    mutating func chooseInsightStatus() {
        guard let insight = requireInsight(opportunity: true, "a status") else { return }
        func option(_ status: ItemStatus?) -> ChoiceValue {
            .screenOption(ScreenField(InsightsField.status(item: insight.item.id, status)))
        }
        var options = ItemStatus.allCases.enumerated().map { offset, status in
            Choice.Option(label: status.words, hotkey: Character(String(offset + 1)), value: option(status))
        }
        options.append(Choice.Option(label: "not set", hotkey: "0", value: option(nil)))
        var choice = Choice(title: "Status of “\(InsightsText.short(insight.item.text))”", options: options)
        choice.select(option(insight.item.status))
        push(.picker(choice))
    }

    mutating func chooseInsightLink() {
        guard let insight = requireInsight(opportunity: true, "addressing a pain point") else { return }
        chooseLinks(for: insight)
    }

    /// `L`: every pain point of the map, its own touchpoint's first, ticked when the
    /// opportunity addresses it; picking one toggles it.
    mutating func chooseLinks(for insight: Insight) {
        let linked = Set(insight.item.addresses)
        let pains = map.insights().filter { $0.kind == .painPoint }
        let here = pains.filter { $0.touchpoint == insight.touchpoint }
        let options = (here + pains.filter { $0.touchpoint != insight.touchpoint }).map { pain in
            let link = InsightsField.link(item: insight.item.id, painPoint: pain.item.id)
            return Choice.Option(label: (linked.contains(pain.item.id) ? "[x] " : "[ ] ") + InsightsText.short(pain.item.text, 50)
                                   + "  (" + InsightsText.place(pain) + ")",
                                 hotkey: nil, value: .screenOption(ScreenField(link)))
        }
        guard !options.isEmpty else {
            refuse("the map has no pain points to address yet")
            return
        }
        var choice = Choice(title: "Pain points “\(InsightsText.short(insight.item.text))” addresses (pick to tick or untick)",
                            options: options)
        choice.notes = ["type to filter; Enter ticks or unticks one"]
        push(.picker(choice))
    }

    /// `f`: a filter by kind, status or stage; picking the active one lifts it.
    mutating func chooseInsightFilter() {
        let query = screens.insights.query
        func mark(_ on: Bool) -> String { on ? "● " : "  " }
        func option(_ filter: InsightsFilter) -> ChoiceValue { .screenOption(ScreenField(InsightsField.filter(filter))) }
        var options = [Choice.Option(label: "  everything (no filter)", hotkey: nil, value: option(.everything))]
        options += Insight.Kind.allCases.map { kind in
            Choice.Option(label: mark(query.kind == kind) + "kind: " + (kind == .painPoint ? "pain points" : "opportunities"),
                          hotkey: nil, value: option(.kind(kind)))
        }
        options += ItemStatus.allCases.map { status in
            Choice.Option(label: mark(query.status == status) + "status: " + status.words, hotkey: nil,
                          value: option(.status(status)))
        }
        options += map.stages.map { stage in
            Choice.Option(label: mark(query.stage == stage.id) + "stage: " + InsightsText.short(stage.name, 40), hotkey: nil,
                          value: option(.stage(stage.id)))
        }
        var choice = Choice(title: "Filter the insights", options: options)
        choice.notes = ["type to narrow the list; Enter sets or lifts one; F lifts them all"]
        push(.picker(choice))
    }

    mutating func pickInsights(_ option: InsightsField) {
        switch option {
        case .filter(let filter): setInsightFilter(filter)
        case .rating(let id, let figure, let value):
            guard let insight = insight(id: id) else { return }
            setInsightFigure(figure, value, of: insight,
                             message: "\(figure.rawValue) of “\(InsightsText.short(insight.item.text))”: " + (value.map(String.init) ?? "cleared"))
        case .status(let id, let status):
            guard insight(id: id) != nil else { return }
            updateInsight(id, message: "status: " + (status?.words ?? "not set")) { $0.status = status }
        case .link(let id, let painPoint):
            guard let opportunity = insight(id: id), let pain = insight(id: painPoint) else { return }
            let linked = opportunity.item.addresses.contains(painPoint)
            let message = (linked ? "no longer addresses " : "addresses ") + "“\(InsightsText.short(pain.item.text))”"
            updateInsight(id, message: message) { item in
                if linked { item.addresses.removeAll { $0 == painPoint } } else { item.addresses.append(painPoint) }
            }
        case .text, .owner, .due: break
        }
    }

    mutating func setInsightFilter(_ filter: InsightsFilter) {
        var query = screens.insights.query
        switch filter {
        case .kind(let kind): query.kind = query.kind == kind ? nil : kind
        case .status(let status): query.status = query.status == status ? nil : status
        case .stage(let id): query.stage = query.stage == id ? nil : id
        case .everything: query.stage = nil; query.kind = nil; query.status = nil
        }
        screens.insights.query = query
        screens.insights.scroll = 0
        revealInsight()
        say("filter: " + query.filterWords(map))
    }

    mutating func sortInsights(cycle step: Int?) {
        if let step { screens.insights.query.cycleSort(by: step) } else { screens.insights.query.descending.toggle() }
        revealInsight()
        say("sorted by " + screens.insights.query.sortWords)
    }

    /// `g`: the item's touchpoint in the grid, on the item's lane.
    mutating func goToInsight() {
        guard let insight = requireInsight() else { return }
        show(.grid)
        moveCursor(toTouchpoint: insight.touchpoint)
        if let lane = map.lanes.first(where: { $0.kind == insight.kind.laneKind }) { moveCursor(toLane: lane.id) }
        say("“\(InsightsText.short(insight.item.text))” at " + InsightsText.place(insight))
    }

    func insightsStatus() -> String {
        let rows = insightRows
        guard !rows.isEmpty else { return "no rows" }
        return "row \(selectedInsightRow + 1) of \(rows.count)"
    }
}

extension Commands {
    static func insight(_ name: String, keys: [Key], keyLabel: String? = nil, changesMap: Bool = false, hint: Hint? = nil,
                        _ summary: String, run: @escaping @Sendable (inout Editor) -> Void) -> Command {
        viewKey(.insights, name, keys, keyLabel: keyLabel, changesMap: changesMap, hint: hint, summary, run: run)
    }

    /// g goes to the grid here, so only Home and End jump to the ends.
    static let insightsList = ListRows(
        noun: "row", count: { $0.insightRows.count }, selected: { $0.selectedInsightRow }, select: { $0.selectInsightRow($1) },
        paged: { e, from, pages in from + pages * e.insightsPage }, letterJumps: false)

    static let insights: [Command] = listKeys(.insights, insightsList) + [
        insight("edit", keys: [.enter], changesMap: true, hint: Hint("text"), "edit the item's text") { e in
            e.askInsight(InsightsField.text, label: "Text:") { $0.text }
        },
        insight("impact", keys: [.character("I")], changesMap: true,
                hint: Hint("rate", keys: "I E"), "then 1-5: impact (0 clears)") { $0.chooseInsightRating(.impact) },
        insight("effort", keys: [.character("E")], changesMap: true, "then 1-5: effort (0 clears)") { $0.chooseInsightRating(.effort) },
        insight("vote", keys: [.character("+"), .character("=")], changesMap: true,
                hint: Hint("vote", keys: "+-"), "one vote more") { $0.voteInsight(by: 1) },
        insight("unvote", keys: [.character("-")], changesMap: true, "one vote less") { $0.voteInsight(by: -1) },
        insight("status", keys: [.character("s")], changesMap: true,
                hint: Hint("plan", keys: "s o d"), "an opportunity's status (idea … done)") {
            $0.chooseInsightStatus()
        },
        insight("owner", keys: [.character("o")], changesMap: true, "an opportunity's owner (empty clears)") { e in
            e.askInsight(InsightsField.owner, opportunity: true, label: "Owner:", what: "an owner") { $0.owner }
        },
        insight("due", keys: [.character("d")], changesMap: true, "an opportunity's due day, YYYY-MM-DD (empty clears)") { e in
            e.askInsight(InsightsField.due, opportunity: true, label: "Due (YYYY-MM-DD):", what: "a due day") { $0.due ?? "" }
        },
        insight("link", keys: [.character("L")], changesMap: true,
                hint: Hint("link"), "tick the pain points an opportunity addresses") {
            $0.chooseInsightLink()
        },
        insight("sort-next", keys: [.character(">")],
                hint: Hint("sort", keys: "> r"), "sort by the next column") { $0.sortInsights(cycle: 1) },
        insight("sort-previous", keys: [.character("<")], "sort by the previous column") { $0.sortInsights(cycle: -1) },
        insight("reverse", keys: [.character("r")], "reverse the sort") { $0.sortInsights(cycle: nil) },
        insight("filter", keys: [.character("f")],
                hint: Hint("filter"), "filter by kind, status or stage") { $0.chooseInsightFilter() },
        insight("unfilter", keys: [.character("F")], "show everything (lift the filter)") { $0.setInsightFilter(.everything) },
        insight("quadrant", keys: [.character("Q")],
                hint: Hint("quadrant"), "the impact × effort quadrant, or the table again") { e in
            e.screens.insights.showQuadrant.toggle()
        },
        insight("grid", keys: [.character("g")],
                hint: Hint("grid"), "go to the item's touchpoint in the grid") { $0.goToInsight() },
        back(.insights),
    ]
}

/// Item text made short and safe for messages and picker lines.
enum InsightsText {
    static func short(_ text: String, _ columns: Int = 30) -> String {
        TextWrap.truncate(DisplayText.singleLine(DisplayText.visible(text, columns: columns)), width: columns, ellipsis: true)
    }

    static func place(_ insight: Insight) -> String { short(insight.stageName, 24) + " › " + short(insight.touchpointName, 30) }
}

extension ScreenController {
    static let insights = ScreenController(InsightsField.self, commands: Commands.insights,
                                           status: { $0.insightsStatus() }, answer: { $0.answerInsights($1, $2) },
                                           pick: { $0.pickInsights($1) })
}
