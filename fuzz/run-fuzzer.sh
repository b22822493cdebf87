#!/usr/bin/env bash
# Fuzzes one target from its seed corpus for a while; what CTest runs as fuzz.<name>, and the way
# to run a target longer by hand:
#   fuzz/run-fuzzer.sh build-fuzz/bin/fuzz_pdf 600 [more libFuzzer options]
# The target's options (max_len, timeout, rss_limit_mb, dict) come from <build>/fuzz/<name>.options.
# New inputs the fuzzer finds go to <build>/fuzz/work/<name>/ (kept between runs), crashes to
# <build>/fuzz/artifacts/<name>/. Fails when the target crashes, leaks, times out or runs out of
# memory, when the seed corpus is empty, or when the fuzzer did not run.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 <build>/bin/fuzz_<name> SECONDS [libFuzzer options...]" >&2
  exit 2
fi
binary=$1 seconds=$2
shift 2
name=$(basename "$binary")
name=${name#fuzz_}
fuzz_dir=$(cd "$(dirname "$binary")/.." && pwd)/fuzz
corpus=$fuzz_dir/corpus/$name
work=$fuzz_dir/work/$name
artifacts=$fuzz_dir/artifacts/$name
read -r -a options < "$fuzz_dir/$name.options"

seeds=$(find "$corpus" -type f | wc -l)
if [ "$seeds" -eq 0 ]; then
  echo "run-fuzzer: the seed corpus $corpus is empty" >&2
  exit 1
fi
mkdir -p "$work" "$artifacts"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# A fixed seed (INSPRAAK_FUZZ_SEED, default 1) keeps CI's short runs repeatable: a red build
# is a finding anyone can reproduce, not chance. Longer runs by hand: INSPRAAK_FUZZ_SEED=0 (random).
"$binary" "${options[@]}" -seed="${INSPRAAK_FUZZ_SEED:-1}" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$artifacts/" \
  "$@" "$work" "$corpus" >"$log" 2>&1 || status=$?
# Enough of the log to see what happened; all of it when something went wrong.
if [ "$status" -ne 0 ]; then
  cat "$log"
  echo "run-fuzzer: fuzz_$name failed (exit $status); the input is in $artifacts/" >&2
  exit "$status"
fi
grep -E '^INFO: seed corpus|INITED|^#[0-9]+.*(DONE|pulse)|^Done [0-9]+ runs|^stat::' "$log" | tail -n 12
runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log")
if [ -z "$runs" ] || [ "$runs" -le "$seeds" ]; then
  cat "$log"
  echo "run-fuzzer: fuzz_$name ran $runs inputs, not more than its $seeds seeds" >&2
  exit 1
fi
