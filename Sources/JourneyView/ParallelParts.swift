import Dispatch
import JourneyCore
import Synchronization

/// Independent parts of a printout (the grid's bands), made on every core
/// and written in order as soon as each is next, so only a few parts of text
/// are held and no core waits for the slowest part of a round.
enum ParallelParts {
    /// Writes `part(0)`, `part(1)`, … `part(count - 1)` to `out`, each complete lines.
    static func print(_ count: Int, to out: inout PrintOutput, part: @Sendable (Int, inout PrintOutput) -> Void) {
        let cores = Cores.available
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

    /// Writes `first`'s lines, then `last`'s, which are made meanwhile on
    /// another core (the insights, while the grid is printed), so the last
    /// part is not left to one core at the end.
    static func print(_ first: (inout PrintOutput) -> Void, thenMadeAlongside last: @escaping @Sendable (inout PrintOutput) -> Void,
                      to out: inout PrintOutput) {
        guard Cores.available > 1 else {
            first(&out)
            last(&out)
            return
        }
        let made = Alongside {
            var text = PrintOutput(chunkSize: .max) { _ in }
            last(&text)
            return text.bytes
        }
        first(&out)
        out.append(lines: made.wait())
    }

    /// Hands out part numbers, at most `ahead` past the next to write, and
    /// lets one thread at a time write the finished parts in order.
    final class Queue: Sendable {
        private struct State {
            var handedOut = 0
            var written = 0
            var writing = false
            /// Finished parts not yet written, by number modulo `ahead`.
            var done: [[UInt8]?]

            /// The next part to write, if it is finished, and the writer's turn with it.
            mutating func takeNext() -> [UInt8]? {
                let slot = written % done.count
                guard let text = done[slot] else {
                    writing = false
                    return nil
                }
                done[slot] = nil
                writing = true
                return text
            }
        }

        private let count: Int
        private let ahead: Int
        /// One for each part that may be handed out before more are written.
        private let room: DispatchSemaphore
        private let state: Mutex<State>

        init(count: Int, ahead: Int) {
            self.count = count
            self.ahead = ahead
            room = DispatchSemaphore(value: ahead)
            state = Mutex(State(done: Array(repeating: nil, count: ahead)))
        }

        /// The next part to make, once it is near enough the next to write; nil when all are handed out.
        func next() -> Int? {
            room.wait()
            let n = state.withLock { state -> Int? in
                guard state.handedOut < count else { return nil }
                state.handedOut += 1
                return state.handedOut - 1
            }
            // At the end, pass the room on so every other thread finds the end too.
            if n == nil { room.signal() }
            return n
        }

        /// Keeps part `n`; then, unless another thread is writing, writes every part that is next.
        func finish(_ n: Int, _ text: [UInt8], write: ([UInt8]) -> Void) {
            var next = state.withLock { state -> [UInt8]? in
                state.done[n % ahead] = text
                return state.writing ? nil : state.takeNext()
            }
            while let text = next {
                write(text)
                room.signal()
                next = state.withLock { state in
                    state.written += 1
                    return state.takeNext()
                }
            }
        }
    }
}
