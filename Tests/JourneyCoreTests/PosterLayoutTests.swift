@testable import JourneyCore
import JourneyTestSupport
import Testing

/// The SVG poster's layout, read as boxes rather than as SVG: everything of
/// the map is on it, no line of text leaves its box, and the grid's boxes
/// and the cards do not overlap.
@Suite struct PosterLayoutTests {
    /// Long words, long texts and many items in one cell, beside the hostile maps.
    static func crowdedMap() -> JourneyMap {
        var map = SampleMap.make()
        map.title = String(repeating: "W", count: 400)
        map.stages[0].name = "Supercalifragilisticexpialidocious" + String(repeating: "M", count: 80)
        map.stages[0].touchpoints[0].text["actions"] = String(repeating: "a fairly long sentence that goes on ", count: 30)
        map.stages[0].touchpoints[0].painPoints += (1...6).map {
            Item(id: "extra\($0)", text: String(repeating: "mmmm", count: $0 * 10), impact: 3, effort: 2, votes: $0)
        }
        map.stages.append(Stage(id: "empty", name: "Nothing here yet"))
        map.personas.append(Persona(id: "wide", name: "日本語の名前🏃‍♀️" + String(repeating: "😀", count: 60)))
        map.channels.append(Channel(id: "long", name: String(repeating: "Very long channel name ", count: 8), kind: .offline))
        map.stages[1].touchpoints[0].channel = "long"
        return map
    }

    static let maps = [SampleMap.make(), crowdedMap(), ExportMaps.hostileToCSV(), ExportMaps.hostileToMermaid(),
                       MarkdownAndHTMLExportTests.hostileMap(), JourneyMap(title: "")]

    @Test func everyStageTouchpointPersonaAndCardIsOnThePoster() {
        for map in Self.maps {
            let layout = PosterLayout(map)
            let ids = { (role: PosterBox.Role) in layout.boxes.filter { $0.role == role && !$0.id.isEmpty }.map(\.id) }
            #expect(ids(.stage) == map.stages.map(\.id))
            #expect(ids(.touchpoint) == map.stages.flatMap(\.touchpoints).map(\.id))
            #expect(ids(.placeholder).isEmpty && layout.boxes.filter { $0.role == .placeholder }.count
                == map.stages.filter(\.touchpoints.isEmpty).count)
            #expect(ids(.persona) == map.personas.map(\.id))
            #expect(ids(.moment) == map.stages.flatMap(\.touchpoints).filter(\.momentOfTruth).map(\.id))
            let items = map.insights()
            #expect(Set(ids(.painPoint)) == Set(items.filter { $0.kind == .painPoint }.map(\.item.id)))
            #expect(Set(ids(.opportunity)) == Set(items.filter { $0.kind == .opportunity }.map(\.item.id)))
            #expect(layout.plot?.curves.map(\.persona) ?? [] == (map.touchpointCount > 0 ? Array(map.personas.indices) : []))
        }
    }

    @Test func noLineOfTextLeavesItsBox() {
        for map in Self.maps {
            let layout = PosterLayout(map)
            for box in layout.boxes {
                for line in box.lines {
                    #expect(box.rect.contains(line.extent), "\(box.role) \(box.id): \(line.text) at \(line.extent) in \(box.rect)")
                }
            }
        }
    }

    @Test func theGridsBoxesAndTheCardsDoNotOverlap() {
        let grid: [PosterBox.Role] = [.rowLabel, .stage, .touchpoint, .placeholder, .cell, .kpi]
        for map in Self.maps {
            let layout = PosterLayout(map)
            let canvas = PosterRect(x: 0, y: 0, width: layout.width, height: layout.height)
            #expect(layout.boxes.allSatisfy { canvas.contains($0.rect) })
            let cells = layout.boxes.filter { grid.contains($0.role) }
            for (index, cell) in cells.enumerated() {
                for other in cells[(index + 1)...] {
                    #expect(!cell.rect.overlaps(other.rect), "\(cell.role) \(cell.id) overlaps \(other.role) \(other.id)")
                }
            }
            let cards = layout.boxes.filter { ($0.role == .painPoint || $0.role == .opportunity) && !$0.id.isEmpty }
            for (index, card) in cards.enumerated() {
                #expect(cells.contains { $0.role == .cell && $0.rect.contains(card.rect) }, "card \(card.id) is inside a cell")
                for other in cards[(index + 1)...] { #expect(!card.rect.overlaps(other.rect)) }
            }
            for badge in layout.boxes where (badge.role == .online || badge.role == .offline) && !badge.id.isEmpty {
                #expect(cells.contains { $0.role == .touchpoint && $0.rect.contains(badge.rect) })
            }
        }
    }

    @Test func aRowIsAsTallAsItsTallestCell() {
        let layout = PosterLayout(Self.crowdedMap())
        let actions = layout.boxes.filter { $0.role == .cell && $0.rect.y == layout.boxes.first { $0.id == "Actions" }?.rect.y }
        let long = actions.first { $0.id == "search-ad" || $0.lines.count > 20 }
        #expect(long != nil)
        #expect(Set(actions.map(\.rect.height)).count == 1, "every cell of the row has the row's height")
        #expect((long?.lines.count ?? 0) > 20, "the long text is whole, not cut")
    }

    @Test func theCurvePassesThroughEveryScoreAndNeverBeyondIt() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<200 {
            let points = (0..<Int.random(in: 2...12, using: &random)).map {
                PosterPoint(x: Double($0) * 100 + Double.random(in: 0..<40, using: &random), y: Double.random(in: 0...200, using: &random))
            }
            let segments = SmoothCurve.segments(through: points)
            #expect(segments.map(\.from) == Array(points.dropLast()))
            #expect(segments.map(\.to) == Array(points.dropFirst()))
            for s in segments {
                let (low, high) = (min(s.from.y, s.to.y) - 1e-9, max(s.from.y, s.to.y) + 1e-9)
                #expect((low...high).contains(s.control1.y) && (low...high).contains(s.control2.y))
            }
        }
    }

    @Test func aMissingScoreBreaksTheCurve() {
        var map = BlankMap.make()
        map.stages[0].touchpoints = (1...4).map { Touchpoint(id: "t\($0)", name: "Step \($0)") }
        for i in [0, 1, 3] { map.stages[0].touchpoints[i].emotion[map.personas[0].id] = Double(i - 1) }
        let runs = PosterLayout(map).plot?.curves.first?.runs.map(\.count)
        #expect(runs == [2, 1])
    }
}
