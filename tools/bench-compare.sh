#!/usr/bin/env bash
# Compares two builds of a Google Benchmark binary on a machine whose speed drifts.
#
#   tools/bench-compare.sh ROUNDS FILTER BEFORE AFTER
#
# Runs BEFORE, AFTER, AFTER, BEFORE in every round (each run --benchmark_min_time=0.15),
# so a drift in the machine's speed falls on both binaries alike; reports, per benchmark,
# min and median of every run and the median and interquartile range of the rounds'
# after/before ratios. Needs python3. docs/BENCHMARKS.md says how its figures were taken.
set -euo pipefail
if [ $# -ne 4 ]; then
    echo "usage: $0 ROUNDS FILTER BEFORE AFTER" >&2
    exit 2
fi
rounds=$1 filter=$2 before=$3 after=$4
out=$(mktemp)
trap 'rm -f "$out"' EXIT
run() {
    "$1" --benchmark_filter="$filter" --benchmark_min_time=0.15 2>/dev/null |
        awk -v side="$2" -v round="$3" '/^BM_/ { print round, side, $1, $2 }' >>"$out"
}
for round in $(seq "$rounds"); do
    run "$before" before "$round"
    run "$after" after "$round"
    run "$after" after "$round"
    run "$before" before "$round"
done
python3 - "$out" <<'PY'
import collections, statistics, sys

runs = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    round_, side, name, value = line.split()
    runs[name][(int(round_), side)].append(float(value))
for name in sorted(runs):
    by = runs[name]
    rounds = sorted({r for r, _ in by})
    ratios = [statistics.mean(by[(r, 'after')]) / statistics.mean(by[(r, 'before')])
              for r in rounds if by[(r, 'after')] and by[(r, 'before')]]
    side = lambda s: [v for (r, t), vs in by.items() if t == s for v in vs]
    quart = statistics.quantiles(ratios, n=4) if len(ratios) >= 2 else [ratios[0]] * 3
    print(f"{name}\n  before min {min(side('before')):.1f} median {statistics.median(side('before')):.1f}"
          f" | after min {min(side('after')):.1f} median {statistics.median(side('after')):.1f}"
          f" | after/before median {statistics.median(ratios):.3f}"
          f" (IQR {quart[0]:.3f}-{quart[2]:.3f}, {len(ratios)} rounds)")
PY
