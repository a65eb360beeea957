/// A box with a short list to choose from (j k or arrows, Enter, Esc).
enum PickerOverlay {
    static func paint(_ picker: Picker, into grid: inout CellGrid, theme: Theme) {
        let width = min(grid.width, max(TextWidth.of(picker.title) + 6, (picker.options.map(TextWidth.of).max() ?? 0) + 6))
        let visible = min(picker.options.count, max(1, grid.height - 4))
        let height = visible + 2
        let x = max(0, (grid.width - width) / 2)
        let y = max(0, (grid.height - height) / 2)
        let style = theme[.help]
        Box.paint(into: &grid, x: x, y: y, width: width, height: height, title: picker.title, theme: theme)
        let first = max(0, min(picker.selected - visible + 1, picker.options.count - visible))
        for row in 0..<visible {
            let index = first + row
            let optionStyle = index == picker.selected ? theme[.cursor] : style
            grid.fill(x: x + 1, y: y + 1 + row, width: width - 2, height: 1, style: optionStyle)
            grid.put(" " + picker.options[index], x: x + 1, y: y + 1 + row, maxWidth: width - 2, style: optionStyle)
        }
    }
}
