#!/usr/bin/env python3
"""Side-by-side figures for journey, vim -u NONE and visidata on the same maps,
printed as one table with ratios. Called by compare.sh, which builds journey,
generates the maps and installs pyte and visidata when missing.

Usage: compare.py --journey BIN --dir DIR [--runs N] [--sizes 600 20000]
DIR holds map-N.json (from journey-bench --keep); the CSV copies visidata
reads are exported there. Every timing is the median of --runs runs.
"""
import argparse, os, select, shutil, statistics, subprocess, sys, time

_here = os.path.dirname(os.path.abspath(__file__))
_probe = os.environ.get("TUIPROBE") or os.path.join(_here, "..", "..", "shared", "tools", "tuiprobe.py")
sys.path.insert(0, os.path.dirname(os.path.abspath(_probe)))
from tuiprobe import Probe, parse_keys  # noqa: E402

ROWS, COLS = 40, 120
TERM = "xterm-256color"  # as the issue measured; a 256-colour terminal, not the caller's TERM
# Every key moves from the first cell: 4 hjkl and 4 arrows each way.
MOVES = "lljjhklj<right><down><left><up><right><down><left><up>"
TYPED = "abcdefgh"


class Session(Probe):
    """A Probe that remembers whether the program asked for keypad-transmit
    mode (smkx), so arrows are sent the way a real terminal sends them."""

    def __init__(self, argv, **kw):
        self.application_keys = False
        super().__init__(argv, ROWS, COLS, env={"TERM": TERM}, **kw)

    def pump(self, timeout):
        # As Probe.pump, but the session sees the raw bytes too.
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r: return 0
        try: data = os.read(self.fd, 65536)
        except OSError: return -1
        if not data: return -1
        self.total += len(data)
        self.watch(data)
        self.stream.feed(data)
        return len(data)

    def watch(self, data):
        on, off = data.rfind(b"\x1b[?1h"), data.rfind(b"\x1b[?1l")
        if on > off: self.application_keys = True
        elif off > on: self.application_keys = False

    def key_bytes(self, key):
        if self.application_keys and key.startswith("\x1b[") and len(key) == 3 and key[2] in "ABCD":
            return ("\x1bO" + key[2]).encode()
        return key.encode()

    def press(self, key):
        """Sends one key; returns the bytes the program wrote in answer."""
        self.settle(0.05)
        self.set_mark()
        os.write(self.fd, self.key_bytes(key))
        self.pump(2.0)
        self.settle(0.08)
        return self.bytes_since_mark()

    def rss_kb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"): return int(line.split()[1])
        return 0


def median(xs):
    return statistics.median(xs) if xs else None


def ttff(argv, expect, runs):
    times = []
    for _ in range(runs):
        s = Session(argv)
        try: times.append(s.wait_for(expect, timeout=30))
        finally: s.close()
    return median(times)


def move_bytes(argv, expect):
    s = Session(argv)
    try:
        s.wait_for(expect, timeout=30); s.settle(0.3)
        return median([s.press(k) for k in parse_keys(MOVES)])
    finally: s.close()


def typed_bytes(argv, expect, start_keys):
    s = Session(argv)
    try:
        s.wait_for(expect, timeout=30); s.settle(0.3)
        for k in parse_keys(start_keys): s.press(k)
        return median([s.press(k) for k in TYPED])
    finally: s.close()


def resident_mb(argv, expect):
    s = Session(argv)
    try:
        s.wait_for(expect, timeout=60); s.settle(0.5)
        return s.rss_kb() / 1024
    finally: s.close()


def run_quiet(argv, runs):
    """Median wall time and the largest peak resident memory (MB) of a command, output to /dev/null."""
    times, peak = [], 0
    for _ in range(runs):
        with open(os.devnull, "wb") as null:
            t = time.monotonic()
            p = subprocess.Popen(argv, stdout=null, stderr=null)
            _, status, usage = os.wait4(p.pid, 0)
            times.append(time.monotonic() - t)
            p.returncode = status
            peak = max(peak, usage.ru_maxrss / 1024)
    return median(times), peak


def fmt(value, unit):
    if value is None: return "—"
    if unit == "ms": return f"{value * 1000:.1f} ms" if value < 1 else f"{value * 1000:,.0f} ms"
    if unit == "MB": return f"{value:.0f} MB"
    if unit == "B": return f"{value:,.0f}"
    return str(value)


def ratio(a, b):
    if a is None or b is None or b == 0: return "—"
    return f"{a / b:.2f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--journey", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", type=int, nargs="*", default=[600, 20000])
    a = ap.parse_args()
    j, runs = a.journey, a.runs
    vd = shutil.which("vd") or shutil.which("visidata")
    rows = []  # (figure, journey, vim, visidata, unit, goal, goal check)

    def path(n, ext="json"): return os.path.join(a.dir, f"map-{n}.{ext}")

    for n in a.sizes:
        subprocess.run([j, "export", path(n), "--format", "csv", "-o", path(n, "csv")], check=True)

    for n in a.sizes:
        mb = os.path.getsize(path(n)) / 1e6
        jt = ttff([j, "edit", path(n)], "Touchpoint 0", runs)
        vt = ttff(["vim", "-u", "NONE", "-n", path(n)], '"channels"', runs)
        dt = ttff([vd, path(n, "csv")], "Touchpoint 0", runs) if vd else None
        rows.append((f"first frame, {n:,} touchpoints ({mb:.1f} MB)", jt, vt, dt, "ms", "≤ vim", jt <= vt))

    big, small = max(a.sizes), min(a.sizes)
    jm = move_bytes([j, "edit", path(small)], "Touchpoint 0")
    vm = move_bytes(["vim", "-u", "NONE", "-n", path(small)], '"channels"')
    dm = move_bytes([vd, path(small, "csv")], "Touchpoint 0") if vd else None
    rows.append(("bytes per cursor move (median, hjkl + arrows)", jm, vm, dm, "B", "≤ 40", jm <= 40))
    jl = move_bytes([j, "edit", "--slow-link", path(small)], "Touchpoint 0")
    rows.append(("… with `--slow-link` (the terminal's cursor marks the cell)", jl, vm, dm, "B", "≤ 40", jl <= 40))

    jc = typed_bytes([j, "edit", path(small)], "Touchpoint 0", "a")
    vc = typed_bytes(["vim", "-u", "NONE", "-n", path(small)], '"channels"', "A")
    rows.append(("bytes per typed character in a cell", jc, vc, None, "B", "≤ 15", jc <= 15))

    big_mb = os.path.getsize(path(big)) / 1e6
    jr = resident_mb([j, "edit", path(big)], "Touchpoint 0")
    vr = resident_mb(["vim", "-u", "NONE", "-n", path(big)], '"channels"')
    dr = resident_mb([vd, path(big, "csv")], "Touchpoint 0") if vd else None
    rows.append((f"resident memory, {big:,} open (file {big_mb:.0f} MB)", jr, vr, dr, "MB",
                 f"≤ {2.5 * big_mb:.0f} MB", jr <= 2.5 * big_mb))

    js, jpeak = run_quiet([j, "show", path(big)], runs)
    jq, _ = run_quiet(["jq", ".", path(big)], runs) if shutil.which("jq") else (None, 0)
    rows.append((f"`journey show` {big:,} (peer: `jq .`; journey peak {jpeak:.0f} MB)", js, jq, None, "ms", "≤ jq",
                 jq is not None and js <= jq))
    js6, _ = run_quiet([j, "show", path(small)], runs)
    rows.append((f"`journey show` {small:,}", js6, None, None, "ms", "≤ 20 ms", js6 <= 0.020))

    jv, _ = run_quiet([j, "--version"], runs * 2)
    vv, _ = run_quiet(["vim", "-u", "NONE", "-es", "-c", "q"], runs * 2)
    rows.append(("process start (`--version`; vim: `-u NONE -es -c q`)", jv, vv, None, "ms", "—", None))

    print(f"| figure | journey | vim -u NONE | visidata | journey/vim | journey/visidata | goal | met |")
    print(f"|---|---:|---:|---:|---:|---:|---|---|")
    for name, jv_, vv_, dv_, unit, goal, ok in rows:
        met = "—" if ok is None else ("yes" if ok else "no")
        print(f"| {name} | {fmt(jv_, unit)} | {fmt(vv_, unit)} | {fmt(dv_, unit)} | {ratio(jv_, vv_)} | "
              f"{ratio(jv_, dv_)} | {goal} | {met} |")
    print(f"\n(medians of {runs} runs; {ROWS}x{COLS} pty; cursor moves '{MOVES}', typed '{TYPED}')")


if __name__ == "__main__":
    main()
