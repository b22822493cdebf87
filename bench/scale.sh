#!/usr/bin/env bash
# A large round end to end beside the FTS5 baseline (bench/README.md, "A million points"):
# generates a round with campaign letters and otherwise distinct points, runs the baseline
# (inspraak_fts5_baseline) and `inspraak run --timings` (every stage, every report format) on it,
# and prints both times, the ratio, the peak memory of each and inspraak's points per second per
# stage.
#
#   bench/scale.sh [--points N] [--campaign-share P] [--work DIR] [--build DIR] [--quick]
#
# --points      the round's size (default 1,000,000)
# --campaign-share  percent of the points from campaign letters (default 40)
# --work        keep the round and the runs' output there (default: a temporary folder, removed);
#               a round already there with the same size and share is used again
# --quick       the CTest version: 3,000 points, and the figures are only checked to be there
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
points=1000000
share=40
work=""
build="$here/../build"
quick=0
while [ $# -gt 0 ]; do
  case $1 in
    --points) points=$2; shift 2 ;;
    --campaign-share) share=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --quick) quick=1; points=3000; shift ;;
    *) echo "bench/scale.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
bin="$build/bin"
for program in inspraak inspraak_generate_round inspraak_fts5_baseline; do
  [ -x "$bin/$program" ] || { echo "bench/scale.sh: $bin/$program is missing (build with INSPRAAK_BUILD_BENCH=ON)" >&2; exit 2; }
done
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
round="$work/round-$points-$share"

# The generator's summary, kept beside its round: a work folder may hold rounds of several sizes.
generated="$round.generate.log"
if [ ! -f "$round/round.json" ] || [ ! -f "$generated" ]; then
  "$bin/inspraak_generate_round" "$round" --points "$points" --campaign-share "$share" --force >"$generated"
fi
sed -n '3,4p' "$generated"

# Wall seconds from outside; each program prints its own peak memory (max RSS).
measure() {  # <log> <command...>
  local log=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }' >"$log.seconds"
}
measure "$work/baseline.log" "$bin/inspraak_fts5_baseline" "$round" --db "$work/baseline.db"
rm -rf "$work/out"
measure "$work/inspraak.log" "$bin/inspraak" --lang en run "$round" --out "$work/out" --timings

base_s=$(cat "$work/baseline.log.seconds")
ours_s=$(cat "$work/inspraak.log.seconds")
base_mb=$(awk '/peak memory/ { print $3 }' "$work/baseline.log")
ours_mb=$(sed -n 's/.*peak memory \([0-9]*\) MB.*/\1/p' "$work/inspraak.log")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
printf 'FTS5 baseline  %8.2f s  peak %6s MB\n' "$base_s" "$base_mb"
printf 'inspraak run   %8.2f s  peak %6s MB (without its parse workers)\n' "$ours_s" "$ours_mb"
awk -v a="$ours_s" -v b="$base_s" 'BEGIN { printf "ratio          %8.2f (inspraak / baseline; the aim: at most 1.5)\n", a / b }'
echo "inspraak per stage:"
grep -E '^  (ingest|group|classify|draft|report):' "$work/inspraak.log"
grep -E '^Total:' "$work/inspraak.log"

if [ "$quick" = 1 ]; then
  # The short version checks that every figure is there: each stage, the total and the baseline's.
  for stage in ingest group classify draft report; do
    grep -qE "^  $stage: [0-9.]+ s" "$work/inspraak.log" || { echo "no figure for $stage" >&2; exit 1; }
  done
  grep -qE 'matched' "$work/baseline.log" || { echo "the baseline printed no figures" >&2; exit 1; }
  [ -s "$work/out/reactienota.docx" ] || { echo "no reactienota.docx" >&2; exit 1; }
  # The generator's mix: grouping finds the campaign letters' points (their share, give or take
  # the members' own additions) and next to nothing else, as the other points are distinct.
  grouped=$(sed -n 's/^Grouped: [0-9]* groups of identical points (\([0-9]*\) points.*/\1/p' "$work/inspraak.log")
  awk -v g="$grouped" -v n="$points" -v s="$share" 'BEGIN { exit !(g / n > (s - 8) / 100 && g / n < (s + 8) / 100) }' ||
    { echo "grouped $grouped of $points points: not the campaign share of $share%" >&2; exit 1; }
fi
