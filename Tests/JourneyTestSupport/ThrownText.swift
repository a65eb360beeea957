/// What a call said when it threw: its error's description, or "read" when
/// it did not, so a test compares a message as text.
public func thrownText<Failure: Error & CustomStringConvertible>(_ body: () throws(Failure) -> Void) -> String {
    do {
        try body()
        return "read"
    } catch {
        return error.description
    }
}
