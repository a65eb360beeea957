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

sources_of() {  # sources_of MODULE: its Swift files, subfolders (Core's Interop, Templates, Schema) included
  find "Sources/$1" -name '*.swift' | sort
  local resources=$derived/$1.build/DerivedSources/embedded_resources.swift
  [ ! -f "$resources" ] || echo "$resources"
}

build() {  # build TARGET SOURCE
  local sources
  mapfile -t sources < <(sources_of JourneyCore)
  swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name "Fuzz_$1" \
    "${sources[@]}" "Tests/Fuzz/$2" -o ".build/fuzz-$1" 2>".build/fuzz-$1-build.log" \
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
  # The editor spans three modules: each is compiled on its own, then linked with the target.
  mods=.build/fuzz-keys-modules
  mkdir -p "$mods" .build/fuzz-corpus-keys
  flags=(-O -sanitize=fuzzer,address -parse-as-library -wmo -swift-version 6 -I "$mods")
  for module in JourneyCore JourneyView JourneyApp; do
    mapfile -t sources < <(sources_of "$module")
    swiftc "${flags[@]}" -c -module-name "$module" -emit-module -emit-module-path "$mods/$module.swiftmodule" \
      "${sources[@]}" -o "$mods/$module.o" 2>".build/fuzz-keys-build.log" || { cat .build/fuzz-keys-build.log; exit 1; }
  done
  swiftc "${flags[@]}" -module-name Fuzz_keys Tests/Fuzz/FuzzKeys.swift "$mods"/*.o -o .build/fuzz-keys \
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
