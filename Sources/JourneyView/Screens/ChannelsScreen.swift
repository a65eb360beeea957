import FoundationEssentials
import JourneyCore

/// Where the channels view is: the selected channel row and stage, by id,
/// and how far it is scrolled, kept while other views are shown.
public struct ChannelsState: ScreenState {
    /// The selected row; nil, or a row that is gone: the first.
    public var row: ChannelMatrix.Row?
    /// The selected stage; nil, or a stage that is gone: the first.
    public var stage: String?
    /// On the channel's name rather than a cell (Enter renames there).
    public var onName = false
    /// The first line of the matrix shown (a heading or a row) and the first stage.
    public var firstLine = 0
    public var firstStage = 0
    /// The counts of the map last drawn (see `ChannelsCache`).
    public var cache = ChannelsCache()

    public init() {}
}

extension ScreenStates {
    public var channels: ChannelsState { get { self[ChannelsState.self] } set { self[ChannelsState.self] = newValue } }
}

/// The channels view: a stage × channel matrix, online channels then offline
/// ones (then touchpoints without a channel), each cell the count of its
/// touchpoints and their average emotion, and the selected cell's touchpoints
/// below. Counting is one pass over the touchpoints per frame; everything
/// else follows what fits on screen.
public enum ChannelsScreen: ScreenPainter {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: ChannelsState, theme: Theme) {
        guard area.height > 0, area.width > 0 else { return }
        let matrix = state.cache.matrix(for: map)
        let layout = ChannelsLayout(map: map, area: area)
        let lines = ChannelsLayout.lines(rows: matrix.rows, onlineCount: matrix.onlineCount)
        let selection = Selection(state, matrix: matrix, map: map)
        let selectedLine = lines.firstIndex(of: .row(selection.row)) ?? 0
        let firstLine = ChannelsLayout.firstLine(state.firstLine, selected: selectedLine, lines: lines, room: layout.bodyHeight)
        let firstStage = ChannelsLayout.first(state.firstStage, showing: selection.stage, count: map.stages.count,
                                              room: layout.stagesPerScreen)
        let painter = MatrixPainter(map: map, matrix: matrix, layout: layout, theme: theme,
                                    stages: firstStage..<min(map.stages.count, firstStage + layout.stagesPerScreen))
        painter.paintHeader(into: &grid, y: area.top, selected: selection.onName ? nil : selection.stage)
        let shown = lines[firstLine..<min(lines.count, firstLine + layout.bodyHeight)]
        for (offset, line) in shown.enumerated() {
            painter.paint(line, into: &grid, y: area.top + 1 + offset, selection: selection)
        }
        let detailTop = area.top + 1 + shown.count + (shown.count < layout.bodyHeight ? 1 : 0)
        paintDetail(into: &grid, y: detailTop, height: area.bottom - detailTop, width: area.width, map: map,
                    matrix: matrix, selection: selection, theme: theme)
    }

    /// The whole view for `journey show --view channels`: the matrix in bands
    /// of the stages that fit the width, then every cell's touchpoints by channel.
    public static func printed(map: JourneyMap, width: Int, theme: Theme) -> CellGrid {
        let matrix = ChannelMatrix(map)
        guard !matrix.rows.isEmpty else {
            var grid = CellGrid(width: width, height: 1)
            grid.put(" No channels yet, and no touchpoints without one.", x: 0, y: 0, maxWidth: width, style: theme[.muted])
            return grid
        }
        let layout = ChannelsLayout(map: map, area: ScreenArea(top: 0, height: .max / 2, width: width))
        let lines = ChannelsLayout.lines(rows: matrix.rows, onlineCount: matrix.onlineCount)
        let bands = stride(from: 0, to: max(1, map.stages.count), by: max(1, layout.stagesPerScreen)).map {
            $0..<min(map.stages.count, $0 + layout.stagesPerScreen)
        }
        var listing: [(text: String, style: ThemeRole)] = []
        for (r, row) in matrix.rows.enumerated() {
            let total = matrix.total(row: r)
            listing.append((rowName(row, map: map) + kindWords(row, map: map) + " · " + summary(total, map: map), .detailTitle))
            for (s, stage) in map.stages.enumerated() where matrix.cell(row: r, stage: s).count > 0 {
                let names = ChannelMatrix.touchpoints(of: map, row: row, stage: s).map { DisplayText.singleLine($0.name) }
                listing.append((DisplayText.singleLine(stage.name) + ": " + names.joined(separator: ", "), .detail))
            }
        }
        var wrapped: [(String, ThemeRole)] = []
        for entry in listing {
            // A channel's stages under it, indented; a wrapped line further in.
            let indent = entry.style == .detail ? "  " : ""
            for (n, line) in TextWrap.wrap(entry.text, width: max(1, width - 6)).enumerated() {
                wrapped.append((indent + (n == 0 ? "" : "    ") + line, entry.style))
            }
        }
        let height = bands.count * (lines.count + 2) + 1 + wrapped.count
        var grid = CellGrid(width: width, height: height)
        let selection = Selection(ChannelsState(), matrix: matrix, map: map, showing: false)
        var y = 0
        for band in bands {
            let painter = MatrixPainter(map: map, matrix: matrix, layout: layout, theme: theme, stages: band)
            painter.paintHeader(into: &grid, y: y, selected: nil)
            for line in lines {
                y += 1
                painter.paint(line, into: &grid, y: y, selection: selection)
            }
            y += 2
        }
        grid.put("Touchpoints by channel", x: 1, y: y, maxWidth: width - 2, style: theme[.title])
        for (offset, line) in wrapped.enumerated() {
            grid.put(line.0, x: 1, y: y + 1 + offset, maxWidth: width - 2, style: theme[line.1])
        }
        return grid
    }

    // MARK: the detail under the matrix

    static func paintDetail(into grid: inout CellGrid, y: Int, height: Int, width: Int, map: JourneyMap,
                            matrix: ChannelMatrix, selection: Selection, theme: Theme) {
        guard height > 0 else { return }
        grid.put(String(repeating: "─", count: width), x: 0, y: y, style: theme[.separator])
        guard let r = matrix.rows.firstIndex(of: selection.row) else {
            grid.put("─ No channels yet ", x: 1, y: y, maxWidth: width - 2, style: theme[.detailTitle])
            grid.put("a adds one (NAME, or NAME offline); C in the grid sets a touchpoint's channel", x: 1, y: y + 1,
                     maxWidth: width - 2, style: theme[.muted])
            return
        }
        let row = selection.row
        let name = rowName(row, map: map)
        var lines: [(String, Style)] = []
        let title: String
        if selection.onName || map.stages.isEmpty {
            let total = matrix.total(row: r)
            let stages = (0..<matrix.stageCount).filter { matrix.cell(row: r, stage: $0).count > 0 }.count
            title = name + kindWords(row, map: map) + " · " + summary(total, map: map) + " in \(stages) of \(matrix.stageCount) stages"
            if case .channel(let id) = row {
                let preferring = map.personas.filter { $0.preferredChannels.contains(id) }.map(\.name)
                lines.append(("Preferred by " + (preferring.isEmpty ? "no persona" : preferring.joined(separator: ", ")),
                              theme[.detail]))
                lines.append(("Enter or r renames · o makes it " + (map.channel(id: id)?.kind == .online ? "offline" : "online")
                              + " · m merges it into another · x removes it · K J move it · a adds a channel", theme[.muted]))
            } else {
                lines.append(("These touchpoints have no channel: C in the grid gives one a channel", theme[.muted]))
            }
        } else {
            let stage = map.stages[selection.stage]
            let cell = matrix.cell(row: r, stage: selection.stage)
            title = DisplayText.singleLine(DisplayText.visible(stage.name, columns: width)) + " × " + name + " · " + summary(cell, map: map)
            let room = max(0, height - 1)
            let listed = ChannelMatrix.touchpoints(of: map, row: row, stage: selection.stage,
                                                   limit: cell.count > room ? max(0, room - 1) : room)
            for touchpoint in listed { lines.append((describe(touchpoint, map: map, width: width), theme[.detail])) }
            if cell.count > listed.count {
                lines.append(("… and \(cell.count - listed.count) more: Enter lists them all", theme[.muted]))
            } else if cell.count == 0 {
                lines.append(("(no touchpoints here)", theme[.muted]))
            } else {
                // Room to spare: say what Enter does.
                if lines.count < room { lines.append(("Enter: pick one to go to it in the grid", theme[.muted])) }
            }
        }
        grid.put("─ " + DisplayText.singleLine(title) + " ", x: 1, y: y, maxWidth: width - 2, style: theme[.detailTitle])
        var row2 = y + 1
        for (text, style) in lines where row2 < y + height {
            for line in TextWrap.wrap(text, width: max(1, width - 2)) where row2 < y + height {
                grid.put(line, x: 1, y: row2, maxWidth: width - 2, style: style)
                row2 += 1
            }
        }
    }

    /// "• Product page  ● +1  ◆ -1": the touchpoint and each persona's score.
    static func describe(_ touchpoint: Touchpoint, map: JourneyMap, width: Int) -> String {
        var text = "• " + DisplayText.singleLine(DisplayText.visible(touchpoint.name, columns: width))
        if touchpoint.momentOfTruth { text += " ★" }
        let scores = map.personas.enumerated().compactMap { p, persona in
            touchpoint.emotion[persona.id].map {
                PersonaGlyphs.point(p) + " " + DisplayText.singleLine(DisplayText.visible(persona.name, columns: 20)) + " "
                    + MetricsText.signed($0)
            }
        }
        if !scores.isEmpty { text += " — " + scores.joined(separator: " · ") }
        return text
    }

    /// "2 touchpoints · average ☺ +0.5".
    static func summary(_ cell: ChannelMatrix.Cell, map: JourneyMap) -> String {
        let count = "\(cell.count) touchpoint" + (cell.count == 1 ? "" : "s")
        guard let average = cell.averageEmotion else { return count + (cell.count == 0 ? "" : " · no emotion scores") }
        return count + " · average emotion " + EmotionText.glyph(average, neutral: map.emotionScale.neutral) + " " + EmotionText.average(average)
    }

    static func rowName(_ row: ChannelMatrix.Row, map: JourneyMap) -> String {
        switch row {
        case .channel(let id):
            DisplayText.singleLine(DisplayText.visible(map.channel(id: id)?.name ?? id, columns: 200))
        case .noChannel: "(no channel)"
        }
    }

    static func kindWords(_ row: ChannelMatrix.Row, map: JourneyMap) -> String {
        guard case .channel(let id) = row, let channel = map.channel(id: id) else { return "" }
        return " (\(channel.kind.rawValue))"
    }
}

/// The selection made valid for the map: a row and stage that exist.
struct Selection {
    var row: ChannelMatrix.Row
    var stage: Int
    var onName: Bool
    /// Whether to draw it (not in a printout).
    var showing = true

    init(_ state: ChannelsState, matrix: ChannelMatrix, map: JourneyMap, showing: Bool = true) {
        if let wanted = state.row, matrix.rows.contains(wanted) {
            row = wanted
        } else {
            // Gone: the "no channel" row once every touchpoint has one goes to the last row, a channel to the first.
            row = (state.row == .noChannel ? matrix.rows.last : matrix.rows.first) ?? .noChannel
        }
        stage = state.stage.flatMap { map.stageIndex(id: $0) } ?? 0
        onName = state.onName || map.stages.isEmpty
        self.showing = showing
    }
}

/// An average emotion in a few columns that read in monochrome: a face for
/// above, below or at neutral, and the signed value with one decimal.
enum EmotionText {
    static func glyph(_ average: Double, neutral: Double = 0) -> String {
        let rounded = (average * 10).rounded() / 10
        return rounded > neutral ? "☺" : rounded < neutral ? "☹" : "○"
    }

    static func average(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "0.0" }
        guard rounded.isFinite, rounded.magnitude < 1e15 else { return "\(rounded)" }
        let tenths = Int((rounded.magnitude * 10).rounded())
        return (rounded > 0 ? "+" : "-") + "\(tenths / 10).\(tenths % 10)"
    }
}

extension MapScreen {
    public static let channels = MapScreen("channels", title: "Channels", summary: "stages × channels: where touchpoints happen", part: .findings,
                                          painter: ChannelsScreen.self)
}
