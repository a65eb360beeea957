import JourneyJSON

/// A JSON value that is not what a journey map needs at `path`.
public struct MapDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(_ path: JSONPath, _ message: String) {
        self.path = path.description
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
