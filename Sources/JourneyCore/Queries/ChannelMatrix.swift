/// The stage × channel matrix: for each channel (online ones first, then
/// offline, then a "no channel" row when any touchpoint lacks one) and each
/// stage, how many touchpoints there are and their average emotion across
/// personas. Made in one pass over the touchpoints.
public struct ChannelMatrix: Sendable {
    /// A row of the matrix, by id: a channel, or the touchpoints without one.
    /// A touchpoint naming a channel the map does not have counts as without.
    public enum Row: Hashable, Sendable {
        case channel(String)
        case noChannel
    }

    public struct Cell: Equatable, Sendable {
        public var count = 0
        /// The sum and number of emotion scores (every persona's) of the touchpoints.
        public var scoreSum = 0.0
        public var scores = 0

        public var averageEmotion: Double? { scores == 0 ? nil : scoreSum / Double(scores) }
    }

    /// The rows in the order shown: online channels, offline ones, then `.noChannel` if any.
    public let rows: [Row]
    /// How many rows are online channels; the offline ones follow them.
    public let onlineCount: Int
    public let stageCount: Int
    private let cells: [Cell]

    public init(_ map: JourneyMap) {
        let online = map.channels.filter { $0.kind == .online }.map { Row.channel($0.id) }
        let offline = map.channels.filter { $0.kind == .offline }.map { Row.channel($0.id) }
        // Counted with a "no channel" row always, dropped after when it stays empty: one pass.
        var rows = online + offline + [.noChannel]
        let stageCount = map.stages.count
        let ids = rows.dropLast().map { row -> String in
            if case .channel(let id) = row { return id }
            return ""
        }
        let rowOf = ids.count > 16 ? Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        let noChannel = rows.count - 1
        let personas = map.personas.map(\.id)
        var cells = Array(repeating: Cell(), count: rows.count * stageCount)
        var withoutChannel = 0
        // Fields are read in place through the buffer (no copy of a whole touchpoint); a short channel list is scanned
        // rather than hashed, and the last channel found is tried first.
        var lastID: String?
        var lastRow = noChannel
        for s in map.stages.indices {
            map.stages[s].touchpoints.withUnsafeBufferPointer { touchpoints in
                for i in touchpoints.indices {
                    var r = noChannel
                    if let id = touchpoints[i].channel {
                        if id == lastID {
                            r = lastRow
                        } else {
                            r = (ids.count > 16 ? rowOf[id] : ids.firstIndex(of: id)) ?? noChannel
                            lastID = id
                            lastRow = r
                        }
                    }
                    if r == noChannel { withoutChannel += 1 }
                    let c = r * stageCount + s
                    cells[c].count += 1
                    for (persona, score) in touchpoints[i].emotion where score.isFinite && personas.contains(persona) {
                        cells[c].scoreSum += score
                        cells[c].scores += 1
                    }
                }
            }
        }
        if withoutChannel == 0 {
            rows.removeLast()
            cells.removeLast(stageCount)
        }
        self.rows = rows
        self.onlineCount = online.count
        self.stageCount = stageCount
        self.cells = cells
    }

    public func cell(row: Int, stage: Int) -> Cell { cells[row * stageCount + stage] }

    /// A row's cells added up across the stages.
    public func total(row: Int) -> Cell {
        (0..<stageCount).reduce(into: Cell()) { total, s in
            let cell = cells[row * stageCount + s]
            total.count += cell.count
            total.scoreSum += cell.scoreSum
            total.scores += cell.scores
        }
    }

    /// The touchpoints of one cell, in map order, at most `limit` of them:
    /// a pass over one stage, never the whole map.
    public static func touchpoints(of map: JourneyMap, row: Row, stage: Int, limit: Int = .max) -> [Touchpoint] {
        var found: [Touchpoint] = []
        let touchpoints = map.stages[stage].touchpoints
        let known = row == .noChannel ? Set(map.channels.map(\.id)) : []
        for i in touchpoints.indices {
            if found.count >= limit { break }
            let channel = touchpoints[i].channel
            let isIn = switch row {
            case .channel(let id): channel == id
            case .noChannel: channel.map { !known.contains($0) } ?? true
            }
            if isIn { found.append(touchpoints[i]) }
        }
        return found
    }
}
