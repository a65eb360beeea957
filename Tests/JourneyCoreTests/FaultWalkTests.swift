import Foundation
import Testing
@testable import JourneyCore

/// After SQLite's I/O-error and crash tests: run a scenario once to count
/// its file-system calls, then again for every call and every fault (ENOSPC,
/// EIO, EACCES, a crash right after it). After each run, with the real file
/// system: the map on disk loads, recovery gives exactly the confirmed
/// edits (and at most those in flight: none lost, none twice), and nothing
/// but the map's own files changed.
@Suite struct FaultWalkTests {
    static let mapName = "m.json"

    /// A folder with the map, a neighbour file and a link to a file outside it.
    struct Scene {
        let root = TemporaryFolder()
        var folder: String { root.file("maps") }
        var path: String { folder + "/" + FaultWalkTests.mapName }
        var victim: String { root.file("victim.txt") }

        init() {
            try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: victim, contents: Data("not journey's".utf8))
            _ = FileManager.default.createFile(atPath: folder + "/neighbour.txt", contents: Data("mine".utf8))
            symlink(victim, folder + "/link-to-victim")
            precondition(MapStore.save(SampleMap.make(), to: path).isSaved)
        }

        /// Everything that is not the map's own: names, kinds and contents.
        func outside() -> [String: Data] {
            var seen: [String: Data] = ["victim": FileManager.default.contents(atPath: victim) ?? Data()]
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where name != FaultWalkTests.mapName && !name.hasPrefix("." + FaultWalkTests.mapName + ".") {
                var info = stat()
                lstat(folder + "/" + name, &info)
                let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + name)).map { Data($0.utf8) }
                seen[name] = (link ?? FileManager.default.contents(atPath: folder + "/" + name) ?? Data()) + Data("\(info.st_mode)".utf8)
            }
            return seen
        }

        func leftovers() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".journey-save-") }
        }
    }

    /// Open, three edits, save, two more edits; then the process is gone.
    static func editAndSave(_ path: String, _ fs: FileSystem) -> EditingSession? {
        guard var session = EditingSession(path: path, fileSystem: fs) else { return nil }
        session.edit(Edits.updateInfo(session.map) { $0.title = "Walked" })
        session.edit(Transaction([.insertTouchpoint(stage: 0, index: 1, touchpoint: Touchpoint(id: "tp-walk", name: "Walk step"))]))
        session.edit(Edits.setText(session.map, stage: 1, index: 0, lane: "actions", text: "walks in"))
        session.save()
        session.edit(Edits.moveTouchpoint(session.map, stage: 0, index: 1, by: 1)?.0)
        session.edit(Edits.deleteTouchpoint(session.map, stage: 2, index: 0))
        return session
    }

    /// `journey recover`: every journal replayed, the result saved, the journals retired.
    static func recoverAndSave(_ path: String, _ fs: FileSystem) {
        guard case .success(let opened) = MapFile.open(path, fileSystem: fs), var map = opened.map else { return }
        let claim = opened.file.claim()
        var results: [RecoveryResult] = []
        for journal in claim.journals {
            let result = opened.file.recover(journal, onto: map)
            map = result.map
            results.append(result)
        }
        guard map == opened.map || opened.file.save(map).isSaved else { return }
        for result in results { opened.file.retire(result) }
        opened.file.close(keepJournal: false)
    }

    /// Counts the calls of `scenario`, then runs it with each fault at each call.
    func walk(_ name: String, prepare: (Scene) -> Void, scenario: (String, FileSystem) -> [JourneyMap]?,
              check: (Scene, [JourneyMap]?, Int, String) -> Void) -> Int {
        let counting = FaultyFileSystem()
        let scene = Scene()
        prepare(scene)
        _ = scenario(scene.path, counting)
        scene.root.remove()
        let points = counting.calls.count
        for point in 1...points {
            for fault in FaultyFileSystem.Fault.all {
                let scene = Scene()
                defer { scene.root.remove() }
                prepare(scene)
                let before = scene.outside()
                let fs = FaultyFileSystem(faultAt: point, fault: fault)
                let states = scenario(scene.path, fs)
                let trial = "\(name): \(fault) at call \(point) of \(points) (\(counting.calls[point - 1]))"
                check(scene, states, fs.calls.count, trial)
                #expect(scene.outside() == before, "\(trial): something outside the map's files changed")
            }
        }
        return points
    }

    func expectLoadsAndRecovers(_ scene: Scene, to acceptable: ArraySlice<JourneyMap>, _ trial: String) {
        #expect((try? MapStore.load(path: scene.path)) != nil, "\(trial): the map on disk does not load")
        let (map, results) = EditingSession.recover(scene.path)
        #expect(results.allSatisfy { $0.refusal == nil && $0.unresolved.isEmpty && $0.damaged.isEmpty }, "\(trial): \(results)")
        #expect(map.map { acceptable.contains($0) } == true, "\(trial): recovered \(String(describing: map?.title))")
        // The next open clears what a killed save left.
        if case .success(let opened) = MapFile.open(scene.path) {
            _ = opened.file.claim()
            opened.file.close(keepJournal: true)
        }
        #expect(scene.leftovers().isEmpty, "\(trial): \(scene.leftovers()) left after the next open")
    }

    @Test func everyFaultInAnEditingSessionKeepsEveryConfirmedEdit() {
        var sessions = 0
        let points = walk("edit and save", prepare: { _ in }, scenario: { path, fs in
            guard let session = Self.editAndSave(path, fs) else { return nil }
            sessions += 1
            return Array(session.states[session.confirmed...])
        }, check: { scene, states, _, trial in
            expectLoadsAndRecovers(scene, to: states?[...] ?? [SampleMap.make()], trial)
        })
        print("fault walk, editing session: \(points) fault points × \(FaultyFileSystem.Fault.all.count) faults = "
              + "\(points * FaultyFileSystem.Fault.all.count) trials")
    }

    @Test func everyFaultDuringRecoveryKeepsEveryEdit() {
        var expected: JourneyMap?
        let points = walk("recover", prepare: { scene in
            expected = Self.editAndSave(scene.path, PosixFileSystem.shared)?.states.last
        }, scenario: { path, fs in
            Self.recoverAndSave(path, fs)
            return nil
        }, check: { scene, _, _, trial in
            expectLoadsAndRecovers(scene, to: [expected!], trial)
        })
        print("fault walk, recovery: \(points) fault points × \(FaultyFileSystem.Fault.all.count) faults = "
              + "\(points * FaultyFileSystem.Fault.all.count) trials")
    }
}
