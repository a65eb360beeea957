import JourneyJSON

/// A JSON value that is not what a journey map needs at `path`.
public struct MapDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// `path` as steps, for code that finds the value again (a merge's repair).
    package var steps: [JSONPath.Component]

    public init(_ path: JSONPath, _ message: String) {
        self.steps = path.steps
        self.path = path.description
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
