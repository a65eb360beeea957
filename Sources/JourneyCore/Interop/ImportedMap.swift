/// What an import gives: the map, and what it read in a way the user may
/// not have meant, said without stopping the import.
public struct ImportedMap: Equatable, Sendable {
    public var map: JourneyMap
    public var warnings: [ImportWarning] = []
}

/// Where (file and line), what was read and what to do if that is not what was meant.
public struct ImportWarning: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based.
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): warning: \(message)" }
}
