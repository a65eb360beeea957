/// What is wrong with a query and where: `offset` and `length` count
/// characters of the expression, so a caret can be put under the spot.
public struct QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// From 0, in characters.
    public var offset: Int
    public var length: Int
    public var message: String

    /// From 1, as messages say it.
    public var column: Int { offset + 1 }
    public var description: String { "column \(column): \(message)" }
}
