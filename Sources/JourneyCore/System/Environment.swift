#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment variables by name. `process` asks this process's environment
/// one variable at a time (ProcessInfo's dictionary parses every variable,
/// four times before the first frame); a literal stands in for it in tests.
public struct Environment: ExpressibleByDictionaryLiteral, Sendable {
    private let lookup: @Sendable (String) -> String?

    public static let process = Environment { name in getenv(name).map { String(cString: $0) } }

    private init(lookup: @escaping @Sendable (String) -> String?) {
        self.lookup = lookup
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        let values = Dictionary(elements, uniquingKeysWith: { _, last in last })
        self.init { values[$0] }
    }

    public subscript(name: String) -> String? { lookup(name) }
}
