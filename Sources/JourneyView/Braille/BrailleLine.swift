/// A persona's line through its points on a `BrailleCanvas`, a dot wide:
/// a monotone cubic, so it bends through the points yet never swings past
/// them (a curve above both its ends would show a feeling no one scored).
/// Each point's slope depends only on its neighbours (the harmonic mean of
/// the two slopes beside it; flat at a peak), so a part of the line is the
/// same however much of it is drawn.
enum BrailleLine {
    /// A point in dots: x from the left, y from the top (a fraction is fine).
    struct Point: Equatable {
        var x: Int
        var y: Double
    }

    /// Told apart by glyph as well as colour, as ─ ━ ═ ┄ were.
    enum Pattern: CaseIterable {
        case solid, thick, dotted, dashed

        static func of(persona: Int) -> Pattern { allCases[persona % allCases.count] }

        /// Whether the `step`th dot along the line is drawn.
        func draws(step: Int) -> Bool {
            switch self {
            case .solid, .thick: true
            case .dotted: step % 2 == 0
            case .dashed: step % 6 < 4
            }
        }
    }

    /// Draws the line through `points` in order; a nil (no score) breaks it.
    static func draw(_ points: [Point?], owner: Int, pattern: Pattern, on canvas: inout BrailleCanvas) {
        var run: [Point] = []
        var step = 0
        for point in points + [nil] {
            if let point {
                run.append(point)
                continue
            }
            drawRun(run, owner: owner, pattern: pattern, step: &step, on: &canvas)
            run = []
        }
    }

    static func drawRun(_ points: [Point], owner: Int, pattern: Pattern, step: inout Int, on canvas: inout BrailleCanvas) {
        let slopes = tangents(points)
        func plot(_ x: Int, _ y: Int) {
            defer { step += 1 }
            guard pattern.draws(step: step) else { return }
            canvas.set(x: x, y: y, owner: owner)
            if pattern == .thick { canvas.set(x: x, y: y + 1 < canvas.dotHeight ? y + 1 : y - 1, owner: owner) }
        }
        if points.count == 1, let lone = points.first {
            // A point with no neighbour scored: a dash, so it shows.
            for x in lone.x - 1...lone.x + 1 { plot(x, dot(lone.y)) }
        }
        for k in points.indices.dropLast() {
            let (a, b) = (points[k], points[k + 1])
            let span = b.x - a.x
            guard span > 0 else { continue }
            var previous = dot(a.y)
            if k == 0 { plot(a.x, previous) }
            for x in (a.x + 1)...b.x {
                let t = Double(x - a.x) / Double(span)
                let y = dot(hermite(t, a.y, b.y, slopes[k] * Double(span), slopes[k + 1] * Double(span)))
                // A steep part: the dots between, the first half in the column before, so the line stays joined.
                let direction = y > previous ? 1 : -1
                var between = previous + direction
                while between != y && abs(y - previous) > 1 {
                    plot(abs(between - previous) <= abs(y - previous) / 2 ? x - 1 : x, between)
                    between += direction
                }
                plot(x, y)
                previous = y
            }
        }
    }

    /// The dot a y falls in, a half rounded down the screen; a flat line's
    /// sums can come out a hair under it, and must not wobble between two dots.
    static func dot(_ y: Double) -> Int { Int((y + 0.5 + 1e-9).rounded(.down)) }

    /// The slope at each point, in dots of y per dot of x.
    static func tangents(_ points: [Point]) -> [Double] {
        guard points.count > 1 else { return points.map { _ in 0 } }
        let slopes = points.indices.dropLast().map { k in
            (points[k + 1].y - points[k].y) / Double(max(1, points[k + 1].x - points[k].x))
        }
        return points.indices.map { k in
            if k == 0 { return slopes[0] }
            if k == points.count - 1 { return slopes[k - 1] }
            let (before, after) = (slopes[k - 1], slopes[k])
            return before * after <= 0 ? 0 : 2 * before * after / (before + after)
        }
    }

    /// The cubic Hermite curve from y0 to y1 with the given end slopes (per the whole span) at t in 0...1.
    static func hermite(_ t: Double, _ y0: Double, _ y1: Double, _ m0: Double, _ m1: Double) -> Double {
        let t2 = t * t, t3 = t2 * t
        return (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1
    }
}
