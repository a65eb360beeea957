import Foundation
@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// The overview view driven by keys: every field edited in place, each
/// change one undo step, bad days refused with the line kept open, and the
/// edits journaled. "Today" is fixed, so these do not depend on the clock.
@Suite struct OverviewEditingTests {
    static let today = "2026-03-01"

    /// Runs keys through the real runtime on a headless terminal, with "today" set.
    struct Run {
        let editor: Editor
        let terminal: HeadlessTerminal
        var map: JourneyMap { editor.map }
        var screen: String { terminal.screen?.text ?? "" }
        var message: String { editor.view.message?.text ?? "" }
        var grid: CellGrid { terminal.screen ?? CellGrid(width: 0, height: 0) }
    }

    func run(_ input: [HeadlessTerminal.Input], map: JourneyMap = SampleMap.make(), width: Int = 80, height: Int = 24,
             readOnly: Bool = false) -> Run {
        var editor = Editor(document: Document(map: map, path: nil, isSaved: true), displayName: "sample", width: width,
                            height: height)
        editor.screens.overview.today = Self.today
        editor.readOnly = readOnly
        let terminal = HeadlessTerminal(width: width, height: height, input: input)
        let runtime = Runtime(editor: editor, terminal: terminal, files: FileEffects(), theme: ThemeCatalog.builtinDefault)
        runtime.run()
        return Run(editor: runtime.editor, terminal: terminal)
    }

    /// Characters as keys; "\n" is Enter, "⎋" Esc; the overview opened first.
    func keys(_ text: String, _ more: Key...) -> [HeadlessTerminal.Input] {
        ([Key.character("v"), .character("o")] + text.map { $0 == "\n" ? .enter : $0 == "⎋" ? .escape : .character($0) } + more)
            .map(HeadlessTerminal.Input.key)
    }

    /// Keys that move the selection to a row of the sample.
    func down(to row: OverviewRow, in map: JourneyMap = SampleMap.make()) -> String {
        String(repeating: "j", count: OverviewRow.rows(of: map).firstIndex(of: row)!)
    }

    @Test func vThenOOpensTheOverviewAndEscGoesBack() {
        let opened = run(keys(""))
        #expect(opened.editor.modeName == "OVERVIEW")
        #expect(opened.grid.row(1).hasPrefix(" ── Objectives"))
        #expect(run(keys("⎋")).editor.modeName == "GRID")
        #expect(run([.key(.character(":"))] + "view overview\n".map { .key($0 == "\n" ? .enter : .character($0)) })
            .editor.modeName == "OVERVIEW")
    }

    @Test func enterEditsThePurposeInPlaceAndUndoBringsItBack() {
        let sample = SampleMap.make()
        let edited = run(keys("j\n", .control("u")) + "Why we map".map { .key(.character($0)) } + [.key(.enter)])
        #expect(edited.map.objectives.purpose == "Why we map")
        #expect(edited.grid.row(holding: "Purpose")?.contains("Why we map") == true)
        let undone = run(keys("j\n", .control("u")) + "Why we map".map { .key(.character($0)) } + [.key(.enter), .key(.character("u"))])
        #expect(undone.map == sample)
    }

    @Test func scopeTitleAndAStagesGoalAreEditedByEnter() {
        let sample = SampleMap.make()
        let scope = run(keys("jj\n", .control("u")) + [.key(.character("X")), .key(.enter)])
        #expect(scope.map.objectives.scope == "X")
        let title = run(keys("\n", .control("u")) + [.key(.character("T")), .key(.enter)])
        #expect(title.map.title == "T")
        let decision = OverviewRow.stageGoal(stage: sample.stages[2].id)
        let goal = run(keys(down(to: decision) + "\n", .control("u")) + [.key(.character("G")), .key(.enter)])
        #expect(goal.map.stages[2].goal == "G")
        #expect(goal.map.stages.enumerated().allSatisfy { $0.offset == 2 || $0.element.goal == sample.stages[$0.offset].goal })
        // An empty goal clears it.
        let cleared = run(keys(down(to: decision) + "\n", .control("u"), .enter))
        #expect(cleared.map.stages[2].goal == "")
    }

    @Test func goalsAreAddedEditedDeletedAndReordered() {
        let goals = SampleMap.make().objectives.goals
        let first = down(to: .goal(0))
        let added = run(keys(first + "aNew goal\n"))
        #expect(added.map.objectives.goals == [goals[0], "New goal"] + goals[1...])
        #expect(added.editor.screens.overview.selected == OverviewRow.rows(of: added.map).firstIndex(of: .goal(1)))
        let edited = run(keys(first + "j\n", .control("u")) + "Second".map { .key(.character($0)) } + [.key(.enter)])
        #expect(edited.map.objectives.goals[1] == "Second")
        let deleted = run(keys(first + "x"))
        #expect(deleted.map.objectives.goals == Array(goals.dropFirst()))
        #expect(deleted.grid.statusText.contains("u brings it back"))
        #expect(run(keys(first + "xu")).map.objectives.goals == goals)
        let moved = run(keys(first + "JJ"))
        #expect(moved.map.objectives.goals == [goals[1], goals[2], goals[0], goals[3]])
        #expect(moved.editor.screens.overview.selected == OverviewRow.rows(of: moved.map).firstIndex(of: .goal(2)))
        #expect(run(keys(first + "JK")).map.objectives.goals == goals)
        #expect(run(keys(first + "K")).grid.statusText.contains("already the first goal"))
        // x elsewhere deletes nothing and says why.
        let refused = run(keys("x"))
        #expect(refused.map == SampleMap.make())
        #expect(refused.grid.statusText.contains("x deletes a goal"))
    }

    @Test func anEmptyGoalIsRefusedAndTheLineStaysOpen() {
        let run = self.run(keys(down(to: .goal(0)) + "a\n"))
        #expect(run.editor.modeName == "TYPING")
        #expect(run.grid.statusText.contains("a goal needs words"))
        #expect(run.map == SampleMap.make())
    }

    @Test func aMapWithNoGoalsGetsItsFirstFromEnterOrA() {
        var map = SampleMap.make()
        map.objectives.goals = []
        #expect(run(keys("jjj\nOne\n"), map: map).map.objectives.goals == ["One"])
        #expect(run(keys("aOne\n"), map: map).map.objectives.goals == ["One"])
        #expect(run(keys("jjjax"), map: map).map.objectives.goals == [])
    }

    @Test func rMarksTheMapReviewedTodayAsOneUndoableStep() {
        let reviewed = run(keys("r"))
        #expect(reviewed.map.objectives.lastReviewed == Self.today)
        #expect(reviewed.grid.statusText.contains("next review due 2026-06-01, in 92 days"))
        #expect(reviewed.grid.row(holding: "Next review")?.contains("due 2026-06-01, in 92 days") == true)
        #expect(!reviewed.screen.contains("overdue"))
        #expect(reviewed.editor.document.history.canUndo)
        let undone = run(keys("ru"))
        #expect(undone.map == SampleMap.make())
        #expect(undone.grid.row(holding: "Next review")?.contains("⚠ overdue since 2025-08-14 (199 days)") == true)
        // Typed from anywhere, with a day.
        let typed = run([":reviewed 2026-01-05\n"].flatMap { $0.map { .key($0 == "\n" ? .enter : .character($0)) } })
        #expect(typed.map.objectives.lastReviewed == "2026-01-05")
    }

    @Test func theLastReviewedDayIsTypedAndBadDaysAreRefused() {
        let row = down(to: .lastReviewed) + "\n"
        for bad in ["nan", "1e400", "-5", "2026-02-30", "2026-2-3", "\u{1B}[2J", "2026-03-01x", String(repeating: "9", count: 300)] {
            let refused = run(keys(row, .control("u")) + bad.map { .key(.character($0)) } + [.key(.enter)])
            #expect(refused.editor.modeName == "TYPING", "\(bad.prefix(20)) keeps the line open")
            #expect(refused.grid.statusText.contains("is not a day"), "\(bad.prefix(20))")
            #expect(!refused.message.contains("\u{1B}"))
            #expect(refused.map == SampleMap.make())
        }
        let typed = run(keys(row, .control("u")) + "2026-02-28".map { .key(.character($0)) } + [.key(.enter)])
        #expect(typed.map.objectives.lastReviewed == "2026-02-28")
        let today = run(keys(row, .control("u"), .character("t"), .enter))
        #expect(today.map.objectives.lastReviewed == Self.today)
        let cleared = run(keys(row, .control("u"), .enter))
        #expect(cleared.map.objectives.lastReviewed == nil)
        #expect(cleared.grid.row(holding: "Last reviewed")?.contains("(never: r marks it reviewed today)") == true)
    }

    @Test func theCadenceIsPickedFromTheFiveAndNone() {
        let row = down(to: .cadence) + "\n"
        let picker = run(keys(row))
        #expect(picker.editor.modeName == "CHOOSE")
        let cadences = picker.grid.box(titled: "─ Review cadence ")
        for (key, words) in zip("wmqhyn", ["weekly", "monthly", "quarterly", "half-yearly", "yearly", "none"]) {
            #expect(cadences.contains { $0.hasPrefix("\(key) \(words)") }, "\(words) is in the picker: \(cadences)")
        }
        #expect(picker.editor.view.picker?.selected == 2, "the current cadence is selected")
        #expect(run(keys(row + "m")).map.objectives.reviewCadence == .monthly)
        #expect(run(keys(row + "h")).map.objectives.reviewCadence == .halfYearly)
        let none = run(keys(row + "n"))
        #expect(none.map.objectives.reviewCadence == nil)
        #expect(none.grid.row(holding: "Next review")?.contains("no cadence") == true)
        #expect(run(keys(row + "nu")).map == SampleMap.make())
        #expect(run(keys("cy")).map.objectives.reviewCadence == .yearly)
    }

    @Test func cadenceTypedRefusesWhatIsNotACadence() {
        func typed(_ line: String) -> Run { run((":" + line + "\n").map { .key($0 == "\n" ? .enter : .character($0)) }) }
        #expect(typed("cadence half-yearly").map.objectives.reviewCadence == .halfYearly)
        #expect(typed("cadence none").map.objectives.reviewCadence == nil)
        for bad in ["nan", "1e400", "-5", "fortnightly"] {
            let refused = typed("cadence " + bad)
            #expect(refused.map == SampleMap.make())
            #expect(refused.grid.statusText.contains("no cadence"))
        }
    }

    @Test func hugeAndHostileTextIsKeptAsTypedAndShownEscaped() {
        let hostile = "\u{1B}[31mred\u{1B}[0m"
        let pasted = run(keys("j\n", .control("u")) + [.paste(hostile), .key(.enter)])
        #expect(pasted.map.objectives.purpose == hostile)
        #expect(pasted.grid.selectedRow?.hasPrefix(" ▶ Purpose ") == true)
        #expect(pasted.grid.selectedRow?.hasSuffix(" ^[[31mred^[[0m") == true)
        let huge = String(repeating: "abc ", count: 25_000)
        let long = run(keys("j\n", .control("u")) + [.paste(huge), .key(.enter)])
        #expect(long.map.objectives.purpose == huge.trimmingCharacters(in: .whitespaces))
        // Said in the message, which takes the rows above the status line.
        #expect(long.grid.statusText.hasPrefix("purpose: abc abc abc "))
        let saved = try? MapStore.encode(long.map)
        #expect(saved.flatMap { try? MapStore.decode($0, file: "x") } == long.map)
    }

    @Test func readOnlyRefusesEveryEdit() {
        let refused = run(keys("j\nrxaJ"), readOnly: true)
        #expect(refused.map == SampleMap.make())
        #expect(refused.message.contains("read-only"))
    }

    @Test func enterOnACountOpensItsView() {
        let count = down(to: .count(.painPoints)) + "\n"
        let opened = run(keys(count))
        #expect(opened.editor.modeName == "INSIGHTS")
    }

    @Test func pagesAndEndsMoveTheSelection() {
        let rows = OverviewRow.rows(of: SampleMap.make())
        #expect(run(keys("G")).editor.screens.overview.selected == rows.count - 1)
        #expect(run(keys("Gg")).editor.screens.overview.selected == 0)
        let paged = run(keys("", .pageDown)).editor.screens.overview.selected
        #expect(paged > 3)
        #expect(run(keys("", .pageDown, .pageUp)).editor.screens.overview.selected == 0)
        #expect(run(keys("", .pageDown, .pageDown, .pageDown, .pageDown)).editor.screens.overview.selected == rows.count - 1)
        #expect(run(keys("kkk")).editor.screens.overview.selected == 0)
    }

    @Test func editsAreJournaledAndRecover() throws {
        let file = try MapOnDisk()
        defer { file.remove() }
        let typed = ":view overview\n" + down(to: .goal(0)) + "xJ:reviewed 2026-01-05\n:cadence monthly\n"
        _ = Session(typed.map { .key($0 == "\n" ? .enter : .character($0)) }, path: file.path)
        let recovered = file.recovered()
        let goals = SampleMap.make().objectives.goals
        #expect(recovered?.objectives.goals == [goals[2], goals[1], goals[3]])
        #expect(recovered?.objectives.lastReviewed == "2026-01-05")
        #expect(recovered?.objectives.reviewCadence == .monthly)
    }
}
