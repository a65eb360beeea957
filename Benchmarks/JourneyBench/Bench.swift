import Foundation
import JourneyApp
import JourneyCore
import JourneyJSON
import JourneyTerminal
import JourneyView

/// Prints the cost of 10,000 undoable edits on a 20,000-touchpoint map, of
/// typing, of every view and of reading keys, then load, first-frame,
/// cursor-move and save figures for generated maps.
/// Usage: journey-bench [--keep DIR] [SIZES...]   (default sizes: 600 20000)
///        journey-bench --repeat PHASE TIMES FILE  (one phase, for a profiler)
///        journey-bench views                      (every view's frame times, 20,000 touchpoints)
///        journey-bench workspace COUNT FOLDER     (writes COUNT maps of 600 touchpoints: Benchmarks/workspace.sh)
/// With --keep, the generated files stay in DIR, for comparing with a peer
/// (vim, visidata) in the same run: see Benchmarks/compare.sh.
@main
struct Bench {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var keep: String?
        if let flag = arguments.firstIndex(of: "--keep"), flag + 1 < arguments.count {
            keep = arguments[flag + 1]
            arguments.removeSubrange(flag...(flag + 1))
        }
        if arguments == ["views"] { return ViewsBench.run(touchpoints: 20_000) }
        if arguments.first == "workspace", arguments.count == 3, let count = Int(arguments[1]) {
            return try WorkspaceBench.write(count: count, into: arguments[2])
        }
        if arguments.first == "--repeat", arguments.count == 4, let times = Int(arguments[2]) {
            try repeatPhase(arguments[1], times: times, path: arguments[3])
            return
        }
        let sizes = arguments.compactMap(Int.init)
        let folder = keep ?? NSTemporaryDirectory() + "journey-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }

        // First, while the process is fresh, so its memory figure is clean.
        UndoBench.run(touchpoints: 20_000, edits: 10_000)
        TypingBench.run()
        ViewsBench.run(touchpoints: 20_000)
        InputBench.run(touchpoints: 20_000)
        print("")
        print("touchpoints  file MB  parse ms  decode ms  load ms  first frame ms  move avg ms  move max ms  encode ms  save ms")
        for size in sizes.isEmpty ? [600, 20_000] : sizes {
            try run(size: size, path: folder + "/map-\(size).json")
        }
    }

    /// One phase again and again on one file, for a profiler (perf record,
    /// perf stat) to look at: `--repeat parse|decode|load|encode|save|moves N FILE`.
    static func repeatPhase(_ phase: String, times: Int, path: String) throws {
        let raw = [UInt8](FileManager.default.contents(atPath: path)!)
        // Only what the phase needs is made first, so a profile shows the phase and little else.
        let document = ["decode"].contains(phase) ? try JSONParser.parse(raw) : .null
        let map = ["encode", "save"].contains(phase) ? try MapStore.load(path: path) : JourneyMap(title: "")
        var timings: [Double] = []
        for _ in 0..<times {
            let start = ContinuousClock.now
            defer { timings.append(milliseconds(ContinuousClock.now - start)) }
            switch phase {
            case "parse": _ = try JSONParser.parse(raw)
            case "decode": _ = try MapDecoder.decode(document)
            case "load": _ = try MapStore.load(path: path)
            case "encode": _ = try MapStore.encode(map)
            case "save": precondition(MapStore.save(map, to: path + ".saved").isSaved)
            case "moves": _ = try keyToFrame(MapStore.load(path: path), path: path)
            default: fatalError("unknown phase \(phase)")
            }
        }
        timings.sort()
        print(phase + String(format: ": best %.1f ms, median %.1f ms of %d", timings[0], timings[timings.count / 2], times))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// The best of `runs` timings: the least disturbed by the rest of the machine.
    static func best(_ runs: Int = 5, _ work: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try work()
            fastest = min(fastest, milliseconds(ContinuousClock.now - start))
        }
        return fastest
    }

    static func run(size: Int, path: String) throws {
        let map = MapGenerator.make(touchpoints: size)
        var bytes: [UInt8] = []
        let encode = try best { bytes = try MapStore.encode(map) }
        let save = best { precondition(MapStore.save(map, to: path).isSaved) }
        let raw = [UInt8](FileManager.default.contents(atPath: path)!)
        var document = JSONValue.null
        let parse = try best { document = try JSONParser.parse(raw) }
        let decode = try best { _ = try MapDecoder.decode(document) }
        var loaded = map
        let load = try best { loaded = try MapStore.load(path: path) }
        precondition(loaded == map, "the map read back differs from the one saved")

        let theme = ThemeCatalog.builtinDefault
        let firstFrame = best {
            let editor = Editor(document: Document(map: loaded, path: path, isSaved: true), displayName: path,
                                width: 120, height: 40)
            _ = editor.frame(theme: theme)
        }

        let perMove = keyToFrame(loaded, path: path)
        let average = perMove.reduce(0, +) / Double(perMove.count)

        let line = String(format: "%11d  %7.1f  %8.1f  %9.1f  %7.1f  %14.2f  %11.3f  %11.3f  %9.1f  %7.1f",
                          size, Double(bytes.count) / 1_048_576, parse, decode, load, firstFrame, average,
                          perMove.max() ?? 0, encode, save)
        print(line)
    }

    /// Key to frame: move the cursor right through the map, one frame each; the times of the moves.
    static func keyToFrame(_ loaded: JourneyMap, path: String) -> ArraySlice<Double> {
        let theme = ThemeCatalog.builtinDefault
        let moves = 2000
        var keys: [Key] = Array(repeating: .right, count: moves / 2) + [.end] + Array(repeating: .left, count: moves / 2 - 1)
        keys.append(.character("q"))
        let terminal = TimingTerminal(width: 120, height: 40, keys: keys)
        let editor = Editor(document: Document(map: loaded, path: nil, isSaved: true), displayName: path)
        Runtime(editor: editor, terminal: terminal, files: FileEffects(), theme: theme).run()
        return terminal.frameTimes.dropFirst()
    }
}

/// A headless terminal that times each key from its read to the next frame.
final class TimingTerminal: Terminal {
    let width: Int
    let height: Int
    private var keys: [Key]
    private var keyTime: ContinuousClock.Instant?
    private(set) var frameTimes: [Double] = []

    init(width: Int, height: Int, keys: [Key]) {
        self.width = width
        self.height = height
        self.keys = keys.reversed()
    }

    func present(_ frame: CellGrid) {
        if let keyTime { frameTimes.append(Bench.milliseconds(ContinuousClock.now - keyTime)) }
    }

    func nextInput(timeout: Double?) -> TerminalInput {
        keyTime = ContinuousClock.now
        return keys.popLast().map { .keys([$0]) } ?? .end
    }

    func invalidate() {}
}
