import JourneyCore
import JourneyView

/// Capture mode, for the fast part of a workshop: on a list lane each Enter
/// keeps the line as an item and opens the next one at once, so notes go in
/// as fast as people say them. Tab keeps the line and goes on to the same
/// lane of the next touchpoint, Shift-Tab the previous; Esc, or Enter on an
/// empty line, ends it. Each kept item is its own transaction: journaled as
/// it is kept, and undone one at a time.
struct Capture: Equatable {
    var touchpoint: String
    var kind: LaneKind
    /// The item kept last at this touchpoint: the next goes after it.
    var after: String?
    /// Items kept this round, across touchpoints.
    var kept = 0

    /// The keys capture handles itself, before the line editor sees them.
    static func steps(_ key: Key) -> Bool { key == .tab || key == .backTab || key == .escape }

    /// Short, so it fits beside the typed line on a narrow terminal; the lane is in the message.
    var label: String { "\(kept) kept:" }
}

extension Editor {
    static let captureHint = "Enter keeps it and opens the next · Tab next touchpoint · Esc or empty Enter ends"

    /// `A` or `:capture` on a list lane: start capturing there.
    mutating func startCapture() {
        guard let lane = currentLane, lane.kind.itemNoun != nil else {
            refuse("capture works on a list lane (pain points, opportunities, quotes); move to one first")
            return
        }
        guard let (_, _, id) = requireTouchpoint() else { return }
        popToGrid()
        openCapture(Capture(touchpoint: id, kind: lane.kind, after: touchpoint(id: id)?.items(of: lane.kind)?.last?.id))
        say(DisplayText.singleLine(DisplayText.visible(lane.name, columns: 30)) + ": " + Self.captureHint)
    }

    private mutating func openCapture(_ capture: Capture) {
        reveal()
        ask(.capture(capture), label: capture.label)
    }

    /// Enter: an empty line ends the round; otherwise the item is kept and the next line opens.
    mutating func keepCaptured(_ text: String, _ capture: Capture) -> Bool {
        guard !text.isEmpty else {
            endCapture(capture)
            return true
        }
        guard let item = keepItem(text, touchpoint: capture.touchpoint, kind: capture.kind, after: capture.after) else {
            return false
        }
        var next = capture
        next.after = item.id
        next.kept += 1
        openCapture(next)
        say("kept “\(DisplayText.singleLine(DisplayText.visible(item.text, columns: 40)))”")
        return true
    }

    /// Tab, Shift-Tab and Esc: keep what was typed, then move on or end.
    mutating func captureKey(_ key: Key, _ capture: Capture) {
        guard let input = topPrompt else { return }
        let text = input.editor.text.trimmingSpaces()
        var current = capture
        if !text.isEmpty {
            guard let item = keepItem(text, touchpoint: capture.touchpoint, kind: capture.kind, after: capture.after) else { return }
            current.after = item.id
            current.kept += 1
        }
        pop()
        guard key != .escape else { return endCapture(current) }
        if let (s, i) = place(of: capture.touchpoint) { gridPlace.column = index.column(stage: s, touchpoint: i) }
        let from = gridPlace.column
        move(key == .tab ? .right : .left)
        guard gridPlace.column != from, let lane = currentLane, lane.kind == capture.kind, let id = here?.id,
              let next = touchpoint(id: id) else {
            openCapture(current)
            say(key == .tab ? "that was the last touchpoint; Esc ends capture" : "that was the first touchpoint")
            return
        }
        current.touchpoint = next.id
        current.after = next.items(of: capture.kind)?.last?.id
        openCapture(current)
        say(capture.kind.defaultName + " of " + DisplayText.singleLine(DisplayText.visible(next.name, columns: 40)) + ": "
            + Self.captureHint)
    }

    /// A pasted block during capture: one item per line, kept together, and capture goes on.
    mutating func pasteCaptured(_ lines: [String], _ capture: Capture) {
        pop()
        addItems(lines, to: capture.touchpoint, kind: capture.kind)
        var next = capture
        next.after = touchpoint(id: capture.touchpoint)?.items(of: capture.kind)?.last?.id
        next.kept += lines.count
        let said = message
        openCapture(next)
        message = said
    }

    /// The round is over (Ctrl-C: `dropped` is the line it threw away).
    mutating func endCapture(_ capture: Capture, dropped: String = "") {
        if topPrompt.map({ if case .capture = $0.purpose { true } else { false } }) == true { pop() }
        if let (s, i) = place(of: capture.touchpoint) { gridPlace.column = index.column(stage: s, touchpoint: i) }
        reveal()
        say("capture ended: \(capture.kept) item\(capture.kept == 1 ? "" : "s") kept"
            + (dropped.isEmpty ? "" : ", the last line dropped") + "; u takes them back one at a time")
    }
}

extension Commands {
    static let capture: [Command] = [
        Command("capture", keys: [.character("A")], section: .workshop, changesMap: true,
                "on a list lane: type items one after another, Enter each; Tab next touchpoint, Esc ends") { e, _ in
            e.startCapture()
        },
    ]
}
