import Foundation
import Testing

private let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// What journey hands the terminal for a key, counted in write(2) calls with
/// strace: over SSH each write can leave as its own packet, with its own
/// headers, so a frame should leave in one.
@Suite(.serialized, .enabled(if: Tmux.isAvailable && strace != nil, "needs tmux and strace (apt-get install strace)"))
struct FrameWritesTests {

    @Test func aCursorMoveLeavesInOneWrite() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let log = scratch.file("trace")
        let tmux = try Tmux(width: 100, height: 30, command: "env PS1='$ ' bash --norc --noprofile")
        try tmux.waitFor("$")
        try tmux.type("cd \(scratch.path) && '\(strace!)' -e trace=read,write -o trace '\(Binary.journey)'\n")
        try tmux.waitFor("the first frame whole") { $0.contains("Search ad") && $0.contains("1/18") }
        for (key, position) in [("l", "2/18"), ("h", "1/18"), ("Right", "2/18")] {
            try tmux.send(key)
            try tmux.waitFor(position)
        }
        try tmux.send("q")
        try tmux.waitForShellPrompt()

        let trace = try String(contentsOfFile: log, encoding: .utf8)
        let writesPerKey = Self.writesAfterEachKey(trace)
        #expect(writesPerKey.count >= 3, "the trace was:\n\(trace.suffix(2_000))")
        // The keys' frames, not the one that says goodbye.
        for writes in writesPerKey.dropLast() {
            #expect(writes == 1, "a key's frame left in \(writes) writes; per key: \(writesPerKey)")
        }
    }

    /// For each read from the terminal that was answered, the writes to it
    /// before the next read (a key such as an arrow is read a byte at a time).
    static func writesAfterEachKey(_ trace: String) -> [Int] {
        var counts: [Int] = []
        for line in trace.split(separator: "\n") {
            if line.hasPrefix("read(0,") {
                counts.append(0)
            } else if line.hasPrefix("write(1,"), !counts.isEmpty {
                counts[counts.count - 1] += 1
            }
        }
        return counts.filter { $0 > 0 }
    }
}
