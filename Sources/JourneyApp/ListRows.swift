import JourneyView

/// A list the cursor moves through a row at a time: a view's rows, a persona's
/// card, the items of a cell (after lazygit's `ListController`). The keys, their
/// words and the clamping are written once, here; a list says only how many rows
/// it has, which one is selected, how to select one, and how far a page goes.
struct ListRows: Sendable {
    /// What a row is called in the help ("row", "channel", "item").
    let noun: String
    let count: @Sendable (Editor) -> Int
    let selected: @Sendable (Editor) -> Int
    /// Selects a row (always in range) and scrolls it into sight.
    let select: @Sendable (inout Editor, Int) -> Void
    /// The row a page up (-1) or down (+1) from a row; nil: the list has no page keys.
    let paged: (@Sendable (Editor, _ from: Int, _ pages: Int) -> Int)?
    /// Whether g and G also go to the first and last row (Home and End always do).
    let letterJumps: Bool
    /// What the down key's hint says on the status line, if anything.
    let hint: Hint?
    /// What a list key says when the list is empty.
    let empty: (@Sendable (inout Editor) -> Void)?

    init(noun: String, count: @escaping @Sendable (Editor) -> Int, selected: @escaping @Sendable (Editor) -> Int,
         select: @escaping @Sendable (inout Editor, Int) -> Void, paged: (@Sendable (Editor, Int, Int) -> Int)? = nil,
         letterJumps: Bool = true, hint: Hint? = nil, empty: (@Sendable (inout Editor) -> Void)? = nil) {
        self.noun = noun
        self.count = count
        self.selected = selected
        self.select = select
        self.paged = paged
        self.letterJumps = letterJumps
        self.hint = hint
        self.empty = empty
    }

    enum Move: Sendable {
        case up, down, pageUp, pageDown, first, last
    }

    /// The list's keys, named `prefix` + up, down, page-up, page-down, first and last.
    func commands(prefix: String, scope: CommandScope, section: HelpSection) -> [Command] {
        func key(_ name: String, _ keys: [Key], hint: Hint? = nil, _ summary: String, _ move: Move) -> Command {
            Command(prefix + name, keys: keys, scope: scope, section: section, hint: hint, typable: false, summary) { e, _ in
                e.move(in: self, move)
            }
        }
        var keys = [
            key("down", [.down, .character("j")], hint: hint, "next \(noun)", .down),
            key("up", [.up, .character("k")], "previous \(noun)", .up),
        ]
        if paged != nil {
            keys.append(key("page-down", [.pageDown], "a screen down", .pageDown))
            keys.append(key("page-up", [.pageUp], "a screen up", .pageUp))
        }
        keys.append(key("first", [.home] + (letterJumps ? [.character("g")] : []), "first \(noun)", .first))
        keys.append(key("last", [.end] + (letterJumps ? [.character("G")] : []), "last \(noun)", .last))
        return keys
    }
}

extension Editor {
    mutating func move(in list: ListRows, _ move: ListRows.Move) {
        let count = list.count(self)
        guard count > 0 else {
            list.empty?(&self)
            return
        }
        let current = list.selected(self)
        let target = switch move {
        case .up: current - 1
        case .down: current + 1
        case .pageUp: list.paged?(self, current, -1) ?? current
        case .pageDown: list.paged?(self, current, 1) ?? current
        case .first: 0
        case .last: count - 1
        }
        list.select(&self, max(0, min(count - 1, target)))
    }
}
