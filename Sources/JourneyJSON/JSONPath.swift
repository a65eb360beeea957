/// Where a value sits in a document, e.g. `stages[2].touchpoints[0].name`.
/// A linked list so that descending costs one small allocation and the text
/// is only built when an error is reported.
public final class JSONPath: Sendable, CustomStringConvertible {
    package enum Component: Equatable, Sendable {
        case root
        case key(String)
        case index(Int)
    }

    let parent: JSONPath?
    let component: Component

    fileprivate init(parent: JSONPath?, component: Component) {
        self.parent = parent
        self.component = component
    }

    public static let root = JSONPath(parent: nil, component: .root)

    public func key(_ key: String) -> JSONPath { JSONPath(parent: self, component: .key(key)) }
    public func index(_ index: Int) -> JSONPath { JSONPath(parent: self, component: .index(index)) }

    /// The steps from the top, without `.root`.
    package var steps: [Component] {
        var components: [Component] = []
        var node: JSONPath? = self
        while let current = node {
            if case .root = current.component {} else { components.append(current.component) }
            node = current.parent
        }
        return components.reversed()
    }

    public var description: String {
        var text = ""
        for component in steps {
            switch component {
            case .root: break
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }
}

/// A path not made yet: a parent and one step from it, made into a
/// `JSONPath` only when an error names it.
package struct JSONPlace: Sendable {
    let parent: JSONPath
    let step: JSONPath.Component?

    package init(_ path: JSONPath) {
        parent = path
        step = nil
    }

    package init(_ parent: JSONPath, _ step: JSONPath.Component) {
        self.parent = parent
        self.step = step
    }

    package var path: JSONPath { step.map { JSONPath(parent: parent, component: $0) } ?? parent }
}
