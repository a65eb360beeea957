import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// `journey FOLDER`: the portfolio's update step, its screen at the sizes a
/// facilitator uses, and its loop on a headless terminal opening a map and
/// coming back.
@Suite struct PortfolioTests {
    static let today = CalendarDay.date("2026-12-07")!

    /// The sample, two templates (one in a subfolder) and a map that does not load.
    static func workspace() throws -> (Workspace, folder: String) {
        let folder = NSTemporaryDirectory() + "journey-portfolio-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/retail", withIntermediateDirectories: true)
        for (map, path) in [(SampleMap.make(), "sample.journey.json"),
                            (try template("omnichannel-retail"), "retail/store.journey.json"),
                            (try template("saas-trial"), "saas.journey.json")] {
            guard case .saved = MapStore.save(map, to: folder + "/" + path) else { throw CocoaError(.fileWriteUnknown) }
        }
        try Data("{\"format\": \"journey-map\",\n".utf8).write(to: URL(fileURLWithPath: folder + "/broken.journey.json"))
        return (try Workspace.open(folder, today: today, cache: nil), folder)
    }

    static func template(_ name: String) throws -> JourneyMap {
        try BuiltinTemplate.all.first { $0.name == name }!.make().get()
    }

    static func portfolio() throws -> Portfolio {
        let (workspace, folder) = try workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var portfolio = Portfolio(folder: "maps", today: today, height: 24)
        _ = portfolio.update(.read(workspace))
        return portfolio
    }

    static func screen(_ portfolio: Portfolio, width: Int = 80, height: Int = 24) -> [String] {
        PortfolioScreen.render(portfolio.state, theme: ThemeCatalog.builtinDefault, width: width, height: height).lines
    }

    static func keys(_ portfolio: inout Portfolio, _ typed: String) -> [Portfolio.Effect] {
        typed.flatMap { portfolio.update(.key($0 == "\n" ? .enter : .character($0))) }
    }

    @Test func everyMapIsListedWithItsHealthAndWhatDoesNotLoadSaysWhy() throws {
        let portfolio = try Self.portfolio()
        let rows = Self.screen(portfolio)
        #expect(rows[0].hasPrefix(" Portfolio · maps") && rows[0].hasSuffix("3 maps, 1 not loading"))
        let list = rows[2..<6].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(list[0] == "▸ ! broken.journey.json: does not load")
        #expect(list[1].hasPrefix("Nordhem: buying a sofa"))
        #expect(list[2].hasPrefix("Loop: from free trial to paid plan"))
        #expect(list[3].hasPrefix("Stride: buying running shoes online"))
        let sample = try #require(portfolio.state.maps.first { $0.path == "sample.journey.json" }?.summary)
        #expect(list[3].contains(" \(sample.warnings) warn ") && list[3].contains(" \(sample.openPainPoints) "))
        // The selected map's details: here, why it does not load.
        #expect(rows.contains { $0.hasPrefix(" broken.journey.json:2:1: not valid JSON") })
    }

    @Test func enterOpensTheSelectedMapAndAMapThatDoesNotLoadSaysWhyInstead() throws {
        var portfolio = try Self.portfolio()
        #expect(Self.keys(&portfolio, "\n").isEmpty)
        #expect(portfolio.state.message?.hasPrefix("broken.journey.json:2:1: not valid JSON") == true)
        #expect(Self.keys(&portfolio, "jj\n") == [.open("saas.journey.json", at: nil)])
        #expect(Self.keys(&portfolio, "G\n") == [.open("sample.journey.json", at: nil)])
        #expect(portfolio.update(.cameBack("sample.journey.json is open elsewhere")) == [.reload])
        #expect(portfolio.state.message == "sample.journey.json is open elsewhere")
        #expect(Self.keys(&portfolio, "q") == [.quit])
        #expect(portfolio.isFinished)
    }

    @Test func aFilterKeepsTheMapsWhoseTitlePathOrPersonasHoldItsWords() throws {
        var portfolio = try Self.portfolio()
        _ = Self.keys(&portfolio, "/maya\n")
        #expect(portfolio.state.rows.map(\.entry.path) == ["sample.journey.json"])
        #expect(Self.screen(portfolio)[1].contains("Map (by path, \"maya\")"))
        #expect(Self.screen(portfolio)[0].hasSuffix("1 of 3 maps, 1 not loading"))
        _ = Self.keys(&portfolio, "/")
        _ = portfolio.update(.key(.control("u")))
        _ = Self.keys(&portfolio, "retail\n")
        #expect(portfolio.state.rows.map(\.entry.path) == ["retail/store.journey.json"])
        _ = portfolio.update(.key(.escape))
        #expect(portfolio.state.rows.count == 4)
        // The selection stayed on the map it was on.
        #expect(portfolio.state.selected == "retail/store.journey.json")
    }

    @Test func sortingPutsWhatNeedsSomeoneFirst() throws {
        var portfolio = try Self.portfolio()
        _ = Self.keys(&portfolio, "s")
        #expect(portfolio.state.sort == .title)
        #expect(portfolio.state.rows.map(\.entry.path) == ["broken.journey.json", "saas.journey.json", "retail/store.journey.json",
                                                            "sample.journey.json"])
        _ = Self.keys(&portfolio, "s")
        #expect(portfolio.state.message == "sorted by health (most findings first)")
        #expect(portfolio.state.rows.first?.entry.path == "broken.journey.json")
        let warnings = portfolio.state.rows.dropFirst().map { $0.entry.summary!.errors * 1_000_000 + $0.entry.summary!.warnings }
        #expect(warnings == warnings.sorted(by: >))
        _ = Self.keys(&portfolio, "ss")
        #expect(portfolio.state.sort == .pains)
        let open = portfolio.state.rows.dropFirst().map { $0.entry.summary!.openPainPoints }
        #expect(open == open.sorted(by: >))
    }

    @Test func atFortyByTwelveTheTitleHealthAndOpenPainPointsStayAndNothingOverflows() throws {
        let portfolio = try Self.portfolio()
        let rows = Self.screen(portfolio, width: 40, height: 12)
        #expect(rows.count == 12)
        #expect(rows.allSatisfy { TextWidth.of($0) <= 40 })
        #expect(rows[0] == " Portfolio · maps                4 maps")
        #expect(rows[1].hasPrefix("   Map (by path)") && rows[1].contains("Health") && rows[1].contains("Open"))
        #expect(!rows[1].contains("Review"))
        #expect(rows[11].hasPrefix(" MAPS "))
    }

    @Test func whileReadingItSaysHowFarItHasGot() {
        var portfolio = Portfolio(folder: "maps", today: Self.today, height: 24)
        _ = portfolio.update(.reading(done: 312, of: 1000))
        #expect(Self.screen(portfolio)[2] == " Reading maps: 312 of 1000…")
    }

    @Test func theLoopOpensAMapOnItsTerminalAndReadsTheFolderAgainWhenItCloses() throws {
        let (_, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = HeadlessTerminal(width: 80, height: 24, keys: [.character("G"), .enter, .character("q")])
        nonisolated(unsafe) var opened: [String] = []
        nonisolated(unsafe) var reads = 0
        let loop = PortfolioLoop(folder: folder, shownAs: "maps", terminal: terminal, theme: ThemeCatalog.builtinDefault,
                                 today: Self.today, readsAlongside: false, read: { root, request, progress in
            reads += 1
            return Result { () throws(Workspace.Failure) -> Workspace in
                try Workspace.open(root, today: Self.today, earlierChecks: request.earlierChecks, cache: nil, progress: progress)
            }
        }, openMap: { path, _ in
            opened.append(path)
            return nil
        })
        loop.run()
        #expect(opened == ["sample.journey.json"])
        #expect(reads == 2)
        #expect(loop.portfolio.isFinished)
    }

    /// The first frame shows the health the cache knows, checked on an earlier day; the maps are then checked again for today.
    @Test func healthCheckedOnAnEarlierDayIsCheckedAgainAfterTheFirstFrame() throws {
        let (_, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = HeadlessTerminal(width: 80, height: 24, input: [.idle, .idle, .key(.character("q"))])
        nonisolated(unsafe) var asked: [Bool] = []
        let loop = PortfolioLoop(folder: folder, shownAs: "maps", terminal: terminal, theme: ThemeCatalog.builtinDefault,
                                 today: Self.today, readsAlongside: false, read: { root, request, progress in
            asked.append(request.earlierChecks)
            // What a cache written yesterday gives first.
            let day = request.earlierChecks ? CalendarDay.date("2026-12-06")! : Self.today
            return Result { () throws(Workspace.Failure) -> Workspace in try Workspace.open(root, today: day, cache: nil) }
        }, openMap: { _, _ in nil })
        loop.run()
        #expect(asked == [true, false])
        #expect(loop.portfolio.state.maps.compactMap(\.summary?.checkedOn) == ["2026-12-07", "2026-12-07", "2026-12-07"])
    }

    /// `b`: every map's pain points and opportunities, ranked as `journey backlog` ranks them; Enter opens the
    /// item's map at the item.
    @Test func theBacklogListsEveryMapsWorkRankedAndOpensAnItemWhereItIs() throws {
        let (_, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var portfolio = Portfolio(folder: "maps", today: Self.today, height: 24)
        _ = portfolio.update(.read(try Workspace.open(folder, today: Self.today, cache: nil)))
        #expect(Self.keys(&portfolio, "b") == [.readRecords])
        #expect(Self.screen(portfolio)[2] == " Reading every map's pain points and opportunities…")
        let workspace = try Workspace.open(folder, today: Self.today, withRecords: true, cache: nil)
        _ = portfolio.update(.readRecords(workspace))
        let ranked = Backlog.rows(workspace)
        #expect(portfolio.state.backlog?.count == ranked.count)
        #expect(ranked.count == workspace.records.reduce(0) { $0 + $1.items.count { $0.kind != .quote } })
        let rows = Self.screen(portfolio)
        #expect(rows[1].hasPrefix("   Prio Vote Kind Item (by priority, votes)"))
        #expect(rows[0].hasSuffix(" \(ranked.count) items"), "the title counts the backlog's items, not the maps")
        let first = try #require(ranked.first?.item)
        #expect(rows[2].hasPrefix(" ▸ " + "\(first.priority!)".leftPadded(4)))
        #expect(rows[2].contains(String(first.text.prefix(20))))
        #expect(rows[23].hasPrefix(" BACKLOG "))
        // Narrow, the key line says where the selected item is: three maps may hold the same words.
        let narrow = Self.screen(portfolio, width: 40, height: 12)
        #expect(narrow[11] == String(" BACKLOG  \(ranked[0].touchpoint.name) · \(ranked[0].title)".prefix(40)))
        _ = Self.keys(&portfolio, "j")
        let second = ranked[1]
        #expect(Self.keys(&portfolio, "\n") == [.open(second.path, at: ClaimAddress(touchpoint: second.touchpoint.id,
                                                                                   item: second.item!.id))])
        // Coming back from the editor reads the records again: what was edited there may have moved in the ranking.
        #expect(portfolio.update(.cameBack(nil)) == [.readRecords])
        _ = Self.keys(&portfolio, "b")
        #expect(!portfolio.state.showingBacklog)
    }

    @Test func theBacklogsFilterKeepsTheItemsWhoseWordsMatch() throws {
        let (workspace, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var portfolio = Portfolio(folder: "maps", today: Self.today, height: 24)
        _ = portfolio.update(.read(workspace))
        _ = Self.keys(&portfolio, "b")
        _ = portfolio.update(.readRecords(try Workspace.open(folder, today: Self.today, withRecords: true, cache: nil)))
        _ = Self.keys(&portfolio, "/checkout\n")
        // Typed a key at a time, each key narrowing what the one before kept: the same rows as the filter read whole.
        var whole = portfolio.state
        let backlog = whole.backlog
        whole.backlog = backlog
        #expect(portfolio.state.backlogRows == whole.backlogRows)
        let kept = portfolio.state.backlogRows.map { portfolio.state.backlog![$0] }
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { row in
            [row.item!.text, row.touchpoint.name, row.touchpoint.stage, row.title].contains { $0.lowercased().contains("checkout") }
        })
    }

    /// A map opened and saved while the workspace was being read: the read under way may have seen the map before
    /// the edit, so the folder is read once more when it is done.
    @Test func aReloadAskedForDuringAReadFollowsIt() throws {
        let (_, folder) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terminal = HeadlessTerminal(width: 80, height: 24, input: [.burst([.character("j"), .enter]), .idle, .idle, .key(.character("q"))])
        nonisolated(unsafe) var asked: [Bool] = []
        let loop = PortfolioLoop(folder: folder, shownAs: "maps", terminal: terminal, theme: ThemeCatalog.builtinDefault,
                                 today: Self.today, readsAlongside: false, read: { root, request, _ in
            asked.append(request.earlierChecks)
            let day = request.earlierChecks ? CalendarDay.date("2026-12-06")! : Self.today
            return Result { () throws(Workspace.Failure) -> Workspace in try Workspace.open(root, today: day, cache: nil) }
        }, openMap: { _, _ in "opened" })
        loop.run()
        #expect(asked == [true, false, false])
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
