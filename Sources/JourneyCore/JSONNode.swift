/// One value of a document as a decoder reads it: a node of a `JSONValue`
/// tree, or a place in a tape read straight from a file's bytes, where
/// nothing is made until it is asked for.
enum JSONNode {
    case tree(JSONValue)
    case tape(JSONTape, Int)

    /// The value itself, made from the tape if need be.
    var json: JSONValue {
        switch self {
        case .tree(let value): value
        case .tape(let tape, let index): tape.value(index)
        }
    }

    private var kind: JSONTape.Kind {
        switch self {
        case .tree(let value):
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

    var isNull: Bool { kind == .null }
    var isObject: Bool { kind == .object }

    var typeName: String {
        switch kind {
        case .null: JSONValue.null.typeName
        case .false, .true: JSONValue.bool(true).typeName
        case .number: JSONValue.number("").typeName
        case .string: JSONValue.string("").typeName
        case .array: JSONValue.array([]).typeName
        case .object: JSONValue.object([:]).typeName
        }
    }

    var string: String? {
        switch self {
        case .tree(let value):
            if case .string(let text) = value { return text }
            return nil
        case .tape(let tape, let index): return tape.nodes[index].kind == .string ? tape.text(index) : nil
        }
    }

    /// A number's source text.
    var numberText: String? {
        switch self {
        case .tree(let value):
            if case .number(let text) = value { return text }
            return nil
        case .tape(let tape, let index): return tape.nodes[index].kind == .number ? tape.text(index) : nil
        }
    }

    var bool: Bool? {
        switch kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    var elements: [JSONNode]? {
        switch self {
        case .tree(let value):
            if case .array(let items) = value { return items.map(JSONNode.tree) }
            return nil
        case .tape(let tape, let index):
            return tape.nodes[index].kind == .array ? tape.elements(index).map { .tape(tape, $0) } : nil
        }
    }
}
