import Foundation
@testable import JourneyCore
import Testing

/// Whatever call fails, every descriptor a write opens is closed exactly
/// once: a second close can close a descriptor another thread has just
/// been given for the same number (it made a config read fail with EBADF
/// while the suite ran in parallel), and one never closed leaks.
@Suite struct DescriptorTests {
    /// Runs `work` once without faults, then with an error at each call in turn.
    static func walk(_ work: (FaultyFileSystem, String) -> Void) {
        let clean = FaultyFileSystem()
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        work(clean, folder)
        for at in 1...clean.calls.count {
            for fault in [FaultyFileSystem.Fault.error(EIO), .error(ENOSPC)] {
                let fs = FaultyFileSystem(faultAt: at, fault: fault)
                let folder = Self.folder()
                defer { try? FileManager.default.removeItem(atPath: folder) }
                work(fs, folder)
                #expect(fs.strayCloses.isEmpty, "\(fault) at call \(at) (\(fs.calls[at - 1])): closed twice \(fs.strayCloses)")
                #expect(fs.openDescriptors.isEmpty, "\(fault) at call \(at) (\(fs.calls[at - 1])): left open \(fs.openDescriptors)")
            }
        }
    }

    static func folder() -> String {
        let folder = NSTemporaryDirectory() + "journey-fd-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func savingTheUserConfig() {
        Self.walk { fs, folder in _ = UserConfig.update(at: folder + "/journey/config.json", fileSystem: fs) { $0.mouse = true } }
    }

    @Test func publishingTheLead() {
        Self.walk { fs, folder in
            _ = LeadFile(paths: MapPaths(folder + "/map.json"), fileSystem: fs).publish(LeadPosition(screen: "grid"))
        }
    }

    @Test func takingTheLock() {
        Self.walk { fs, folder in
            if case .success(let lock) = MapLock.acquire(MapPaths(folder + "/map.json"), fileSystem: fs) { lock.release() }
        }
    }
}
