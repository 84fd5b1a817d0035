#!/usr/bin/env bash
# bench-parse.sh — parser throughput on all .go files of GOROOT/src:
# goescape (`bin/goescape parse -bench FILES...`: parse time only, files
# already read, best of five rounds; also the whole process) against go/parser
# (`build/tools/astdump -bench FILES...`), in the same run.
#
# Both are pinned to one core (taskset -c 0, GOMAXPROCS=1) with the files
# already in the page cache.  goescape's figure is wall time of the whole
# process, best of $RUNS, and MB/s = total bytes / time (MB = 1e6 bytes).
# go/parser's figure (and, for reference, gc's syntax package's) is what
# astdump -bench reports: parse time only, files already in memory.
#
# Usage: scripts/bench-parse.sh [DIR]     (default: GOROOT/src)
set -euo pipefail
cd "$(dirname "$0")/.."

GOESCAPE=${GOESCAPE:-bin/goescape}
ASTDUMP=${ASTDUMP:-build/tools/astdump}
GOROOT_ORACLE=${GOROOT_ORACLE:-/usr/lib/go-1.19}
RUNS=${RUNS:-3}
dir=${1:-$GOROOT_ORACLE/src}

for x in "$GOESCAPE" "$ASTDUMP"; do
	[[ -x "$x" ]] || { echo "bench: $x missing (make bin/goescape build/tools/astdump)" >&2; exit 1; }
done
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi

mapfile -t files < <(find -L "$dir" -name '*.go' -type f | LC_ALL=C sort)
bytes=$(cat "${files[@]}" | wc -c)   # also warms the page cache
cat "${files[@]}" >/dev/null
echo "bench: ${#files[@]} files, $bytes bytes under $dir"

now_ns() { date +%s%N; }
best=
for ((i = 1; i <= RUNS; i++)); do
	t0=$(now_ns)
	status=0
	"${pin[@]}" "$GOESCAPE" parse "${files[@]}" >/dev/null 2>&1 || status=$?
	t1=$(now_ns)
	if ((status > 1)); then
		echo "bench: goescape parse failed with status $status" >&2
		exit 1
	fi
	ns=$((t1 - t0))
	if [[ -z "$best" ]] || ((ns < best)); then best=$ns; fi
done
wall=$(awk -v b="$bytes" -v ns="$best" 'BEGIN { printf "%.1f", b / (ns / 1e9) / 1e6 }')
printf 'goescape (whole process, reading the files too): %s MB/s  (best of %d: %.3f s)\n' "$wall" "$RUNS" "$(awk -v ns="$best" 'BEGIN { print ns / 1e9 }')"

# Measured as the oracle measures go/parser: files read first, parse time
# only, best of five rounds.  The ratios below use this figure.
out=$("${pin[@]}" "$GOESCAPE" parse -bench "${files[@]}" 2>/dev/null) || true
echo "$out"
ours=$(echo "$out" | awk '/^goescape:/ { for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") { print $i; exit } }')
if [[ -z "$ours" ]]; then
	echo "bench: no 'goescape: X MB/s' line from $GOESCAPE parse -bench" >&2
	exit 1
fi

out=$(GOMAXPROCS=1 "${pin[@]}" "$ASTDUMP" -bench "${files[@]}" 2>&1) || true
echo "$out"
theirs=$(echo "$out" | awk '/^go\/parser:/ { for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") { print $i; exit } }')
if [[ -z "$theirs" ]]; then
	echo "bench: no 'go/parser: X MB/s' line from $ASTDUMP -bench" >&2
	exit 1
fi
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "ratio:     goescape / go/parser = %.2f\n", a / b }'

# gc's own parser too, for reference (the one goescape imitates).
out=$(GOMAXPROCS=1 "${pin[@]}" "$ASTDUMP" -oracle=gc -bench "${files[@]}" 2>&1) || true
echo "$out"
gc=$(echo "$out" | awk '/^gc syntax:/ { for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") { print $i; exit } }')
if [[ -n "$gc" ]]; then
	awk -v a="$ours" -v b="$gc" 'BEGIN { printf "ratio:     goescape / gc syntax = %.2f\n", a / b }'
fi
