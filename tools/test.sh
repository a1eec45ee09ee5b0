#!/usr/bin/env bash
# Sets everything up (see setup.sh) and runs every test: unit, CLI end-to-end and UI
# (on Qt's offscreen platform, so no display is needed). Prints ctest's summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/setup.sh" dev
cd "$root"
export QT_QPA_PLATFORM=offscreen
log="build/test-dev.log"
if ctest --preset dev >"$log" 2>&1; then
    grep -E "tests passed|tests failed" "$log"
else
    cat "$log"
    exit 1
fi
