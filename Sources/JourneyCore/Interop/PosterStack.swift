/// Text and boxes placed one under another in a column of the poster, from
/// a top edge down, each wrapped to the column's width: how a cell, a card
/// or a label is filled. `bottom` is where the next thing would go.
struct PosterStack {
    let x: Double
    let width: Double
    private(set) var bottom: Double
    private(set) var lines: [PosterLine] = []
    private(set) var boxes: [PosterBox] = []

    init(x: Double, top: Double, width: Double) {
        self.x = x
        self.width = width
        bottom = top
    }

    mutating func text(_ text: String, _ style: PosterStyle, indent: Double = 0) {
        for line in PosterWrap.lines(text, width: width - indent, size: style.size) {
            lines.append(PosterLine(text: line, x: x + indent, baseline: bottom + style.ascent, style: style))
            bottom += style.lineHeight
        }
    }

    /// Short facts joined by " · ", a line broken between facts rather than inside one where it can be.
    mutating func facts(_ facts: [String], _ style: PosterStyle) {
        var line = ""
        for fact in facts {
            let longer = line.isEmpty ? fact : line + " · " + fact
            if line.isEmpty || PosterFont.width(PosterWrap.clean(longer), size: style.size) <= width {
                line = longer
            } else {
                text(line, style)
                line = fact
            }
        }
        text(line, style)
    }

    mutating func space(_ height: Double) { bottom += height }

    /// A box as wide as the column, or `narrower`, with `padding` around what `fill` puts in it.
    mutating func box(_ role: PosterBox.Role, id: String = "", narrower: Double? = nil, padding: Double,
                      fill: (inout PosterStack) -> Void) {
        let boxWidth = min(narrower ?? width, width)
        var inner = PosterStack(x: x + padding, top: bottom + padding, width: boxWidth - 2 * padding)
        fill(&inner)
        let rect = PosterRect(x: x, y: bottom, width: boxWidth, height: inner.bottom + padding - bottom)
        boxes.append(PosterBox(role: role, rect: rect, lines: inner.lines, id: id))
        boxes += inner.boxes
        bottom = rect.maxY
    }

    mutating func add(_ box: PosterBox) {
        boxes.append(box)
        bottom = max(bottom, box.rect.maxY)
    }
}
