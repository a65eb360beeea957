import Foundation
import JourneyCore
import Testing

/// Issue 25: each file journey keeps beside a map, planted by another
/// account in a folder all may write, as each kind of thing. Journey, run
/// by the map's owner, must decide at once (a watchdog stands for "hangs"),
/// say why it ignores what it reads, and never adopt what is planted.
@Suite(.serialized, .enabled(if: Accounts.isAvailable, "needs root, setpriv and timeout, to run as two accounts"))
struct PlantedFileMatrixTests {
    enum Planted: String, CaseIterable {
        case lock, journal, lead, saveTemporary = "save temporary"

        var name: String {
            switch self {
            case .lock: ".map.json.lock"
            case .journal: ".map.json.journal-planted"
            case .lead: ".map.json.lead-planted"
            case .saveTemporary: ".map.json.journey-save-planted"
            }
        }

        /// What a forger who read the world-readable lock would write: the owner's name, pid 1 (always running).
        var forgery: String {
            let host = ProcessInfo.processInfo.hostName
            switch self {
            case .lock: return "1 1700000000 \(host) \(Accounts.owner)\n"
            case .journal:
                return JournalText.line("{\"journal\":\"journey-journal\",\"version\":2,\"session\":\"planted\",\"file\":\"map.json\","
                                        + "\"base\":null,\"started\":1700000000,\"pid\":1,\"host\":\"\(host)\",\"user\":\"\(Accounts.owner)\"}")
                    + JournalText.line("{\"seq\":1,\"time\":1700000000,\"changes\":[]}")
            case .lead:
                return "{\"format\":\"journey-lead\",\"version\":1,\"screen\":\"insights\",\"pid\":1,\"host\":\"\(host)\","
                    + "\"session\":\"planted\",\"timer\":{\"until\":99999999999}}\n"
            case .saveTemporary: return "{\"format\":\"journey-map\",\"version\":2,\"title\":\"Planted\",\"stages\":[]}"
            }
        }

        /// Whether the command line reads it, and so says it ignores it (a lead is read by watchers only,
        /// a save temporary by nobody: journey writes its own under names nobody can guess).
        var recoverSays: Bool { self == .lock || self == .journal }
        var watcherSays: Bool { self != .saveTemporary }
    }

    enum Kind: String, CaseIterable {
        case symlink, fifo = "FIFO", folder, big = "64 MB file", garbage, forgery = "well-formed forgery"

        func plant(_ file: Planted, in folder: SharedFolder) throws {
            switch self {
            case .symlink: try folder.plant(file.name, "ln -s \"$2\" \"$1\"", folder.map)
            case .fifo: try folder.plant(file.name, "mkfifo \"$1\"")
            case .folder: try folder.plant(file.name, "mkdir \"$1\"")
            case .big: try folder.plant(file.name, "truncate -s 64M \"$1\"")
            case .garbage: try folder.plant(file.name, "head -c 4096 /dev/urandom > \"$1\"")
            case .forgery: try folder.plant(file.name, text: file.forgery)
            }
        }
    }

    func kind(of path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test func everyPlantedFileIsIgnoredWithAMessageAtOnceAndNeverAdopted() throws {
        let folder = try SharedFolder()
        defer { folder.remove() }
        let original = try MapStore.load(path: folder.map)
        var rows = ["file            planted as           recover         watch           save            said"]
        for file in Planted.allCases {
            for kind in Kind.allCases {
                try kind.plant(file, in: folder)
                let planted = folder.file(file.name)
                let before = self.kind(of: planted)
                let cell = "\(file.rawValue) × \(kind.rawValue)"

                let recovered = try Accounts.run(Accounts.owner, "exec \"$0\" recover \"$1\"", [folder.map])
                #expect(!recovered.hung && recovered.result.status == 0, "\(cell): recover: \(recovered.result.stderr)")
                if file.recoverSays {
                    #expect(recovered.result.stderr.contains("\(file.name) is ignored"), "\(cell): \(recovered.result.stderr)")
                }
                let watched = try Accounts.run(Accounts.owner, "exec \"$0\" watch \"$1\" < /dev/null", [folder.map])
                #expect(!watched.hung && watched.result.stderr.contains("needs a terminal"), "\(cell): watch: \(watched.result.stderr)")
                var theirs = original
                theirs.title = "Saved past \(cell)"
                let theirsPath = folder.file("theirs.json")
                #expect(MapStore.save(theirs, to: theirsPath).isSaved)
                chmod(theirsPath, 0o644)
                let saved = try Accounts.run(Accounts.owner, "exec \"$0\" merge \"$1\" \"$1\" \"$2\"", [folder.map, theirsPath])
                #expect(!saved.hung && saved.result.status == 0, "\(cell): a save beside it: \(saved.result.stderr)")
                let notes = LiveMap(folder.map).poll()?.notes ?? []
                let said = notes.first { $0.contains(file.name) }
                if file.watcherSays { #expect(said?.contains("is ignored") == true, "\(cell): the watcher said \(notes)") }

                let map = try MapStore.load(path: folder.map)
                #expect(map.title == theirs.title && map.stages == original.stages, "\(cell): the map is not as saved")
                #expect(self.kind(of: planted) == before, "\(cell): the planted file was taken over or replaced")
                rows.append([file.rawValue, kind.rawValue, Self.cell(recovered), Self.cell(watched), Self.cell(saved),
                             said.map { String($0.dropFirst(folder.path.count + 1)) } ?? "(never read)"]
                    .enumerated().map { $1.padding(toLength: max($1.count, $0 == 1 ? 20 : 15), withPad: " ", startingAt: 0) }
                    .joined(separator: " "))
                _ = try Spawn.run("/bin/rm", ["-rf", planted], environment: [:])
            }
        }
        print(rows.joined(separator: "\n"))
    }

    static func cell(_ run: Accounts.Run) -> String {
        (run.hung ? "HUNG" : "exit \(run.result.status)") + String(format: " %.2f s", run.seconds)
    }
}
