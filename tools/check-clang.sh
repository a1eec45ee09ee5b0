#!/usr/bin/env bash
# CI's second build: the whole project (the studio, the plugins and every test) compiled with
# Debian's Clang and warnings as errors (the "clang" preset, build/clang), so that code GCC
# accepts but Clang warns about (or rejects) is caught. Its tests are not run: the dev build
# runs them (tools/test.sh). Prints one line when the build is clean; otherwise the errors.
#
# Usage: tools/check-clang.sh   (after tools/setup.sh, which installs clang)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="build/clang"
mkdir -p build
log="$root/build/check-clang.log"
: >"$log"
fail() {
    echo "check-clang: $*" >&2
    exit 1
}

command -v clang++ >/dev/null || fail "clang++ is not installed (tools/setup.sh installs it)"
start=$SECONDS
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset clang >>"$log" 2>&1 || { cat "$log" >&2; fail "configuring $build failed"; }
fi
# -k 0: every error at once, not only the first file's.
if ! cmake --build "$build" -j2 -- -k 0 >>"$log" 2>&1; then
    grep -E -A12 '^FAILED:|error:' "$log" | head -n 200 >&2
    fail "the Clang build has errors or warnings (all of it in $log)"
fi
echo "clang: $(clang++ --version | head -n 1): built $build with warnings as errors in $((SECONDS - start)) s"
