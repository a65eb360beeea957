import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who and where this journey runs, as the lock and the journal record it.
enum ThisProcess {
    static var user: String { accountName(getuid()) ?? Environment.process["USER"] ?? String(getuid()) }

    /// The login name of an account, if the host knows it.
    static func accountName(_ uid: uid_t) -> String? {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    /// An account as messages name it: its login name, or its number when it has none.
    static func accountLabel(_ uid: uid_t) -> String { accountName(uid) ?? "uid \(uid)" }

    static var host: String { ProcessInfo.processInfo.hostName }
    static var pid: Int { Int(getpid()) }
}
