import Foundation
@testable import JourneyCore
import JourneyJSON
import Testing

/// Issue 25: journey never writes what it cannot read back.
@Suite struct ReadBackTests {
    /// The sample saved at `path` with one more member, which journey does
    /// not know and keeps: `name`, a list nested `levels` deep around `inner`.
    func sample(at path: String, withList name: String, levels: Int, holding inner: String = "") throws {
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let brace = try #require(text.firstIndex(of: "{"))
        text.insert(contentsOf: "\"\(name)\": " + String(repeating: "[", count: levels) + inner + String(repeating: "]", count: levels) + ",",
                    at: text.index(after: brace))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Finding 10: a map may hold a member nested as deep as the parser
    /// allows; an edit's record holds it three levels deeper, and must read back.
    @Test func anEditToAMapNestedAsDeepAsItMayBeIsRecovered() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("deep.json")
        try sample(at: path, withList: "deep", levels: JSONParser.maxDepth - 1)
        let before = try MapStore.load(path: path)
        var session = try #require(EditingSession(path: path))
        var info = before.info
        info.title = "Kept after a kill"
        #expect(try session.edit(Transaction([.setInfo(from: before.info, to: info)]))?.get() == .upToDate)
        let (recovered, results) = EditingSession.recover(path)
        #expect(results.allSatisfy { $0.damaged.isEmpty }, "\(results.map(\.damaged))")
        #expect(recovered?.title == "Kept after a kill")
    }

    /// Finding 11: a map whose file would be larger than journey opens is
    /// never written: the save says why, and the file on disk stays as it
    /// was. A list of 700,000 numbers nested 200 deep reads from 1.4 MB and
    /// is written with 400 spaces before each, as a compact 117 MB map was
    /// saved as 290 MB.
    @Test func aMapLargerThanJourneyOpensIsNotSaved() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("big.json")
        try sample(at: path, withList: "wide", levels: 200, holding: Array(repeating: "0", count: 700_000).joined(separator: ","))
        let before = FileManager.default.contents(atPath: path)
        guard case .failed(let error) = MapStore.save(try MapStore.load(path: path), to: path) else {
            Issue.record("a map journey cannot open was saved")
            return
        }
        #expect(error.description.contains("more than the \(MapStore.maxFileSize)"), "\(error)")
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["big.json"])
    }
}
