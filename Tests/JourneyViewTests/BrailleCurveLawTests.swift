import JourneyCore
import JourneyTestSupport
import JourneyView
import Testing

/// The braille curve changes the lines between the points and nothing else:
/// on random scores (whole, half and none), personas and cursor places, the
/// grid drawn in braille and in cells differs only where a line was, the
/// braille frame shows there a braille glyph or what was under the line, and
/// every persona's marker, the cursor and the score on the status line stay.
@Suite struct BrailleCurveLawTests {
    static let markers = Set(PersonaGlyphs.points.map { Character($0) })
    static let underLines: Set<Character> = [" ", "┈", "│", "┊"]

    static func isBraille(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && (0x2800...0x28FF).contains(character.unicodeScalars.first!.value)
    }

    func render(_ map: JourneyMap, width: Int, height: Int, place: GridPlace, curve: CurveStyle) -> CellGrid {
        var state = ViewState(file: FileStatus(name: "law.json"))
        state.gridPlace = place
        state.settings.curve = curve
        let index = ColumnIndex(map)
        EditorLayout(map: map, state: state, width: width, height: height).reveal(&state.gridPlace, columnCount: index.count)
        return EditorScreen.render(map: map, index: index, state: state, theme: ThemeCatalog.builtinDefault, width: width, height: height)
    }

    static func randomMap(_ random: inout SeededRandom) -> JourneyMap {
        var map = SampleMap.make()
        for extra in 0..<Int.random(in: 0...2, using: &random) {
            map.personas.append(Persona(id: "law-persona-\(extra)", name: "Extra \(extra)"))
        }
        for s in map.stages.indices {
            for t in map.stages[s].touchpoints.indices {
                for persona in map.personas {
                    let halves = Int.random(in: -5...5, using: &random)
                    map.stages[s].touchpoints[t].emotion[persona.id] = halves == 5 ? nil : Double(halves) / 2
                }
            }
        }
        return map
    }

    @Test func onlyTheLinesChangeAndTheyAreBraille() {
        var random = SeededRandom(seed: 32)
        for trial in 0..<60 {
            let map = Self.randomMap(&random)
            let (width, height) = [(80, 24), (120, 40), (160, 45)][trial % 3]
            var place = GridPlace()
            place.column = Int.random(in: 0..<ColumnIndex(map).count, using: &random)
            place.lane = map.lanes.filter { !$0.hidden }.firstIndex { $0.kind == .emotion }!
            place.persona = Int.random(in: 0..<map.personas.count, using: &random)
            let braille = render(map, width: width, height: height, place: place, curve: .braille)
            let cells = render(map, width: width, height: height, place: place, curve: .cells)
            #expect(braille.cursor == cells.cursor, "trial \(trial)")
            for y in 0..<height {
                for x in 0..<width {
                    let (b, c) = (braille[x, y], cells[x, y])
                    let drawn = Character(b.text.isEmpty ? " " : b.text), was = Character(c.text.isEmpty ? " " : c.text)
                    if Self.markers.contains(drawn) || Self.markers.contains(was) {
                        #expect(b == c, "trial \(trial): the marker at (\(x), \(y)) moved")
                    } else if b != c {
                        #expect(Self.isBraille(drawn) || Self.underLines.contains(drawn),
                                "trial \(trial): (\(x), \(y)) is “\(drawn)” where the cells drew “\(was)”")
                    }
                }
            }
        }
    }
}

extension BrailleCurveLawTests {
    /// The cursor's move repaints the two cells it leaves and enters, whatever is in them: braille costs a move
    /// on the emotion lane no more cells than the whole-cell lines did.
    @Test func aMoveAlongTheEmotionLaneChangesAsManyCellsAsInCells() {
        let map = SampleMap.make()
        for (width, height) in [(80, 24), (120, 40), (160, 45)] {
            var counts: [CurveStyle: Int] = [:]
            for curve in CurveStyle.allCases {
                var place = GridPlace()
                place.lane = map.lanes.filter { !$0.hidden }.firstIndex { $0.kind == .emotion }!
                place.column = 1
                let before = render(map, width: width, height: height, place: place, curve: curve)
                place.column = 2
                let after = render(map, width: width, height: height, place: place, curve: curve)
                counts[curve] = after.changes(from: before).runs.reduce(0) { $0 + $1.cells.count }
            }
            #expect(counts[.braille] == counts[.cells], "\(width)x\(height): \(counts)")
        }
    }
}
