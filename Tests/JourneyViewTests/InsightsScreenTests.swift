import JourneyApp
import JourneyCore
import JourneyTestSupport
import JourneyView
import Testing

/// The insights view on the sample: goldens, and the issue's "done when":
/// pain points sorted by votes and by priority, every rated item on the
/// quadrant, and a link shown on both the opportunity and its pain point.
@Suite struct InsightsScreenTests {
    let theme = ThemeCatalog.builtinDefault
    let sample = SampleMap.make()

    func render(width: Int, height: Int, map: JourneyMap? = nil, _ change: (inout InsightsState) -> Void = { _ in }) -> CellGrid {
        ScreenFrame.render(.insights, map ?? sample, width: width, height: height, theme: theme) { state in
            state.screens.insights.today = "2026-03-01"
            change(&state.screens.insights)
        }
    }

    func lines(_ grid: CellGrid) -> [String] { grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func goldens() {
        Golden.check(render(width: 80, height: 24), named: "insights-80x24")
        Golden.check(render(width: 120, height: 40), named: "insights-120x40")
        Golden.check(render(width: 120, height: 40) { $0.showQuadrant = true; $0.selected = "op-shoe-quiz" },
                     named: "insights-quadrant-120x40")
        Golden.check(render(width: 40, height: 12), named: "insights-40x12", attributes: false)
    }

    @Test func sortsTheSamplesPainPointsByVotesAndByPriority() {
        var query = InsightsQuery()
        query.kind = .painPoint
        query.sort = .votes
        let byVotes = query.rows(of: sample)
        #expect(byVotes.count == sample.insights().count { $0.kind == .painPoint })
        #expect(byVotes.map(\.item.votes) == byVotes.map(\.item.votes).sorted(by: >))
        #expect(byVotes.first?.item.id == "pp-size-generic", "14 votes, the most")
        query.sort = .priority
        let byPriority = query.rows(of: sample)
        #expect(byPriority.compactMap(\.priority) == byPriority.compactMap(\.priority).sorted(by: >))
        #expect(byPriority.first?.item.id == "pp-shipping-surprise", "priority 25")
        query.descending = false
        #expect(query.rows(of: sample).first?.priority == byPriority.compactMap(\.priority).min())

        // And on screen: the header says the sort, the first row is the top one.
        let screen = lines(render(width: 120, height: 40) { $0.query.kind = .painPoint; $0.query.sort = .votes })
        #expect(screen[1].contains("sort: votes, highest first") && screen[1].contains("filter: pain points"))
        #expect(screen[5].contains("Size chart ignores"), "\(screen[5])")
    }

    @Test func theQuadrantPlacesEveryRatedItem() {
        let rows = InsightsQuery().rows(of: sample)
        let rated = rows.enumerated().filter { $0.element.item.impact != nil && $0.element.item.effort != nil }
        #expect(rated.count == rows.count, "the sample rates every item")
        let grid = render(width: 120, height: 40) { $0.showQuadrant = true }
        let screen = lines(grid)
        // The lines of each impact level, up to the next level or the divider.
        var levels: [Int: [String]] = [:]
        var current: Int?
        for line in screen {
            if let range = line.range(of: "impact "), line.hasPrefix(" impact"), let digit = Int(String(line[range.upperBound])) {
                current = digit
            } else if line.contains("─") || line.contains("FILL-INS") || line.trimmingCharacters(in: .whitespaces).isEmpty {
                current = nil
            }
            if let current { levels[current, default: []].append(line) }
        }
        // The effort columns start where the axis line prints 1 to 5.
        guard let axis = screen.first(where: { $0.contains("effort 1") }) else { Issue.record("no effort axis"); return }
        let axisCharacters = Array(axis)
        let starts = (1...5).compactMap { e in axisCharacters.indices.first { axisCharacters[$0] == Character("\(e)") && $0 > 8 } }
        #expect(starts.count == 5)
        var placed: [Int] = []
        for (offset, insight) in rated {
            let number = offset + 1
            let level = levels[insight.item.impact!] ?? []
            // Its number sits on its impact level's lines, in its effort column.
            let found = level.contains { line in
                let characters = Array(line)
                var x = 11
                while x < characters.count {
                    guard characters[x] != " ", characters[x] != "│" else { x += 1; continue }
                    var end = x
                    while end < characters.count, characters[end] != " ", characters[end] != "│" { end += 1 }
                    let token = String(characters[x..<end]).replacing("▶", with: "")
                    let column = (starts.lastIndex { $0 <= x } ?? -1) + 1
                    if token == "\(number)" && column == insight.item.effort! { return true }
                    x = end
                }
                return false
            }
            #expect(found, "#\(number) (impact \(insight.item.impact!), effort \(insight.item.effort!)) is in its cell")
            if found { placed.append(number) }
        }
        #expect(placed.count == rated.count)
        // The quadrants' names over the chart's top corners and under its bottom ones; the legend under the title.
        #expect(grid.row(holding: "QUICK WINS (14)")?.hasPrefix(" QUICK WINS (14): ") == true)
        #expect(grid.row(holding: "QUICK WINS (14)")?.contains("│ BIG BETS (4): ") == true)
        #expect(grid.row(holding: "MONEY PITS (2)")?.hasPrefix(" FILL-INS (2): ") == true)
        #expect(grid.row(holding: "MONEY PITS (2)")?.contains("│ MONEY PITS (2): ") == true)
        #expect(grid.rows(containing: "QUICK WINS").first ?? 0 < grid.rows(containing: "MONEY PITS").first ?? 0)
        #expect(grid.row(below: "Insights · 22 · impact × effort")?.hasPrefix(" Quadrants: high impact: 3 or more; high effort: 3 or more;")
                == true)
    }

    @Test func anOpportunityLinkedToAPainPointShowsOnBoth() {
        let opportunity = lines(render(width: 120, height: 40) { $0.selected = "op-shipping-upfront" })
        #expect(opportunity.contains { $0.contains("Addresses: “Shipping fee appears only at the final step”") })
        let pain = lines(render(width: 120, height: 40) { $0.selected = "pp-shipping-surprise" })
        #expect(pain.contains { $0.contains("Addressed by: “Show shipping cost on the product page”") })
        // And in the table's links column, both ways.
        #expect(pain.contains { $0.contains("Shipping fee") && $0.contains("fixed by 1") })
        #expect(pain.contains { $0.contains("Show shipping cost") && $0.contains("fixes 1") })
    }

    @Test func hostileTextIsShownEscaped() {
        var map = sample
        map.stages[0].touchpoints[0].painPoints[0].text = "\u{1B}[31mred\u{202E}evil" + String(repeating: "x", count: 100_000)
        map.stages[0].touchpoints[1].opportunities[0].owner = "\u{1B}]0;title\u{07}"
        let grid = render(width: 120, height: 40, map: map) { $0.selected = "pp-generic-ad" }
        #expect(!grid.text.contains("\u{1B}") && !grid.text.contains("\u{202E}"))
        #expect(grid.text.contains("^[[31mred<202E>evil"))
    }

    @Test func printedShowsTheWholeView() {
        let grid = InsightsScreen.printed(map: sample, width: 120, theme: theme)
        let text = grid.text
        #expect(text.contains(Insight.rankingRule.prefix(40)))
        for insight in sample.insights() { #expect(text.contains(String(insight.item.text.prefix(20)))) }
        #expect(text.contains("#2 Show shipping cost on the product page  →  #1 Shipping fee appears only at the final step"))
        Golden.check(grid, named: "insights-printed-120", attributes: false)
    }
}
