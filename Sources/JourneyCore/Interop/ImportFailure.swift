/// Why a file could not be imported: where (file and line) and what to do.
public struct ImportFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the failure is about the whole file.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }

    /// The input is not what it should be (sysexits EX_DATAERR).
    public var exitCode: Int32 { 65 }
}
