import JourneyJSON

/// Which branch or commit each side of a merge was, as git told the merge
/// driver, kept with each conflict the merge left (`"sides"`): during a
/// rebase ours is the upstream and theirs the commit being replayed, the
/// opposite of what the words suggest. Either is nil when git did not say.
public struct MergeSides: Equatable, Sendable {
    public var ours: String?
    public var theirs: String?
    public var extra: Extra

    public init(ours: String?, theirs: String?, extra: Extra = [:]) {
        self.ours = ours
        self.theirs = theirs
        self.extra = extra
    }

    /// `ours (main)`, or `ours` when git did not say.
    public func named(_ side: Side) -> String {
        let label = side == .ours ? ours : theirs
        return side.rawValue + (label.map { " (\($0))" } ?? "")
    }

    public enum Side: String, Sendable { case ours, theirs }

    static let keys: Set<String> = ["ours", "theirs"]

    var json: JSONValue {
        var members = extra
        if let ours { members["ours"] = .string(ours) }
        if let theirs { members["theirs"] = .string(theirs) }
        return .object(members)
    }

    static func decode(_ reader: ObjectReader) throws(MapDecodingError) -> MergeSides {
        MergeSides(ours: try reader.optionalString("ours"), theirs: try reader.optionalString("theirs"),
                   extra: reader.extra(known: keys))
    }
}

extension MergeConflict {
    /// `ours (main)`, or `ours` when git did not say which branch it was.
    public func named(_ side: MergeSides.Side) -> String {
        sides?.named(side) ?? side.rawValue
    }
}
