import Dispatch

/// Decodes the elements of a large array on every core, a run of them at a
/// time on each, and gives what a loop would: the results in order, or the
/// error of the first element that fails.
enum SideBySide {
    /// Below this many elements a loop is quicker than waking other threads.
    static let minimum = 512

    /// How `count` elements are shared out: nil when a loop is quicker.
    private static func split(_ count: Int) -> (runLength: Int, runs: Int)? {
        guard count >= minimum else { return nil }
        let cores = Cores.available
        guard cores > 1 else { return nil }
        // Several runs per core, so a core slowed by another process leaves its share to the others.
        let runLength = (count + cores * 8 - 1) / (cores * 8)
        return (runLength, (count + runLength - 1) / runLength)
    }

    /// What `work` makes of each run of `0..<count`, in order; nil, and nothing done, when a loop is quicker.
    static func runs<Value: Sendable>(_ count: Int, _ work: @Sendable (Range<Int>) -> Value) -> [Value]? {
        guard let (runLength, runs) = split(count) else { return nil }
        let results = UnsafeMutableBufferPointer<Value>.allocate(capacity: runs)
        defer { results.deinitialize().deallocate() }
        // Each run writes its own slot only.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            (slots.baseAddress! + run).initialize(to: work(run * runLength..<min(count, (run + 1) * runLength)))
        }
        return Array(results)
    }

    static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(MapDecodingError) -> Value
    ) throws(MapDecodingError) -> [Value] {
        guard let (runLength, runs) = split(elements.count) else { return try elements.map(transform) }
        // Each run makes its values in place in the result and notes where it failed, if it did:
        // nothing is copied (and every reference counted) a second time to join the runs.
        let failures = UnsafeMutableBufferPointer<(error: MapDecodingError, at: Int)?>.allocate(capacity: runs)
        failures.initialize(repeating: nil)
        defer { failures.deinitialize().deallocate() }
        nonisolated(unsafe) let failed = failures
        var failure: MapDecodingError?
        let values = [Value](unsafeUninitializedCapacity: elements.count) { buffer, count in
            // Each run writes its own elements and its own failure slot only.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for index in run * runLength..<min(elements.count, (run + 1) * runLength) {
                    do throws(MapDecodingError) {
                        (slots.baseAddress! + index).initialize(to: try transform(elements[index]))
                    } catch {
                        failed[run] = (error, index)
                        return
                    }
                }
            }
            guard let first = failures.first(where: { $0 != nil }) else {
                count = elements.count
                return
            }
            // The first failure in order is the loop's; what every run made is let go.
            failure = first?.error
            for run in 0..<runs {
                let start = run * runLength
                let end = failures[run]?.at ?? min(elements.count, (run + 1) * runLength)
                (buffer.baseAddress! + start).deinitialize(count: end - start)
            }
        }
        if let failure { throw failure }
        return values
    }
}
