@testable import JourneyApp
import JourneyView
import Testing

/// The command table is the one place keys are bound: two commands of one
/// rank claiming a key in one place would leave one of them dead.
struct CommandTableTests {
    static let places: [CommandScope] = [.grid, .items, .present, .tooSmall, .watcher] + MapScreen.allCases.map { .screen($0) }

    @Test(arguments: places) func noTwoCommandsClaimOneKeyInOnePlace(_ place: CommandScope) {
        for rank in Commands.claims(place) {
            for (key, commands) in rank where commands.count > 1 {
                Issue.record("\(key.label) in \(place) is claimed by \(commands.map(\.name).joined(separator: " and "))")
            }
        }
    }

    @Test func aViewsOwnKeyComesBeforeOneThatWorksEverywhere() {
        #expect(Commands.screenKeys[.insights]?[.character("q")]?.name == "insights-back")
        #expect(Commands.screenKeys[.insights]?[.character("u")]?.name == "undo")
        #expect(Commands.itemKeys[.character(":")]?.name == "command-line")
        #expect(Commands.itemKeys[.character("o")]?.name == "item-add")
    }

    @Test func everyCommandHasADistinctName() {
        let names = Commands.all.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count, "\(Dictionary(grouping: names) { $0 }.filter { $0.value.count > 1 }.keys)")
    }
}
