import JourneyCore

/// Where the channels view puts things: the channel names on the left, a
/// column per stage, the matrix's lines (group headings and rows), and the
/// detail below. Made from the map's short lists only (channels, stages,
/// the emotion scale), never by walking the touchpoints.
public struct ChannelsLayout {
    /// A line of the matrix: a group's heading (nil: the "no channel" group) or a row of `ChannelMatrix.rows`.
    public enum Line: Equatable, Sendable {
        case heading(Channel.Kind?)
        case row(ChannelMatrix.Row)
    }

    public let labelWidth: Int
    /// Each stage's column, its separator included: one width for all,
    /// unless only columns as wide as their names keep every name whole.
    let widths: [Int]
    public let stagesPerScreen: Int
    /// Lines of the matrix that fit under its header, the detail kept below.
    public let bodyHeight: Int
    /// Columns of a cell's count and of its average.
    let countWidth: Int
    let averageWidth: Int

    public init(map: JourneyMap, area: ScreenArea) {
        let widest = map.channels.reduce(12) { max($0, TextWidth.of(DisplayText.singleLine(DisplayText.visible($1.name, columns: 40)))) }
        labelWidth = min(widest + 2, max(14, area.width / 3))
        // A cell's count is at most its stage's touchpoints.
        let largest = map.stages.reduce(0) { max($0, $1.touchpoints.count) }
        countWidth = String(largest).count
        let scale = map.emotionScale
        averageWidth = max(String(scale.min.magnitude).count, String(scale.max.magnitude).count) + 3
        // "│ 12 ☺ +1.5": separator, space, count, glyph, average.
        let least = 1 + 1 + countWidth + 3 + averageWidth
        let share = map.stages.isEmpty ? least : (area.width - labelWidth) / map.stages.count
        // A column holds its stage's name and "│ " before it where there is room, else at most 18.
        let wanted = map.stages.map { max(least, TextWidth.of(DisplayText.singleLine(DisplayText.visible($0.name, columns: 60))) + 3) }
        let uniform = max(least, min(max(18, wanted.max() ?? 0), share))
        if wanted.contains(where: { $0 > uniform }), wanted.reduce(0, +) <= area.width - labelWidth {
            widths = wanted
            stagesPerScreen = max(1, map.stages.count)
        } else {
            widths = Array(repeating: uniform, count: map.stages.count)
            stagesPerScreen = max(1, (area.width - labelWidth) / uniform)
        }
        let detail = area.height >= 14 ? min(10, max(5, area.height / 3)) : max(2, area.height / 3)
        bodyHeight = max(1, area.height - 1 - detail)
    }

    /// The lines of the matrix: each group's heading, then its rows.
    public static func lines(rows: [ChannelMatrix.Row], onlineCount: Int) -> [Line] {
        var lines: [Line] = []
        for (r, row) in rows.enumerated() {
            if r == 0 && onlineCount > 0 { lines.append(.heading(.online)) }
            if r == onlineCount, row != .noChannel { lines.append(.heading(.offline)) }
            if row == .noChannel { lines.append(.heading(nil)) }
            lines.append(.row(row))
        }
        return lines
    }

    /// The first line to show so that the selected line is on screen, with
    /// its group's heading when it is the group's first row.
    public static func firstLine(_ first: Int, selected: Int, lines: [Line], room: Int) -> Int {
        let top = selected > 0 && selected - 1 < lines.count && room > 1 && { if case .heading = lines[selected - 1] { true } else { false } }()
            ? selected - 1 : selected
        return Self.first(min(first, top), showing: selected, count: lines.count, room: room)
    }

    /// The first of `count` things to show in `room` places so that
    /// `shown` is on screen, moving from `first` as little as it can.
    public static func first(_ first: Int, showing shown: Int, count: Int, room: Int) -> Int {
        let last = max(0, count - room)
        return max(0, min(max(min(first, shown), shown - room + 1), last))
    }
}

/// Draws the matrix's header and lines for a band of stages.
struct MatrixPainter {
    let map: JourneyMap
    let matrix: ChannelMatrix
    let layout: ChannelsLayout
    let theme: Theme
    let stages: Range<Int>

    func x(of stage: Int) -> Int { layout.labelWidth + layout.widths[stages.lowerBound..<stage].reduce(0, +) }

    func paintHeader(into grid: inout CellGrid, y: Int, selected: Int?) {
        let more = stages.upperBound < map.stages.count ? " →" : ""
        let fewer = stages.lowerBound > 0 ? "← " : ""
        grid.put(" " + fewer + "Channel" + more, x: 0, y: y, maxWidth: layout.labelWidth, style: theme[.muted])
        for s in stages {
            let x = x(of: s)
            grid.put("│", x: x, y: y, style: theme[.separator])
            let style = s == selected ? theme[.currentLabel] : theme[.touchpointHeader]
            let width = layout.widths[s]
            let name = DisplayText.singleLine(DisplayText.visible(map.stages[s].name, columns: width))
            grid.put(" " + TextWrap.truncate(name, width: width - 2, ellipsis: true), x: x + 1, y: y, maxWidth: width - 1, style: style)
            if s == selected { grid.restyle(x: x + 1, y: y, width: width - 1, height: 1) { _ in style } }
        }
    }

    func paint(_ line: ChannelsLayout.Line, into grid: inout CellGrid, y: Int, selection: Selection) {
        switch line {
        case .heading(let kind):
            let width = x(of: stages.upperBound)
            grid.put(String(repeating: "─", count: width), x: 0, y: y, style: theme[.separator])
            if let kind {
                grid.put(" " + (kind == .online ? "Online" : "Offline") + " ", x: 1, y: y, style: theme[.detailTitle])
            }
        case .row(let row):
            guard let r = matrix.rows.firstIndex(of: row) else { return }
            let isSelected = selection.showing && row == selection.row
            let labelStyle = !isSelected ? (row == .noChannel ? theme[.warning] : theme[.laneLabel])
                : selection.onName ? theme[.cursor] : theme[.currentLabel]
            let name = ChannelsScreen.rowName(row, map: map)
            if isSelected { grid.fill(x: 0, y: y, width: layout.labelWidth, height: 1, style: labelStyle) }
            grid.put((isSelected ? "▶ " : "  ") + TextWrap.truncate(name, width: layout.labelWidth - 2, ellipsis: true), x: 0, y: y,
                     maxWidth: layout.labelWidth, style: labelStyle)
            for s in stages {
                let x = x(of: s)
                grid.put("│", x: x, y: y, style: theme[.separator])
                let cursor = isSelected && !selection.onName && s == selection.stage
                paintCell(matrix.cell(row: r, stage: s), into: &grid, x: x + 1, y: y, width: layout.widths[s] - 1, cursor: cursor)
            }
        }
    }

    /// " 2 ☺ +1.5": the count right-aligned, then the average emotion's face and value.
    func paintCell(_ cell: ChannelMatrix.Cell, into grid: inout CellGrid, x: Int, y: Int, width: Int, cursor: Bool) {
        if cursor { grid.fill(x: x, y: y, width: width, height: 1, style: theme[.cursor]) }
        let pad = String(repeating: " ", count: max(0, layout.countWidth - String(cell.count).count))
        guard cell.count > 0 else {
            grid.put(" " + pad + "·", x: x, y: y, maxWidth: width, style: cursor ? theme[.cursor] : theme[.muted])
            return
        }
        let used = grid.put(" " + pad + String(cell.count), x: x, y: y, maxWidth: width, style: cursor ? theme[.cursor] : theme[.cell])
        guard let average = cell.averageEmotion else {
            grid.put(" –", x: x + used, y: y, maxWidth: width - used, style: cursor ? theme[.cursor] : theme[.muted])
            return
        }
        let neutral = map.emotionScale.neutral
        let style = cursor ? theme[.cursor] : average < neutral ? theme[.warning] : theme[.cell]
        grid.put(" " + EmotionText.glyph(average, neutral: neutral) + " " + EmotionText.average(average), x: x + used, y: y,
                 maxWidth: width - used, style: style)
    }
}
