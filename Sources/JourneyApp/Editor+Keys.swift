import JourneyView

/// Keys journey could not place: a sequence no table knows is told once,
/// quietly; `:keys` shows what each key sends, for a report.
extension Editor {
    mutating func unknownKey(_ bytes: String) {
        guard unknownKeysTold.insert(bytes).inserted else { return }
        refuse("ignored a key sequence journey does not know: \(bytes) (:keys shows what each key sends)")
    }

    mutating func startKeyTest() {
        isTestingKeys = true
        say("key test: press a key to see what journey reads and the bytes it came as; q ends")
    }

    mutating func testKey(_ key: Key, bytes: String) {
        if key == .character("q") || key == .control("c") {
            isTestingKeys = false
            say("key test ended")
            return
        }
        let name = if case .unknown = key { "not a key journey knows" } else { key.label }
        say("key test: \(name) came as \(bytes.isEmpty ? "?" : bytes) · q ends")
    }
}
