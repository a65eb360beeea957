/// A box with a list to choose from, under lines of explanation when there
/// are any, and the text typed to filter it. Long options wrap; none is cut.
/// Only the options around the selected one are measured and wrapped, so a
/// list of every touchpoint of a large map costs what a short one does.
public enum PickerOverlay {
    /// Where the box goes and what it shows: lines of notes, then option lines with their option's index.
    struct Layout {
        var x: Int
        var y: Int
        var width: Int
        var height: Int
        var notes: [String]
        var shown: [(line: String, option: Int?, selected: Bool)]
    }

    static func layout(_ picker: Picker, width gridWidth: Int, height gridHeight: Int) -> Layout {
        func label(_ index: Int) -> String {
            let key = index < picker.hotkeys.count ? picker.hotkeys[index] : nil
            return key.map { "\($0)  " + picker.options[index] } ?? picker.options[index]
        }
        let count = picker.options.count
        let selected = min(picker.selected, max(0, count - 1))
        // The options that can be on screen at most: as many as there are rows.
        let window = max(0, selected - gridHeight)..<min(count, selected + gridHeight)
        let widest = max(TextWidth.of(picker.title) + 6, (window.map { TextWidth.of(label($0)) }.max() ?? 0) + 6,
                         (picker.notes.map(TextWidth.of).max() ?? 0) + 4)
        let width = min(gridWidth, count > window.count ? max(widest, min(gridWidth, 60)) : widest)
        var notes: [String] = []
        for note in picker.notes { notes += TextWrap.wrap(note, width: max(1, width - 4)) }
        if let filter = picker.filter { notes.append("filter: " + filter + "▏") }
        if !notes.isEmpty { notes.append("") }
        let room = max(1, gridHeight - 4 - notes.count)
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
        var shown: [(line: String, option: Int?, selected: Bool)] = []
        var index = start
        while index < count && shown.count < room {
            for line in wrapped(index) where shown.count < room { shown.append((line, index, index == selected)) }
            index += 1
        }
        if count == 0 { shown = [("(nothing matches)", nil, false)] }
        let height = min(gridHeight, shown.count + notes.count + 2)
        return Layout(x: max(0, (gridWidth - width) / 2), y: max(0, (gridHeight - height) / 2), width: width, height: height,
                      notes: notes, shown: shown)
    }

    /// The option drawn at screen cell (`x`, `y`), if any: what a click picks.
    public static func option(at x: Int, _ y: Int, of picker: Picker, width: Int, height: Int) -> Int? {
        let box = layout(picker, width: width, height: height)
        let row = y - (box.y + 1 + box.notes.count)
        guard x > box.x, x < box.x + box.width - 1, box.shown.indices.contains(row), box.y + 1 + box.notes.count + row < box.y + box.height - 1
        else { return nil }
        return box.shown[row].option
    }

    static func paint(_ picker: Picker, into grid: inout CellGrid, theme: Theme) {
        let box = layout(picker, width: grid.width, height: grid.height)
        let (x, y, width, height, notes, shown) = (box.x, box.y, box.width, box.height, box.notes, box.shown)
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
