import JourneyCore

/// An item as typed in one line: its text, then optionally ` | IMPACT EFFORT
/// VOTES`, so a sticky note and its ratings go in together
/// ("Hidden fees | 4 2 3").
struct ItemEntry: Equatable {
    var text: String
    var figures: [ItemFigure: Int] = [:]

    static let order: [ItemFigure] = [.impact, .effort, .votes]
    static let hint = "TEXT, or TEXT | IMPACT EFFORT VOTES"

    static func parse(_ line: String) -> Result<ItemEntry, RuleViolation> {
        guard let bar = line.lastRange(of: " | ") ?? line.lastRange(of: "|"),
              line[bar.upperBound...].allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" || $0 == "+" }) else {
            return .success(ItemEntry(text: line))
        }
        var entry = ItemEntry(text: line[..<bar.lowerBound].trimmingSpaces())
        let words = line[bar.upperBound...].split(separator: " ")
        for (figure, word) in zip(order, words) {
            switch RuleBook.parseWhole(String(word), for: .item(figure)) {
            case .success(let value): entry.figures[figure] = value
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(entry)
    }

    /// The item with these figures set.
    func apply(to item: inout Item) {
        item.text = text
        for (figure, value) in figures { item[figure] = value }
    }
}
