#!/usr/bin/env python3
"""Edit -> watcher screen latency and bytes per edit for `journey watch`.

Runs `journey edit MAP` and `journey watch MAP` each in its own pty (120x40,
xterm-256color), renders the watcher's output with pyte, makes N edits in the
editor (c, a short text, Enter on the Thoughts lane) and for each measures
the time from the Enter to the watcher's screen showing the text, and the
bytes the watcher wrote to its terminal for that edit.
Usage: Benchmarks/watch-latency.py [--journey PATH] [--edits 100] [--prefix 'ssh host']
(--prefix runs the watcher through another command, e.g. over SSH.)
"""
import argparse, random, string, os, pty, select, shlex, statistics, struct, fcntl, termios, tempfile, time, subprocess, signal
import pyte

W, H = 120, 40


def spawn(argv, cwd):
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", LINES=str(H), COLUMNS=str(W))
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", H, W, 0, 0))
    return pid, fd


class Screen:
    def __init__(self, fd):
        self.fd, self.screen = fd, pyte.Screen(W, H)
        self.stream, self.bytes = pyte.ByteStream(self.screen), 0

    def text(self):
        return "\n".join(self.screen.display)


def pump(screens, timeout):
    """Reads whatever the ptys have for up to `timeout` seconds (returns at the first output)."""
    ready, _, _ = select.select([s.fd for s in screens], [], [], timeout)
    for s in screens:
        if s.fd in ready:
            try:
                data = os.read(s.fd, 65536)
            except OSError:
                data = b""
            s.bytes += len(data)
            s.stream.feed(data)
    return bool(ready)


def wait_for(screens, screen, text, timeout=10):
    deadline = time.monotonic() + timeout
    while text not in screen.text():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {text!r}:\n{screen.text()}")
        pump(screens, 0.01)
    return time.monotonic()


def settle(screens, quiet=0.15):
    while pump(screens, quiet):
        pass


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--journey", default=os.path.join(here, "..", ".build", "debug", "journey"))
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--prefix", default="", help="a command the watcher runs through, e.g. 'ssh localhost'")
    args = ap.parse_args()
    journey = os.path.abspath(args.journey)
    folder = tempfile.mkdtemp(prefix="journey-watch-bench-")
    path = os.path.join(folder, "map.json")
    subprocess.run([journey, "new", path], check=True, capture_output=True)
    epid, efd = spawn([journey, path], folder)
    wpid, wfd = spawn(shlex.split(args.prefix) + [journey, "watch", path], folder)
    editor, watcher = Screen(efd), Screen(wfd)
    both = [editor, watcher]
    try:
        wait_for(both, editor, "Search ad")
        wait_for(both, watcher, "Search ad")
        os.write(efd, b"j")  # the Thoughts lane
        settle(both)
        latencies, sizes = [], []
        for n in range(args.edits):
            # A different text each time, so each edit redraws the whole cell line.
            text = f"{n:03d} " + "".join(random.choice(string.ascii_lowercase) for _ in range(8))
            os.write(efd, b"c")
            wait_for(both, editor, "TYPING")
            os.write(efd, text.encode())
            wait_for(both, editor, text)
            settle(both, 0.08)
            before = watcher.bytes
            start = time.monotonic()
            os.write(efd, b"\r")
            seen = wait_for(both, watcher, text)
            latencies.append((seen - start) * 1000)
            settle(both, 0.08)
            sizes.append(watcher.bytes - before)
        latencies.sort()
        print(f"journey watch, {args.edits} edits, {W}x{H}" + (f", watcher through {args.prefix!r}" if args.prefix else ", local"))
        print(f"  edit -> watcher screen: median {statistics.median(latencies):.0f} ms, "
              f"p90 {latencies[int(len(latencies) * 0.9) - 1]:.0f} ms, worst {latencies[-1]:.0f} ms")
        print(f"  bytes per edit sent to the watcher: median {statistics.median(sizes):.0f}, worst {max(sizes)}")
    finally:
        for pid in (epid, wpid):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        subprocess.run(["rm", "-rf", folder])


if __name__ == "__main__":
    main()
