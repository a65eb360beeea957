import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCore

/// A folder of maps with every map's records, for `query` and `backlog`: a
/// folder that cannot be listed fails as a missing map does (66); each map
/// that does not load is named on stderr, and the rest are used.
func openWorkspaceWithRecords(_ folder: String) throws -> Workspace {
    let workspace: Workspace
    do {
        // Records do not depend on the day: health checked on an earlier day will do, and nothing is decoded again for it.
        workspace = try Workspace.open(folder, earlierChecks: true, withRecords: true)
    } catch {
        throw fail(error.description, code: 66)
    }
    for entry in workspace.maps {
        if let failure = entry.failure { warn(failure) }
    }
    return workspace
}

/// Columns of the terminal on stdout, or nil when stdout is a file or a pipe.
func terminalColumns() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

/// `--width N` of a command printing a table: from 20 to 1000.
func validateWidth(_ width: Int?) throws {
    if let width, !(20...1000).contains(width) {
        throw ValidationError("--width must be from 20 to 1000")
    }
}
