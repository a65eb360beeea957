/// A journal line whose checksum or content does not hold.
public struct DamagedRecord: Equatable, Sendable, CustomStringConvertible {
    /// 1 for the header.
    public var line: Int
    public var offset: Int
    public var length: Int

    public var description: String {
        (line == 1 ? "the header" : "record \(line - 1)") + " (bytes \(offset)–\(offset + length))"
    }
}

/// The damaged records of a journal: every one counted, the first few kept
/// to name, so a journal of millions of them costs no more than a good one.
public struct DamagedRecords: Equatable, Sendable, Sequence, CustomStringConvertible {
    static let named = 3

    public private(set) var count = 0
    /// The first few, in the journal's order.
    private var first: [DamagedRecord] = []
    public private(set) var last: DamagedRecord?

    public init() {}

    public var isEmpty: Bool { count == 0 }

    mutating func append(_ record: DamagedRecord) {
        count += 1
        if first.count < Self.named { first.append(record) }
        last = record
    }

    /// Only the header's damage, if it was damaged.
    var header: DamagedRecords {
        var kept = DamagedRecords()
        if let header = first.first, header.line == 1 { kept.append(header) }
        return kept
    }

    public func makeIterator() -> IndexingIterator<[DamagedRecord]> { first.makeIterator() }

    public var description: String {
        first.map(\.description).joined(separator: ", ") + (count > first.count ? " and \(count - first.count) more" : "")
    }
}
