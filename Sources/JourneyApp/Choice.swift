import JourneyCore
import JourneyView

/// A picker: options that carry what they mean, never a position. Long
/// lists filter as you type; short questions take a letter per option.
struct Choice {
    struct Option {
        var label: String
        var hotkey: Character?
        var value: ChoiceValue
    }

    var title: String
    var notes: [String] = []
    var options: [Option]
    var filter = ""
    /// Index into `matches`.
    var selected = 0
    /// What Esc picks; nil: Esc closes the picker, choosing nothing.
    var cancel: ChoiceValue?
    /// A question that must be answered (recovery): Esc does not close it.
    var mustAnswer = false

    var takesLetters: Bool { options.contains { $0.hotkey != nil } }

    var matches: [Option] {
        guard !filter.isEmpty else { return options }
        let words = filter.lowercased().split(separator: " ")
        return options.filter { option in words.allSatisfy { option.label.lowercased().contains($0) } }
    }

    mutating func select(_ value: ChoiceValue) {
        selected = matches.firstIndex { $0.value == value } ?? 0
    }

    /// Moves the selection, wrapping around at either end.
    mutating func move(by step: Int) {
        let count = matches.count
        guard count > 0 else { return }
        selected = ((selected + step) % count + count) % count
    }

    /// What the view draws.
    var picker: Picker {
        let shown = matches
        return Picker(title: title, notes: notes, options: shown.map(\.label), hotkeys: shown.map(\.hotkey),
                      selected: min(selected, max(0, shown.count - 1)), filter: takesLetters ? nil : filter)
    }
}

enum ChoiceValue: Equatable {
    case channel(touchpoint: String, channel: String?)
    case newChannel(touchpoint: String)
    case recover, discardJournal, openReadOnly, openAnyway, quit
    /// One conflict of a recovery decided (`andTheRest`: every one still open too).
    case resolve(conflict: String, side: RecoverySide, andTheRest: Bool)
    case overwriteTheirs(thenQuit: Bool), reloadTheirs, saveElsewhere(thenQuit: Bool), keepEditing
    case goTo(stage: String, touchpoint: String?)
    case moveTo(touchpoint: String, stage: String)
    case conflict(String)
    case settle(conflict: String, side: ConflictSide)
    case screen(MapScreen)
    /// An option of a view's own picker, saying all it means in the view's own type.
    case screenOption(ScreenField)
    /// The parking lot: an idea, then what to do with it (see `Editor+ParkingLot`).
    case idea(String), placeIdea(idea: String, kind: LaneKind), discardIdea(String)
    /// Evidence (see `Editor+Evidence`): a citation made or taken back, a level said (nil: from the sources), a new source.
    case cite(ClaimAddress, source: String, cited: Bool), evidenceLevel(ClaimAddress, EvidenceLevel?)
    case newSource(citing: ClaimAddress?)
}
