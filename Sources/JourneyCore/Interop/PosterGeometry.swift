/// What the poster is made of, in the poster's units (a CSS pixel at 100%):
/// boxes with their lines of text placed, and the emotion plot's curves.
/// `PosterLayout` makes them and `SVGPoster` only writes them out, so the
/// layout is tested without reading SVG.
struct PosterRect: Equatable, Sendable {
    var x, y, width, height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func contains(_ other: PosterRect, slack: Double = 0.01) -> Bool {
        other.x >= x - slack && other.y >= y - slack && other.maxX <= maxX + slack && other.maxY <= maxY + slack
    }

    /// Sharing an edge is not overlapping.
    func overlaps(_ other: PosterRect, slack: Double = 0.01) -> Bool {
        x < other.maxX - slack && other.x < maxX - slack && y < other.maxY - slack && other.y < maxY - slack
    }
}

struct PosterPoint: Equatable, Sendable {
    var x, y: Double
}

struct PosterStyle: Equatable, Sendable {
    var size: Double
    var bold = false
    var italic = false
    var muted = false

    var lineHeight: Double { (size * 1.3).rounded(.up) }
    /// The first baseline below a line's top: room for the tallest capitals and accents.
    var ascent: Double { size }
}

struct PosterLine: Equatable, Sendable {
    enum Anchor: Sendable { case start, end }

    var text: String
    /// Where the line starts, or ends for `.end`.
    var x: Double
    var baseline: Double
    var style: PosterStyle
    var anchor = Anchor.start

    /// Where the line may reach, by `PosterFont`'s estimate.
    var extent: PosterRect {
        let width = PosterFont.width(text, size: style.size)
        let top = baseline - style.ascent
        return PosterRect(x: anchor == .start ? x : x - width, y: top, width: width, height: style.lineHeight)
    }
}

struct PosterBox: Equatable, Sendable {
    enum Role: Equatable, Sendable {
        case title, rowLabel, stage, touchpoint, placeholder, cell, kpi
        case painPoint, opportunity
        case online, offline
        case moment, persona, neutral, plot
        /// Text alone, drawn with no shape.
        case label
        case funnelBar
    }

    var role: Role
    var rect: PosterRect
    var lines: [PosterLine] = []
    /// The stage, touchpoint, lane, item or persona it draws, by id; "" for the rest.
    var id = ""
    /// For a persona's swatch in the legend, which persona (its colour and marker).
    var persona: Int?
}

/// One persona's emotion curve: runs of scored touchpoints, a run broken
/// where a touchpoint has no score rather than inventing one.
struct PosterCurve: Equatable, Sendable {
    var persona: Int
    var runs: [[PosterPoint]]
}

struct PosterPlot: Equatable, Sendable {
    var rect: PosterRect
    var neutralY: Double
    var curves: [PosterCurve]
}
