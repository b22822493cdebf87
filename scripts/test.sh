#!/usr/bin/env bash
# Builds inspraak with warnings as errors and runs every test (CTest), then does the same under
# AddressSanitizer and UndefinedBehaviorSanitizer (built by Clang, with the fuzz targets, which
# CTest runs briefly). Run scripts/setup.sh first on a new machine.
#   scripts/test.sh            both builds
#   scripts/test.sh --quick    the normal build only
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

# The PostgreSQL store's tests run against a throwaway server, one for both builds, stopped (and
# its folder removed) however this script ends. `start` clears what a killed run left behind.
postgres=scripts/postgres-test-server.sh
# What LibreOffice made of a document in one test serves every other test converting the same bytes,
# in both builds (tests/test_support/office.hpp): each LibreOffice start costs seconds.
office_cache=$(mktemp -d "${TMPDIR:-/tmp}/inspraak-office-cache.XXXXXX")
export INSPRAAK_TEST_OFFICE_CACHE=$office_cache
trap 'bash "$postgres" stop; rm -rf "$office_cache"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP  # so that the EXIT trap runs when CI or a person stops the run
bash "$postgres" start
postgres_env=$(bash "$postgres" env)
export "$postgres_env"  # INSPRAAK_TEST_POSTGRES=postgresql://...

build_and_test() {  # <build dir> <tests left out: a CTest regex, or ""> <extra cmake args...>
  local dir=$1 leave_out=$2; shift 2
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINSPRAAK_WERROR=ON "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" -j "$jobs" --output-on-failure --timeout 600 ${leave_out:+-E "$leave_out"}
}

echo "== build and test (warnings are errors)"
# -g1 (line tables: enough for a backtrace) instead of -g: the build is the longest part of CI.
build_and_test build "" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
if [ "${1:-}" != "--quick" ]; then
  echo "== build and test under AddressSanitizer + UndefinedBehaviorSanitizer"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # -O1 -g1: sanitizers need no more, and the build takes half the time. Built by Clang, so that
  # the same build makes the libFuzzer targets (fuzz/): CTest fuzzes each briefly from its seed
  # corpus and replays the inputs kept in fuzz/regressions/ (4 s per target here; fuzz/README.md
  # says how to fuzz for hours).
  # Left out here, run by the build above: the PostgreSQL runs of the workspace's and the backup's
  # end-to-end suites (a fifth of this stage's time). What they add to their SQLite runs is the
  # PostgreSQL backend, whose own tests (store, queries, copy, accounts, tallies on PostgreSQL)
  # still run here; the code above the store runs here on SQLite.
  postgres_end_to_end='^Backends?/(Workspace|WorkspaceAccounts|StoreBackup|DecisionsUnderLoad|RedactionPage|ChangeLinksPage|Accounts)\.[A-Za-z]+/PostgreSQL'
  build_and_test build-sanitize "$postgres_end_to_end" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DINSPRAAK_SANITIZE=ON -DINSPRAAK_FUZZ=ON -DINSPRAAK_FUZZ_SECONDS=4 -DINSPRAAK_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1"
fi
