import Dispatch
import FoundationEssentials

/// Independent parts of a printout (the grid's bands), made on every core a
/// round at a time and written in order, so only one round of text is held.
enum ParallelParts {
    /// Writes `part(0)`, `part(1)`, … `part(count - 1)` to `out`, each complete lines.
    static func print(_ count: Int, to out: inout PrintOutput, part: @Sendable (Int, inout PrintOutput) -> Void) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count > 1 else {
            for n in 0..<count { part(n, &out) }
            return
        }
        let perRound = cores * 4
        let texts = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: perRound)
        texts.initialize(repeating: [])
        defer { texts.deinitialize().deallocate() }
        // Each part writes its own slot only.
        nonisolated(unsafe) let slots = texts
        for first in stride(from: 0, to: count, by: perRound) {
            let round = first..<min(count, first + perRound)
            DispatchQueue.concurrentPerform(iterations: round.count) { n in
                var text = PrintOutput(chunkSize: .max) { _ in }
                part(round.lowerBound + n, &text)
                slots[n] = text.bytes
            }
            for n in 0..<round.count { out.append(lines: texts[n]) }
        }
    }
}
