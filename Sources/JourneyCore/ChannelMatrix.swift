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
        var rowOf: [String: Int] = [:]
        for (r, row) in rows.enumerated() { if case .channel(let id) = row { rowOf[id] = r } }
        let noChannel = rows.count - 1
        let personas = map.personas.map(\.id)
        var cells = Array(repeating: Cell(), count: rows.count * stageCount)
        var withoutChannel = 0
        for (s, stage) in map.stages.enumerated() {
            for touchpoint in stage.touchpoints {
                let r = touchpoint.channel.flatMap { rowOf[$0] } ?? noChannel
                if r == noChannel { withoutChannel += 1 }
                var cell = cells[r * stageCount + s]
                cell.count += 1
                for persona in personas {
                    if let score = touchpoint.emotion[persona], score.isFinite {
                        cell.scoreSum += score
                        cell.scores += 1
                    }
                }
                cells[r * stageCount + s] = cell
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

    /// The rows alone, without counting: what moving a selection needs. Finds
    /// whether any touchpoint lacks a channel, stopping at the first one.
    public static func rows(of map: JourneyMap) -> (rows: [Row], onlineCount: Int) {
        let online = map.channels.filter { $0.kind == .online }.map { Row.channel($0.id) }
        let offline = map.channels.filter { $0.kind == .offline }.map { Row.channel($0.id) }
        return (online + offline + (hasTouchpointWithoutChannel(map) ? [.noChannel] : []), online.count)
    }

    public static func hasTouchpointWithoutChannel(_ map: JourneyMap) -> Bool {
        let known = Set(map.channels.map(\.id))
        for stage in map.stages {
            for touchpoint in stage.touchpoints {
                guard let channel = touchpoint.channel, known.contains(channel) else { return true }
            }
        }
        return false
    }

    /// The touchpoints of one cell, in map order, at most `limit` of them:
    /// a pass over one stage, never the whole map.
    public static func touchpoints(of map: JourneyMap, row: Row, stage: Int, limit: Int = .max) -> [Touchpoint] {
        var found: [Touchpoint] = []
        switch row {
        case .channel(let id):
            for touchpoint in map.stages[stage].touchpoints where found.count < limit && touchpoint.channel == id {
                found.append(touchpoint)
            }
        case .noChannel:
            let known = Set(map.channels.map(\.id))
            for touchpoint in map.stages[stage].touchpoints where found.count < limit {
                if touchpoint.channel.map({ !known.contains($0) }) ?? true { found.append(touchpoint) }
            }
        }
        return found
    }
}
