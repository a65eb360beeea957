/// A box with a list to choose from, under lines of explanation when there
/// are any, and the text typed to filter it. Long options wrap; none is cut.
/// Only the options around the selected one are measured and wrapped, so a
/// list of every touchpoint of a large map costs what a short one does.
enum PickerOverlay {
    static func paint(_ picker: Picker, into grid: inout CellGrid, theme: Theme) {
        func label(_ index: Int) -> String {
            let key = index < picker.hotkeys.count ? picker.hotkeys[index] : nil
            return key.map { "\($0)  " + picker.options[index] } ?? picker.options[index]
        }
        let count = picker.options.count
        let selected = min(picker.selected, max(0, count - 1))
        // The options that can be on screen at most: as many as there are rows.
        let window = max(0, selected - grid.height)..<min(count, selected + grid.height)
        let widest = max(TextWidth.of(picker.title) + 6, (window.map { TextWidth.of(label($0)) }.max() ?? 0) + 6,
                         (picker.notes.map(TextWidth.of).max() ?? 0) + 4)
        let width = min(grid.width, count > window.count ? max(widest, min(grid.width, 60)) : widest)
        var notes: [String] = []
        for note in picker.notes { notes += TextWrap.wrap(note, width: max(1, width - 4)) }
        if let filter = picker.filter { notes.append("filter: " + filter + "▏") }
        if !notes.isEmpty { notes.append("") }
        let room = max(1, grid.height - 4 - notes.count)
        var lines: [Int: [String]] = [:]
        func wrapped(_ index: Int) -> [String] {
            if let known = lines[index] { return known }
            let made = TextWrap.wrap(label(index), width: max(1, width - 4))
            lines[index] = made
            return made
        }
        // Back from the selected option while the options before it fit too.
        var start = selected
        var used = count == 0 ? 0 : wrapped(selected).count
        while start > 0 && used + wrapped(start - 1).count <= room {
            start -= 1
            used += wrapped(start).count
        }
        var shown: [(line: String, selected: Bool)] = []
        var index = start
        while index < count && shown.count < room {
            for line in wrapped(index) where shown.count < room { shown.append((line, index == selected)) }
            index += 1
        }
        if count == 0 { shown = [("(nothing matches)", false)] }
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
