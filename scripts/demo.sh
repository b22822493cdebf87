#!/usr/bin/env bash
# Builds inspraak and runs the demo round; the reactienota lands in reports/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target inspraak
build/bin/inspraak run inputs/demo "$@"
echo
echo "Open de werkruimte om de punten te controleren en te beantwoorden / open the workspace:"
echo "  build/bin/inspraak serve inputs/demo"
