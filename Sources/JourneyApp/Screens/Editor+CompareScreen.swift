import JourneyCore
import JourneyView

/// What the compare view asks for: the path of the current state.
enum CompareField: ScreenFieldTarget {
    case futureOf

    static var screen: MapScreen { .compare }
}

/// The compare view's keys: scrolling its lines, setting which map this one
/// is the future state of, and opening that map as a link is opened.
extension Editor {
    var compareArea: ScreenArea { ScreenArea(top: 1, height: layout.statusY - 1, width: width) }

    var compareLineCount: Int { CompareScreen.lineCount(screens.compare, future: map, width: width) }

    /// The line at the top, kept within the lines (the list's selected row is the first line shown).
    var compareScroll: Int {
        CompareScreen.firstLine(screens.compare.scroll, count: compareLineCount, height: compareArea.height)
    }

    func compareStatus() -> String {
        guard let link = map.futureOf else { return "not a future state: c names the current state" }
        return screens.compare.current == nil ? "current state \(link) not loaded" : "now: \(link) · future: this map"
    }

    mutating func answerCompare(_ field: CompareField, _ text: String) -> Bool {
        switch field {
        case .futureOf: setFutureOf(text)
        }
        return true
    }

    /// `o`: the current state, opened for editing as a touchpoint's link is (Ctrl-O comes back).
    mutating func openCurrentState() {
        guard let link = map.futureOf else { return refuse("this map is the future state of no map: c names one") }
        effects.append(.follow(link))
    }
}

extension Commands {
    static let compareList = ListRows(
        noun: "line", count: { e in max(0, e.compareLineCount - e.compareArea.height + 1) }, selected: { $0.compareScroll },
        select: { e, line in e.screens.compare.scroll = line },
        paged: { e, from, pages in from + pages * max(1, e.compareArea.height - 1) })

    static let compare: [Command] = [back(.compare)] + listKeys(.compare, compareList) + [
        viewKey(.compare, "future-of", [.character("c")], changesMap: true, hint: Hint("current state"),
                "which map this one is the future state of: a path from this map's folder") { e in
            e.ask(.screenField(ScreenField(CompareField.futureOf)), label: "Future state of (path):", text: e.map.futureOf ?? "")
        },
        viewKey(.compare, "open-current", [.character("o")], hint: Hint("open it"),
                "open the current state to edit it (Ctrl-O comes back)") { e in e.openCurrentState() },
    ]
}

extension ScreenController {
    static let compare = ScreenController(CompareField.self, commands: Commands.compare,
                                          status: { $0.compareStatus() }, answer: { $0.answerCompare($1, $2) },
                                          pick: { _, _ in })
}
