/// A dictionary for the few keys a touchpoint holds per lane, persona or
/// metric: its pairs in one array, sorted by key. A Dictionary's storage for
/// three entries is about 200 bytes (a header, a bitmap and four buckets of
/// keys and of values); this is the pairs alone behind a 32-byte header, and
/// nothing at all when empty.
///
/// Kept sorted rather than in insertion order so that two maps with the same
/// pairs are equal element by element, a lookup is a binary search however
/// many lanes or personas a hostile file names, and a writer that wants the
/// keys in order (the map file's) gets them without sorting.
public struct SmallMap<Key: Comparable, Value> {
    public typealias Element = (key: Key, value: Value)

    /// Sorted by key, each key once. Not private only because the methods are
    /// inlinable, as Dictionary's are, so that a lookup from another module is
    /// made for its types rather than run generically (a third of a frame's
    /// lookup cost otherwise).
    @usableFromInline var pairs: [Element]

    @inlinable public init() { pairs = [] }

    /// The pairs as given, sorted by key (untouched when they already are, as
    /// a map file's are); of pairs with the same key the last is kept.
    @inlinable public init(_ pairs: [Element]) {
        if pairs.indices.dropFirst().allSatisfy({ pairs[$0 - 1].key < pairs[$0].key }) {
            self.pairs = pairs
            return
        }
        // Sorted stably, so that of equal keys the last given comes last and is kept.
        let order = pairs.indices.sorted { pairs[$0].key < pairs[$1].key || (pairs[$0].key == pairs[$1].key && $0 < $1) }
        var unique: [Element] = []
        unique.reserveCapacity(pairs.count)
        for pair in order.lazy.map({ pairs[$0] }) {
            if let last = unique.last, last.key == pair.key { unique[unique.count - 1] = pair } else { unique.append(pair) }
        }
        self.pairs = unique
    }

    /// Where `key` is, or where it would go.
    @inlinable func place(of key: Key) -> (index: Int, found: Bool) {
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return (low, low < pairs.count && pairs[low].key == key)
    }

    @inlinable public subscript(key: Key) -> Value? {
        get {
            let (index, found) = place(of: key)
            return found ? pairs[index].value : nil
        }
        set {
            let (index, found) = place(of: key)
            switch (found, newValue) {
            case (true, let value?): pairs[index].value = value
            case (true, nil): pairs.remove(at: index)
            case (false, let value?): pairs.insert((key, value), at: index)
            case (false, nil): break
            }
        }
    }

    @inlinable public subscript(key: Key, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    @inlinable @discardableResult
    public mutating func removeValue(forKey key: Key) -> Value? {
        let (index, found) = place(of: key)
        return found ? pairs.remove(at: index).value : nil
    }

    @inlinable public var keys: LazyMapCollection<[Element], Key> { pairs.lazy.map(\.key) }
    @inlinable public var values: LazyMapCollection<[Element], Value> { pairs.lazy.map(\.value) }

    @inlinable public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> SmallMap<Key, T> {
        SmallMap<Key, T>(sorted: try pairs.map { ($0.key, try transform($0.value)) })
    }

    /// The pairs that pass, as a map (as `Dictionary.filter` gives).
    @inlinable public func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> SmallMap {
        SmallMap(sorted: try pairs.filter(isIncluded))
    }

    @usableFromInline init(sorted pairs: [Element]) { self.pairs = pairs }
}

extension SmallMap: RandomAccessCollection {
    @inlinable public var startIndex: Int { pairs.startIndex }
    @inlinable public var endIndex: Int { pairs.endIndex }
    @inlinable public subscript(position: Int) -> Element { pairs[position] }
}

extension SmallMap: ExpressibleByDictionaryLiteral {
    @inlinable public init(dictionaryLiteral elements: (Key, Value)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
        precondition(count == elements.count, "a SmallMap literal names a key twice")
    }
}

extension SmallMap: Equatable where Value: Equatable {
    @inlinable public static func == (a: SmallMap, b: SmallMap) -> Bool {
        a.pairs.elementsEqual(b.pairs) { $0.key == $1.key && $0.value == $1.value }
    }
}

extension SmallMap: Hashable where Key: Hashable, Value: Hashable {
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(pairs.count)
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }
}

extension SmallMap: Sendable where Key: Sendable, Value: Sendable {}

extension SmallMap: CustomStringConvertible {
    public var description: String {
        pairs.isEmpty ? "[:]" : "[" + pairs.map { "\(String(reflecting: $0.key)): \(String(reflecting: $0.value))" }
            .joined(separator: ", ") + "]"
    }
}
