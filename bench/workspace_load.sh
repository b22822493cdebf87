#!/usr/bin/env bash
# The workspace under load (bench/README.md): officers signed in to `inspraak serve` on a generated
# round read and write at once; then the server is killed with SIGKILL in the middle of writes
# and started again. Every write the server acknowledged must be in the store with its audit
# entry, and no answer may be an error. Exits 0 when all holds, 1 otherwise (77: skipped).
#
#   bench/workspace_load.sh [--submissions 29000] [--sessions 20] [--seconds 120] [--postgres]
#                           [--build build] [--work DIR] [--quick]
#
# --work keeps the generated round in DIR and uses it again next time (a 100,000-point round takes
# minutes to make); with --postgres the round's SQLite store there is copied to the PostgreSQL round.
# --quick is the CTest version: a small round, 4 officers, a few seconds, one restart.
# --postgres runs it on a round on the PostgreSQL server in INSPRAAK_TEST_POSTGRES
# (scripts/postgres-test-server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
submissions=29000 sessions=20 seconds=120 kill_after=10 after_restart=20 build=build postgres= work=
while [ $# -gt 0 ]; do
    case "$1" in
        --submissions) submissions=$2; shift ;;
        --sessions) sessions=$2; shift ;;
        --seconds) seconds=$2; shift ;;
        --build) build=$2; shift ;;
        --postgres) postgres=1 ;;
        --work) work=$2; shift ;;
        --quick) submissions=250 sessions=4 seconds=5 kill_after=3 after_restart=3 ;;
        *) echo "workspace_load.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
inspraak=$build/bin/inspraak
keep=$work
[ -n "$work" ] || work=$(mktemp -d)
mkdir -p "$work"
server_pid=
store=$work/out/round.db
round_name=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "$round_name" ] && psql -X -q "$INSPRAAK_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS \"$round_name\" CASCADE" >/dev/null 2>&1 || true
    [ -n "$keep" ] || rm -rf "$work"
}
trap cleanup EXIT

if [ -n "$postgres" ]; then
    if [ -z "${INSPRAAK_TEST_POSTGRES:-}" ]; then
        echo "INSPRAAK_TEST_POSTGRES is not set: no PostgreSQL server (scripts/postgres-test-server.sh)" >&2
        [ -n "${CI:-}" ] && exit 1 || exit 77
    fi
    round_name=load_$$_$(date +%s)
    store="$INSPRAAK_TEST_POSTGRES?round=$round_name"
fi

started=$(date +%s)
password=load-wachtwoord-1
rm -f "$work/acks.tsv"
if [ ! -f "$work/out/round.db" ]; then
    "$build/bin/inspraak_generate_round" "$work/round" --submissions "$submissions" >/dev/null
    "$inspraak" -q run "$work/round" --out "$work/out" --format json
    for i in $(seq -w 1 "$sessions"); do
        [ "${#i}" -lt 2 ] && i=0$i
        echo "$password" | "$inspraak" -q user add "$work/round" "load$i" --role redacteur --out "$work/out"
    done
fi
[ -n "$postgres" ] && "$inspraak" -q store copy "$work/out/round.db" "$store"
echo "round: $("$inspraak" points "$work/round" --out "$work/out" --store "$store" --limit 1 | tail -1)" \
     "($(( $(date +%s) - started )) s to make); store: $([ -n "$postgres" ] && echo PostgreSQL || echo SQLite); machine: $(nproc) cores"

start_server() {
    "$inspraak" serve "$work/round" --out "$work/out" --store "$store" --port 0 >"$work/serve.out" 2>&1 &
    server_pid=$!
    for _ in $(seq 300); do grep -q 'http://' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
    port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.out" | head -1 | cut -d: -f3)
    [ -n "$port" ] || { echo "the server did not start:" >&2; cat "$work/serve.out" >&2; exit 1; }
}
load() {
    "$build/bin/inspraak_workspace_load" --port "$port" --store "$store" --users load --password "$password" \
        --sessions "$sessions" --server-pid "$server_pid" --acks "$work/acks.tsv" "$@"
}

status=0
start_server
echo "== $sessions officers for $seconds s"
load --seconds "$seconds" --seed 1 || status=1
echo "== SIGKILL in the middle of writes"
load --seconds $(( kill_after * 10 )) --kill-after "$kill_after" --seed 2 || status=1
wait "$server_pid" 2>/dev/null || true
echo "== started again: every write acknowledged before the kill, and $after_restart s more"
start_server
load --seconds "$after_restart" --seed 3 || status=1
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
[ $status -eq 0 ] && echo "PASS" || echo "FAIL"
exit $status
