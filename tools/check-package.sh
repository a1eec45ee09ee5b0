#!/usr/bin/env bash
# Builds the Debian package (release build, cpack) and checks it as a user's machine would
# see it (docs/PACKAGING.md): unpacks it with dpkg-deb into a scratch root, runs the unpacked
# archstudio on the unpacked sample, lists the plugin loaded from the unpacked tree, checks
# the MIME type with xdg-mime, the files' places, and runs lintian, appstreamcli and
# desktop-file-validate. Prints one line when all is well; on a failure, what failed.
#
# Usage: tools/check-package.sh [BUILD_DIR]
#   BUILD_DIR defaults to build/package: the release preset without the tests (the package
#   holds none of them), configured there if it is not yet. Pass build/release to package
#   an existing release build instead. Run tools/setup.sh first (CI does): it installs the
#   tools used here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="${1:-build/package}"
mkdir -p build

log="$root/build/check-package.log"
: >"$log"
fail() {
    echo "check-package: $*" >&2
    exit 1
}
# Runs a command, its output to the log; on failure prints the log's end and stops.
quiet() {
    if ! "$@" >>"$log" 2>&1; then
        tail -n 60 "$log" >&2
        fail "failed: $*"
    fi
}

# --- Build the package.
if [ ! -f "$build/build.ninja" ]; then
    quiet cmake --preset release -B "$build" -DARCHSTUDIO_BUILD_TESTS=OFF
fi
quiet cmake --build "$build" -j2
rm -f "$build"/archstudio_*.deb
(cd "$build" && quiet cpack)
debs=("$build"/archstudio_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no archstudio_*.deb in $build"
deb="${debs[0]}"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
unpacked="$scratch/root"
dpkg-deb -x "$deb" "$unpacked"
usr="$unpacked/usr"
checks=0
check() { checks=$((checks + 1)); }

# --- The package's fields.
field() { dpkg-deb -f "$deb" "$1"; }
for f in Package Version Architecture Maintainer Section Priority Homepage Depends Description; do
    [ -n "$(field "$f")" ] || fail "the control file has no $f"
done
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is $(field Architecture)"
field Maintainer | grep -q '<.*@.*>' || fail "the maintainer has no e-mail address"
[ "$(field Description | wc -l)" -gt 3 ] || fail "the description has no long description"
# dpkg-shlibdeps resolved the libraries: Qt is a dependency, the private libraries are not.
field Depends | grep -q 'libqt6widgets6' || fail "Depends lacks Qt: $(field Depends)"
field Depends | grep -qi 'archstudio' && fail "Depends names a private library: $(field Depends)"
check

# --- Where everything is.
expect=(
    bin/archstudio
    share/applications/org.archstudio.ArchStudio.desktop
    share/metainfo/org.archstudio.ArchStudio.metainfo.xml
    share/mime/packages/archstudio.xml
    share/icons/hicolor/scalable/apps/archstudio.svg
    share/icons/hicolor/scalable/mimetypes/application-x-archstudio.svg
    share/man/man1/archstudio.1.gz
    share/bash-completion/completions/archstudio
    share/doc/archstudio/copyright
    share/doc/archstudio/changelog.gz
    share/doc/archstudio/README.md
    share/doc/archstudio/docs/USER-GUIDE.md
    share/doc/archstudio/docs/CLI.md
    share/archstudio/samples/global-storefront.archstudio
)
for f in "${expect[@]}"; do
    [ -f "$usr/$f" ] || fail "the package lacks usr/$f"
done
for size in 16 24 32 48 64 128 256; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/archstudio.png"
    [ -f "$png" ] || fail "the package lacks the ${size}x${size} icon"
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png: $(file -b "$png")"
done
gzip -t "$usr/share/man/man1/archstudio.1.gz" "$usr/share/doc/archstudio/changelog.gz"
# Every ELF file is stripped.
while IFS= read -r -d '' f; do
    if file -b "$f" | grep -q '^ELF'; then
        file -b "$f" | grep -q ', stripped' || fail "not stripped: ${f#"$unpacked"}"
    fi
done < <(find "$unpacked" -type f -print0)
check

# --- The unpacked program runs on the unpacked tree, nothing of the build's.
exe="$usr/bin/archstudio"
sample="$usr/share/archstudio/samples/global-storefront.archstudio"
home="$scratch/home"
mkdir -p "$home"
run() {
    env -u ARCHSTUDIO_PLUGIN_PATH HOME="$home" XDG_DATA_HOME="$home/.local/share" \
        XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=offscreen "$exe" "$@"
}
version="$(run --version)" || fail "archstudio --version failed"
[ "$version" = "archstudio $(field Version)" ] || fail "archstudio --version printed \"$version\""
# Its libraries are the package's own, found through its RUNPATH.
ldd "$exe" | grep -q "not found" && fail "unresolved libraries: $(ldd "$exe" | grep 'not found')"
ldd "$exe" | grep 'libarchstudio' | grep -qv "$unpacked" &&
    fail "libraries from outside the package: $(ldd "$exe" | grep libarchstudio | grep -v "$unpacked")"
check
out="$(run validate "$sample" 2>&1)" || fail "archstudio validate on the sample: $out"
grep -q "valid" <<<"$out" || fail "archstudio validate printed: $out"
check
out="$(run evaluate "$sample" 2>&1)" || fail "archstudio evaluate on the sample: $out"
grep -q "Monthly cost" <<<"$out" || fail "archstudio evaluate printed: $out"
run evaluate --json "$sample" | python3 -c 'import json, sys; json.load(sys.stdin)' ||
    fail "archstudio evaluate --json printed no JSON"
check
# The reference architectures are compiled in; the exercises are installed with the samples.
out="$(run templates 2>&1)" || fail "archstudio templates: $out"
[ "$(wc -l <<<"$out")" -ge 3 ] || fail "archstudio templates listed: $out"
[ -n "$(ls -A "$usr/share/archstudio/exercises")" ] || fail "the package has no exercises"
check
out="$(run plugins 2>&1)" || fail "archstudio plugins: $out"
grep -E "^ *selfmanaged .*$usr/lib/.*archstudio/plugins/libarchstudio_selfmanaged\.so" <<<"$out" >/dev/null ||
    fail "the self-managed plugin was not loaded from the package: $out"
grep -q "not loaded" <<<"$out" && fail "a plugin failed to load: $out"
check

# --- The MIME type, as a file manager sees it: by name, and by content alone.
quiet update-mime-database "$usr/share/mime"
mime() {
    env XDG_DATA_DIRS="$usr/share:/usr/share" XDG_DATA_HOME="$home/.local/share" \
        XDG_CURRENT_DESKTOP= "$@"
}
type="$(mime xdg-mime query filetype "$sample")"
[ "$type" = application/x-archstudio ] || fail "xdg-mime query filetype: $type"
# By content alone, as GLib's GIO (what file managers use) sees a file without a suffix; any
# other zip stays application/zip. (File::MimeInfo's magic-only mode, xdg-mime's fallback,
# does not match nested magic, so GIO is asked.)
content_type() {
    mime gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}
cp "$sample" "$scratch/design-without-suffix"
type="$(content_type "$scratch/design-without-suffix")"
[ "$type" = application/x-archstudio ] || fail "by its content, a design is $type"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").writestr("a.txt", "")' \
    "$scratch/other"
type="$(content_type "$scratch/other")"
[ "$type" = application/zip ] || fail "by its content, another zip is $type"
check

# --- Bash completion: the installed script completes a command and an option.
completion="$usr/share/bash-completion/completions/archstudio"
if [ -f /usr/share/bash-completion/bash_completion ]; then
    out="$(cd "$scratch" && bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        complete_line() {
            COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
            COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _archstudio archstudio "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
            echo "${COMPREPLY[*]}"
        }
        complete_line archstudio eval
        complete_line archstudio evaluate x.archstudio --load
        complete_line archstudio export x.archstudio --page-size L' _ "$completion" 2>&1)"
    [ "$out" = "evaluate
--load-factor
Letter Legal" ] || fail "bash completion completed: $out"
else
    fail "bash-completion is not installed (tools/setup.sh installs it)"
fi
check

# --- Validators.
quiet desktop-file-validate "$usr/share/applications/org.archstudio.ArchStudio.desktop"
check
quiet appstreamcli validate --no-net "$usr/share/metainfo/org.archstudio.ArchStudio.metainfo.xml"
check
lintian_log="$root/build/lintian.log"
if ! lintian --fail-on error --display-info "$deb" >"$lintian_log" 2>&1; then
    cat "$lintian_log" >&2
    fail "lintian reports errors"
fi
check
# The man page renders without a warning from groff (as lintian's check runs it).
warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$usr/share/man/man1/archstudio.1.gz" 2>&1 >/dev/null)" || fail "man: $warnings"
[ -z "$warnings" ] || fail "the man page has warnings: $warnings"
check

echo "package: $(basename "$deb"): $checks checks passed (lintian: $(grep -c '^[WI]:' "$lintian_log" || true) warnings and infos, $lintian_log)"
