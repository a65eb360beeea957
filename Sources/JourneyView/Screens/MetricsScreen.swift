import JourneyCore

/// Where the metrics view is: its selection and scroll, kept while other views are shown.
public struct MetricsState: ScreenState {
    /// The selected row of the KPI table (see `MetricsRows`): a stage, or one of its touchpoints.
    public var selected = 0
    /// The first row of the KPI table on screen.
    public var scroll = 0
    /// What the KPI table has columns for, per stage, kept between frames.
    public var columns = MetricsColumns()

    public init() {}
}

extension ScreenStates {
    public var metrics: MetricsState { get { self[MetricsState.self] } set { self[MetricsState.self] = newValue } }
}

/// The metrics view, the practice's "monitor and optimise" step: the stages
/// as a funnel (reach as bars, who went on and who left between stages,
/// where most leave), the KPIs of every stage and touchpoint in a table,
/// and the selected row's targets and dated measurements as trends. Only
/// the table's visible rows are drawn; the funnel walks the stages only.
public enum MetricsScreen: ScreenPainter {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: MetricsState, theme: Theme) {
        let total = MetricsRows.count(map)
        let selected = total == 0 ? nil : min(max(0, state.selected), total - 1)
        let plan = Plan(map: map, selected: selected, area: area)
        var y = area.top
        let funnel = funnelLines(map, width: area.width, theme: theme)
        // Short of room, the funnel keeps its title and its finding: where most leave.
        let shown = plan.funnel >= funnel.count ? funnel : Array(funnel.prefix(max(0, plan.funnel - 1))) + funnel.suffix(1)
        for line in shown.prefix(plan.funnel) {
            paint(line, into: &grid, y: y, width: area.width)
            y += 1
        }
        y += plan.gap
        let table = Table(map: map, columns: state.columns.columns(map), width: area.width)
        paint(table.header(theme), into: &grid, y: y, width: area.width)
        y += 1
        let first = scroll(state.scroll, selected: selected ?? 0, visible: plan.table, total: total)
        for (offset, row) in MetricsRows.rows(from: first, count: plan.table, in: map).enumerated() {
            paint(table.line(row, selected: first + offset == selected, theme: theme), into: &grid, y: y, width: area.width)
            y += 1
        }
        if total == 0 {
            grid.put("  No stages yet: S in the grid adds one.", x: 0, y: y, maxWidth: area.width, style: theme[.muted])
        }
        y = area.bottom - plan.detail
        if let selected, let row = MetricsRows.row(selected, in: map) {
            for line in detailLines(row, map: map, width: area.width, theme: theme).prefix(plan.detail) {
                paint(line, into: &grid, y: y, width: area.width)
                y += 1
            }
        }
    }

    /// The whole view for `journey show --view metrics`: the funnel, every
    /// row of the table, and every KPI with a target or measurements.
    public static func printed(map: JourneyMap, width: Int, theme: Theme) -> CellGrid {
        guard !map.stages.isEmpty else {
            var grid = CellGrid(width: width, height: 1)
            grid.put("  No stages yet.", x: 0, y: 0, maxWidth: width, style: theme[.muted])
            return grid
        }
        let table = Table(map: map, columns: MetricsRows.columns(map), width: width)
        var lines = funnelLines(map, width: width, theme: theme) + [Line()]
        lines.append(table.header(theme))
        lines += MetricsRows.rows(from: 0, count: MetricsRows.count(map), in: map).map { table.line($0, selected: false, theme: theme) }
        var trends: [Line] = []
        for row in MetricsRows.rows(from: 0, count: MetricsRows.count(map), in: map) {
            let followed = MetricsRows.metrics(of: row, in: map).followedTrends
            guard !followed.isEmpty else { continue }
            trends.append(Line([("  " + MetricsRows.name(of: row, in: map), theme[.stageHeader])]))
            let sparkWidth = min(8, followed.map(\.series.count).max() ?? 0)
            trends += followed.map { trendLine($0, sparkWidth: sparkWidth, theme: theme) }
            trends += followed.flatMap { trend in
                trend.series.map { measurement in
                    let origin = trend.origin(of: measurement, sources: map.sources).map { "  " + $0 } ?? ""
                    return Line([("        " + measurement.day + "  " + trend.text(measurement.value) + origin, theme[.muted])])
                }
            }
        }
        if !trends.isEmpty {
            lines += [Line(), Line([(" Targets and trends", theme[.detailTitle])])] + trends
        }
        var grid = CellGrid(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { paint(line, into: &grid, y: y, width: width) }
        return grid
    }

    /// The KPI table's first row on screen: as before, moved just enough to show the selection.
    public static func scroll(_ scroll: Int, selected: Int, visible: Int, total: Int) -> Int {
        guard visible > 0 else { return selected }
        var first = min(scroll, selected)
        if selected >= first + visible { first = selected - visible + 1 }
        return max(0, min(first, total - visible))
    }

    /// How many rows of the KPI table show in an area (for paging and scrolling).
    public static func visibleRows(map: JourneyMap, selected: Int, area: ScreenArea) -> Int {
        Plan(map: map, selected: min(selected, max(0, MetricsRows.count(map) - 1)), area: area).table
    }

    // MARK: lines

    /// Text in styled runs, drawn left to right and cut at the width.
    struct Line {
        var runs: [(String, Style)] = []
        var fill: Style?

        init(_ runs: [(String, Style)] = [], fill: Style? = nil) {
            self.runs = runs
            self.fill = fill
        }
    }

    static func paint(_ line: Line, into grid: inout CellGrid, y: Int, width: Int) {
        if let fill = line.fill { grid.fill(x: 0, y: y, width: width, height: 1, style: fill) }
        var x = 0
        for (text, style) in line.runs where x < width {
            x += grid.put(text, x: x, y: y, maxWidth: width - x, style: style)
        }
    }

    /// Rows of the area for each part: the funnel, the table, the selected row's detail.
    struct Plan {
        var funnel: Int
        var gap: Int
        var table: Int
        var detail: Int

        init(map: JourneyMap, selected: Int?, area: ScreenArea) {
            var funnel = map.stages.isEmpty ? 0 : map.stages.count + 2
            var detail = selected.flatMap { MetricsRows.row($0, in: map) }.map { MetricsScreen.detailCount($0, map: map, width: area.width) } ?? 0
            let gap = area.height >= 16 ? 1 : 0
            let wanted = min(MetricsRows.count(map), 4)
            // The table's header takes a row; so does the gap above the detail.
            func rows() -> Int { area.height - funnel - gap - 1 - detail - (detail > 0 ? gap : 0) }
            while rows() < wanted && (funnel > 2 || detail > 2) {
                if funnel - 2 >= detail - 2 && funnel > 2 { funnel -= 1 } else { detail -= 1 }
            }
            while rows() < min(wanted, 2) && (funnel > 0 || detail > 0) {
                if funnel >= detail { funnel -= 1 } else { detail -= 1 }
            }
            self.funnel = funnel
            self.detail = detail
            self.gap = gap
            table = max(0, rows())
        }
    }

    // MARK: the funnel

    static func funnelLines(_ map: JourneyMap, width: Int, theme: Theme) -> [Line] {
        guard !map.stages.isEmpty else { return [] }
        let funnel = MetricsFunnel(map)
        var lines = [Line([(" Funnel", theme[.detailTitle]), (" · reach by stage, and who went on between stages", theme[.muted])])]
        let names = map.stages.map { DisplayText.singleLine(DisplayText.visible($0.name, columns: 24)) }
        let nameWidth = min(width / 4, max(8, names.map(TextWidth.of).max() ?? 0))
        let stepWidth = width >= 64 ? 34 : 0
        let barWidth = max(4, width - 3 - nameWidth - 8 - stepWidth)
        for level in funnel.levels {
            let name = TextWrap.truncate(names[level.stage], width: nameWidth, ellipsis: true)
            var runs: [(String, Style)] = [("  " + pad(name, nameWidth), theme[.stageHeader])]
            guard let reach = level.reach else {
                runs.append(("       no reach (:stage-metric reach N)", theme[.muted]))
                lines.append(Line(runs))
                continue
            }
            runs.append((" " + leftPad(figure(reach), 6) + " ", theme[.cell]))
            runs.append((pad(bar(reach, of: funnel.widest, width: barWidth), barWidth), theme[.cell]))
            if stepWidth > 0, let step = funnel.step(into: level.stage) {
                let worst = step == funnel.worst
                runs.append((" " + step.words + (worst ? " ◀ most" : ""), worst ? theme[.warning] : theme[.muted]))
            }
            lines.append(Line(runs))
        }
        if let worst = funnel.worst {
            let from = names[worst.from], to = names[worst.to]
            lines.append(Line([(" ◀ Most leave between \(from) and \(to): " + MetricsText.percent(worst.dropOff)
                                + " (\(MetricsText.count(worst.lost)) of \(MetricsText.count(map.stages[worst.from].metrics[.reach] ?? 0)))",
                                theme[.warning])]))
        } else {
            lines.append(Line([(" No drop-off to show: give two stages a reach (:stage-metric reach N).", theme[.muted])]))
        }
        return lines
    }

    /// A bar in eighths of a column, so near reaches still differ.
    static func bar(_ value: Double, of widest: Double, width: Int) -> String {
        guard widest > 0, value > 0 else { return "" }
        let eighths = max(1, Int((value / widest * Double(width * 8)).rounded()))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }

    // MARK: the KPI table

    struct Table {
        let map: JourneyMap
        let columns: [Metric]
        let nameWidth: Int
        let trendWidth: Int
        static let cell = 7

        init(map: JourneyMap, columns all: [Metric], width: Int) {
            self.map = map
            // Columns that do not fit are left off; the detail names every figure.
            let room = max(0, (width - 2 - 14) / Self.cell)
            columns = Array(all.prefix(room))
            let left = width - 2 - columns.count * Self.cell
            nameWidth = max(8, min(22, left - 1))
            trendWidth = left - nameWidth - 2 >= 24 ? left - nameWidth - 2 : 0
        }

        func header(_ theme: Theme) -> Line {
            var text = "  " + pad(TextWrap.truncate("Stage › touchpoint", width: nameWidth), nameWidth)
            for metric in columns { text += leftPad(metric.shortLabel + " ", Self.cell) }
            if trendWidth > 0 { text += "  " + TextWrap.truncate("trend; target ✓ met, ✗ not met", width: trendWidth) }
            return Line([(text, theme[.detailTitle])])
        }

        func line(_ row: MetricsRow, selected: Bool, theme: Theme) -> Line {
            let stage = map.stages[row.stage]
            let metrics = MetricsRows.metrics(of: row, in: map)
            let name: String
            if let t = row.touchpoint {
                name = "  " + DisplayText.singleLine(DisplayText.visible(stage.touchpoints[t].name, columns: nameWidth))
            } else {
                name = DisplayText.singleLine(DisplayText.visible(stage.name, columns: nameWidth))
            }
            var runs: [(String, Style)] = [
                ((selected ? "▶ " : "  ") + pad(TextWrap.truncate(name, width: nameWidth, ellipsis: true), nameWidth),
                 row.touchpoint == nil ? theme[.stageHeader] : theme[.cell]),
            ]
            for metric in columns {
                runs.append((leftPad(MetricsScreen.cell(MetricsTrend(metrics, metric)), Self.cell), theme[.cell]))
            }
            if trendWidth > 0, let trend = metrics.trends.first(where: { $0.series.count > 1 || $0.target != nil }) {
                runs.append(("  " + TextWrap.truncate(shortTrend(trend), width: trendWidth, ellipsis: true), theme[.muted]))
            }
            guard selected else { return Line(runs) }
            return Line(runs.map { ($0.0, theme[.cursor]) }, fill: theme[.cursor])
        }
    }

    /// A figure in a table cell: short, with ✓ or ✗ when it has a target.
    static func cell(_ trend: MetricsTrend) -> String {
        guard let value = trend.current ?? trend.series.last?.value else { return trend.target == nil ? "" : "–" }
        return (trend.metric.unit.isEmpty ? figure(value) : trend.text(value)) + (trend.isMet.map { $0 ? "✓" : "✗" } ?? " ")
    }

    /// A count in at most six columns: exact below a million, then 1.2M.
    static func figure(_ value: Double) -> String {
        abs(value) < 1_000_000 ? MetricsText.number(value) : MetricsText.count(value)
    }

    /// "conv ▁▄█ 55% → 59%, target 68% ✗".
    static func shortTrend(_ trend: MetricsTrend) -> String {
        var text = trend.metric.shortLabel
        if trend.series.count > 1 { text += " " + Sparkline.text(trend.series.map(\.value)) }
        if let firstToLast = trend.firstToLast { text += " " + firstToLast }
        if let target = trend.target { text += ", target " + trend.text(target) + (trend.isMet.map { $0 ? " ✓" : " ✗" } ?? "") }
        return text
    }

    // MARK: the selected row's detail

    static func detailCount(_ row: MetricsRow, map: JourneyMap, width: Int) -> Int {
        let trends = MetricsRows.metrics(of: row, in: map).trends
        let followed = trends.filter(\.isFollowed)
        return 1 + followed.count + origins(followed, map: map, width: width).count + (followed.count < trends.count || trends.isEmpty ? 1 : 0)
    }

    static func detailLines(_ row: MetricsRow, map: JourneyMap, width: Int, theme: Theme) -> [Line] {
        let trends = MetricsRows.metrics(of: row, in: map).trends
        var lines = [Line([(" " + MetricsRows.name(of: row, in: map), theme[.detailTitle]),
                           ("  Enter: measurements · m measure · t target · x delete one", theme[.muted])])]
        let followed = trends.filter(\.isFollowed)
        let sparkWidth = min(8, followed.map(\.series.count).max() ?? 0)
        lines += followed.map { trendLine($0, sparkWidth: sparkWidth, theme: theme) }
        lines += origins(followed, map: map, width: width).map { Line([($0, theme[.muted])]) }
        let plain = trends.filter { !$0.isFollowed }
        if trends.isEmpty {
            lines.append(Line([("   no KPIs yet: m records a measurement, t sets a target", theme[.muted])]))
        } else if !plain.isEmpty {
            let figures = plain.compactMap { trend in trend.current.map { trend.metric.label + " " + trend.text($0) } }
            lines.append(Line([("   " + figures.joined(separator: " · ") + " (no target, no measurements)", theme[.detail])]))
        }
        return lines
    }

    /// For each trend whose latest measurement a survey's responses made, how
    /// (`MetricsTrend.explained`), wrapped under the trend's line.
    static func origins(_ trends: [MetricsTrend], map: JourneyMap, width: Int) -> [String] {
        trends.flatMap { trend -> [String] in
            guard let latest = trend.series.last, latest.responses != nil else { return [] }
            return TextWrap.wrap(trend.explained(latest, sources: map.sources), width: max(20, width - 6)).map { "     " + $0 }
        }
    }

    /// "   conversion rate  59%  ▁▄█  55% → 59%  target 68%: not met  3 since 2025-09-30".
    static func trendLine(_ trend: MetricsTrend, sparkWidth: Int = 8, theme: Theme) -> Line {
        var runs: [(String, Style)] = [("   " + pad(trend.metric.label, 16), theme[.detail])]
        runs.append((leftPad(trend.latest.map(trend.text) ?? "–", 8) + "  ", theme[.cell]))
        runs.append((pad(Sparkline.text(trend.series.map(\.value)), sparkWidth) + "  ", theme[.cell]))
        if let firstToLast = trend.firstToLast { runs.append((firstToLast + "  ", theme[.detail])) }
        if let words = trend.targetWords {
            runs.append((words + (trend.isMet == true ? " ✓" : trend.isMet == false ? " ✗" : "") + "  ",
                         trend.isMet == false ? theme[.warning] : theme[.detail]))
        }
        if let first = trend.series.first {
            let count = trend.series.count
            runs.append(("\(count) since \(first.day)", theme[.muted]))
        }
        return Line(runs)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
    }
}

extension MapScreen {
    public static let metrics = MapScreen("metrics", title: "Metrics", summary: "the funnel, KPIs with targets and their trend", part: .findings,
                                          painter: MetricsScreen.self)
}
