#!/usr/bin/env bash
# Every test, on a fresh machine too: installs what the build and the tests
# need where it is missing (Debian's packages and two from PyPI), then runs
# the whole suite (arguments go to swift test). Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")"
arguments=("$@")

missing=()
[ -f /usr/include/ncursesw/curses.h ] || missing+=(libncurses-dev)
command -v tmux >/dev/null || missing+=(tmux)
# What each TERM's keys send, from terminfo (KeySessionTests).
command -v tput >/dev/null || missing+=(ncurses-bin)
# Counts the writes journey makes for a key (FrameWritesTests).
command -v strace >/dev/null || missing+=(strace)
# The real readers of the exports: GitHub's Markdown renderer, a browser that
# prints the HTML page to PDF, and a PDF reader to check what it printed.
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# Turns the Markdown export into a Word file, to check what a docx keeps of it.
command -v pandoc >/dev/null || missing+=(pandoc)
command -v node >/dev/null || missing+=(nodejs)
# Draws the SVG poster as a PNG and a PDF (ExportConsumerTests+Poster).
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
# A real SSH server: the tests start sshd on a loopback port and log in to journey.
[ -x /usr/sbin/sshd ] || missing+=(openssh-server)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: the tests need these Debian packages: ${missing[*]}" >&2
    echo "install them as root (sudo apt-get install ${missing[*]}), or run ./test.sh as root" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
# Debian's sshd will not start without its privilege separation folder.
[ "$(id -u)" -ne 0 ] || mkdir -p /run/sshd

# A JSON Schema validator for the published format, and Mermaid's own
# parser, which reaches us inside JupyterLab's wheel (npm is out of reach).
user=$([ "$(id -u)" -eq 0 ] || echo --user)
for wanted in "jsonschema jsonschema" "jupyterlab --no-deps jupyterlab==4.6.6"; do
  set -- $wanted
  module=$1
  shift
  python3 -c "import $module" 2>/dev/null && continue
  python3 -m pip install -q $user "$@" || {
    echo "test.sh: could not install $module from PyPI for $(command -v python3); install it (pip install $*) and run ./test.sh again" >&2
    exit 1
  }
done

exec swift test ${arguments[@]+"${arguments[@]}"}
