import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// What a facilitator types lands where they typed it: the repros of the
/// usability report, each failing before the new editor core.
@Suite struct LiveTypingTests {
    func keys(_ text: String) -> [HeadlessTerminal.Input] { text.map { .key(.character($0)) } }
    func typed(_ text: String) -> [HeadlessTerminal.Input] { keys(text) + [.key(.enter)] }

    /// The sample with the cursor on the first touchpoint's pain points.
    var onPainPoints: [HeadlessTerminal.Input] { [.key(.down), .key(.down), .key(.down)] }

    @Test func aOnAListLaneAddsAnItemWithEveryTypedLetter() {
        let before = SampleMap.make().stages[0].touchpoints[0].painPoints
        let session = Session(onPainPoints + [.key(.character("a"))] + typed("-1 slow delivery, +2 votes"))
        let items = session.map.stages[0].touchpoints[0].painPoints
        #expect(items.count == before.count + 1)
        #expect(items.last?.text == "-1 slow delivery, +2 votes")
        #expect(items.dropLast().map(\.votes) == before.map(\.votes), "no vote changed")
        #expect(session.editor.modeName == "GRID", "back in the grid, ready for the next a")
    }

    @Test func aSecondItemKeepsItsOpeningWords() {
        let session = Session(onPainPoints + [.key(.character("a"))] + typed("First note") + [.key(.character("a"))]
                              + typed("Second note keeps its opening words"))
        let texts = session.map.stages[0].touchpoints[0].painPoints.map(\.text)
        #expect(texts.suffix(2) == ["First note", "Second note keeps its opening words"])
    }

    @Test func aMultiLinePasteInTheGridRunsNoCommand() {
        let paste = "Slow delivery\nStock shown wrong\nSupport never answers"
        let start = SampleMap.make()
        for input in [HeadlessTerminal.Input.paste(paste), .burst(Array(paste).map { $0 == "\n" ? .enter : .character($0) })] {
            let session = Session([input])
            #expect(session.map.stages.count == start.stages.count, "no stage made")
            #expect(session.map.title == start.title)
            // On a text lane the paste is one edit, on a line of its own, and the cell does not stay open.
            #expect(session.editor.modeName == "GRID")
            #expect(session.map.stages[0].touchpoints[0].text["actions"] == start.stages[0].touchpoints[0].text["actions"]! + "\n" + paste)
        }
    }

    @Test func aChannelTheMapDoesNotHaveIsMadeWithTheTouchpointAndUndoTakesBothBack() {
        let start = SampleMap.make()
        let made = Session(keys("o") + typed("Reel @Instagram"))
        let channel = made.map.channels.last
        #expect(channel?.name == "Instagram" && channel?.kind == .online)
        #expect(made.map.stages[0].touchpoints[1].name == "Reel")
        #expect(made.map.stages[0].touchpoints[1].channel == channel?.id)
        #expect(made.view.message?.text == "new touchpoint “Reel” (Instagram, a new channel; u undoes both) in Awareness")
        let undone = Session(keys("o") + typed("Reel @Instagram") + keys("u"))
        #expect(undone.map == start)
        let offline = Session(keys("o") + typed("Pop-up @Market stall offline"))
        #expect(offline.map.channels.last?.name == "Market stall" && offline.map.channels.last?.kind == .offline)
        let ambiguous = Session(keys("o") + typed("Ad @S"))
        #expect(ambiguous.map == start)
        #expect(ambiguous.view.message?.text == "“S” could be Search or Social media: type more of it")
    }

    @Test func aListItemDroppedWithCtrlCComesBackWithUndrop() {
        let before = SampleMap.make().stages[0].touchpoints[0].painPoints
        let typedThenDropped = onPainPoints + [.key(.character("a"))] + keys("Slow refunds") + [.key(.control("c"))]
        let dropped = Session(typedThenDropped)
        #expect(dropped.map.stages[0].touchpoints[0].painPoints == before)
        #expect(dropped.view.message?.text == "item dropped; :undrop brings it back", "not the line's own hint, which no longer applies")
        let back = Session(typedThenDropped + keys(":undrop") + [.key(.enter)])
        #expect(back.view.prompt?.editor.text == "Slow refunds")
        let kept = Session(typedThenDropped + keys(":undrop") + [.key(.enter), .key(.enter)])
        #expect(kept.map.stages[0].touchpoints[0].painPoints.map(\.text) == before.map(\.text) + ["Slow refunds"])
        #expect(kept.editor.modeName == "GRID")
    }

    @Test func aPasteOnATextLaneIsOneEditThatUndoTakesBackAndTheNextKeyIsACommand() {
        let start = SampleMap.make()
        let session = Session([.paste("First note\nSecond note\n"), .paste("Third note")] + keys("u"))
        let actions = session.map.stages[0].touchpoints[0].text["actions"]
        #expect(actions == start.stages[0].touchpoints[0].text["actions"]! + "\nFirst note\nSecond note")
        #expect(session.view.message?.text.hasPrefix("took back") == true)
        var blank = SampleMap.make()
        blank.stages[0].touchpoints[0].text["actions"] = nil
        let empty = Session([.paste("Only note")], map: blank)
        #expect(empty.map.stages[0].touchpoints[0].text["actions"] == "Only note")
        #expect(empty.view.message?.text == "pasted into Actions; u takes it back")
    }

    @Test func aPasteOnAListLaneAddsOneItemPerLine() {
        let session = Session(onPainPoints + [.paste("Slow delivery\n\nStock shown wrong\n")])
        let texts = session.map.stages[0].touchpoints[0].painPoints.map(\.text)
        #expect(texts.suffix(2) == ["Slow delivery", "Stock shown wrong"])
    }

    @Test func aPasteAtANewItemsLineAddsOneItemPerLine() {
        let session = Session(onPainPoints + [.key(.character("a")), .paste("Slow delivery | 4 2 1\nStock shown wrong")])
        let items = session.map.stages[0].touchpoints[0].painPoints.suffix(2)
        #expect(items.map(\.text) == ["Slow delivery", "Stock shown wrong"])
        #expect(items.first?.impact == 4 && items.first?.effort == 2 && items.first?.votes == 1)
        #expect(session.editor.modeName == "GRID")
    }

    @Test func aMapWithNoStagesTakesEveryMoveWithoutCrashing() {
        var map = BlankMap.make()
        map.stages = []
        let everyKey = Commands.all.flatMap(\.keys).filter { $0 != .character("q") && $0 != .control("c") && $0 != .control("z") }
        let session = Session(everyKey.flatMap { [.key($0), .key(.escape), .key(.escape)] }, map: map)
        #expect(session.map.stages.count <= 1)
    }

    @Test func aPasteAfterUndoMovedTheCursorFromAnOpenListGoesWhereTheCursorIs() {
        // Found by the editor law (it crashed): the open list's selection was taken as a place in another list.
        let flagElsewhere: [HeadlessTerminal.Input] = keys("l") + onPainPoints + keys("mh")
        let session = Session(flagElsewhere + [.key(.enter)] + keys("u") + [.paste("hello")])
        #expect(session.map.stages[0].touchpoints[1].painPoints.map(\.text) == ["hello"])
        #expect(session.map.stages[0].touchpoints[0].painPoints == SampleMap.make().stages[0].touchpoints[0].painPoints)
    }

    @Test func keysTypedAheadAfterSaveAndQuitDoNothing() throws {
        // Found by the editor law: the file was saved without them, the editor went on with them.
        let folder = NSTemporaryDirectory() + "journey-quit-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/m.json"
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        let session = Session(keys("m") + [.key(.control("c")), .burst(Array("st!").map(Key.character) + [.enter])], path: path)
        #expect(session.editor.isFinished)
        #expect(try MapStore.load(path: path) == session.map, "what the editor ended with is what was saved")
        #expect(FoundJournal.all(MapPaths(path)).isEmpty)
    }

    @Test func threePastedLinesStayInTheCellAndChangeNothingElse() {
        let start = SampleMap.make()
        let session = Session([.key(.character("c")), .paste("one\ntwo\nthree"), .key(.enter)])
        var expected = start
        expected.stages[0].touchpoints[0].text["actions"] = "one\ntwo\nthree"
        #expect(session.map == expected)
    }

    @Test func aBurstIntoAFieldIsText() {
        // Over a link without bracketed paste: keys within a few milliseconds.
        let burst: [Key] = Array("one\ntwo").map { $0 == "\n" ? .enter : .character($0) }
        let session = Session([.key(.character("c")), .burst(burst), .key(.enter)])
        #expect(session.map.stages[0].touchpoints[0].text["actions"] == "one\ntwo")
    }

    @Test func typedAheadCommandsStillRun() {
        // `o` then a name arriving together over a slow link is typing, not a paste.
        let burst: [Key] = Array("oNew step").map(Key.character) + [.enter]
        let session = Session([.burst(burst)])
        #expect(session.map.stages[0].touchpoints[1].name == "New step")
    }

    @Test func equalScoresShowEveryPersona() {
        var map = SampleMap.make()
        for i in map.stages[0].touchpoints.indices {
            map.stages[0].touchpoints[i].emotion = ["maya": 1, "tom": 1]
        }
        let screen = Session([], map: map).screen
        let emotionRow = screen.split(separator: "\n").first { $0.contains("●") && $0.contains("◆") && $0.contains("+1") }
        #expect(emotionRow != nil, "both personas' points show on the +1 row\n\(screen)")
    }

    @Test func theEmotionLaneTakesTheValueItShows() {
        let toEmotion: [HeadlessTerminal.Input] = [.key(.down), .key(.down)]
        func score(_ typed: String, scale: EmotionScale = EmotionScale()) -> Double? {
            var map = SampleMap.make()
            map.emotionScale = scale
            map.stages[0].touchpoints[0].emotion = [:]
            return Session(toEmotion + keys(typed), map: map).map.stages[0].touchpoints[0].emotion["maya"]
        }
        #expect(score("-2") == -2)
        #expect(score("0") == 0)
        #expect(score("+1") == 1)
        #expect(score("2") == 2)
        #expect(score("5", scale: EmotionScale(min: 1, max: 5)) == 5)
        #expect(score("1", scale: EmotionScale(min: 1, max: 5)) == 1)
        // 1 on a 0..10 scale may become 10: it waits, and Enter sets it.
        #expect(score("1", scale: EmotionScale(min: 0, max: 10)) == nil)
        #expect(Session(toEmotion + keys("1") + [.key(.enter)], map: {
            var map = SampleMap.make()
            map.emotionScale = EmotionScale(min: 0, max: 10)
            map.stages[0].touchpoints[0].emotion = [:]
            return map
        }()).map.stages[0].touchpoints[0].emotion["maya"] == 1)
        #expect(score("10", scale: EmotionScale(min: 0, max: 10)) == 10)
        // 0 on the emotion lane never jumps to the first touchpoint.
        let session = Session([.key(.right)] + toEmotion + keys("0"))
        #expect(session.view.gridPlace.column == 1)
        #expect(session.map.stages[0].touchpoints[1].emotion["maya"] == 0)
    }

    @Test func everyPersonaScoredInOneLine() {
        let session = Session([.key(.down), .key(.down), .key(.enter), .key(.control("u"))] + typed("-1 2"))
        #expect(session.map.stages[0].touchpoints[0].emotion == ["maya": -1, "tom": 2])
        let refused = Session([.key(.down), .key(.down), .key(.enter), .key(.control("u"))] + typed("-1 9"))
        #expect(refused.editor.modeName == "TYPING", "a score off the scale keeps the line open to fix")
        #expect(refused.view.message?.text == "Tom: emotion score is a number from -2 to 2 (the map's emotion scale); got 9")
    }

    @Test func escKeepsACellAndCtrlCDropsItRecoverably() {
        let kept = Session([.key(.character("c"))] + keys("A sentence") + [.key(.escape)])
        #expect(kept.map.stages[0].touchpoints[0].text["actions"] == "A sentence")
        let dropped = Session([.key(.character("c"))] + keys("A sentence") + [.key(.control("c"))])
        #expect(dropped.map == SampleMap.make())
        #expect(dropped.grid.statusText.contains(":undrop"))
        let back = Session([.key(.character("c"))] + keys("A sentence") + [.key(.control("c")), .key(.character(":"))]
                           + typed("undrop") + [.key(.enter)])
        #expect(back.map.stages[0].touchpoints[0].text["actions"] == "A sentence")
    }

    @Test func commandsConfirmWithTheNewValueAndTheRightName() {
        func message(_ line: String) -> String? { Session([.key(.character(":"))] + typed(line)).view.message?.text }
        #expect(message("set name Priya") == "Priya: name Priya (was Maya)")
        #expect(message("purpose Find the drop-offs")?.contains("Find the drop-offs") == true)
        #expect(message("scope Online only")?.contains("Online only") == true)
        #expect(message("goal Be found")?.contains("goal of Awareness: Be found") == true)
        #expect(message("metric reach 5000")?.contains("5000") == true)
        #expect(message("stage-metric conv 12")?.contains("12") == true)
    }

    @Test func aFigureSetWhileItsLaneIsHiddenSaysSo() {
        var map = SampleMap.make()
        if let i = map.lanes.firstIndex(where: { $0.kind == .metrics }) { map.lanes[i].hidden = true }
        let session = Session([.key(.character(":"))] + typed("metric nps 40"), map: map)
        #expect(session.grid.statusText.contains("NPS"))
        #expect(session.grid.statusText.contains("hidden"))
    }

    @Test func capitalZTogglesHiddenLanesWithoutChangingTheMap() {
        let hide = Session(keys("z"))
        let shown = Session(keys("zZ"))
        #expect(shown.map == hide.map, "Z only changes what is shown")
        // The first lane's label, in the grid's label column.
        #expect(shown.grid.rows(containing: "Actions").first.map { shown.grid.text(x: 0, y: $0, width: 14) } == "Actions")
        let again = Session(keys("zZZ"))
        #expect(!again.screen.split(separator: "\n").contains { $0.hasPrefix("Actions") })
    }

    @Test func duplicateIsNamedACopy() {
        let session = Session(keys("y"))
        #expect(session.map.stages[0].touchpoints[1].name == "Search ad (copy)")
        #expect(session.editor.cursor.touchpoint == session.map.stages[0].touchpoints[1].id)
    }

    @Test func tabOnAnAmbiguousCommandListsTheCandidates() {
        let session = Session([.key(.character(":")), .key(.character("p")), .key(.tab)])
        #expect(session.grid.statusText.contains("persona"))
        #expect(session.grid.statusText.contains("purpose"))
    }

    @Test func anEmptyRenameIsRefusedAndSaysSo() {
        let session = Session([.key(.character("r")), .key(.control("u")), .key(.enter)])
        #expect(session.map == SampleMap.make())
        #expect(session.grid.statusText.contains("needs a name"))
    }

    @Test func aNonFiniteFigureIsRefusedAndNothingCrashes() {
        let session = Session([.key(.character(":"))] + typed("metric ltv nan") + [.key(.character(":"))] + typed("metric reach 5")
                              + [.key(.character(":"))] + typed("metric spend inf") + [.key(.character(":"))]
                              + typed("metric reach 1e400"))
        #expect(session.map.stages[0].touchpoints[0].metrics[.reach] == 5)
        #expect(session.map.stages[0].touchpoints[0].metrics[.lifetimeValue] == nil)
        #expect(session.map.stages[0].touchpoints[0].metrics[.averageSpend] == nil)
        #expect(throws: Never.self) { try MapStore.decode(MapStore.encode(session.map), file: "m.json") }
    }

    @Test func aHugeScaleIsRefusedWithoutTrapping() {
        let session = Session([.key(.character(":"))] + typed("scale -9223372036854775808 9223372036854775807")
                              + [.key(.character(":"))] + typed("scale -2 101"))
        #expect(session.map.emotionScale == EmotionScale())
        #expect(session.grid.statusText.contains("-100"))
    }

    @Test func aNewTouchpointCanBeGivenItsChannel() {
        let session = Session(keys("o") + typed("Chat with us @social"))
        let touchpoint = session.map.stages[0].touchpoints[1]
        #expect(touchpoint.name == "Chat with us")
        #expect(session.map.channel(id: touchpoint.channel)?.name == "Social media")
    }

    @Test func findAndJump() {
        let session = Session(keys("/") + typed("heel"))
        let found = session.editor.cursor
        #expect(session.map.touchpoint(id: found.touchpoint ?? "")?.name == "Fit check-in")
        let jump = Session(keys("'") + typed("Checkout"))
        #expect(jump.map.touchpoint(id: jump.editor.cursor.touchpoint ?? "")?.name == "Checkout")
        let moved = Session(keys(":") + typed("move-to Advocacy"))
        #expect(moved.map.stages.last?.touchpoints.last?.name == "Search ad")
    }

    @Test func pickersFilterAndWrap() {
        let session = Session(keys("C") + keys("sto") + [.key(.enter)])
        #expect(session.map.channel(id: session.map.stages[0].touchpoints[0].channel)?.name == "Pop-up store")
        let wrapped = Session(keys("C") + [.key(.up), .key(.enter)])
        #expect(wrapped.map.stages[0].touchpoints[0].channel == nil || wrapped.view.message?.text.contains("new channel") == false)
    }

    @Test func helpAndHintsNeverCutAWord() {
        // Every word the help holds, so a fragment of one ("stor") stands out.
        var vocabulary = Set<Substring>()
        for row in HelpContent.rows {
            switch row {
            case .title(let text): vocabulary.formUnion(text.split(separator: " "))
            case .line(let keys, let typed, let summary):
                vocabulary.formUnion((keys + " " + typed + " " + summary).split(separator: " "))
            case .blank: break
            }
        }
        for width in [40, 80, 100, 120, 200] {
            // One line at a time down to the help's last line, however long the help grows.
            let lines = HelpOverlay.maxScroll(rows: HelpContent.rows, width: width, height: 24) + 1
            let session = Session([.key(.character("?"))] + Array(repeating: .key(.down), count: lines), width: width, height: 24)
            var shown = Set<Substring>()
            for frame in session.terminal.screens {
                // The box: from its top-left corner to the column of its top-right one.
                let rows = frame.lines.map { Array($0) }
                guard let top = rows.firstIndex(where: { String($0).contains("╭─ Keys and commands") }),
                      let left = rows[top].firstIndex(of: "╭"), let right = rows[top].lastIndex(of: "╮"),
                      let bottom = rows.lastIndex(where: { String($0).contains("Esc closes") }), bottom > top else { continue }
                for row in rows[(top + 1)..<bottom] where row.count > right {
                    for word in String(row[(left + 1)..<right]).split(separator: " ") {
                        shown.insert(word)
                        #expect(vocabulary.contains(word), "width \(width): “\(word)” is a cut word")
                    }
                }
            }
            #expect(vocabulary.subtracting(shown).isEmpty, "width \(width): never shown: \(vocabulary.subtracting(shown))")
        }
    }
}
