/// A map to start a new one from: compiled in, or a map file in the user's
/// templates folder.
public struct Template: Sendable {
    public enum Origin: Equatable, Sendable {
        case builtIn
        /// A user template; `replacesBuiltIn` when it has a built-in's name.
        case file(path: String, replacesBuiltIn: Bool)
    }

    public var name: String
    /// One line: a built-in's description, a user template's title, or why it does not load.
    public var description: String
    public var origin: Origin
    private let maker: @Sendable () -> Result<JourneyMap, MapLoadError>

    public init(name: String, description: String, origin: Origin,
                make: @escaping @Sendable () -> Result<JourneyMap, MapLoadError>) {
        self.name = name
        self.description = description
        self.origin = origin
        maker = make
    }

    /// The new map, or why the template's file does not load.
    public func make() -> Result<JourneyMap, MapLoadError> { maker() }
}
