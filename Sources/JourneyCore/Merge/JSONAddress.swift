import JourneyJSON

/// Finds and changes a value in a JSON document by a path of member names
/// and element ids (see `MergeConflict.path`), never by position.
enum JSONAddress {
    static func id(of element: JSONValue) -> String? {
        if case .object(let members) = element, case .string(let id)? = members["id"] { return id }
        return nil
    }

    static func value(at path: ArraySlice<String>, in document: JSONValue) -> JSONValue? {
        guard let first = path.first else { return document }
        switch document {
        case .object(let members): return members[first].flatMap { value(at: path.dropFirst(), in: $0) }
        case .array(let elements): return elements.first { id(of: $0) == first }.flatMap { value(at: path.dropFirst(), in: $0) }
        default: return nil
        }
    }

    /// A decoder's place (keys and positions) as keys and ids; a position in
    /// a list whose elements have no ids ends it there.
    static func ids(along steps: [JSONPath.Component], in document: JSONValue) -> [String] {
        var path: [String] = []
        var value = document
        for step in steps {
            switch (step, value) {
            case (.key(let key), .object(let members)):
                path.append(key)
                guard let member = members[key] else { return path }
                value = member
            case (.index(let i), .array(let elements)) where elements.indices.contains(i):
                guard let id = id(of: elements[i]) else { return path }
                path.append(id)
                value = elements[i]
            default:
                return path
            }
        }
        return path
    }

    /// Sets (or, with nil, removes) the value at `path`; false when the path
    /// leads nowhere. A new element of a list goes at its end.
    @discardableResult
    static func set(_ new: JSONValue?, at path: ArraySlice<String>, in document: inout JSONValue) -> Bool {
        guard let first = path.first else {
            guard let new else { return false }
            document = new
            return true
        }
        switch document {
        case .object(var members):
            if path.count == 1 {
                members[first] = new
            } else {
                guard var child = members[first], set(new, at: path.dropFirst(), in: &child) else { return false }
                members[first] = child
            }
            document = .object(members)
        case .array(var elements):
            if let i = elements.firstIndex(where: { id(of: $0) == first }) {
                if path.count == 1, new == nil {
                    elements.remove(at: i)
                } else {
                    guard set(new, at: path.dropFirst(), in: &elements[i]) else { return false }
                }
            } else {
                guard path.count == 1, let new else { return false }
                elements.append(new)
            }
            document = .array(elements)
        default:
            return false
        }
        return true
    }

    /// Puts `element` into the list at `list`, after the element with id
    /// `after` (first when nil; last when that element is gone).
    static func insert(_ element: JSONValue, into list: ArraySlice<String>, after: String?,
                       in document: inout JSONValue) -> Bool {
        guard case .array(var elements)? = value(at: list, in: document) else { return false }
        let at = after.map { a in elements.firstIndex { id(of: $0) == a }.map { $0 + 1 } ?? elements.count } ?? 0
        elements.insert(element, at: at)
        return set(.array(elements), at: list, in: &document)
    }
}
