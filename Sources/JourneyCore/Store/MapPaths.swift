import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a map really is, and the names of the files journey keeps beside
/// it. A map reached through a symlink is saved, locked and journaled at the
/// link's target, so one file has one lock whatever name opened it.
public struct MapPaths: Equatable, Sendable {
    /// The path as the user gave it.
    public let given: String
    /// The folder holding the real file, without links.
    public let folder: String
    /// The real file's name in that folder.
    public let name: String

    /// A link on the way that was not followed (`ProtectedLinks`): nothing may be written here.
    public let refusedLink: ProtectedLinks.Refusal?

    public var real: String { folder + "/" + name }
    public var lock: String { folder + "/." + name + ".lock" }
    /// Journals are `.NAME.journal-SESSION`; a v1 journal was `.NAME.journal`.
    public var journalPrefix: String { "." + name + ".journal-" }
    public var legacyJournal: String { folder + "/." + name + ".journal" }
    public var savePrefix: String { "." + name + ".journey-save-" }
    public var lockPrefix: String { "." + name + ".lock-" }
    /// The open dot-voting round and its ballots, one file per participant (`journey vote`).
    public var votes: String { folder + "/." + name + ".votes" }
    /// Where a leading editor publishes its view, cursor and timer for
    /// `journey watch`: `.NAME.lead-SESSION`, one per leading editor.
    public var leadPrefix: String { "." + name + ".lead-" }

    public init(_ path: String, fileSystem fs: FileSystem = PosixFileSystem.shared) {
        given = path
        var current = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var refused: ProtectedLinks.Refusal?
        for _ in 0..<40 {
            guard let info = try? fs.lstat(current), info.st_mode & S_IFMT == S_IFLNK else { break }
            let holder = Self.folder(of: current)
            if let folder = try? fs.lstat((try? fs.realpath(holder)) ?? holder), !ProtectedLinks.mayFollow(info, in: folder) {
                refused = ProtectedLinks.Refusal(link: current, owner: info.st_uid, folder: holder)
                break
            }
            guard let target = try? fs.readlink(current) else { break }
            current = target.hasPrefix("/") ? target : holder + "/" + target
        }
        refusedLink = refused
        let folder = Self.folder(of: current)
        self.folder = (try? fs.realpath(folder)) ?? folder
        name = String(current.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Whether `fileName` (in `folder`) is one of this map's journals.
    public func isJournal(_ fileName: String) -> Bool {
        fileName.hasPrefix(journalPrefix) && !fileName.hasSuffix(".damaged") && !fileName.contains(".tmp")
    }
}
