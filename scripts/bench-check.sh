#!/usr/bin/env bash
# bench-check.sh — the type checker on all of std: `goescape check std`
# against go/types loading and checking the same packages from source
# (`build/tools/checkoracle -bench std`: go list, go/parser, go/types),
# in the same run, GOOS=linux GOARCH=amd64 CGO_ENABLED=0.
#
# For each: wall time of the whole process, best of $RUNS ($RUNS_OURS
# for goescape, which takes a fraction of a second and is the more
# exposed to noise), and its peak memory (maximum resident set,
# /usr/bin/time's %M, the smallest of the runs).  Both pinned to one core (taskset -c 0, GOMAXPROCS=1).  go/types
# runs twice: with function bodies (the work goescape's checker does:
# it checks every body) and without them (for reference); the ratios
# compare with the first.
#
# Usage: scripts/bench-check.sh [PATTERN...]     (default: std)
set -euo pipefail
cd "$(dirname "$0")/.."

GOESCAPE=${GOESCAPE:-bin/goescape}
CHECKORACLE=${CHECKORACLE:-build/tools/checkoracle}
RUNS=${RUNS:-3}
RUNS_OURS=${RUNS_OURS:-7}
patterns=("$@")
((${#patterns[@]})) || patterns=(std)
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0

for x in "$GOESCAPE" "$CHECKORACLE"; do
	[[ -x "$x" ]] || { echo "bench: $x missing (make bin/goescape build/tools/checkoracle)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c "${BENCH_CPU:-0}"); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ns() { date +%s%N; }

# measure N TAG LABEL CMD...: best wall time (ns), smallest CPU time
# (user + system, ms, children included: go/types' go list) and
# smallest peak RSS (KB) of N runs into $tmp/TAG.best; the command's
# stderr (last run) into $tmp/TAG.err.  On a shared machine the wall
# time is mostly waiting for the core; the CPU time is the steadier
# figure.
measure() {
	local n=$1 tag=$2 label=$3 best= rss= cpu= status t0 t1 ns kb ms
	shift 3
	for ((i = 1; i <= n; i++)); do
		t0=$(now_ns)
		status=0
		GOMAXPROCS=1 /usr/bin/time -f '%U %S %M' -o "$tmp/rss" "${pin[@]}" "$@" >/dev/null 2>"$tmp/$tag.err" || status=$?
		t1=$(now_ns)
		if ((status != 0)); then
			echo "bench: $label failed with status $status: $(head -c 300 "$tmp/$tag.err")" >&2
			exit 1
		fi
		ns=$((t1 - t0))
		read -r ms kb < <(tail -n 1 "$tmp/rss" | awk '{ printf "%d %d\n", ($1 + $2) * 1000 + 0.5, $3 }')
		if [[ -z "$best" ]] || ((ns < best)); then best=$ns; fi
		if [[ -z "$cpu" ]] || ((ms < cpu)); then cpu=$ms; fi
		if [[ -z "$rss" ]] || ((kb < rss)); then rss=$kb; fi
	done
	echo "$best $rss $cpu" >"$tmp/$tag.best"
	awk -v ns="$best" -v kb="$rss" -v ms="$cpu" -v label="$label" \
		'BEGIN { printf "%-24s %7.3f s  (CPU %6.3f s)  %7.1f MB peak RSS\n", label ":", ns / 1e9, ms / 1e3, kb / 1024 }'
}

echo "bench: type-checking ${patterns[*]} (linux/amd64, no cgo), best of $RUNS_OURS / $RUNS, one core"
measure "$RUNS_OURS" ours "goescape check" "$GOESCAPE" check "${patterns[@]}"
measure "$RUNS" types "go/types, no bodies" "$CHECKORACLE" -bench "${patterns[@]}"
sed 's/^/    last run: /' "$tmp/types.err"
measure "$RUNS" bodies "go/types, with bodies" "$CHECKORACLE" -bench -bodies "${patterns[@]}"
sed 's/^/    last run: /' "$tmp/bodies.err"
read -r ons orss ocpu <"$tmp/ours.best"
read -r tns trss tcpu <"$tmp/types.best"
read -r bns brss bcpu <"$tmp/bodies.best"
awk -v a="$ons" -v b="$tns" -v c="$bns" -v ra="$orss" -v rb="$trss" -v rc="$brss" \
	-v ca="$ocpu" -v cb="$tcpu" -v cc="$bcpu" 'BEGIN {
	printf "ratio:   time  goescape / go/types with bodies = %.2f (%.2f against go/types without)\n", a / c, a / b
	printf "ratio:   CPU   goescape / go/types with bodies = %.2f (%.2f against go/types without)\n", ca / cc, ca / cb
	printf "ratio:   peak  goescape / go/types with bodies = %.2f (%.2f against go/types without)\n", ra / rc, ra / rb
}'
