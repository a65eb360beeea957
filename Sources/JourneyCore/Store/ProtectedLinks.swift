#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kernel's protected_symlinks rule, which journey applies itself: it
/// reads links (readlink) to save at a link's target, and the kernel checks
/// only the links it follows on an open. In a sticky folder anyone may write
/// to (/tmp), another account's link may point at anything of yours; such a
/// link is followed only when you or the folder's owner made it.
public enum ProtectedLinks {
    public static func mayFollow(_ link: stat, in folder: stat, as follower: uid_t = geteuid()) -> Bool {
        let shared = folder.st_mode & mode_t(S_ISVTX) != 0 && folder.st_mode & mode_t(S_IWOTH) != 0
        return !shared || link.st_uid == follower || link.st_uid == folder.st_uid
    }

    /// A link that was not followed, and why, for the message that refuses to write through it.
    public struct Refusal: Equatable, Sendable, CustomStringConvertible {
        public let link: String
        public let owner: uid_t
        public let folder: String

        public var description: String {
            "it is a link another account (uid \(owner)) made in a folder anyone may write to, \(folder); journey follows "
                + "such a link only when you or the folder's owner made it, as the kernel's protected_symlinks does. "
                + "Remove the link, or write elsewhere"
        }
    }
}
