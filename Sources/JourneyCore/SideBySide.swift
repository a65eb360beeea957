import Dispatch
import FoundationEssentials

/// Decodes the elements of a large array on every core, a run of them at a
/// time on each, and gives what a loop would: the results in order, or the
/// error of the first element that fails.
enum SideBySide {
    /// Below this many elements a loop is quicker than waking other threads.
    static let minimum = 512

    static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(MapDecodingError) -> Value
    ) throws(MapDecodingError) -> [Value] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, elements.count >= minimum else { return try elements.map(transform) }
        // Several runs per core, so a core slowed by another process leaves its share to the others.
        let runLength = (elements.count + cores * 8 - 1) / (cores * 8)
        let runs = (elements.count + runLength - 1) / runLength
        let outcomes = UnsafeMutableBufferPointer<Result<[Value], MapDecodingError>>.allocate(capacity: runs)
        defer { outcomes.deinitialize().deallocate() }
        // Each run writes its own slot only.
        nonisolated(unsafe) let slots = outcomes
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let range = run * runLength..<min(elements.count, (run + 1) * runLength)
            (slots.baseAddress! + run).initialize(to: Result { () throws(MapDecodingError) in try elements[range].map(transform) })
        }
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for outcome in outcomes { values += try outcome.get() }
        return values
    }
}
