import Foundation
@testable import JourneyCore
import Testing

/// The user's config (`~/.config/journey/config.json`): a bad one never
/// stops journey, says what is wrong once, and is never written over.
@Suite struct UserConfigTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "journey-config-\(UUID().uuidString)"
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var config: String { path + "/journey/config.json" }

        func write(_ text: String) throws {
            try FileManager.default.createDirectory(atPath: path + "/journey", withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: config))
        }

        func read() -> String? { (try? Data(contentsOf: URL(fileURLWithPath: config))).map { String(decoding: $0, as: UTF8.self) } }

        /// Files left in the config's folder: the config alone, no temporary beside it.
        func leftovers() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: path + "/journey")) ?? []).filter { $0 != "config.json" }
        }
    }

    @Test func whereItLivesFollowsXDGThenHome() {
        #expect(UserConfig.path(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/a"]) == "/x/conf/journey/config.json")
        #expect(UserConfig.path(environment: ["HOME": "/home/a"]) == "/home/a/.config/journey/config.json")
        #expect(UserConfig.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"])
                == "/home/a/.config/journey/config.json", "a relative XDG_CONFIG_HOME is ignored")
        #expect(UserConfig.path(environment: ["XDG_CONFIG_HOME": ""]) == nil)
        #expect(UserConfig.path(environment: [:]) == nil)
    }

    @Test func aMissingConfigIsTheDefaultsAndTheFirstSaveMakesItsFolders() throws {
        let folder = try Folder()
        let config = folder.path + "/deeper/still/journey/config.json"
        let loaded = UserConfig.load(from: config)
        #expect(loaded.config == UserConfig())
        #expect(loaded.problem == nil)
        #expect(UserConfig.update(at: config) { $0.mouse = true } == nil)
        #expect(UserConfig.load(from: config).config.mouse == true)
        let mode = try FileManager.default.attributesOfItem(atPath: config)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the user's own")
    }

    @Test func membersItDoesNotKnowAreKeptAndTheFileReadsWell() throws {
        let folder = try Folder()
        try folder.write(#"{"theme": "projector-dark", "later": {"a": [1, 2.50]}, "mouse": false}"#)
        #expect(UserConfig.update(at: folder.config) { $0.mouse = true } == nil)
        #expect(folder.read() == """
            {
              "later": {
                "a": [
                  1,
                  2.50
                ]
              },
              "mouse": true,
              "theme": "projector-dark"
            }

            """)
        #expect(folder.leftovers().isEmpty)
    }

    @Test(arguments: [
        ("{\"mouse\": tru", "it is not JSON (line 1"),
        ("\u{0}\u{1}garbage", "it is not JSON"),
        ("[true]", "it holds an array, not an object"),
        ("\"mouse\"", "not an object"),
    ]) func damagedConfigsAreDefaultsSaidOnceAndNeverWrittenOver(text: String, said: String) throws {
        let folder = try Folder()
        try folder.write(text)
        let loaded = UserConfig.load(from: folder.config)
        #expect(loaded.config.mouse == nil)
        #expect(loaded.problem?.contains(said) == true, "\(loaded.problem ?? "nothing said")")
        #expect(loaded.problem?.contains("defaults instead") == true)
        let refused = UserConfig.update(at: folder.config) { $0.mouse = true }
        #expect(refused?.contains("left as it is") == true)
        #expect(folder.read() == text, "what could not be read is not lost")
    }

    @Test func aWrongTypeIsSaidAndTheRestIsKept() throws {
        let folder = try Folder()
        try folder.write(#"{"mouse": "yes", "other": 1}"#)
        let loaded = UserConfig.load(from: folder.config)
        #expect(loaded.config.mouse == nil)
        #expect(loaded.problem?.contains("\"mouse\" is a string, not true or false") == true, "\(loaded.problem ?? "")")
        #expect(UserConfig.update(at: folder.config) { $0.mouse = false } == nil, "the member is set right")
        #expect(UserConfig.load(from: folder.config) == UserConfig.Loaded(
            config: { var c = UserConfig(mouse: false); c.members = ["mouse": .bool(false), "other": .number("1")]; return c }(),
            problem: nil, reason: nil, canRewrite: true))
    }

    @Test func aHugeConfigIsNotRead() throws {
        let folder = try Folder()
        try folder.write("{\"pad\": \"" + String(repeating: "x", count: UserConfig.maxBytes) + "\"}")
        let loaded = UserConfig.load(from: folder.config)
        #expect(loaded.problem?.contains("larger than 64 KiB") == true)
        #expect(loaded.config == UserConfig())
    }

    @Test func anEmptyConfigIsTheDefaults() throws {
        let folder = try Folder()
        try folder.write("\n")
        #expect(UserConfig.load(from: folder.config).problem == nil)
    }

    @Test func aSymbolicLinkIsNeitherFollowedNorReplaced() throws {
        let folder = try Folder()
        let target = folder.path + "/elsewhere.json"
        try Data(#"{"mouse": true}"#.utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createDirectory(atPath: folder.path + "/journey", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.config, withDestinationPath: target)
        let loaded = UserConfig.load(from: folder.config)
        #expect(loaded.config.mouse == nil)
        #expect(loaded.problem?.contains("symbolic link") == true)
        #expect(UserConfig.update(at: folder.config) { $0.mouse = false }?.contains("left as it is") == true)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.config) == target, "the link stays")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == #"{"mouse": true}"#, "its target is untouched")
    }

    @Test func aFolderOrAFifoWhereTheFileShouldBeIsNotRead() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.config, withIntermediateDirectories: true)
        #expect(UserConfig.load(from: folder.config).problem?.contains("not a regular file") == true)
        try FileManager.default.removeItem(atPath: folder.config)
        #expect(mkfifo(folder.config, 0o600) == 0)
        // O_NONBLOCK: a FIFO with no writer must not hang journey at start.
        #expect(UserConfig.load(from: folder.config).problem?.contains("not a regular file") == true)
    }

    @Test func anUnreadableConfigAndAnUnwritableFolderAreSaid() throws {
        let folder = try Folder()
        try folder.write(#"{"mouse": true}"#)
        // Root reads anything, so the refusal comes from the file system's fault injection.
        let unreadable = UserConfig.load(from: folder.config, fileSystem: FaultyFileSystem(faultAt: 1, fault: .error(EACCES)))
        #expect(unreadable.problem?.contains("cannot read it (Permission denied)") == true)
        #expect(unreadable.config.mouse == nil)
        let readOnly = FaultyFileSystem()
        _ = UserConfig.update(at: folder.config, fileSystem: readOnly) { $0.mouse = false }
        try folder.write(#"{"mouse": true}"#)
        // Every call but fstat of a descriptor just opened (which EACCES cannot refuse).
        for (offset, name) in readOnly.calls.enumerated() where !name.hasPrefix("fstat") {
            let call = offset + 1
            let faulty = FaultyFileSystem(faultAt: call, fault: .error(EACCES))
            let said = UserConfig.update(at: folder.config, fileSystem: faulty) { $0.mouse = false }
            if let said {
                #expect(said.contains("Permission denied"), "call \(call): \(said)")
            }
            // However it failed, the config is the old one or the new one, whole, and nothing is left beside it.
            let now = UserConfig.load(from: folder.config)
            #expect(now.problem == nil, "call \(call)")
            #expect(folder.leftovers().isEmpty, "call \(call), \(name): \(folder.leftovers())")
            try folder.write(#"{"mouse": true}"#)
        }
    }
}
