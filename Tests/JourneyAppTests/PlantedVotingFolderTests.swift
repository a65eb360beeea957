import Foundation
@testable import JourneyApp
import JourneyCore
import Testing

/// Issue 25's planted-file matrix for the voting folder: another account
/// (nobody, by chown; the owner is what journey trusts) leaves something at
/// `.NAME.votes` as each kind of thing. The editor, opening the map and then
/// starting a round, never takes up what is there, says it is in the way,
/// and leaves it as it was.
@Suite(.serialized, .enabled(if: geteuid() == 0, "needs root to make files of another account"))
struct PlantedVotingFolderTests {
    static let other: uid_t = 65_534

    enum Kind: String, CaseIterable {
        case symlink, fifo = "FIFO", folder, big = "64 MB file", garbage, forgery = "well-formed forgery"
    }

    func plant(_ kind: Kind, at path: String, map: JourneyMap) throws {
        let folder = (path as NSString).deletingLastPathComponent
        switch kind {
        case .symlink:
            let target = folder + "/elsewhere"
            try plantForgery(at: target, map: map)
            symlink(target, path)
        case .fifo: mkfifo(path, 0o666)
        case .folder: mkdir(path, 0o777)
        case .big:
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            truncate(path, 64 << 20)
        case .garbage: _ = FileManager.default.createFile(atPath: path, contents: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131) }))
        case .forgery: try plantForgery(at: path, map: map)
        }
        lchown(path, Self.other, Self.other)
    }

    /// What a forger would leave: a round with a huge budget and a ballot spending it.
    func plantForgery(at folder: String, map: JourneyMap) throws {
        mkdir(folder, 0o777)
        chmod(folder, 0o777)
        let item = try #require(map.stages.flatMap(\.touchpoints).flatMap(\.painPoints).first).id
        let round = #"{"format":"journey-vote-round","version":1,"id":"round-planted","opened":"2026-01-01T00:00:00Z","budget":99,"perItem":99,"kinds":["painPoints"],"items":[{"id":"\#(item)","kind":"painPoints","stage":"","touchpoint":"","text":"x"}]}"#
        let ballot = #"{"format":"journey-ballot","version":1,"participant":"p1","round":"round-planted","dots":{"\#(item)":99}}"#
        for (name, text) in [("round.json", round), (ParticipantName.fileName("p1"), ballot)] {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
            chown(folder + "/" + name, Self.other, Self.other)
        }
        chown(folder, Self.other, Self.other)
    }

    func kind(of path: String) -> (mode_t, uid_t) {
        var info = stat()
        return lstat(path, &info) == 0 ? (info.st_mode & S_IFMT, info.st_uid) : (0, 0)
    }

    @Test func whatIsPlantedAtTheVotingFolderIsNeverTakenUp() throws {
        var rows = ["planted as           " + "at opening".padding(toLength: 61, withPad: " ", startingAt: 0) + ":vote start"]
        for kind in Kind.allCases {
            var room = try DotVotingTests.Room()
            defer { room.close() }
            let votes = MapPaths(room.disk.path).votes
            try plant(kind, at: votes, map: room.editor.map)
            let before = self.kind(of: votes)
            let map = room.editor.map

            let found = room.voting.poll()
            if let found { room.send(found) }
            let opening = room.message.replacing(room.disk.folder + "/", with: "")
            #expect(!room.editor.isVoting, "\(kind.rawValue): a planted round was taken up")
            room.command("vote start pain")
            let start = room.message.replacing(room.disk.folder + "/", with: "")
            #expect(!room.editor.isVoting, "\(kind.rawValue): :vote start used what was there")
            #expect(start.contains("is in the way"), "\(kind.rawValue): \(start)")
            #expect(room.editor.map == map)
            #expect(self.kind(of: votes) == before, "\(kind.rawValue): the planted thing was replaced or taken over")
            rows.append(kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0) + " "
                        + String(opening.prefix(60)).padding(toLength: 61, withPad: " ", startingAt: 0) + String(start.prefix(70)))
            _ = try? FileManager.default.removeItem(atPath: votes)
        }
        print(rows.joined(separator: "\n"))
    }
}
