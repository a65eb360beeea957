#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may vote under which name on a shared host. The facilitator's own
/// account (the facilitator, and participants who log in with keys on it)
/// votes under any name, as the room decides; any other account only under
/// its login name, so one account can neither fill the box under many names
/// nor take a name before its owner votes.
public enum VoterAccounts {
    /// The name `journey vote` uses when no `--as` is given.
    public static var loginName: String { ThisProcess.user }

    /// Why the account `peer` may not vote as `name`, or nil.
    static func problem(_ name: String, peer: uid_t, facilitator: uid_t) -> String? {
        guard peer != facilitator else { return nil }
        let login = ThisProcess.accountLabel(peer)
        guard name != login else { return nil }
        return "on this host you vote as your login name, \(login), not as \(name): leave out --as"
    }
}
