import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stdout (or stderr) for printed text, written as it comes. The first
/// failure (a full disk, a closed reader) stops the writing and is kept to be reported.
final class StandardOutput {
    private let descriptor: Int32
    private(set) var failure: Int32?

    init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while failure == nil, let base = rest.baseAddress, !rest.isEmpty {
            let written = Glibc.write(descriptor, base, rest.count)
            if written >= 0 {
                rest = UnsafeRawBufferPointer(rebasing: rest[written...])
            } else if errno != EINTR {
                failure = errno
            }
        }
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Throws the failure, if there was one, as the exit code a failed write gives (EX_IOERR).
    func check() throws {
        guard let failure else { return }
        throw fail("cannot write to stdout: " + String(cString: strerror(failure)), code: 74)
    }
}
