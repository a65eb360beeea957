/// A box with a list to choose from, under lines of explanation when there
/// are any, and the text typed to filter it. Long options wrap; none is cut.
enum PickerOverlay {
    static func paint(_ picker: Picker, into grid: inout CellGrid, theme: Theme) {
        let labels = picker.options.enumerated().map { index, option in
            let key = index < picker.hotkeys.count ? picker.hotkeys[index] : nil
            return key.map { "\($0)  " + option } ?? option
        }
        let widest = max(TextWidth.of(picker.title) + 6, (labels.map(TextWidth.of).max() ?? 0) + 6,
                         (picker.notes.map(TextWidth.of).max() ?? 0) + 4)
        let width = min(grid.width, widest)
        var notes: [String] = []
        for note in picker.notes { notes += TextWrap.wrap(note, width: max(1, width - 4)) }
        if let filter = picker.filter { notes.append("filter: " + filter + "▏") }
        if !notes.isEmpty { notes.append("") }
        // Each option as its wrapped lines, the selected one kept in view.
        let optionLines = labels.map { TextWrap.wrap($0, width: max(1, width - 4)) }
        let room = max(1, grid.height - 4 - notes.count)
        // Back from the selected option while the options before it fit too.
        let selected = min(picker.selected, max(0, optionLines.count - 1))
        var start = selected
        var used = optionLines.isEmpty ? 0 : optionLines[selected].count
        while start > 0 && used + optionLines[start - 1].count <= room {
            start -= 1
            used += optionLines[start].count
        }
        var shown: [(line: String, selected: Bool)] = []
        for index in optionLines.indices.dropFirst(start) {
            for line in optionLines[index] where shown.count < room { shown.append((line, index == selected)) }
        }
        if picker.options.isEmpty { shown = [("(nothing matches)", false)] }
        let height = min(grid.height, shown.count + notes.count + 2)
        let x = max(0, (grid.width - width) / 2)
        let y = max(0, (grid.height - height) / 2)
        let style = theme[.help]
        Box.paint(into: &grid, x: x, y: y, width: width, height: height, title: picker.title, theme: theme)
        for (row, note) in notes.enumerated() where y + 1 + row < y + height - 1 {
            grid.put(note, x: x + 2, y: y + 1 + row, maxWidth: width - 4, style: style)
        }
        let top = y + 1 + notes.count
        for (row, entry) in shown.enumerated() where top + row < y + height - 1 {
            let optionStyle = entry.selected ? theme[.cursor] : style
            grid.fill(x: x + 1, y: top + row, width: width - 2, height: 1, style: optionStyle)
            grid.put(" " + entry.line, x: x + 1, y: top + row, maxWidth: width - 2, style: optionStyle)
        }
    }
}
