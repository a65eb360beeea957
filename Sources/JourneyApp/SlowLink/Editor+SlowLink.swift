import JourneyView

/// For a slow link (a phone hotspot, a congested SSH hop): the terminal's own
/// cursor marks the cell, as in vim, and nothing else on the screen follows
/// a move (no highlighted cell, header or lane name, no position on the
/// status line, the detail pane closed), so a move costs the link a cursor
/// movement, a few bytes, instead of the hundreds a redrawn highlight takes.
/// Ctrl-G says where the cursor is; `d` opens the detail pane again.
extension Editor {
    /// `--slow-link`: from the start, for this run.
    public mutating func useSlowLink() {
        slowLink(true)
    }

    /// `:set slowlink`, `:set noslowlink`, `:slowlink on|off`: for this run.
    mutating func setSlowLink(_ on: Bool) {
        slowLink(on)
        say(on ? "slow link: the terminal's cursor marks the cell; Ctrl-G says where it is, d opens the detail pane"
            : "slow link off: the cell, its header and lane are highlighted again")
    }

    private mutating func slowLink(_ on: Bool) {
        settings.slowLink = on
        settings.showDetail = !on
        reveal()
    }

    /// Ctrl-G: the cursor's place, on the status line until the next key.
    mutating func sayWhere() {
        say(StatusLine.position(map: map, index: index, state: view, lanes: layout.lanes, width: width))
    }
}

extension Commands {
    static let slowLink: [Command] = [
        Command("slowlink", section: .file, takes: [.onOff.optional],
                "for a slow link: only the terminal's cursor marks the cell and moves send a few bytes; Ctrl-G says "
                    + "where it is (also :set slowlink, :set noslowlink)") { e, a in e.setSlowLink(a.on ?? true) },
        Command("where", keys: [.control("g")], section: .move, "say where the cursor is: stage, touchpoint, lane") { e, _ in
            e.sayWhere()
        },
    ]
}
