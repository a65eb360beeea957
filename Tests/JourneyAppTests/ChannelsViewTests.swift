import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// The channels view driven by keys: every edit one undo step, by id.
@Suite struct ChannelsViewTests {
    func keys(_ text: String) -> [HeadlessTerminal.Input] { (try? KeyNotation.parse(text)) ?? [] }

    func session(_ text: String, _ extra: [HeadlessTerminal.Input] = [], map: JourneyMap = SampleMap.make(),
                 width: Int = 100, height: Int = 30) -> Session {
        Session(keys(text) + extra, width: width, height: height, map: map)
    }

    func channel(_ map: JourneyMap, _ id: String) -> Channel? { map.channel(id: id) }
    func touchpoints(_ map: JourneyMap, channel: String?) -> [String] {
        map.stages.flatMap { $0.touchpoints.filter { $0.channel == channel }.map(\.name) }
    }

    @Test func startsOnTheFirstOnlineChannelAndFirstStage() {
        let s = session("vc")
        #expect(s.editor.modeName == "CHANNELS")
        #expect(s.grid.selectedRow?.hasPrefix("▶ Search ") == true)
        // The pane below the table: its title on the rule, then the cell's touchpoints.
        #expect(s.grid.paneTitle == "Awareness × Search · 1 touchpoint · average emotion ☺ +0.3")
        #expect(s.grid.paneRows.first?.hasPrefix(" • Search ad — ") == true)
    }

    @Test func movingSelectsTheCellAndItsTouchpointsShowBelow() {
        // Down twice to Website, right once to Consideration.
        let s = session("vcjjl")
        #expect(s.view.screens.channels.row == .channel("website"))
        #expect(s.view.screens.channels.stage == "consideration")
        #expect(s.grid.selectedRow?.hasPrefix("▶ Website ") == true)
        #expect(s.grid.paneTitle == "Consideration × Website · 2 touchpoints · average emotion ☹ -0.5")
        #expect(s.grid.paneRows.first?.hasPrefix(" • Product page — ") == true)
        #expect(s.grid.paneRows.dropFirst().first?.hasPrefix(" • Size guide ★ — ") == true)
        // Arrows do the same; up from the first row and left past the name stay put.
        let t = session("vc<down><down><right><left><left><left><up><up><up><up>")
        #expect(t.view.screens.channels.row == .channel("search"))
        #expect(t.view.screens.channels.onName)
    }

    @Test func enterOnACellPicksATouchpointAndGoesThereInTheGrid() {
        let s = session("vcjjl<enter><down><enter>")
        #expect(s.editor.modeName == "GRID")
        #expect(s.editor.cursor.touchpoint == s.map.stages[1].touchpoints.first { $0.name == "Size guide" }?.id)
    }

    @Test func enterOnAnEmptyCellSaysSo() {
        let s = session("vcl<enter>")
        #expect(s.editor.modeName == "CHANNELS")
        #expect(s.grid.statusText.contains("no touchpoints here"))
    }

    @Test func renameIsOneUndoStepAndRefusesAnEmptyOrTakenName() {
        let s = session("vcjjr", [.key(.control("u"))] + keys("Web shop<enter>"))
        #expect(channel(s.map, "website")?.name == "Web shop")
        #expect(s.grid.statusText.contains("is now “Web shop”"))
        let undone = session("vcjjr", [.key(.control("u"))] + keys("Web shop<enter>u"))
        #expect(channel(undone.map, "website")?.name == "Website")
        // Enter on the name renames too; a taken name (any case) keeps the line open.
        let taken = session("vcjjh<enter>", [.key(.control("u"))] + keys("EMAIL<enter>"))
        #expect(taken.editor.modeName == "TYPING")
        #expect(taken.grid.statusText.contains("there is a channel “Email” already"))
        #expect(channel(taken.map, "website")?.name == "Website")
        let empty = session("vcr", [.key(.control("u"))] + keys("<enter>"))
        #expect(empty.editor.modeName == "TYPING")
        #expect(channel(empty.map, "search")?.name == "Search")
    }

    @Test func hostileNamesAreKeptAsDataAndShownEscaped() {
        let hostile = "\u{1B}[31mred\u{202E}evil\u{07}"
        for typed in ["nan", "1e400", "-5", hostile, String(repeating: "long ", count: 20_000)] {
            let s = session("vcr", [.key(.control("u")), .paste(typed), .key(.enter)])
            let trimmed = typed.trimmingCharacters(in: .whitespaces)
            #expect(channel(s.map, "search")?.name == trimmed, "typed \(typed.prefix(20))")
            #expect(!s.screen.contains("\u{1B}"), "no escape reaches the screen")
            #expect(!s.screen.contains("\u{202E}"))
        }
        let escaped = session("vcr", [.key(.control("u")), .paste(hostile), .key(.enter)])
        #expect(escaped.grid.selectedRow?.hasPrefix("▶ ^[[31mred<202E>evil^G│") == true, "the name column of its row")
        #expect(escaped.grid.paneTitle?.hasPrefix("Awareness × ^[[31mred<202E>evil^G · ") == true)
    }

    @Test func offlineAndBackMovesTheChannelBetweenGroups() {
        let s = session("vcjjo")
        #expect(channel(s.map, "website")?.kind == .offline)
        #expect(s.view.screens.channels.row == .channel("website"), "the selection follows the channel")
        let lines = s.screen.split(separator: "\n").map(String.init)
        let offline = lines.firstIndex { $0.contains("Offline") } ?? 0
        let website = lines.firstIndex { $0.contains("▶ Website") } ?? 0
        #expect(website > offline, "Website is listed under Offline now")
        let back = session("vcjjoo")
        #expect(channel(back.map, "website")?.kind == .online)
        #expect(session("vcjjou").map == SampleMap.make())
    }

    @Test func mergeMovesTouchpointsAndPersonasAndIsOneUndoStep() {
        let sample = SampleMap.make()
        let chatTouchpoints = touchpoints(sample, channel: "chat")
        // Live chat is the fifth online channel; merge it into Website (filter the picker by typing).
        let s = session("vcjjjjm", keys("Website<enter>"))
        #expect(channel(s.map, "chat") == nil)
        #expect(touchpoints(s.map, channel: "chat").isEmpty)
        #expect(Set(chatTouchpoints).isSubset(of: Set(touchpoints(s.map, channel: "website"))))
        for persona in s.map.personas {
            #expect(!persona.preferredChannels.contains("chat"))
            #expect(Set(persona.preferredChannels).count == persona.preferredChannels.count, "each channel once")
        }
        #expect(s.grid.statusText.contains("merged “Live chat” into “Website”: 1 touchpoint moved"))
        #expect(s.view.screens.channels.row == .channel("website"))
        #expect(session("vcjjjjm", keys("Website<enter>u")).map == sample)
    }

    @Test func removeLeavesNoChannelSaysHowManyAndUndoBringsItBack() {
        let sample = SampleMap.make()
        let s = session("vcjjx")
        #expect(channel(s.map, "website") == nil)
        let before = touchpoints(sample, channel: "website")
        #expect(before.count == 5)
        #expect(Set(touchpoints(s.map, channel: nil)) == Set(before))
        #expect(s.grid.statusText.contains("removed “Website”: 5 touchpoints have no channel now"))
        // The last row of the table, under a rule of its own below the offline channels.
        #expect(s.grid.row(below: "  Delivery ", 2)?.hasPrefix("  (no channel)│") == true)
        for persona in s.map.personas { #expect(!persona.preferredChannels.contains("website")) }
        // The selection moved to the next channel.
        #expect(s.view.screens.channels.row == .channel("reviews"))
        #expect(session("vcjjxu").map == sample)
    }

    @Test func theNoChannelRowIsSelectableButNotAChannel() {
        let s = session("vcjjx" + String(repeating: "j", count: 12) + "x")
        #expect(s.view.screens.channels.row == .noChannel)
        #expect(s.grid.statusText.contains("without a channel"))
        #expect(s.map.channels.count == 9, "only Website went")
    }

    @Test func reorderStaysWithinTheGroup() {
        let s = session("vcjjK")
        #expect(s.map.channels.prefix(3).map(\.id) == ["search", "website", "social"])
        // The last online channel (App) cannot move down into the offline group.
        let last = session("vcjjjjjjJ")
        #expect(last.map.channels.map(\.id) == SampleMap.make().channels.map(\.id))
        #expect(last.grid.statusText.contains("already the last online channel"))
        // Phone, the first offline channel, moves down past Pop-up store.
        let offline = session("vcjjjjjjjJ")
        #expect(offline.map.channels.filter { $0.kind == .offline }.map(\.id) == ["popup", "phone", "delivery"])
        #expect(session("vcjjKu").map == SampleMap.make())
    }

    @Test func addTakesANameAndOfflineAndRefusesATakenOne() {
        let s = session("vca", [.key(.control("u"))] + keys("Kiosk offline<enter>"))
        #expect(s.map.channels.last?.name == "Kiosk")
        #expect(s.map.channels.last?.kind == .offline)
        #expect(s.view.screens.channels.row == s.map.channels.last.map { .channel($0.id) })
        for typed in ["nan", "1e400", "-5 offline"] {
            let t = session("vca", [.key(.control("u")), .paste(typed), .key(.enter)])
            #expect(t.map.channels.count == 11, "\(typed) is a name like any other")
        }
        let taken = session("vca", [.key(.control("u"))] + keys("phone<enter>"))
        #expect(taken.editor.modeName == "TYPING")
        #expect(taken.map.channels.count == 10)
        #expect(session("vca", [.key(.control("u"))] + keys("Kiosk<enter>u")).map == SampleMap.make())
    }

    @Test func readOnlyRefusesEveryChange() {
        // Removing, renaming and merging through the keys of a read-only session change nothing.
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample",
                            opening: Opening(heldBy: "another journey"), width: 100, height: 30)
        for key in (try? KeyNotation.parse("rvcjjxoKJmr")) ?? [] {
            if case .key(let k) = key { _ = editor.update(.key(k)) }
        }
        #expect(editor.view.file.isReadOnly)
        #expect(editor.map == SampleMap.make())
        #expect(editor.modeName == "CHANNELS", "no prompt or picker opened for a change")
    }

    @Test func manyChannelsAndStagesScrollBothWaysAndKeepTheSelectionInSight() {
        var map = SampleMap.make()
        map.channels = (0..<60).map { Channel(id: "c\($0)", name: "Channel \($0)", kind: $0 % 3 == 0 ? .offline : .online) }
        map.stages = (0..<20).map { s in
            Stage(id: "s\(s)", name: "Stage \(s)", touchpoints: (0..<3).map { Touchpoint(id: "t\(s)-\($0)", name: "T\(s)-\($0)", channel: "c\((s + $0) % 60)") })
        }
        let s = session("vc" + String(repeating: "j", count: 50) + String(repeating: "l", count: 18), map: map, width: 80, height: 24)
        #expect(s.grid.selectedRow?.hasPrefix("▶ Channel 30 ") == true)
        #expect(s.grid.row(1).contains("Stage 18"))
        #expect(!s.screen.contains("Stage 0 "), "the first stages scrolled away")
        #expect(s.view.screens.channels.firstLine > 0 && s.view.screens.channels.firstStage > 0)
        let back = session("vc" + String(repeating: "j", count: 50) + String(repeating: "k", count: 50), map: map, width: 80, height: 24)
        #expect(back.view.screens.channels.firstLine == 0)
    }

    @Test func aRemovalIsJournaledAndRecovered() throws {
        let file = try MapOnDisk()
        defer { file.remove() }
        let edited = Session(keys("vcjjxjm") + keys("Email<enter>"), map: SampleMap.make(), path: file.path)
        let recovered = file.recovered()
        #expect(recovered == edited.map)
        #expect(recovered?.channel(id: "website") == nil)
        #expect(recovered?.channel(id: "chat") == nil, "merged into Email")
    }
}
