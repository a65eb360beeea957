import FoundationEssentials
import Glibc

/// Who and where this journey runs, as the lock and the journal record it.
enum ThisProcess {
    static var user: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return Environment.process["USER"] ?? String(getuid())
    }

    static var host: String { ProcessInfo.processInfo.hostName }
    static var pid: Int { Int(getpid()) }
}
