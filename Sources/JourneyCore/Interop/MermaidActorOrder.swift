/// The order an import gives a diagram's personas: the order their actors
/// first appear in, each pulled forward only as far as the task lines need to
/// keep their actors in the order written. The export writes every line's
/// actors in the persona order, so a diagram comes back as written, and an
/// export imported again exports the same lines. Actors whose lines
/// disagree (`A, B` on one line, `B, A` on another) keep the order they
/// first appear in.
struct MermaidActorOrder {
    /// Per actor (numbered by first appearance), the actors written just before it on some line.
    private var before: [[Int]] = []

    mutating func addActor() {
        before.append([])
    }

    /// One line's actors, each once, in the order written.
    mutating func written(_ actors: [Int]) {
        for (first, second) in zip(actors, actors.dropFirst()) { before[second].append(first) }
    }

    /// `items`, one per actor by first appearance, in the order.
    func sorted<Item>(_ items: [Item]) -> [Item] {
        components().flatMap { $0.sorted() }.map { items[$0] }
    }

    /// Tarjan's strongly connected components of "written before", each
    /// after every component it must follow; a component of more than one
    /// actor is a disagreement. Iterative, on a stack of its own: one line of
    /// 100,000 actors is a chain that deep.
    private func components() -> [[Int]] {
        var index = [Int](repeating: -1, count: before.count)
        var low = index
        var onStack = [Bool](repeating: false, count: before.count)
        var stack: [Int] = []
        var found: [[Int]] = []
        var visited = 0
        func visit(_ actor: Int) {
            index[actor] = visited
            low[actor] = visited
            visited += 1
            stack.append(actor)
            onStack[actor] = true
        }
        for start in before.indices where index[start] < 0 {
            visit(start)
            var calls = [(actor: start, edge: 0)]
            while let (actor, edge) = calls.last {
                if edge < before[actor].count {
                    calls[calls.count - 1].edge += 1
                    let earlier = before[actor][edge]
                    if index[earlier] < 0 {
                        visit(earlier)
                        calls.append((earlier, 0))
                    } else if onStack[earlier] {
                        low[actor] = min(low[actor], index[earlier])
                    }
                    continue
                }
                calls.removeLast()
                if let caller = calls.last?.actor { low[caller] = min(low[caller], low[actor]) }
                guard low[actor] == index[actor] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == actor { break }
                }
                found.append(component)
            }
        }
        return found
    }
}
