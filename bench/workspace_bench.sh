#!/usr/bin/env bash
# The workspace on a large generated round: how long the points list takes with and without
# filters, and whether the server's memory stays flat while an officer pages through the whole
# round. Prints its figures; not part of CI (a generated round of 100,000 points takes minutes).
#   bench/workspace_bench.sh [SUBMISSIONS] [BUILD_DIR]     (default 29000 submissions: ~100,000 points)
set -euo pipefail
cd "$(dirname "$0")/.."
submissions=${1:-29000}
build=${2:-build}
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$build/bin/inspraak_generate_round" "$work/round" --submissions "$submissions" >/dev/null
start=$(date +%s.%N)
"$build/bin/inspraak" -q run "$work/round" --out "$work/out" --format json
echo "round: $("$build/bin/inspraak" points "$work/round" --out "$work/out" --limit 1 | tail -1)" \
     "(made in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s)"

"$build/bin/inspraak" serve "$work/round" --out "$work/out" --port 0 >"$work/serve.out" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
link=$(grep -o 'http://[^ ]*' "$work/serve.out")
base=${link%/start*}
curl -s -c "$work/jar" -o /dev/null "$link"

# Median of five timed requests after one warm-up.
time_page() {
    curl -s -b "$work/jar" -o /dev/null "$base$1"
    for _ in 1 2 3 4 5; do curl -s -b "$work/jar" -o /dev/null -w '%{time_total}\n' "$base$1"; done |
        sort -n | sed -n 3p
}
echo "page                                              median of 5 (s)"
for page in "/points" "/points?chapter=3" "/points?chapter=3&route=kader&status=draft" "/points?q=ondernemers" \
            "/points?sender=bom" "/points?order=confidence" "/points?page=1000" "/" "/chapters" "/chapters/h3"; do
    printf '%-50s %s\n' "$page" "$(time_page "$page")"
done

total=$("$build/bin/inspraak" points "$work/round" --out "$work/out" --limit 1 | tail -1 | grep -o 'van [0-9]*\|of [0-9]*' | grep -o '[0-9]*')
pages=$(( (total + 49) / 50 ))
rss() { grep VmRSS "/proc/$server_pid/status" | awk '{print $2}'; }
before=$(rss)
slowest=0
for page in $(seq 1 "$pages"); do
    t=$(curl -s -b "$work/jar" -o /dev/null -w '%{time_total}' "$base/points?page=$page")
    slowest=$(echo "if ($t > $slowest) $t else $slowest" | bc)
done
echo "paged through all $pages pages: server memory ${before} kB before, $(rss) kB after; slowest page ${slowest} s"
