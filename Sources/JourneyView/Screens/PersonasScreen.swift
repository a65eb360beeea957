import JourneyCore

/// Where the personas view is: the selected persona (by id, and where it was
/// in case it is gone) and the selected row of its card, kept while other
/// views are shown.
public struct PersonasState: ScreenState {
    public var selected = 0
    public var personaID: String?
    /// Index into `PersonasCard.rows` of the selected persona.
    public var row = 0

    public init() {}

    /// The selected persona's index in the map; nil when the map has none.
    public func index(in map: JourneyMap) -> Int? {
        guard !map.personas.isEmpty else { return nil }
        if let personaID, let found = map.personas.firstIndex(where: { $0.id == personaID }) { return found }
        return min(max(0, selected), map.personas.count - 1)
    }
}

extension ScreenStates {
    public var personas: PersonasState { get { self[PersonasState.self] } set { self[PersonasState.self] = newValue } }
}

/// The personas view: the personas on the left (a strip on top when narrow),
/// the selected one's card on the right: its emotion across the journey,
/// then every field of the format as a row, the selected row highlighted.
public enum PersonasScreen: ScreenPainter {
    /// Lines a field shows at most on screen (Enter shows and edits all of it).
    static let maxLines = 4

    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: PersonasState, theme: Theme) {
        guard area.height > 0 else { return }
        guard let selected = state.index(in: map) else {
            grid.put("No personas yet: A adds one.", x: 1, y: area.top, maxWidth: area.width - 2, style: theme[.muted])
            return
        }
        var top = area.top
        var x = 1
        if area.width >= 64 {
            let listWidth = min(26, max(16, area.width / 6))
            paintList(into: &grid, y: area.top, width: listWidth, height: area.height, map: map, selected: selected,
                      theme: theme)
            for y in area.top..<area.bottom { grid.put("│", x: listWidth, y: y, style: theme[.separator]) }
            x = listWidth + 2
        } else {
            let persona = map.personas[selected]
            let text = "◀ " + name(persona) + " ▶  \(selected + 1) of \(map.personas.count) (Tab: next)"
            grid.put(text, x: 1, y: top, maxWidth: area.width - 2, style: theme[.detailTitle])
            top += 1
        }
        let card = Card(map: map, persona: map.personas[selected], index: selected, theme: theme, x: x,
                        width: area.width - x - 1, maxLines: maxLines, curveBands: 1)
        card.paint(into: &grid, top: top, bottom: area.bottom, selectedRow: state.row)
    }

    /// Every persona's card one after another, whole: for `journey show --view personas`.
    public static func printed(map: JourneyMap, width: Int, theme: Theme) -> CellGrid {
        let width = max(EditorLayout.minimumWidth, width)
        let cards = map.personas.indices.map { i in
            Card(map: map, persona: map.personas[i], index: i, theme: theme, x: 0, width: width, maxLines: 10_000,
                 curveBands: Int.max)
        }
        let height = 1 + max(1, cards.reduce(0) { $0 + 1 + $1.height })
        var grid = CellGrid(width: width, height: height)
        grid.put(cards.isEmpty ? "No personas." : "Personas (\(map.personas.count))", x: 0, y: 0, style: theme[.title])
        var y = 2
        for card in cards {
            card.paint(into: &grid, top: y, bottom: y + card.height, selectedRow: nil)
            y += card.height + 1
        }
        return grid
    }

    static func name(_ persona: Persona) -> String {
        DisplayText.singleLine(DisplayText.visible(persona.name, columns: 40))
    }

    /// The personas, the selected one in reverse video with a ▶, scrolled to keep it in sight.
    static func paintList(into grid: inout CellGrid, y: Int, width: Int, height: Int, map: JourneyMap, selected: Int,
                          theme: Theme) {
        grid.put("Personas (\(map.personas.count))", x: 1, y: y, maxWidth: width - 1, style: theme[.detailTitle])
        let hints = ["Tab  persona", "A add  D del", "< >  reorder", "?    all keys"]
        let room = height - 1 - (height - 1 > map.personas.count + hints.count ? hints.count + 1 : 0)
        guard room > 0 else { return }
        let first = max(0, min(selected - room + 1, map.personas.count - room))
        for row in 0..<min(room, map.personas.count - first) {
            let index = first + row
            let line = y + 1 + row
            let isSelected = index == selected
            let style = isSelected ? theme[.cursor] : theme[.cell]
            if isSelected { grid.fill(x: 0, y: line, width: width, height: 1, style: style) }
            grid.put(isSelected ? "▶" : " ", x: 0, y: line, style: style)
            grid.put(PersonaGlyphs.point(index), x: 2, y: line, style: isSelected ? style : theme.persona(index))
            grid.put(name(map.personas[index]), x: 4, y: line, maxWidth: width - 4, style: style)
        }
        if room < height - 1 {
            for (offset, hint) in hints.enumerated() {
                grid.put(hint, x: 1, y: y + height - hints.count + offset, maxWidth: width - 1, style: theme[.muted])
            }
        }
    }
}

extension PersonasScreen {
    /// One persona's card at a width: a heading, the emotion curve, the rows.
    struct Card {
        let map: JourneyMap
        let persona: Persona
        let index: Int
        let theme: Theme
        let x: Int
        let width: Int
        let maxLines: Int
        let rows: [PersonasRow]
        let labelWidth: Int
        let curve: PersonasCurve

        init(map: JourneyMap, persona: Persona, index: Int, theme: Theme, x: Int, width: Int, maxLines: Int, curveBands: Int) {
            self.map = map
            self.persona = persona
            self.index = index
            self.theme = theme
            self.x = x
            self.width = width
            self.maxLines = maxLines
            rows = PersonasCard.rows(persona)
            labelWidth = min(17, width / 3)
            curve = PersonasCurve(map: map, persona: persona, style: theme.persona(index), theme: theme,
                                  width: width - 2, maxBands: curveBands)
        }

        var valueX: Int { x + 2 + labelWidth }
        var valueWidth: Int { width - 2 - labelWidth }

        /// Heading, curve heading, the curve and a blank row.
        var headHeight: Int { 2 + curve.height + 1 }

        /// The whole card's height, every row at full length.
        var height: Int { headHeight + rows.indices.reduce(0) { $0 + lines($1).lines.count } }

        func lines(_ row: Int) -> (lines: [String], empty: Bool) {
            PersonasCard.lines(rows[row], of: persona, map: map, width: valueWidth, maxLines: maxLines)
        }

        func paint(into grid: inout CellGrid, top: Int, bottom: Int, selectedRow: Int?) {
            grid.put(PersonaGlyphs.point(index), x: x, y: top, style: theme.persona(index))
            let used = grid.put(PersonasScreen.name(persona), x: x + 2, y: top, maxWidth: width - 2, style: theme[.detailTitle])
            // A shared persona is the workspace library's: an edit of it goes there too on save.
            grid.put("  persona \(index + 1) of \(map.personas.count)" + (persona.shared ? " · shared" : ""), x: x + 2 + used, y: top,
                     maxWidth: width - 2 - used, style: theme[.muted])
            var y = top + 1
            if bottom - y >= 12 || selectedRow == nil {
                paintCurve(into: &grid, y: y)
                y += 1 + curve.height + 1
            }
            paintRows(into: &grid, top: y, bottom: bottom, selectedRow: selectedRow)
        }

        func paintCurve(into grid: inout CellGrid, y: Int) {
            let used = grid.put("Emotion ", x: x + 2, y: y, maxWidth: width - 2, style: theme[.laneLabel])
            let scale = map.emotionScale
            let (low, high) = theme.curve == .braille ? ("⣀", "⠉") : ("▁", "█")
            var note = "\(MetricsText.signed(Double(scale.min))) \(low) to \(high) \(MetricsText.signed(Double(scale.max))), · not scored"
            if curve.notShown > 0 { note += "; \(curve.notShown) more →" }
            grid.put(note, x: x + 2 + used, y: y, maxWidth: width - 2 - used, style: theme[.muted])
            curve.paint(into: &grid, x: x + 2, y: y + 1)
        }

        /// The rows from the one that keeps the selected row in sight with
        /// context on both sides; only the rows on screen are measured.
        func paintRows(into grid: inout CellGrid, top: Int, bottom: Int, selectedRow: Int?) {
            guard !rows.isEmpty, bottom > top else { return }
            let room = bottom - top
            let selected = selectedRow.map { min(max(0, $0), rows.count - 1) }
            var measured: [Int: (lines: [String], empty: Bool)] = [:]
            func measure(_ row: Int) -> (lines: [String], empty: Bool) {
                if let known = measured[row] { return known }
                let made = lines(row)
                measured[row] = made
                return made
            }
            var first = 0
            if let selected {
                // Up to half the room above the selected row; more when the card ends before the room does.
                var above = 0
                while first < selected, above + measure(selected - first - 1).lines.count <= room / 2 {
                    above += measure(selected - first - 1).lines.count
                    first += 1
                }
                var below = measure(selected).lines.count
                var next = selected + 1
                while next < rows.count, above + below < room {
                    below += measure(next).lines.count
                    next += 1
                }
                while first < selected, next == rows.count, above + below + measure(selected - first - 1).lines.count <= room {
                    above += measure(selected - first - 1).lines.count
                    first += 1
                }
                first = selected - first
            }
            var y = top
            var row = first
            while row < rows.count, y < bottom {
                let (lines, empty) = measure(row)
                let isSelected = row == selected
                let style = isSelected ? theme[.cursor] : empty ? theme[.muted] : theme[.cell]
                if isSelected {
                    grid.fill(x: x, y: y, width: width, height: min(lines.count, bottom - y), style: style)
                    grid.put("▶", x: x, y: y, style: style)
                }
                grid.put(PersonasCard.label(rows[row]), x: x + 2, y: y, maxWidth: labelWidth - 1,
                         style: isSelected ? style : theme[.laneLabel])
                for (offset, line) in lines.enumerated() where y + offset < bottom {
                    grid.put(line, x: valueX, y: y + offset, maxWidth: valueWidth, style: style)
                }
                y += lines.count
                row += 1
            }
            // What is below says so on the last line, unless the selected row starts there.
            let selectedOnLast = selected == row - 1 && y - measure(row - 1).lines.count == bottom - 1
            if (row < rows.count || y > bottom) && !selectedOnLast {
                grid.fill(x: x, y: bottom - 1, width: width, height: 1, style: .plain)
                grid.put("  ↓ more below (j)", x: x, y: bottom - 1, style: theme[.muted])
            }
            if first > 0 {
                let text = "↑ more above "
                grid.put(text, x: x + width - TextWidth.of(text), y: top - 1, style: theme[.muted])
            }
        }
    }
}

extension MapScreen {
    public static let personas = MapScreen("personas", title: "Personas", summary: "a card per persona, with its own emotion curve", part: .frame,
                                          painter: PersonasScreen.self)
}
