#!/usr/bin/env bash
# Fuzzes with libFuzzer (the Swift toolchain's -sanitize=fuzzer):
#   loader   any bytes as a map file: loads or is refused; a loaded map survives save and reload
#   journal  any bytes as a journal replayed onto the sample map: no crash, the result loads
#   keys     any bytes as keys, pastes, bursts and resizes into the editor: no crash; every save loads back equal
#   import   any bytes as a Mermaid journey and as a touchpoints CSV: refused, or a map that saves and loads
#            back equal and exports to every format
# Usage: Tests/Fuzz/run.sh [SECONDS] [loader|journal|keys|import|all]   (default 60 seconds each, all)
# New inputs that find new paths collect in .build/fuzz-corpus-TARGET; a
# crash is written as .build/TARGET-crash-*. Each target prints its runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
which=${2:-all}

# The JSON a module embeds (its Resources/) reaches Swift as the PackageResources
# file SwiftPM writes when it builds the module.
swift build --target JourneyView >/dev/null
derived=$(swift build --show-bin-path)

sources_of() {  # sources_of MODULE: its Swift files, subfolders (all of Core's folders) included
  find "Sources/$1" -name '*.swift' | sort
  local resources=$derived/$1.build/DerivedSources/embedded_resources.swift
  [ ! -f "$resources" ] || echo "$resources"
}

# Every module is compiled with the package's name, as SwiftPM does, so that
# Core reaches JourneyJSON's `package` declarations.
package=(-package-name journey)

module() {  # module NAME DIR FLAGS...: Sources/NAME compiled on its own into DIR/NAME.swiftmodule and DIR/NAME.o
  local name=$1 dir=$2 sources
  shift 2
  mapfile -t sources < <(sources_of "$name")
  mkdir -p "$dir"
  swiftc "$@" "${package[@]}" -I "$dir" -c -module-name "$name" -emit-module -emit-module-path "$dir/$name.swiftmodule" \
    "${sources[@]}" -o "$dir/$name.o" 2>"$dir/$name-build.log" || { cat "$dir/$name-build.log"; exit 1; }
}

build() {  # build TARGET SOURCE: Core and the target in one module, JourneyJSON beside it
  local sources json=.build/fuzz-json-module
  module JourneyJSON "$json" -O -sanitize=fuzzer,address -parse-as-library -wmo -swift-version 6
  mapfile -t sources < <(sources_of JourneyCore)
  swiftc -O -parse-as-library -sanitize=fuzzer,address "${package[@]}" -I "$json" -module-name "Fuzz_$1" \
    "${sources[@]}" "Tests/Fuzz/$2" "$json/JourneyJSON.o" -o ".build/fuzz-$1" 2>".build/fuzz-$1-build.log" \
    || { cat ".build/fuzz-$1-build.log"; exit 1; }
}

fuzz() {  # fuzz TARGET
  .build/fuzz-"$1" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix=".build/$1-" ".build/fuzz-corpus-$1" 2>&1 | tee ".build/fuzz-$1.log" | grep -E "^(stat::number_of_executed_units|==|SUMMARY)|Done" || true
}

mkdir -p .build
if [ "$which" = all ] || [ "$which" = loader ]; then
  mkdir -p .build/fuzz-corpus-loader
  cp Tests/JourneyCoreTests/Hostile/*.json .build/fuzz-corpus-loader/
  if [ ! -f .build/fuzz-corpus-loader/sample.json ]; then
    swift build --product journey >/dev/null
    rm -f /tmp/journey-fuzz-sample.json
    .build/debug/journey new /tmp/journey-fuzz-sample.json >/dev/null && mv /tmp/journey-fuzz-sample.json .build/fuzz-corpus-loader/sample.json
  fi
  build loader FuzzLoader.swift
  fuzz loader
fi
if [ "$which" = all ] || [ "$which" = journal ]; then
  mkdir -p .build/fuzz-corpus-journal
  cp Tests/Fuzz/journal-seeds/* .build/fuzz-corpus-journal/
  build journal FuzzJournal.swift
  fuzz journal
fi
if [ "$which" = all ] || [ "$which" = keys ]; then
  # The editor spans four modules: each is compiled on its own, then linked with the target.
  mods=.build/fuzz-keys-modules
  mkdir -p "$mods" .build/fuzz-corpus-keys
  flags=(-O -sanitize=fuzzer,address -parse-as-library -wmo -swift-version 6)
  for name in JourneyJSON JourneyCore JourneyView JourneyApp; do
    module "$name" "$mods" "${flags[@]}"
  done
  swiftc "${flags[@]}" "${package[@]}" -I "$mods" -module-name Fuzz_keys Tests/Fuzz/FuzzKeys.swift "$mods"/*.o -o .build/fuzz-keys \
    2>".build/fuzz-keys-build.log" || { cat .build/fuzz-keys-build.log; exit 1; }
  fuzz keys
fi
if [ "$which" = all ] || [ "$which" = import ]; then
  # Seeds: the Mermaid and CSV exports checked in as goldens.
  mkdir -p .build/fuzz-corpus-import
  cp Tests/JourneyCoreTests/Exports/*.mermaid Tests/JourneyCoreTests/Exports/*.csv .build/fuzz-corpus-import/
  build import FuzzImport.swift
  fuzz import
fi
