import Dispatch
import FoundationEssentials

/// Independent parts of a printout (the grid's bands), made on every core
/// and written in order as soon as each is next, so only a few parts of text
/// are held and no core waits for the slowest part of a round.
enum ParallelParts {
    /// Writes `part(0)`, `part(1)`, … `part(count - 1)` to `out`, each complete lines.
    static func print(_ count: Int, to out: inout PrintOutput, part: @Sendable (Int, inout PrintOutput) -> Void) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, count > 1 else {
            for n in 0..<count { part(n, &out) }
            return
        }
        let queue = Queue(count: count, ahead: cores * 4)
        withUnsafeMutablePointer(to: &out) { pointer in
            // Only the thread holding the queue's writer turn touches `out`.
            nonisolated(unsafe) let out = pointer
            DispatchQueue.concurrentPerform(iterations: min(cores, count)) { _ in
                while let n = queue.next() {
                    var text = PrintOutput(chunkSize: .max) { _ in }
                    part(n, &text)
                    queue.finish(n, text.bytes) { out.pointee.append(lines: $0) }
                }
            }
        }
    }

    /// Hands out part numbers, at most `ahead` past the next to write, and
    /// lets one thread at a time write the finished parts in order.
    final class Queue: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let ahead: Int
        private var handedOut = 0
        private var written = 0
        private var writing = false
        /// Finished parts not yet written, by number modulo `ahead`.
        private var done: [[UInt8]?]

        init(count: Int, ahead: Int) {
            self.count = count
            self.ahead = ahead
            done = Array(repeating: nil, count: ahead)
        }

        /// The next part to make, once it is near enough the next to write; nil when all are handed out.
        func next() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while handedOut < count && handedOut >= written + ahead { condition.wait() }
            guard handedOut < count else { return nil }
            handedOut += 1
            return handedOut - 1
        }

        /// Keeps part `n`; then, unless another thread is writing, writes every part that is next.
        func finish(_ n: Int, _ text: [UInt8], write: ([UInt8]) -> Void) {
            condition.lock()
            defer { condition.unlock() }
            done[n % ahead] = text
            guard !writing else { return }
            writing = true
            while let text = done[written % ahead] {
                done[written % ahead] = nil
                condition.unlock()
                write(text)
                condition.lock()
                written += 1
                condition.broadcast()
            }
            writing = false
        }
    }
}
