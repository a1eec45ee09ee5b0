#!/usr/bin/env bash
# Where a benchmark waits: samples it in wall-clock time (perf, cpu-clock, all threads) and
# prints its hottest functions and the share of samples that land right after an atomic
# (lock-prefixed) instruction, mostly a string's reference count on a cache line that is
# missing or that another core owns. Callgrind counts instructions and simulates caches for
# one core at a time, so it sees neither. docs/BENCHMARKS.md says how the figures were taken.
#
#   tools/perf-stalls.sh BINARY FILTER [SECONDS] [TOP]
#
# Needs perf (Debian: linux-perf) allowed to sample (kernel.perf_event_paranoid <= 1, or
# root), and python3. Build the binary with -g for readable annotations.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 BINARY FILTER [SECONDS] [TOP]" >&2
    exit 2
fi
binary=$(realpath "$1") filter=$2 seconds=${3:-4} top=${4:-25}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
perf record -q -e cpu-clock -F 2000 -o perf.data "$binary" --benchmark_filter="$filter" \
    --benchmark_min_time="$seconds" 2>/dev/null | awk '/^BM_/ { print $1, $2, $3, "per iteration" }'
perf report -i perf.data --no-children --sort sym --stdio -g none 2>/dev/null |
    sed -nE 's/^ +([0-9.]+)% +\[.\] (.*[^ ]) *$/\1\t\2/p' >symbols.tsv
python3 - "$top" <<'PY'
import subprocess, sys

top = int(sys.argv[1])
rows = [line.rstrip('\n').split('\t', 1) for line in open('symbols.tsv')]
print('hottest functions, % of all samples (self):')
for share, symbol in rows[:top]:
    print(f'  {float(share):5.2f}  {symbol[:110]}')
after_lock = []
for share, symbol in rows[:60]:
    annotation = subprocess.run(['perf', 'annotate', '-i', 'perf.data', '--stdio', '-s', symbol],
                                capture_output=True, text=True).stdout
    previous_locked, local = False, 0.0
    for line in annotation.splitlines():
        percent, _, rest = line.partition(':')
        try:
            value = float(percent)
        except ValueError:
            continue
        if previous_locked:
            local += value
        previous_locked = 'lock ' in rest
    after_lock.append((float(share) * local / 100.0, symbol))
print('samples right after an atomic instruction, in the 60 hottest functions: '
      f'{sum(s for s, _ in after_lock):.2f}% of all')
for share, symbol in sorted(after_lock, reverse=True)[:8]:
    if share >= 0.1:
        print(f'  {share:5.2f}  {symbol[:110]}')
PY
