import Foundation
@testable import JourneyCore
import Testing

/// The lead file beside a map: written whole, read back checked, and a
/// hostile one (garbage, another version, a link) ignored with a note.
@Suite struct LeadFileTests {
    let folder = TemporaryFolder()
    var paths: MapPaths { MapPaths(folder.file("map.json")) }

    @Test func publishedIsReadBackAndWithdrawnGoes() throws {
        defer { folder.remove() }
        _ = MapStore.save(SampleMap.make(), to: folder.file("map.json"))
        let file = LeadFile(paths: paths)
        var lead = LeadPosition(screen: "grid", stage: "purchase", touchpoint: "checkout", lane: "actions",
                                presenting: .init(stage: "purchase", spotlight: "delivery", scroll: 2),
                                timer: .running(until: Date(timeIntervalSince1970: 1_900_000_000)))
        #expect(file.publish(lead) == nil)
        guard let read = LeadFile.read(paths).leads.first else { Issue.record("no lead read back"); return }
        lead.pid = Int(getpid())
        lead.host = read.host
        lead.session = file.session
        #expect(read == lead)
        #expect(!read.writerIsRunning, "this process is never another journey")
        file.withdraw()
        #expect(LeadFile.read(paths) == LeadFile.Reading())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.json"])
    }

    @Test(arguments: ["", "{", "[]", "{\"format\":\"journey-lead\",\"version\":2,\"screen\":\"grid\",\"pid\":1}",
                      "{\"format\":\"other\",\"version\":1,\"screen\":\"grid\",\"pid\":1}",
                      "{\"format\":\"journey-lead\",\"version\":1,\"screen\":\"grid\",\"pid\":1,\"timer\":{\"paused\":1e308}}",
                      "{\"format\":\"journey-lead\",\"version\":1,\"screen\":7,\"pid\":1}"])
    func aHostileLeadIsRefusedWithAReason(text: String) {
        defer { folder.remove() }
        _ = folder.write(".map.json.lead-planted", text)
        let reading = LeadFile.read(paths)
        #expect(reading.leads.isEmpty, "\(text) was not refused")
        #expect(reading.ignored.count == 1)
    }

    @Test func aLinkPlantedAsTheLeadIsNeitherFollowedNorWrittenThrough() throws {
        defer { folder.remove() }
        let target = folder.write("target.txt", "keep me")
        try FileManager.default.createSymbolicLink(atPath: folder.file(".map.json.lead-planted"), withDestinationPath: target)
        #expect(LeadFile.read(paths).ignored.map(\.reason) == ["it is a link, not a file journey wrote"])
        let live = LiveMap(folder.file("map.json"))
        _ = MapStore.save(SampleMap.make(), to: folder.file("map.json"))
        #expect(live.poll()?.notes.first?.contains("ignored") == true)
        #expect(LeadFile(paths: paths).publish(LeadPosition(screen: "grid")) == nil)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
    }
}
