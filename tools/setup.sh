#!/usr/bin/env bash
# Installs what ArchStudio needs on Debian 12, then configures and builds it.
# Idempotent and quiet: prints only what goes wrong. Usage: tools/setup.sh [PRESET]
set -euo pipefail

preset="${1:-dev}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packages=(
    g++ clang cmake ninja-build pkg-config  # clang: tools/check-clang.sh, the second CI build
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL; only a Recommends of qt6-base-dev
    libquazip1-qt6-dev libboost-json1.81-dev zlib1g-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n  # lupdate/lrelease; Qt's own German
    libbenchmark-dev
    poppler-utils libxml2-utils librsvg2-bin
    xvfb xdotool  # tst_crashrecovery drives the real studio under a private X server
    # tools/check-package.sh: builds the .deb (dpkg-shlibdeps) and checks it as installed
    dpkg-dev file lintian appstream desktop-file-utils shared-mime-info
    xdg-utils libfile-mimeinfo-perl libglib2.0-bin man-db bash-completion python3
    nodejs npm
)

# NodeSource's nodejs package carries npm (and conflicts with Debian's): npm is there when
# its command is.
installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed" && return 0
    [ "$1" = npm ] && command -v npm >/dev/null
}

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log="$(mktemp)"
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
           $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2
        echo "setup: installing ${missing[*]} failed" >&2
        exit 1
    fi
    rm -f "$log"
fi

mkdir -p build
# The draw.io checker's dependencies (jgraph's mxgraph, jsdom), pinned by its lock file.
checker="tools/drawio-check"
if [ ! "$checker/node_modules/.package-lock.json" -nt "$checker/package-lock.json" ]; then
    log="build/setup-npm.log"
    (cd "$checker" && npm ci --no-audit --no-fund) >"$log" 2>&1 || {
        cat "$log" >&2
        echo "setup: npm ci in $checker failed" >&2
        exit 1
    }
fi

log="build/setup-$preset.log"
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
cmake --build "build/$preset" -j2 >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
