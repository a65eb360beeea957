#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program found on PATH, run to its end with its output and errors
/// collected (both read as they come, so neither pipe fills and stalls it).
struct ChildProcess {
    var status: Int32
    var output: [UInt8]
    var errors: [UInt8]

    /// Fails with the reason when the program cannot be started.
    static func run(_ arguments: [String]) -> Result<ChildProcess, SpawnError> {
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard pipe(&outPipe) == 0 else { return .failure(SpawnError(errno)) }
        guard pipe(&errPipe) == 0 else {
            let code = errno
            close(outPipe[0]); close(outPipe[1])
            return .failure(SpawnError(code))
        }
        // Not inherited by other children; the dup2s below give git its own copies.
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        close(outPipe[1]); close(errPipe[1])
        defer { close(outPipe[0]); close(errPipe[0]) }
        guard spawned == 0 else { return .failure(SpawnError(spawned)) }

        var child = ChildProcess(status: 0, output: [], errors: [])
        var open = [pollfd(fd: outPipe[0], events: Int16(POLLIN), revents: 0),
                    pollfd(fd: errPipe[0], events: Int16(POLLIN), revents: 0)]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while open.contains(where: { $0.fd >= 0 }) {
            guard poll(&open, nfds_t(open.count), -1) >= 0 || errno == EINTR else { break }
            for n in open.indices where open[n].fd >= 0 && open[n].revents != 0 {
                let count = read(open[n].fd, &chunk, chunk.count)
                if count > 0 {
                    if n == 0 { child.output += chunk[..<count] } else { child.errors += chunk[..<count] }
                } else if count == 0 || errno != EINTR {
                    open[n].fd = -1
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import: a signal reads as 128 + its number.
        child.status = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + status & 0x7f
        return .success(child)
    }

    struct SpawnError: Error {
        var code: Int32
        init(_ code: Int32) { self.code = code }
        var description: String { String(cString: strerror(code)) }
    }
}
