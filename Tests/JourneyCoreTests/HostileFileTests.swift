import Foundation
import Testing
@testable import JourneyCore

/// A corpus of hostile files (Hostile/, listed in expected.tsv): each must
/// give its message and exit code, never a crash or a hang.
@Suite struct HostileFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Hostile")

    struct Case: CustomStringConvertible, Sendable {
        var file: String
        var code: Int32
        var message: String
        var description: String { file }
    }

    static var cases: [Case] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let code = Int32(fields[1]) else { return nil }
            return Case(file: fields[0], code: code, message: fields[2])
        }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func hostileFileGivesItsMessage(_ hostile: Case) {
        let path = Self.folder.appendingPathComponent(hostile.file).path
        do {
            _ = try MapStore.load(path: path)
            Issue.record("\(hostile.file) loaded")
        } catch {
            #expect(error.exitCode == hostile.code)
            #expect(error.description.contains(hostile.message), "\(hostile.file): \(error.description)")
            #expect(error.description.hasPrefix(path), "the message says which file")
        }
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws {
        let path = NSTemporaryDirectory() + "journey-huge-\(getpid()).json"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        ftruncate(fd, off_t(MapStore.maxFileSize + 1))  // sparse: no disk used
        close(fd)
        defer { unlink(path) }
        #expect(throws: MapLoadError.self) { try MapStore.load(path: path) }
        do {
            _ = try MapStore.load(path: path)
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.description.contains("larger than"))
        }
    }

    @Test func escapesInTextLoadAsData() throws {
        let map = try MapStore.load(path: Self.folder.appendingPathComponent("escapes-in-text.json").path)
        #expect(map.stages[0].touchpoints[0].name == "Name\u{1B}[31mRED")
    }
}
