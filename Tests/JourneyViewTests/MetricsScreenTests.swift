import JourneyApp
import JourneyCore
import JourneyView
import Testing

@Suite struct MetricsScreenTests {
    let theme = ThemeCatalog.builtinDefault
    let sample = SampleMap.make()
    /// The sample's Checkout row: after Awareness (3), Consideration (4), Decision (3) and Purchase.
    let checkoutRow = 14

    func render(_ map: JourneyMap, width: Int, height: Int, _ change: (inout ViewState) -> Void = { _ in }) -> CellGrid {
        ScreenFrame.render(.metrics, map, width: width, height: height, theme: theme, change)
    }

    @Test func sampleAt80x24() {
        Golden.check(render(sample, width: 80, height: 24), named: "metrics-80x24")
    }

    @Test func sampleAt120x40() {
        Golden.check(render(sample, width: 120, height: 40), named: "metrics-120x40")
    }

    @Test func sampleAt40x12() {
        Golden.check(render(sample, width: 40, height: 12), named: "metrics-40x12", attributes: false)
    }

    /// The done-when: the sample's funnel, and Checkout's conversion rate with three dated measurements as a trend.
    @Test func checkoutsConversionRateShowsAsATrendAgainstItsTarget() {
        let grid = render(sample, width: 120, height: 40) { $0.screens.metrics.selected = checkoutRow }
        Golden.check(grid, named: "metrics-120x40-checkout")
        let text = grid.text
        #expect(text.contains("▶   Checkout"))
        #expect(text.contains("conv ▁█▃ 55% → 59%, target 68% ✗"))
        #expect(text.contains("conversion rate      59%  ▁█▃  55% → 59%  target 68%: not met ✗  3 since 2025-09-30"))
        #expect(text.contains("Most leave between Awareness and Consideration: 87.4%"))
        Golden.check(render(sample, width: 80, height: 24) { $0.screens.metrics.selected = checkoutRow }, named: "metrics-80x24-checkout")
    }

    @Test func printedForReviewHoldsEveryRowAndEveryTrend() {
        let grid = MetricsScreen.printed(map: sample, width: 100, theme: theme.withoutColor)
        Golden.check(grid, named: "metrics-printed-100", attributes: false)
        for name in sample.stages.flatMap({ $0.touchpoints.map(\.name) }) { #expect(grid.text.contains(name)) }
        #expect(grid.text.contains("2025-12-31  68%"))
    }

    @Test func theSelectionStaysOnScreenAndIsMarked() {
        let state = MetricsState()
        for selected in [0, 10, 23] {
            var s = state
            s.selected = selected
            let visible = MetricsScreen.visibleRows(map: sample, selected: selected, area: ScreenArea(top: 1, height: 22, width: 80))
            s.scroll = MetricsScreen.scroll(0, selected: selected, visible: visible, total: 24)
            let grid = render(sample, width: 80, height: 24) { $0.screens.metrics = s }
            let marked = grid.lines.filter { $0.hasPrefix("▶") }
            #expect(marked.count == 1, "one row is marked when row \(selected) is selected")
            let row = MetricsRows.row(selected, in: sample)!
            let name = row.touchpoint.map { sample.stages[row.stage].touchpoints[$0].name } ?? sample.stages[row.stage].name
            #expect(marked.first?.contains(name) == true)
        }
    }

    @Test func rowsAreNumberedAStageThenItsTouchpoints() {
        let total = MetricsRows.count(sample)
        #expect(total == sample.stages.count + sample.stages.reduce(0) { $0 + $1.touchpoints.count })
        for n in 0..<total {
            let row = MetricsRows.row(n, in: sample)!
            #expect(MetricsRows.number(of: row, in: sample) == n)
        }
        #expect(MetricsRows.row(total, in: sample) == nil)
        #expect(MetricsRows.row(checkoutRow, in: sample).map { MetricsRows.name(of: $0, in: sample) } == "Purchase › Checkout")
        #expect(MetricsRows.rows(from: 3, count: 3, in: sample) == [.touchpoint(stage: 0, index: 2), .stage(1),
                                                                    .touchpoint(stage: 1, index: 0)])
    }

    @Test func theFunnelFindsWhereMostCustomersLeave() {
        let funnel = MetricsFunnel(sample)
        #expect(funnel.widest == 430_000)
        #expect(funnel.steps.count == 5)
        #expect(funnel.worst?.from == 0 && funnel.worst?.to == 1)
        #expect(funnel.worst.map { ($0.dropOff * 10).rounded() / 10 } == 87.4)
        var map = sample
        // Reach that grows is no drop-off; a stage without reach is skipped, not a step to zero.
        map.stages[1].metrics[.reach] = nil
        map.stages[2].metrics[.reach] = 500_000
        let grown = MetricsFunnel(map)
        #expect(grown.step(into: 2)?.from == 0 && grown.step(into: 2)?.dropOff == 0)
        #expect(grown.step(into: 1) == nil)
        #expect(grown.worst?.from == 2)
        #expect(render(map, width: 120, height: 40).text.contains("reach grew to 116.3%"))
    }

    /// Issue 27: "12% went on, 88% left" beside "88.0% went on, 12.0% left"; one wording, one precision.
    @Test func everyStepOfTheFunnelSaysItsSharesToOneDecimal() {
        var map = sample
        for s in map.stages.indices { map.stages[s].metrics[.reach] = nil }
        map.stages[0].metrics[.reach] = 20_000
        map.stages[1].metrics[.reach] = 2400
        map.stages[2].metrics[.reach] = 2111
        let text = render(map, width: 120, height: 40).text
        #expect(text.contains("12.0% went on, 88.0% left ◀ most"), "\(text)")
        #expect(text.contains("88.0% went on, 12.0% left"), "\(text)")
        #expect(text.contains("Most leave between Awareness and Consideration: 88.0%"), "\(text)")
        #expect(MetricsFunnel(map).step(into: 1)?.words == "12.0% went on, 88.0% left")
    }

    @Test func aTargetIsMetAboveItOrBelowItForARateToBringDown() {
        var metrics = Metrics([.conversionRate: 70, .dropOffRate: 30])
        metrics.targets = [.conversionRate: 68, .dropOffRate: 25]
        #expect(MetricsTrend(metrics, .conversionRate).isMet == true)
        #expect(MetricsTrend(metrics, .dropOffRate).isMet == false)
        metrics[.dropOffRate] = 25
        #expect(MetricsTrend(metrics, .dropOffRate).isMet == true)
        #expect(MetricsTrend(metrics, .csat).isMet == nil)
    }

    @Test func sparklinesScaleBetweenTheSeriesOwnLowAndHigh() {
        #expect(Sparkline.text([55, 57, 59]) == "▁▅█")
        #expect(Sparkline.text([3, 3]) == "▄▄")
        #expect(Sparkline.text([]) == "")
        #expect(Sparkline.text(Array(stride(from: 0.0, to: 20, by: 1)), width: 8).count == 8)
        #expect(Sparkline.text([-100, 100]) == "▁█")
    }

    @Test func hostileNamesAreShownEscapedAndCut() {
        var map = sample
        map.stages[0].name = "\u{1b}[2J\u{202e}Evil" + String(repeating: "W", count: 100_000)
        map.stages[0].touchpoints[0].name = "Bell\u{07}\nnewline\ttab"
        for (width, height) in [(80, 24), (120, 40), (40, 12)] {
            let grid = render(map, width: width, height: height)
            #expect(!grid.text.contains("\u{1b}") && !grid.text.contains("\u{202e}") && !grid.text.contains("\u{07}"))
            #expect(grid.lines.count == height)
        }
        let printed = MetricsScreen.printed(map: map, width: 80, theme: theme)
        #expect(!printed.text.contains("\u{1b}"))
    }

    @Test func theColumnsFollowEveryChangeToTheFigures() {
        var map = sample
        for s in map.stages.indices {
            map.stages[s].metrics = Metrics()
            for t in map.stages[s].touchpoints.indices { map.stages[s].touchpoints[t].metrics = Metrics() }
        }
        map.stages[2].touchpoints[1].metrics[.reach] = 10
        #expect(MetricsRows.columns(map) == [.reach])
        map.stages[5].touchpoints[1].metrics.targets[.lifetimeValue] = 300
        #expect(MetricsRows.columns(map) == [.reach, .lifetimeValue])
        map.stages[5].touchpoints[1].metrics.record(.nps, 12, on: "2026-01-01")
        #expect(MetricsRows.columns(map) == [.reach, .nps, .lifetimeValue])
        map.stages[2].touchpoints[1].metrics[.reach] = nil
        #expect(MetricsRows.columns(map) == [.nps, .lifetimeValue])
        #expect(MetricsRows.columns(sample) == Metric.allCases)
    }

    @Test func aMapWithoutStagesOrFiguresSaysWhatToDo() {
        var blank = BlankMap.make()
        #expect(render(blank, width: 80, height: 24).text.contains("No drop-off to show"))
        blank.stages = []
        #expect(render(blank, width: 80, height: 24).text.contains("No stages yet"))
    }
}
