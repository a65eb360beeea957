import Foundation
@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

/// `:timer`: a countdown on the status line, by a fake clock.
@Suite struct WorkshopTimerTests {
    final class FakeClock: @unchecked Sendable {
        private let lock = NSLock()
        private var time = Date(timeIntervalSince1970: 1_800_000_000.25)
        var now: Date { lock.withLock { time } }
        func advance(_ seconds: TimeInterval) { lock.withLock { time += seconds } }
    }

    struct Room {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample", width: 100, height: 30)
        let clock = FakeClock()
        var effects: [Effect] = []

        init() {
            let clock = clock
            editor.clock = { clock.now }
        }

        mutating func type(_ text: String) {
            for c in text { effects += editor.update(.key(.character(c))) }
        }

        mutating func command(_ line: String) {
            type(":" + line)
            effects += editor.update(.key(.enter))
        }

        mutating func wait(_ seconds: TimeInterval) {
            clock.advance(seconds)
            effects += editor.update(.tick(clock.now))
        }

        var face: String? { editor.view.timer?.text }
        var alerts: Int { effects.filter { if case .alert = $0 { true } else { false } }.count }
        var statusLine: String {
            editor.frame(theme: ThemeCatalog.builtinDefault).lines.last ?? ""
        }
    }

    @Test(arguments: [
        ("10m", 600.0), ("90s", 90), ("1h", 3600), ("1h30m", 5400), ("2m30s", 150), ("2:30", 150), ("5", 300),
        (" 10M ", 600), ("24h", 86400),
    ])
    func durations(typed: String, seconds: Double) {
        #expect(WorkshopTimer.duration(typed) == seconds)
    }

    @Test(arguments: ["", "0", "0m", "-5", "nan", "inf", "1e400", "25h", "10x", "1h1h", "m", "5m3", "2:5", "2:60",
                      "٣m", "99999999999999999999m", "1.5m", "ten"])
    func notDurations(typed: String) {
        #expect(WorkshopTimer.duration(typed) == nil)
    }

    @Test func itCountsDownByTheClockAndRingsOnceAtZero() {
        var room = Room()
        room.command("timer 2m")
        #expect(room.face == "timer 2:00")
        #expect(room.statusLine.hasSuffix("q quit   timer 2:00"))
        room.wait(1)
        #expect(room.face == "timer 1:59")
        #expect(room.editor.view.timer?.urgent == false)
        room.wait(59)
        #expect(room.face == "timer 1:00")
        #expect(room.editor.view.timer?.urgent == true, "the last minute catches the eye")
        room.wait(59.5)
        #expect(room.face == "timer 0:01")
        #expect(room.alerts == 0)
        room.wait(0.5)
        #expect(room.face == "time is up")
        #expect(room.alerts == 1)
        room.wait(1)
        room.type("j")
        #expect(room.alerts == 1, "the bell rings once")
        room.command("timer stop")
        #expect(room.face == nil)
    }

    @Test func pauseResumeAndMoreTime() {
        var room = Room()
        room.command("timer 10m")
        room.wait(30)
        room.command("timer pause")
        room.wait(300)
        #expect(room.face == "timer 9:30 paused")
        room.command("timer resume")
        room.wait(10)
        #expect(room.face == "timer 9:20")
        room.command("timer +5m")
        #expect(room.face == "timer 14:20")
        room.command("timer -20m")
        #expect(room.face == "time is up")
        #expect(room.alerts == 1)
        room.command("timer +1m")
        #expect(room.face == "timer 1:00", "more time after the bell counts again, and rings again")
        room.wait(60)
        #expect(room.alerts == 2)
    }

    @Test func badInputSaysWhatToType() {
        var room = Room()
        room.command("timer soon")
        let timer = Commands.named("timer")!
        #expect(room.editor.view.message?.text == "not a duration: \"soon\"; usage: :timer [DURATION] — \(timer.summary)")
        #expect(room.face == nil)
        room.command("timer pause")
        #expect(room.editor.view.message?.text == "no timer is set; :timer 10m starts one")
        room.command("timer \u{1B}[31m")
        #expect(room.editor.view.message?.text.contains("\u{1B}") == false)
    }

    @Test func typingGoesOnWhileItCountsAndItNeverTakesAKey() {
        var room = Room()
        room.command("timer 1m")
        room.type("i")
        for (n, c) in "Notes typed while the clock runs".enumerated() {
            room.effects += room.editor.update(.key(.character(c)))
            if n % 3 == 0 { room.wait(1) }
        }
        room.effects += room.editor.update(.key(.enter))
        #expect(room.editor.map.stages[0].touchpoints[0].text["actions"]?.hasSuffix("Notes typed while the clock runs") == true)
        #expect(room.face == "timer 0:49")
    }

    @Test func theRuntimeWakesForTheNextSecondOnly() {
        var room = Room()
        room.command("timer 90s")
        room.clock.advance(0.4)
        let next = room.editor.nextTick!.timeIntervalSince(room.clock.now)
        #expect(abs(next - 0.6) < 0.001, "the face changes when 89.6 s become 89")
        room.command("timer pause")
        #expect(room.editor.nextTick == nil, "a paused timer needs no ticks")
    }

    /// `:set bigtimer`: while presenting, the countdown in block digits at the
    /// top right too, for the back of the room; off, only the key line has it.
    @Test func aBigTimerShowsOnSlidesWhenAsked() {
        let theme = ThemeCatalog.builtinDefault
        var room = Room()
        room.command("timer 10m")
        room.command("present")
        /// Whether rows 1 to 5 end with `text` in block digits.
        func showsBig(_ text: String) -> Bool {
            let grid = room.editor.frame(theme: theme)
            let digits = BlockFont.render(text) ?? []
            return !digits.isEmpty && digits.indices.allSatisfy { i in
                grid.row(1 + i).hasSuffix(String(digits[i].reversed().drop { $0 == " " }.reversed()))
            }
        }
        #expect(!showsBig("10:00"), "off by default")
        room.editor.popToGrid()
        room.command("set bigtimer")
        #expect(room.editor.view.message?.text.hasPrefix("big timer: while presenting") == true)
        room.command("present")
        #expect(showsBig("10:00"))
        #expect(room.editor.frame(theme: theme).statusLine.contains("timer 10:00"), "the key line keeps its countdown")
        room.wait(9 * 60 + 5)
        #expect(showsBig("0:55"))
        room.editor.popToGrid()
        room.command("set nobigtimer")
        room.command("present")
        #expect(!showsBig("0:55"))
    }
}
