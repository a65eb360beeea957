/// The poster on sheets of one paper size: as large as one sheet holds it,
/// but never so small that its body text is under 7 pt. A poster that one
/// sheet cannot hold that large is printed at that smallest size on the
/// fewest sheets, a grid of them, each overlapping its neighbours by
/// `overlap` so they can be trimmed along the marks and joined.
struct PosterSheets {
    /// Millimetres: the edge a printer leaves blank, the band two sheets share,
    /// and the strip under the poster for the sheet's number.
    static let margin = 10.0, overlap = 15.0, footer = 6.0
    static let millimetresPerUnit = 25.4 / 96
    /// 12-unit body text at this scale is 7.2 pt.
    static let smallest = 0.8

    let paper: PosterPaper
    /// Poster units to millimetres, including `millimetresPerUnit`.
    let scale: Double
    let columns: Int
    let rows: Int
    /// What each sheet shows, in poster units: row by row.
    let windows: [PosterRect]

    init(width: Double, height: Double, paper: PosterPaper) {
        self.paper = paper
        let (across, down) = (paper.width - 2 * Self.margin, paper.height - 2 * Self.margin - Self.footer)
        let whole = min(across / width, down / height)
        let legible = Self.smallest * Self.millimetresPerUnit
        scale = max(whole, legible)
        let (windowWidth, windowHeight, shared) = (across / scale, down / scale, Self.overlap / scale)
        func count(_ length: Double, _ window: Double) -> Int {
            length <= window + 0.01 ? 1 : Int(((length - shared) / (window - shared)).rounded(.up))
        }
        let (columns, rows) = (count(width, windowWidth), count(height, windowHeight))
        (self.columns, self.rows) = (columns, rows)
        windows = (0..<rows).flatMap { r in
            (0..<columns).map { c in
                PosterRect(x: Double(c) * (windowWidth - shared), y: Double(r) * (windowHeight - shared),
                           width: windowWidth, height: windowHeight)
            }
        }
    }
}
