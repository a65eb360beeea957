import Foundation
import Testing
@testable import JourneyCore

@Suite struct MapStoreTests {
    func loadError(_ text: String) -> MapLoadError? {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write("map.json", text)
        do {
            _ = try MapStore.load(path: path)
            return nil
        } catch {
            return MapLoadError(file: "map.json", kind: error.kind)
        }
    }

    static let valid = String(decoding: try! MapStore.encode(SampleMap.make()), as: UTF8.self)

    @Test func missingFileExits66() {
        do {
            _ = try MapStore.load(path: "/nonexistent/map.json")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.exitCode == 66)
            #expect(error.description == "/nonexistent/map.json: no such file. Check the path, or make one with `journey new /nonexistent/map.json`.")
        }
    }

    @Test func notJSONSaysLineAndColumn() {
        let error = loadError("{\n  \"format\": \"journey-map\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n")
        #expect(error?.exitCode == 65)
        #expect(error?.description.hasPrefix("map.json:4:3: not valid JSON: expected ',' or '}'") == true)
    }

    @Test func wrongTypeSaysThePath() {
        let text = Self.valid.replacing("\"maya\": 1,", with: "\"maya\": \"happy\",", maxReplacements: 1)
        #expect(text != Self.valid)
        let error = loadError(text)
        #expect(error?.exitCode == 65)
        #expect(error?.description.contains("not a journey map: stages[") == true)
        #expect(error?.description.contains(".emotion.maya: expected a number, found a string") == true)
    }

    @Test func exactPathOfAWrongEmotionValue() {
        let text = """
            {"format": "journey-map", "version": 1, "personas": [{"id": "p", "name": "P"}],
             "stages": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"},
                        {"id": "c", "name": "C", "touchpoints": [{"id": "t", "name": "T", "emotion": "sad"}]}]}
            """
        #expect(loadError(text)?.description
                == "map.json: not a journey map: stages[2].touchpoints[0].emotion: expected an object of scores by persona id, found a string.")
    }

    @Test func newerVersionIsRefused() {
        let text = Self.valid.replacingOccurrences(of: "\"version\": \(MapFormat.version)", with: "\"version\": 7")
        let error = loadError(text)
        #expect(error?.exitCode == 65)
        #expect(error?.description == "map.json: written by a newer journey (format version 7; this one reads up to 3). Update journey to open it.")
    }

    @Test(arguments: [
        (#"[1, 2]"#, "(top level): expected an object holding a journey map, found an array"),
        (#"{"version": 1}"#, "format: missing"),
        (#"{"format": "kanban", "version": 1}"#, "format: \"kanban\" is not a journey map"),
        (#"{"format": 7, "version": 1}"#, "format: expected \"journey-map\", found a number"),
        (#"{"format": "journey-map", "version": 1.5}"#, "version: expected a whole number, found 1.5"),
        (#"{"format": "journey-map", "version": 1, "stages": {}}"#, "stages: expected an array, found an object"),
        (#"{"format": "journey-map", "version": 1, "stages": [{"name": "A"}]}"#, "stages[0].id: missing; expected a string"),
        (#"{"format": "journey-map", "version": 1, "stages": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}"#,
         "stages[1].id: the id \"a\" is used twice"),
        (#"{"format": "journey-map", "version": 1, "stages": [{"id": "a", "name": "A", "touchpoints": [{"id": "t", "name": "T", "channel": "fax"}]}]}"#,
         "stages[0].touchpoints[0].channel: no channel has the id \"fax\""),
        (#"{"format": "journey-map", "version": 1, "personas": [{"id": "p", "name": "P"}], "stages": [{"id": "a", "name": "A", "touchpoints": [{"id": "t", "name": "T", "emotion": {"p": 9}}]}]}"#,
         "stages[0].touchpoints[0].emotion.p: 9 is not a number from -2 to 2 (the map's emotion scale)"),
        (#"{"format": "journey-map", "version": 1, "stages": [{"id": "a", "name": "A", "touchpoints": [{"id": "t", "name": "T", "painPoints": [{"id": "i", "text": "x", "impact": 9}]}]}]}"#,
         "stages[0].touchpoints[0].painPoints[0].impact: 9 is not a whole number from 1 to 5"),
        (#"{"format": "journey-map", "version": 1, "emotionScale": {"min": 3, "max": 1}}"#, "emotionScale: min (3) must be less than max (1)"),
        (#"{"format": "journey-map", "version": 1, "lanes": [{"id": "x", "kind": "doodles"}]}"#, "lanes[0].kind: unknown lane kind \"doodles\""),
    ])
    func notAMapSaysWhatAndWhere(text: String, expected: String) {
        let error = loadError(text)
        #expect(error?.exitCode == 65)
        #expect(error?.description.contains("not a journey map: " + expected) == true, "got: \(String(describing: error))")
    }

    @Test func scalesOtherThanTheDefaultWork() throws {
        let text = """
            {"format": "journey-map", "version": 1, "emotionScale": {"min": 1, "max": 5}, "personas": [{"id": "p", "name": "P"}],
             "stages": [{"id": "a", "name": "A", "touchpoints": [{"id": "t", "name": "T", "emotion": {"p": 4.5}}]}]}
            """
        let map = try MapStore.decode(Array(text.utf8), file: "t")
        #expect(map.emotionScale.neutral == 3)
        #expect(map.stages[0].touchpoints[0].emotion["p"] == 4.5)
    }

    @Test func saveReplacesAtomicallyAndKeepsPermissions() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write("map.json", "old")
        chmod(path, 0o600)
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        #expect(try MapStore.load(path: path) == SampleMap.make())
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.json"])
    }

    @Test func saveIntoAMissingFolderSaysWhy() {
        guard case .failed(let error) = MapStore.save(SampleMap.make(), to: "/nonexistent-folder/map.json") else {
            Issue.record("saved into a missing folder")
            return
        }
        #expect(error.description.hasPrefix("/nonexistent-folder/map.json: could not save (cannot create a file in /nonexistent-folder"))
    }

    @Test(.enabled(if: getuid() != 0, "root may write into a read-only folder"))
    func failedSaveLeavesTheOldFile() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write("map.json", "precious")
        chmod(folder.path, 0o500)
        defer { chmod(folder.path, 0o700) }
        #expect(!MapStore.save(SampleMap.make(), to: path).isSaved)
        #expect(FileManager.default.contents(atPath: path) == Data("precious".utf8))
    }
}

/// Saving: links, modes, questions before overwriting, files journey owns.
@Suite struct SaveTests {
    func mode(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode
    }

    func opened(_ path: String) throws -> MapFile {
        guard case .success(let opened) = MapFile.open(path) else { throw MapSaveError(file: path, reason: "cannot open") }
        _ = opened.file.claim()
        return opened.file
    }

    @Test func savingThroughALinkWritesTheTargetAndKeepsTheLink() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        #expect(MapStore.save(SampleMap.make(), to: folder.file("real.json")).isSaved)
        symlink("real.json", folder.file("link.json"))
        var map = SampleMap.make()
        map.title = "Through the link"
        let file = try opened(folder.file("link.json"))
        #expect(file.paths.real == MapPaths(folder.file("real.json")).real)
        #expect(file.save(map).isSaved)
        #expect(mode(folder.file("link.json")) & S_IFMT == S_IFLNK)
        #expect(try MapStore.load(path: folder.file("real.json")).title == "Through the link")
        #expect(MapPaths(folder.file("link.json")).lock == MapPaths(folder.file("real.json")).lock)
    }

    @Test func aReadOnlyFileAsksAndForceKeepsItsMode() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("m.json")
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        chmod(path, 0o444)
        let file = try opened(path)
        var map = SampleMap.make()
        map.title = "Forced"
        #expect(file.save(map) == .readOnlyFile)
        #expect(try MapStore.load(path: path) == SampleMap.make())
        #expect(file.save(map, force: true).isSaved)
        #expect(mode(path) & 0o777 == 0o444)
        #expect(try MapStore.load(path: path).title == "Forced")
    }

    @Test func saveAsOntoAnExistingFileAsksAndOntoALockedOneRefuses() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        #expect(MapStore.save(SampleMap.make(), to: folder.file("a.json")).isSaved)
        #expect(MapStore.save(BlankMap.make(), to: folder.file("b.json")).isSaved)
        let file = try opened(folder.file("a.json"))
        #expect(file.saveAs(SampleMap.make(), to: folder.file("b.json")) == .exists)
        #expect(try MapStore.load(path: folder.file("b.json")) == BlankMap.make())
        // Another journey, still running (the parent of this process, of this account), has c.json open.
        #expect(MapStore.save(BlankMap.make(), to: folder.file("c.json")).isSaved)
        _ = folder.write(".c.json.lock", "\(getppid()) 1700000000 \(ProcessInfo.processInfo.hostName) someone\n")
        guard case .lockedElsewhere(let holder) = file.saveAs(SampleMap.make(), to: folder.file("c.json"), force: true) else {
            Issue.record("saved over a map open elsewhere")
            return
        }
        #expect(holder.pid == Int(getppid()))
        #expect(file.saveAs(SampleMap.make(), to: folder.file("b.json"), force: true).isSaved)
        #expect(file.paths.name == "b.json" && file.lock?.path == MapPaths(folder.file("b.json")).lock)
    }

    /// The file saved as is the one a later save compares with: it was
    /// taken for someone else's change before.
    @Test func aSaveAfterSaveAsIsNotTakenForSomeoneElsesChange() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        #expect(MapStore.save(SampleMap.make(), to: folder.file("a.json")).isSaved)
        let file = try opened(folder.file("a.json"))
        var map = SampleMap.make()
        map.title = "Saved as"
        #expect(file.saveAs(map, to: folder.file("b.json")).isSaved)
        #expect(!file.changedOnDisk())
        map.title = "Then saved"
        #expect(file.save(map).isSaved)
        #expect(try MapStore.load(path: folder.file("b.json")).title == "Then saved")
    }

    @Test func aJournalReplacedByALinkIsNeverFollowed() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("m.json")
        let victim = folder.write("victim", "precious")
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        var session = try #require(EditingSession(path: path))
        session.edit(Edits.updateInfo(session.map) { $0.title = "One" })
        let journal = try #require(session.file.journalWriter.path)
        unlink(journal)
        symlink(victim, journal)  // planted after opening (S1)
        session.edit(Edits.updateInfo(session.map) { $0.title = "Two" })
        #expect(FileManager.default.contents(atPath: victim) == Data("precious".utf8))
    }

    @Test func filesJourneyMakesAreNeverOpenedThroughALink() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let victim = folder.write("victim", "precious")
        symlink(victim, folder.file(".m.json.journey-save-planted"))
        #expect(throws: FileSystemError.self) {
            try PosixFileSystem.shared.createExclusive(folder.file(".m.json.journey-save-planted"), mode: 0o600)
        }
        #expect(FileManager.default.contents(atPath: victim) == Data("precious".utf8))
    }

    @Test func aSaveFileLeftByAKilledSaveIsClearedOnTheNextOpen() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("m.json")
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        folder.write(".m.json.journey-save-abcdefabcdef", "half a map")
        folder.write(".other.json.journey-save-abcdefabcdef", "not ours to clear")
        _ = try opened(path)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".m.json.journey-save-abcdefabcdef")))
        #expect(FileManager.default.fileExists(atPath: folder.file(".other.json.journey-save-abcdefabcdef")))
    }

    @Test func oddFilesAreNamed() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: MapLoadError(file: folder.path, kind: .folder)) { try MapStore.load(path: folder.path) }
        let bom = [UInt8]([0xEF, 0xBB, 0xBF]) + (try MapStore.encode(SampleMap.make()))
        #expect((try? MapStore.decode(bom, file: "bom")) == SampleMap.make())
        let utf16 = Array(String(decoding: try MapStore.encode(SampleMap.make()), as: UTF8.self).utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: MapLoadError(file: "u", kind: .utf16)) { try MapStore.decode(utf16, file: "u") }
    }
}
