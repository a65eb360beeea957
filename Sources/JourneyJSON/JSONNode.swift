/// One value of a document as a decoder reads it, and where it is: a node
/// of a `JSONValue` tree, or a place in a tape read straight from a file's
/// bytes, where nothing (its path included) is made until it is asked for.
package enum JSONNode {
    case tree(JSONValue, JSONPlace)
    case tape(JSONTape, Int)

    package static func tree(_ value: JSONValue, at path: JSONPath) -> JSONNode { .tree(value, JSONPlace(path)) }

    /// The value itself, made from the tape if need be.
    package var json: JSONValue {
        switch self {
        case .tree(let value, _): value
        case .tape(let tape, let index): tape.value(index)
        }
    }

    /// Where the value is, for an error to name.
    package var path: JSONPath {
        switch self {
        case .tree(_, let place): place.path
        case .tape(let tape, let index): tape.path(to: index)
        }
    }

    private var kind: JSONTape.Kind {
        switch self {
        case .tree(let value, _):
            switch value {
            case .null: .null
            case .bool(let flag): flag ? .true : .false
            case .number: .number
            case .string: .string
            case .array: .array
            case .object: .object
            }
        case .tape(let tape, let index): tape.nodes[index].kind
        }
    }

    package var isNull: Bool { kind == .null }
    package var isObject: Bool { kind == .object }

    package var typeName: String {
        switch kind {
        case .null: JSONValue.null.typeName
        case .false, .true: JSONValue.bool(true).typeName
        case .number: JSONValue.number("").typeName
        case .string: JSONValue.string("").typeName
        case .array: JSONValue.array([]).typeName
        case .object: JSONValue.object([:]).typeName
        }
    }

    package var string: String? { text(of: .string) }

    /// A number's source text.
    package var numberText: String? { text(of: .number) }

    /// The text of a string or a number, when the value is of that kind.
    private func text(of wanted: JSONTape.Kind) -> String? {
        switch self {
        case .tree(.string(let text), _) where wanted == .string, .tree(.number(let text), _) where wanted == .number: text
        case .tree: nil
        case .tape(let tape, let index): tape.nodes[index].kind == wanted ? tape.text(index) : nil
        }
    }

    package var bool: Bool? {
        switch kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// The elements of an array, each knowing where it is.
    package var elements: [JSONNode]? {
        switch self {
        case .tree(let value, let place):
            guard case .array(let items) = value else { return nil }
            let path = place.path
            return items.enumerated().map { .tree($0.element, JSONPlace(path, .index($0.offset))) }
        case .tape(let tape, let index):
            return tape.nodes[index].kind == .array ? tape.elements(index).map { .tape(tape, $0) } : nil
        }
    }
}
