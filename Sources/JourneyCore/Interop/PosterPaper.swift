/// A sheet the poster is printed on (`--paper`, `--landscape`/`--portrait`):
/// an ISO A size, in millimetres.
public struct PosterPaper: Equatable, Sendable {
    public enum Size: String, CaseIterable, Sendable {
        case a0 = "A0", a1 = "A1", a2 = "A2", a3 = "A3", a4 = "A4"

        /// Portrait: the shorter side first.
        var sides: (short: Double, long: Double) {
            switch self {
            case .a0: (841, 1189)
            case .a1: (594, 841)
            case .a2: (420, 594)
            case .a3: (297, 420)
            case .a4: (210, 297)
            }
        }
    }

    public enum Orientation: String, CaseIterable, Sendable { case landscape, portrait }

    public var size: Size
    public var orientation: Orientation

    public init(_ size: Size, _ orientation: Orientation) {
        self.size = size
        self.orientation = orientation
    }

    var width: Double { orientation == .landscape ? size.sides.long : size.sides.short }
    var height: Double { orientation == .landscape ? size.sides.short : size.sides.long }
}
