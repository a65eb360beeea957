import Foundation
import JourneyCore
import JourneyTestSupport

/// 10,000 edits of every kind on a large map, then all undone and redone:
/// time per step and the memory the history holds.
enum UndoBench {
    static func run(touchpoints: Int, edits: Int) {
        let map = MapGenerator.make(touchpoints: touchpoints)
        var document = Document(map: map, path: nil, isSaved: true)
        var random = SeededRandom(seed: 42)
        let before = residentMegabytes()

        var commitTime = 0.0
        var n = 0
        while document.history.revisionCount < edits {
            n += 1
            let edit = randomEdit(document.map, n: n, random: &random)
            let start = ContinuousClock.now
            document.commit(edit, at: nil)
            commitTime += Bench.milliseconds(ContinuousClock.now - start)
        }
        let after = residentMegabytes()
        let steps = document.history.revisionCount

        let undoStart = ContinuousClock.now
        while document.history.canUndo { _ = document.undo() }
        let undoTime = Bench.milliseconds(ContinuousClock.now - undoStart)
        precondition(document.map == map, "undoing every edit did not return the original map")

        let redoStart = ContinuousClock.now
        while document.history.canRedo { _ = document.redo() }
        let redoTime = Bench.milliseconds(ContinuousClock.now - redoStart)

        print("undo history: \(steps) edits on a \(touchpoints)-touchpoint map")
        print(String(format: "  commit %.3f ms/edit   undo %.3f ms/step   redo %.3f ms/step", commitTime / Double(steps),
                     undoTime / Double(steps), redoTime / Double(steps)))
        print(String(format: "  resident memory %.0f MB before the edits, %.0f MB after: %.1f KB kept per edit", before, after,
                     (after - before) * 1024 / Double(steps)))
    }

    static func randomEdit(_ map: JourneyMap, n: Int, random: inout SeededRandom) -> Transaction? {
        let stage = Int(random.next() % UInt64(map.stages.count))
        let count = map.stages[stage].touchpoints.count
        guard count > 1 else { return Edits.insertTouchpoint(map, stage: stage, at: 0, name: "New \(n)").0 }
        let index = Int(random.next() % UInt64(count))
        switch n % 8 {
        case 0, 1, 2: return Edits.setText(map, stage: stage, index: index, lane: "actions", text: "Edited text \(n)")
        case 3: return try? Edits.setEmotion(map, stage: stage, index: index, persona: map.personas[0].id,
                                             score: Double(Int(random.next() % 5) - 2)).get()
        case 4: return Edits.insertTouchpoint(map, stage: stage, at: index, name: "New \(n)").0
        case 5: return Edits.deleteTouchpoint(map, stage: stage, index: index)
        case 6: return Edits.moveTouchpoint(map, stage: stage, index: index, by: 1)?.0
        default: return Edits.updateItems(map, stage: stage, index: index, kind: .painPoints) {
            $0.append(Item(id: "bench-\(n)", text: "Pain \(n)", impact: 3, effort: 2))
        }
        }
    }

    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ")[1]) else { return 0 }
        return kilobytes / 1024
    }
}
