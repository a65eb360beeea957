#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The member names a decoder knows for one kind of object, checked against
/// a tape's keys byte for byte: finding an object's unknown members makes
/// no String and hashes nothing.
package struct KnownKeys: Sendable {
    package let names: Set<String>
    /// The names' UTF-8, by their length in bytes.
    private let byLength: [[[UInt8]]]

    package init(_ names: Set<String>) {
        self.names = names
        var byLength = [[[UInt8]]](repeating: [], count: (names.map(\.utf8.count).max() ?? 0) + 1)
        for name in names { byLength[name.utf8.count].append(Array(name.utf8)) }
        self.byLength = byLength
    }

    /// Whether the key node at `index` is one of the names.
    package func contains(key index: Int, in tape: JSONTape) -> Bool {
        let node = tape.nodes[index]
        if node.flags != 0 { return names.contains(tape.text(index)) }
        guard Int(node.length) < byLength.count else { return false }
        return byLength[Int(node.length)].contains { memcmp(tape.bytes.baseAddress! + Int(node.start), $0, $0.count) == 0 }
    }
}
