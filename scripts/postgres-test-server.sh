#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests of the PostgreSQL store.
#   scripts/postgres-test-server.sh start   create a cluster in a temporary folder and start it
#   scripts/postgres-test-server.sh env     print INSPRAAK_TEST_POSTGRES=postgresql://... for the tests
#   scripts/postgres-test-server.sh stop    stop it and remove the folder
# The server listens on 127.0.0.1 only, on a free port, with its unix socket in the folder, and
# trusts every local connection: it holds nothing but test data and lives for one test run.
# initdb and postgres refuse to run as root (CI runs as root), so as root the cluster belongs to
# the system user inspraak-test, made here when missing; anyone else runs it as themselves.
# One cluster per checkout: its folder's name comes from the checkout's path, so `start` finds and
# clears what a killed run left (a server still running, a half-made folder) and worktrees running
# their tests side by side do not meet.
set -euo pipefail

pg_bin=${INSPRAAK_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
database=inspraak_test
superuser=inspraak
repo=$(cd "$(dirname "$0")/.." && pwd -P)
base=${TMPDIR:-/tmp}
# As root the folder belongs to inspraak-test, who may not reach into root's TMPDIR; and the unix
# socket's path must stay under 107 bytes. /tmp serves both.
{ [ "$(id -u)" -ne 0 ] && ((${#base} < 50)); } || base=/tmp
dir=$base/inspraak-test-postgres-$(printf '%s' "$repo" | sha256sum | cut -c1-12)

say() { echo "postgres-test-server: $*" >&2; }
die() { say "$*"; exit 1; }

# Runs a command as the cluster's owner, from its folder (runuser keeps the caller's working
# directory, which that user may not be allowed to read).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$dir" && runuser -u inspraak-test -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

ensure_owner() {
  [ "$(id -u)" -eq 0 ] || return 0
  id -u inspraak-test >/dev/null 2>&1 && return 0
  # Another checkout's run may make the user at the same moment: then it is there all the same.
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin inspraak-test ||
    id -u inspraak-test >/dev/null
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_cluster() {
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    # Fast shutdown ends open test connections; a server that hangs is killed.
    if ! as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop >/dev/null 2>&1; then
      local pid
      pid=$(head -n1 "$dir/data/postmaster.pid" 2>/dev/null || true)
      [[ $pid =~ ^[0-9]+$ ]] && kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$dir"
}

start_cluster() {
  [ -x "$pg_bin/initdb" ] || die "$pg_bin/initdb ontbreekt: installeer PostgreSQL 15 (scripts/setup.sh)"
  ensure_owner
  if [ -d "$dir" ]; then
    say "ruimt een achtergebleven testserver op ($dir)"
    stop_cluster
  fi
  mkdir -m 700 "$dir"
  [ "$(id -u)" -ne 0 ] || chown inspraak-test: "$dir"

  as_owner "$pg_bin/initdb" -D "$dir/data" -U "$superuser" --auth=trust --encoding=UTF8 --no-locale \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb mislukt"; }

  # A free port: skip ports something answers on, and try another when the server still cannot
  # bind (another process took it in between).
  local attempt port
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    port_in_use "$port" && continue
    # Durability settings off: the cluster lives for one test run.
    if as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -s \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
      as_owner "$pg_bin/createdb" -h "$dir" -p "$port" -U "$superuser" "$database" ||
        { stop_cluster; die "createdb $database mislukt"; }
      echo "$port" >"$dir/port"
      say "draait op 127.0.0.1:$port ($dir)"
      return 0
    fi
    say "poort $port lukte niet (poging $attempt), probeert een andere"
    tail -n 3 "$dir/server.log" >&2 2>/dev/null || true
    # A server that did start but not in time must not keep the data folder.
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
  done
  stop_cluster
  die "kon de testserver niet starten"
}

print_env() {
  [ -f "$dir/port" ] || die "er draait geen testserver (eerst: $0 start)"
  echo "INSPRAAK_TEST_POSTGRES=postgresql://$superuser@127.0.0.1:$(cat "$dir/port")/$database"
}

case "${1:-}" in
  start) start_cluster ;;
  stop) stop_cluster ;;
  env) print_env ;;
  *) die "gebruik: $0 start|stop|env" ;;
esac
