import CNcursesw
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCore

/// Gives the terminal back on every way out: a normal quit, a signal
/// (SIGTERM, SIGHUP, SIGINT) and a crash (the handler restores the screen,
/// then lets the signal do what it would have done).
enum TerminalRestore {
    static func install() {
        // A parent may have started us with signals blocked (test runners do);
        // resize and the signals below must reach us.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGCONT] { sigaddset(&wanted, signal) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        _ = MapLock.heldPath.load(ordering: .relaxed)  // made here, not first in a handler
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            Glibc.signal(signal) { number in
                // The journal stays for recovery; the lock goes, as at a quit.
                if let lock = UnsafePointer<CChar>(bitPattern: MapLock.heldPath.load(ordering: .acquiring)) { unlink(lock) }
                TerminalRestore.bracketedPaste(on: false)
                TerminalRestore.mouseReportingOff()
                endwin()
                _exit(128 + number)
            }
        }
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            Glibc.signal(signal) { number in
                TerminalRestore.bracketedPaste(on: false)
                TerminalRestore.mouseReportingOff()
                endwin()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    static func restore() {
        bracketedPaste(on: false)
        mouseReportingOff()
        if isendwin() == false { endwin() }
    }

    /// Asks the terminal to mark pastes (xterm's bracketed paste), so pasted
    /// text can never run as keys. A plain write: safe in a signal handler.
    static func bracketedPaste(on: Bool) {
        let sequence: StaticString = on ? "\u{1b}[?2004h" : "\u{1b}[?2004l"
        _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }
}

extension TerminalRestore {
    /// Clicks and the wheel (1000), in SGR form (1006), which has no limit on
    /// the column and which the decoder tells apart from keys.
    static func mouseReportingOn() {
        let sequence: StaticString = "\u{1b}[?1000h\u{1b}[?1006h"
        _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }

    /// Switches the mouse reports of xterm and its kin off (normal and SGR
    /// 1006), whoever switched them on, so the shell's selection works again
    /// after journey, however it ended. A plain write: safe in a signal handler.
    static func mouseReportingOff() {
        let sequence: StaticString = "\u{1b}[?1006l\u{1b}[?1002l\u{1b}[?1000l"
        _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }
}

enum TerminalLocale {
    /// ncurses draws wide characters only under a UTF-8 locale. Use the
    /// user's; if it is not UTF-8 (LANG unset, say), fall back to C.UTF-8.
    static func ensureUTF8() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacing("-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
