#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the voting folder beside a map is the facilitator's: a folder,
/// not a link, owned by the facilitator's account, in which no other account
/// may write. Anything else at that path was not made by the facilitator's
/// journey, so nothing in it is ever taken up; a file's own words are never
/// proof of who wrote it, its owner is.
public enum VotingFolder {
    public enum Trust: Equatable, Sendable {
        case absent
        case trusted
        /// What is there instead, in words: "a folder of jtdave's".
        case untrusted(String)
    }

    /// The mode journey gives the folder: others may pass through to `vote.sock`, not list or write.
    static let mode: mode_t = 0o711

    public static func trust(of info: stat, owner: uid_t) -> Trust {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: return .untrusted("a link")
        default: return .untrusted("a file, not a folder")
        }
        guard info.st_uid == owner else {
            return .untrusted("a folder of \(ThisProcess.accountLabel(info.st_uid))'s")
        }
        guard info.st_mode & 0o022 == 0 else {
            return .untrusted("a folder others may write in (mode \(String(info.st_mode & 0o7777, radix: 8)))")
        }
        return .trusted
    }

    /// The folder at `path` as `lstat` finds it, for the account `owner`.
    public static func trust(at path: String, owner: uid_t = geteuid(), fileSystem fs: FileSystem = PosixFileSystem.shared) -> Trust {
        do { return trust(of: try fs.lstat(path), owner: owner) } catch {
            return error.code == ENOENT ? .absent : .untrusted("unreadable (\(error.reason))")
        }
    }
}
