import JourneyCore
import JourneyView

/// What the overview asks for and offers: a stage by id, a goal of the
/// map (which has none) by its place and text, the cadence picked.
enum OverviewField: ScreenFieldTarget {
    case purpose, scope, lastReviewed
    case goal(ListEntry)
    case newGoal(ListInsertion)
    case stageGoal(stage: String)
    case cadence(ReviewCadence?)

    static var screen: MapScreen { .overview }
}

/// The overview view's keys, fields and options: every line is selected
/// with the arrows and edited with Enter, each change one undoable step.
extension Editor {
    // MARK: where the selection is

    var overviewRows: [OverviewRow] { OverviewRow.rows(of: map) }

    var overviewSelection: OverviewRow? {
        let rows = overviewRows
        return rows.isEmpty ? nil : rows[min(max(0, screens.overview.selected), rows.count - 1)]
    }

    /// The rows below the title bar and above the status line.
    var overviewHeight: Int { max(1, height - 2) }

    var overviewLayout: OverviewLayout {
        OverviewLayout(map: map, width: width, today: screens.overview.todayDate, counts: screens.overview.counts(of: map))
    }

    /// Selects a row (clamped) and scrolls it into sight.
    mutating func selectOverview(_ row: Int) {
        let layout = overviewLayout
        screens.overview.selected = max(0, min(row, layout.rows.count - 1))
        screens.overview.scroll = layout.scroll(toShow: screens.overview.selected, from: screens.overview.scroll, height: overviewHeight)
    }

    mutating func selectOverview(_ target: OverviewRow) {
        if let row = overviewRows.firstIndex(of: target) { selectOverview(row) }
    }

    // MARK: Enter

    mutating func editOverview() {
        guard let row = overviewSelection else { return }
        switch row {
        case .title: setTitle("")
        case .purpose: askOverview(.purpose, label: "Purpose:", text: map.objectives.purpose)
        case .scope: askOverview(.scope, label: "Scope:", text: map.objectives.scope)
        case .goal(let index):
            askOverview(.goal(ListEntry(index, in: map.objectives.goals)), label: "Goal \(index + 1):",
                        text: map.objectives.goals[index])
        case .noGoals: addOverviewGoal()
        case .cadence: chooseCadence()
        case .lastReviewed:
            askOverview(.lastReviewed, label: "Last reviewed (YYYY-MM-DD, t: today):",
                        text: map.objectives.lastReviewed ?? "")
        case .stageGoal(let id):
            guard let stage = map.stages.first(where: { $0.id == id }) else { return }
            askOverview(.stageGoal(stage: id), label: "Goal of \(DisplayText.singleLine(DisplayText.visible(stage.name, columns: 40))):",
                        text: stage.goal)
        case .count(let count):
            show(count.screen)
            say("\(count.label.lowercased()) are in the \(count.screen.rawValue) view; v o comes back to the overview")
        }
    }

    mutating func askOverview(_ field: OverviewField, label: String, text: String) {
        ask(.screenField(ScreenField(field)), label: label, text: text)
    }

    mutating func chooseCadence(title: String = "Review cadence") {
        func option(_ cadence: ReviewCadence?) -> ChoiceValue { .screenOption(ScreenField(OverviewField.cadence(cadence))) }
        let options = ReviewCadence.allCases.map { cadence in
            Choice.Option(label: cadence.words, hotkey: cadence.words.first, value: option(cadence))
        } + [Choice.Option(label: "none (no reviews planned)", hotkey: "n", value: option(nil))]
        var choice = Choice(title: title, notes: ["How often the map should be reviewed."], options: options)
        choice.select(option(map.objectives.reviewCadence))
        push(.picker(choice))
    }

    // MARK: typed answers and picked options

    mutating func answerOverview(_ field: OverviewField, _ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        switch field {
        case .purpose: setObjective(\.purpose, "purpose", trimmed)
        case .scope: setObjective(\.scope, "scope", trimmed)
        case .goal(let entry):
            guard !trimmed.isEmpty else {
                refuse("a goal needs words: x deletes it, Esc keeps it as it was")
                return false
            }
            return setOverviewGoal(entry, trimmed)
        case .newGoal(let place):
            guard !trimmed.isEmpty else {
                refuse("a goal needs words: type one, or Esc adds none")
                return false
            }
            return insertOverviewGoal(trimmed, at: place.index(in: map.objectives.goals))
        case .stageGoal(let stage):
            guard let s = map.stageIndex(id: stage) else {
                refuse("that stage is gone; nothing changed")
                return true
            }
            let name = DisplayText.singleLine(map.stages[s].name)
            commit(Edits.updateStage(map, s) { $0.goal = trimmed },
                   message: trimmed.isEmpty ? "goal of \(name) cleared" : "goal of \(name): \(trimmed)")
        case .lastReviewed: return setLastReviewed(trimmed)
        case .cadence: break
        }
        return true
    }

    mutating func pickOverview(_ option: OverviewField) {
        guard case .cadence(let cadence) = option else { return }
        setCadence(cadence)
    }

    func overviewStatus() -> String {
        guard let row = overviewSelection else { return "" }
        switch row {
        case .title: return "title"
        case .purpose: return "purpose"
        case .scope: return "scope"
        case .goal(let index): return "goal \(index + 1)/\(map.objectives.goals.count)"
        case .noGoals: return "goals"
        case .cadence: return "review cadence"
        case .lastReviewed: return "last reviewed"
        case .stageGoal(let id): return "goal of " + DisplayText.singleLine(map.stages.first { $0.id == id }?.name ?? "")
        case .count(let count): return count.label.lowercased()
        }
    }

    // MARK: the review

    /// `r`, `:reviewed [DAY]`: the map was reviewed today (or on DAY), as one step.
    mutating func markReviewed(_ day: String) {
        _ = setLastReviewed(day.isEmpty ? "today" : day, clearing: false)
    }

    /// A typed day: YYYY-MM-DD, or t / today; empty clears it (when `clearing`).
    @discardableResult
    mutating func setLastReviewed(_ typed: String, clearing: Bool = true) -> Bool {
        let today = CalendarDay.text(screens.overview.todayDate)
        let day: String?
        switch typed.lowercased() {
        case "": day = nil
        case "t", "today": day = today
        default:
            guard CalendarDay.isValid(typed) else {
                refuse("“\(quoted(typed))” is not a day: type \(CalendarDay.expected), or t for today")
                return false
            }
            day = typed
        }
        if day == nil && !clearing { return true }
        commit(Edits.updateInfo(map) { $0.objectives.lastReviewed = day },
               message: day.map { "last reviewed: \($0)" + (($0 == today) ? " (today)" : "") } ?? "last reviewed cleared")
        if map.objectives.lastReviewed == day, let review = map.objectives.review(today: screens.overview.todayDate),
           let said = message {
            message = said.adding("next review " + review.words, separator: "; ")
        }
        selectOverview(.lastReviewed)
        return true
    }

    /// `:cadence NAME|none`, or the picker without a name.
    mutating func cadenceCommand(_ typed: String) {
        let name = typed.lowercased()
        if name.isEmpty { return chooseCadence() }
        if name == "none" { return setCadence(nil) }
        let squeezed = name.filter(\.isLetter)
        guard let cadence = ReviewCadence.allCases.first(where: { $0.rawValue.lowercased() == squeezed }) else {
            refuse("no cadence “\(quoted(name))”; the cadences are "
                + ReviewCadence.allCases.map(\.words).joined(separator: ", ") + ", or none")
            return
        }
        setCadence(cadence)
    }

    mutating func setCadence(_ cadence: ReviewCadence?) {
        guard map.objectives.reviewCadence != cadence else {
            refuse("the review cadence is already " + (cadence?.words ?? "none"))
            return
        }
        commit(Edits.updateInfo(map) { $0.objectives.reviewCadence = cadence },
               message: "review cadence: " + (cadence?.words ?? "none"))
        if let review = map.objectives.review(today: screens.overview.todayDate), let said = message {
            message = said.adding("next review " + review.words, separator: "; ")
        }
        selectOverview(.cadence)
    }

    // MARK: the goals

    /// `a`: a new goal after the selected one, or at the end.
    mutating func addOverviewGoal() {
        let at: Int = if case .goal(let index) = overviewSelection { index + 1 } else { map.objectives.goals.count }
        askOverview(.newGoal(ListInsertion(at, in: map.objectives.goals)), label: "New goal:", text: "")
    }

    mutating func insertOverviewGoal(_ text: String, at index: Int) -> Bool {
        let at = min(max(0, index), map.objectives.goals.count)
        commit(Edits.updateInfo(map) { $0.objectives.goals.insert(text, at: at) },
               message: "goal added (\(map.objectives.goals.count + 1) in all)")
        selectOverview(.goal(at))
        return true
    }

    /// The goal the field was opened on, wherever it is now; if it is gone, nothing changes.
    mutating func setOverviewGoal(_ entry: ListEntry, _ text: String) -> Bool {
        guard let index = entry.index(in: map.objectives.goals) else {
            refuse("the goal “\(quoted(entry.text))” is no longer there (changed, deleted or undone); nothing changed")
            return true
        }
        commit(Edits.updateInfo(map) { $0.objectives.goals[index] = text }, message: "goal \(index + 1) changed")
        return true
    }

    /// `x`: the selected goal goes (u brings it back).
    mutating func deleteOverviewGoal() {
        guard case .goal(let index) = overviewSelection else {
            refuse("x deletes a goal: select one first (other fields: Enter, then an empty line clears them)")
            return
        }
        commit(Edits.updateInfo(map) { $0.objectives.goals.remove(at: index) },
               message: "goal \(index + 1) deleted; u brings it back")
        selectOverview(map.objectives.goals.isEmpty ? .noGoals : .goal(min(index, map.objectives.goals.count - 1)))
    }

    /// `K` / `J`: the selected goal one place up or down.
    mutating func moveOverviewGoal(by offset: Int) {
        guard case .goal(let index) = overviewSelection else {
            refuse("K and J move a goal: select one first")
            return
        }
        let target = index + offset
        guard map.objectives.goals.indices.contains(target) else {
            refuse(offset < 0 ? "already the first goal" : "already the last goal")
            return
        }
        commit(Edits.updateInfo(map) { $0.objectives.goals.swapAt(index, target) },
               message: "goal moved to \(target + 1) of \(map.objectives.goals.count)")
        selectOverview(.goal(target))
    }
}

/// A typed text quoted back in a message: one line, and not too long.
private func quoted(_ text: String) -> String {
    TextWrap.truncate(DisplayText.singleLine(DisplayText.visible(text, columns: 40)), width: 40, ellipsis: true)
}

extension Commands {
    static let overviewList = ListRows(
        noun: "line", count: { $0.overviewLayout.rows.count }, selected: { $0.screens.overview.selected },
        select: { $0.selectOverview($1) },
        paged: { e, from, pages in e.overviewLayout.row(paging: from, by: pages, height: e.overviewHeight) })

    static let overview: [Command] = [back(.overview)] + listKeys(.overview, overviewList) + [
        Command("overview-edit", keys: [.enter, .character("i")], scope: .screen(.overview), section: .of(.overview),
                hint: Hint("edit"),
                changesMap: true, typable: false,
                "edit the line: title, purpose, scope, a goal, the cadence (a picker), the last review, a stage's goal; "
                    + "on a count, open its view") { e, _ in e.editOverview() },
        Command("overview-add-goal", keys: [.character("a"), .character("o")], scope: .screen(.overview), section: .of(.overview),
                changesMap: true, typable: false, "add a goal after the selected one") { e, _ in e.addOverviewGoal() },
        Command("overview-delete-goal", keys: [.character("x")], scope: .screen(.overview), section: .of(.overview),
                changesMap: true, typable: false, "delete the selected goal (u brings it back)") { e, _ in e.deleteOverviewGoal() },
        Command("overview-goal-up", keys: [.character("K")], scope: .screen(.overview), section: .of(.overview),
                changesMap: true, typable: false, "move the goal up") { e, _ in e.moveOverviewGoal(by: -1) },
        Command("overview-goal-down", keys: [.character("J")], scope: .screen(.overview), section: .of(.overview),
                changesMap: true, typable: false, "move the goal down") { e, _ in e.moveOverviewGoal(by: 1) },
        Command("reviewed", keys: [.character("r")], scope: .screen(.overview), section: .of(.overview),
                hint: Hint("reviewed"), takes: [.word("DAY").optional],
                changesMap: true, "the map was reviewed today (or on DAY, YYYY-MM-DD), as one step") { e, a in
            e.markReviewed(a.text("DAY"))
        },
        Command("cadence", keys: [.character("c")], scope: .screen(.overview), section: .of(.overview),
                takes: [.text("NAME", completing: .cadences).optional],
                changesMap: true, "how often the map is reviewed: "
                    + ReviewCadence.allCases.map(\.words).joined(separator: ", ") + " or none; no NAME: a picker") { e, a in
            e.cadenceCommand(a.text("NAME"))
        },
    ]
}

extension ScreenController {
    static let overview = ScreenController(OverviewField.self, commands: Commands.overview,
                                           status: { $0.overviewStatus() }, answer: { $0.answerOverview($1, $2) },
                                           pick: { $0.pickOverview($1) })
}
