/// A box with a short list to choose from (j k or arrows, Enter, Esc, or
/// an option's letter), under lines of explanation when there are any.
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
        if !notes.isEmpty { notes.append("") }
        let visible = min(picker.options.count, max(1, grid.height - 4 - notes.count))
        let height = min(grid.height, visible + notes.count + 2)
        let x = max(0, (grid.width - width) / 2)
        let y = max(0, (grid.height - height) / 2)
        let style = theme[.help]
        Box.paint(into: &grid, x: x, y: y, width: width, height: height, title: picker.title, theme: theme)
        for (row, note) in notes.enumerated() where y + 1 + row < y + height - 1 {
            grid.put(note, x: x + 2, y: y + 1 + row, maxWidth: width - 4, style: style)
        }
        let top = y + 1 + notes.count
        let first = max(0, min(picker.selected - visible + 1, picker.options.count - visible))
        for row in 0..<visible where top + row < y + height - 1 {
            let index = first + row
            let optionStyle = index == picker.selected ? theme[.cursor] : style
            grid.fill(x: x + 1, y: top + row, width: width - 2, height: 1, style: optionStyle)
            grid.put(" " + labels[index], x: x + 1, y: top + row, maxWidth: width - 2, style: optionStyle)
        }
    }
}
