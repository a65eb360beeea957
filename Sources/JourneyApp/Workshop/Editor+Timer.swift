import FoundationEssentials
import JourneyCore
import JourneyView

/// `:timer`: set, pause, resume, stop, or add to the workshop countdown.
extension Editor {
    static let timerUsage = "DURATION (10m, 90s, 1h, 2:30), +5m or -1m, pause, resume, stop"

    mutating func timerCommand(_ argument: String) {
        let typed = argument.trimmingSpaces().lowercased()
        let now = clock()
        switch typed {
        case "":
            say(timer.map { "\($0.face(at: now).text); :timer pause, resume, stop or +5m" }
                ?? "no timer; :timer " + Self.timerUsage)
        case "pause":
            guard timer != nil else { return noTimer() }
            timer?.pause(at: now)
        case "resume":
            guard timer != nil else { return noTimer() }
            timer?.resume(at: now)
        case "stop":
            guard timer != nil else { return noTimer() }
            timer = nil
            say("timer stopped")
        default:
            let sign: Double = typed.hasPrefix("-") ? -1 : 1
            let relative = typed.hasPrefix("+") || typed.hasPrefix("-")
            guard let seconds = WorkshopTimer.duration(relative ? String(typed.dropFirst()) : typed) else {
                refuse("not a duration: \"\(DisplayText.singleLine(DisplayText.visible(argument, columns: 40)))\"",
                       usageOf: "timer")
                return
            }
            if relative {
                guard timer != nil else { return noTimer() }
                timer?.add(sign * seconds, at: now)
            } else {
                timer = WorkshopTimer(seconds: seconds, now: now)
            }
        }
    }

    private mutating func noTimer() {
        refuse("no timer is set; :timer 10m starts one")
    }

    /// After any event, not only ticks (typing without a pause must not keep
    /// the bell from ringing): ring once when the time is up.
    mutating func checkTimer() {
        guard var current = timer, !current.rang, current.isUp(at: clock()) else { return }
        current.rang = true
        timer = current
        effects.append(.alert)
    }
}

extension Commands {
    static let workshop: [Command] = [
        Command("timer", section: .workshop,
                takes: [.word("DURATION", completing: .words(["pause", "resume", "stop"])).optional],
                "a countdown on the status line: 10m, 90s, 1h, 2:30; +5m, -1m, pause, resume, stop; the bell rings "
                    + "when it is up") { e, a in e.timerCommand(a.text("DURATION")) },
        Command("bigtimer", section: .workshop, takes: [.onOff.optional],
                "while presenting, the countdown also in large digits at the top right, for the back of the room "
                    + "(also :set bigtimer, :set nobigtimer)") { e, a in e.setBigTimer(a.on ?? true) },
    ]
}

extension Editor {
    /// `:bigtimer [on|off]`, `:set bigtimer`: for this run.
    mutating func setBigTimer(_ on: Bool) {
        settings.bigTimer = on
        say(on ? "big timer: while presenting, the countdown shows in large digits at the top right"
            : "big timer off: the countdown stays on the key line")
    }
}

/// `:timer`: the countdown on the status line and its bell.
enum TimerFeature: EditorFeature {
    typealias State = WorkshopTimer
    static func settle(_ editor: inout Editor) { editor.checkTimer() }
    static func badge(_ editor: Editor, on view: inout ViewState) { view.timer = editor.timer?.face(at: editor.clock()) }
    static func nextTick(_ editor: Editor) -> Date? { editor.timer?.nextChange(after: editor.clock()) }
}

extension Editor {
    /// The workshop countdown (`:timer`).
    var timer: WorkshopTimer? {
        get { featureStates[TimerFeature.self] }
        set { featureStates[TimerFeature.self] = newValue }
    }
}
