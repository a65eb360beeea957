/// A smooth line through points in order of x: cubic Bézier segments with
/// monotone (Fritsch–Carlson) tangents, so that the curve never swings above
/// or below its neighbouring points. An overshoot would draw a score no one
/// gave, beyond the scale's ends too.
enum SmoothCurve {
    struct Segment: Equatable, Sendable {
        var from, control1, control2, to: PosterPoint
    }

    static func segments(through points: [PosterPoint]) -> [Segment] {
        guard points.count > 1 else { return [] }
        let slopes = zip(points, points.dropFirst()).map { a, b in b.x == a.x ? 0 : (b.y - a.y) / (b.x - a.x) }
        var tangents = [slopes[0]]
        for i in 1..<slopes.count {
            let (before, after) = (slopes[i - 1], slopes[i])
            let (left, right) = (points[i].x - points[i - 1].x, points[i + 1].x - points[i].x)
            // At a peak, a trough or a flat the curve is flat; elsewhere no steeper than either side.
            let weighted = (before * right + after * left) / (left + right)
            tangents.append(before * after <= 0 ? 0 : (before > 0 ? 1 : -1) * min(abs(before), abs(after), abs(weighted)))
        }
        tangents.append(slopes[slopes.count - 1])
        return (0..<slopes.count).map { i in
            let a = points[i], b = points[i + 1]
            let third = (b.x - a.x) / 3
            return Segment(from: a, control1: PosterPoint(x: a.x + third, y: a.y + tangents[i] * third),
                           control2: PosterPoint(x: b.x - third, y: b.y - tangents[i + 1] * third), to: b)
        }
    }
}
