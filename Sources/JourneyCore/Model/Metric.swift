/// The figures a stage or touchpoint may carry, and everything the program
/// knows about each: the one table that the decoder, the encoder, the edits,
/// the views and the command line all read. The raw value is the key in the
/// map file, so it never changes.
public enum Metric: String, CaseIterable, Comparable, Sendable {
    case reach, conversionRate, dropOffRate, csat, nps, churnRate, averageSpend, lifetimeValue

    private struct Traits {
        var label: String
        var shortLabel: String
        var typedNames: [String]
        var unit = ""
        var range: ClosedRange<Double>
        var isWhole = false
        var lowerIsBetter = false
    }

    private static let percentage: ClosedRange<Double> = 0...100
    private static let upToATrillion: ClosedRange<Double> = 0...1_000_000_000_000

    // Built once: `traits` is read for every metric value a map file holds.
    private static let table = allCases.map { $0.makeTraits() }
    private var traits: Traits { Self.table[ordinal] }

    /// Its place in `allCases`: the one byte a payload-free enum is stored as.
    private var ordinal: Int { withUnsafeBytes(of: self) { Int($0[0]) } }

    private func makeTraits() -> Traits {
        switch self {
        case .reach: Traits(label: "reach", shortLabel: "reach", typedNames: ["reach"], range: Self.upToATrillion, isWhole: true)
        case .conversionRate: Traits(label: "conversion rate", shortLabel: "conv", typedNames: ["conversion", "conv"],
                                     unit: "%", range: Self.percentage)
        case .dropOffRate: Traits(label: "drop-off rate", shortLabel: "drop", typedNames: ["dropoff", "drop"], unit: "%",
                                  range: Self.percentage, lowerIsBetter: true)
        case .csat: Traits(label: "CSAT", shortLabel: "CSAT", typedNames: ["csat"], unit: "%", range: Self.percentage)
        case .nps: Traits(label: "NPS", shortLabel: "NPS", typedNames: ["nps"], range: -100...100)
        case .churnRate: Traits(label: "churn rate", shortLabel: "churn", typedNames: ["churn"], unit: "%", range: Self.percentage,
                                lowerIsBetter: true)
        case .averageSpend: Traits(label: "average spend", shortLabel: "spend", typedNames: ["spend"], range: Self.upToATrillion)
        case .lifetimeValue: Traits(label: "lifetime value", shortLabel: "LTV", typedNames: ["ltv"], range: Self.upToATrillion)
        }
    }

    /// The full name, for messages and full views: "conversion rate".
    public var label: String { traits.label }
    /// A name short enough for a grid cell: "conv".
    public var shortLabel: String { traits.shortLabel }
    /// What a user may type for it, the first being the one help shows; the
    /// JSON key is accepted too (see `named`).
    public var typedNames: [String] { traits.typedNames }
    /// Written after the value: "%" for rates, else nothing.
    public var unit: String { traits.unit }
    public var range: ClosedRange<Double> { traits.range }
    /// A count (reach) rather than a measure with decimals.
    public var isWhole: Bool { traits.isWhole }
    /// A rate to bring down (drop-off, churn): its target is met at or below it.
    public var lowerIsBetter: Bool { traits.lowerIsBetter }

    /// The metric a user means by `typed`: a typed name or the JSON key, in any case.
    public static func named(_ typed: String) -> Metric? {
        let name = typed.lowercased()
        return allCases.first { $0.typedNames.contains(name) || $0.rawValue.lowercased() == name }
    }

    static let keys = Set(allCases.map(\.rawValue))

    // By its case: the default for a String raw value hashes the name, and a
    // load looks metrics up by the hundred thousand.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(UInt8(ordinal))
    }

    /// In the table's order.
    public static func < (a: Metric, b: Metric) -> Bool { a.ordinal < b.ordinal }

    /// The names to type, one per metric, for help and messages: "reach conversion dropoff …".
    public static let typedList = allCases.map { $0.typedNames[0] }.joined(separator: " ")
}
