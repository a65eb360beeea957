import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyView

/// Reads the terminal's bytes and hands out what they say, a batch at a
/// time: keys that arrived together, a paste, a click, a new size. ncurses
/// only draws; the keys are ours to decode (`InputDecoder`).
final class TerminalInputReader {
    private let descriptor: Int32
    private var decoder: InputDecoder
    /// What was decoded behind a batch of keys, given out next.
    private var pending: [TerminalInput] = []
    /// The bytes each key of the last batch came from, for `:keys`.
    private(set) var lastKeyBytes: [String] = []
    /// Whether the mouse is reported (`--mouse`, `:set mouse`): its reports are events, else nothing.
    var reportsMouse = false
    private var clicks = DoubleClick()
    /// The button went down here (X10 reports say which went up only by where).
    private var pressed: MouseReport?
    /// Where a read lands: made once, not at every wait (a watcher waits every few milliseconds).
    private var buffer = [UInt8](repeating: 0, count: 65_536)

    init(descriptor: Int32, decoder: InputDecoder) {
        self.descriptor = descriptor
        self.decoder = decoder
    }

    /// Waits at most `timeout` seconds (nil: until something arrives); `resized` is
    /// asked when the window changed and says the new size.
    func next(timeout: Double?, resized: () -> TerminalInput) -> TerminalInput {
        if !pending.isEmpty { return pending.removeFirst() }
        let until = timeout.map { Self.now() + $0 }
        while true {
            if let batch = takeDecoded(at: Self.now()) { return batch }
            let now = Self.now()
            if let until, now >= until, decoder.deadline.map({ $0 > now }) ?? true { return .timeout }
            let wake = [until, decoder.deadline].compactMap { $0 }.min()
            let milliseconds = wake.map { Int32(min(86_400_000, max(0, ($0 - now) * 1000).rounded(.up))) } ?? -1
            var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: ResizeSignal.readEnd, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(ResizeSignal.readEnd >= 0 ? 2 : 1), milliseconds)
            if ready < 0 {
                // A signal (the terminal resumed after Ctrl-Z, say) only cuts the wait short.
                if errno == EINTR { return .timeout }
                return .end
            }
            if ready == 0 { continue }
            if fds[1].revents & Int16(POLLIN) != 0 {
                ResizeSignal.drain()
                return resized()
            }
            guard fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            // The input is gone (the link dropped).
            guard count > 0 else { return .end }
            decoder.feed(buffer[0..<count], at: Self.now())
        }
    }

    /// Keys decoded so far as one batch; a paste or a click ends it and is given out next.
    private func takeDecoded(at now: Double) -> TerminalInput? {
        var keys: [Key] = []
        var bytes: [String] = []
        func after(_ event: TerminalInput) -> TerminalInput {
            if keys.isEmpty { return event }
            pending.append(event)
            lastKeyBytes = bytes
            return .keys(keys)
        }
        while let decoded = decoder.next(at: now) {
            switch decoded.input {
            case .key(let key):
                keys.append(key.editorKey)
                bytes.append(decoded.bytesText)
            case .unknown:
                guard !decoded.bytes.isEmpty else { continue }
                keys.append(.unknown(decoded.bytesText))
                bytes.append(decoded.bytesText)
            case .focus: continue
            case .paste(let text): return after(.paste(text))
            case .mouse(let report):
                if let event = mouse(report) { return after(.mouse(event)) }
            }
        }
        guard !keys.isEmpty else { return nil }
        lastKeyBytes = bytes
        return .keys(keys)
    }

    /// A click when the first button comes up, the wheel when it turns; nil for the rest.
    private func mouse(_ report: MouseReport) -> MouseEvent? {
        guard reportsMouse else { return nil }
        let shift = report.modifiers.contains(.shift)
        switch report.button {
        case 64: return MouseEvent(.wheelUp, x: report.x, y: report.y, shift: shift)
        case 65: return MouseEvent(.wheelDown, x: report.x, y: report.y, shift: shift)
        case 0 where !report.released:
            pressed = report
            return nil
        case 0, 3:
            guard report.released, pressed?.button == 0 else { return nil }
            pressed = nil
            return MouseEvent(clicks.click(x: report.x, y: report.y, at: Date()), x: report.x, y: report.y, shift: shift)
        default: return nil
        }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// SIGWINCH, turned into a byte on a pipe that the input's wait watches
/// (the handler does nothing else, as a handler must).
enum ResizeSignal {
    nonisolated(unsafe) static var readEnd: Int32 = -1
    nonisolated(unsafe) static var writeEnd: Int32 = -1

    /// Before ncurses starts: it then leaves SIGWINCH to us.
    static func install() {
        guard readEnd < 0 else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        signal(SIGWINCH) { _ in
            var byte: UInt8 = 1
            _ = write(ResizeSignal.writeEnd, &byte, 1)
        }
    }

    static func drain() {
        var sink = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &sink, sink.count) > 0 {}
    }
}
