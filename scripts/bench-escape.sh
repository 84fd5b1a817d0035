#!/usr/bin/env bash
# bench-escape.sh — escape analysis of all of std: `goescape -m -l std`
# against `go build -a -gcflags='all=-m -l' std` in the same run, and the
# same without -l (inlining on), GOOS=linux GOARCH=amd64 CGO_ENABLED=0.
#
# Wall time of the whole process (goescape: best of $RUNS_OURS; gc: best
# of $RUNS, each with an empty GOCACHE so nothing is reused), CPU time
# (user + system) of that run, and peak memory (/usr/bin/time's %M: for
# go build, the largest single process).  Neither is pinned: go build
# runs its compiles in parallel on the machine's cores, and so does
# goescape (-j, default: the online processors).  Then the ratio, and
# how far the outputs agree
# (build/tools/escdiff: precision and recall of goescape's lines), since
# a speed-up only counts with identical output.
#
# JOBS="1 2" measures goescape at each -j given (default: one run at its
# default -j), each against the same go build; the load average is
# printed before and after each mode (the machine may be shared).
#
# Usage: [JOBS="1 2"] scripts/bench-escape.sh [MODE...]    MODE m-l (default) and/or m
set -euo pipefail
cd "$(dirname "$0")/.."

GOESCAPE=${GOESCAPE:-bin/goescape}
ESCDIFF=${ESCDIFF:-build/tools/escdiff}
RUNS=${RUNS:-1}
RUNS_OURS=${RUNS_OURS:-5}
modes=("$@")
((${#modes[@]})) || modes=(m-l m)
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= GOWORK=off GOPROXY=off

for x in "$GOESCAPE" "$ESCDIFF"; do
	[[ -x "$x" ]] || { echo "bench: $x missing (make bin/goescape build/tools/escdiff)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ns() { date +%s%N; }

# measure N TAG LABEL CMD...: best wall time (ns), its CPU time (s) and
# peak RSS (KB) into $tmp/TAG.best; the last run's stdout and stderr
# into $tmp/TAG.out and $tmp/TAG.err (gc prints -m on stderr).
measure() {
	local n=$1 tag=$2 label=$3 best= cpu= rss= status t0 t1 ns
	shift 3
	for ((i = 1; i <= n; i++)); do
		rm -rf "$tmp/gocache"
		t0=$(now_ns)
		status=0
		GOCACHE=$tmp/gocache /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >"$tmp/$tag.out" 2>"$tmp/$tag.err" || status=$?
		t1=$(now_ns)
		if ((status != 0)); then
			echo "bench: $label failed with status $status: $(head -c 300 "$tmp/$tag.err")" >&2
			exit 1
		fi
		ns=$((t1 - t0))
		if [[ -z "$best" ]] || ((ns < best)); then
			best=$ns
			read -r u s rss <<<"$(tail -n 1 "$tmp/time")"
			cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
		fi
	done
	echo "$best $cpu $rss" >"$tmp/$tag.best"
	awk -v ns="$best" -v cpu="$cpu" -v kb="$rss" -v label="$label" \
		'BEGIN { printf "%-36s %7.3f s wall  %7.2f s cpu  %7.1f MB peak RSS\n", label ":", ns / 1e9, cpu, kb / 1024 }'
}

for mode in "${modes[@]}"; do
	case $mode in
	m-l) flags="-m -l" ;;
	m) flags="-m" ;;
	*) echo "bench: unknown mode $mode (m-l or m)" >&2; exit 2 ;;
	esac
	echo "bench: escape analysis of std with $flags (linux/amd64, no cgo; best of $RUNS_OURS / $RUNS, $(nproc) cores)"
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
	jobs=(${JOBS:-default})
	for j in "${jobs[@]}"; do
		jflag=()
		[[ $j == default ]] || jflag=(-j "$j")
		# shellcheck disable=SC2086
		measure "$RUNS_OURS" "ours-$j" "goescape $flags ${jflag[*]} std" "$GOESCAPE" $flags "${jflag[@]}" std
	done
	measure "$RUNS" gc "go build -a -gcflags='all=$flags' std" go build -a -gcflags="all=$flags" std
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
	read -r gns gcpu _ <"$tmp/gc.best"
	for j in "${jobs[@]}"; do
		read -r ons ocpu _ <"$tmp/ours-$j.best"
		awk -v a="$ons" -v b="$gns" -v ca="$ocpu" -v cb="$gcpu" -v j="$j" 'BEGIN {
			printf "ratio:   gc / goescape%s = %.1fx wall, %.1fx cpu\n", j == "default" ? "" : " -j " j, b / a, cb / ca
		}'
		if [[ $j != "${jobs[0]}" ]] && ! cmp -s "$tmp/ours-$j.out" "$tmp/ours-${jobs[0]}.out"; then
			echo "bench: goescape's output at -j $j differs from -j ${jobs[0]}'s" >&2
			exit 1
		fi
	done
	cat "$tmp/gc.out" "$tmp/gc.err" >"$tmp/gc.lines"
	read -r _ nwant ngot nmatch prec rec same <<<"$("$ESCDIFF" "$tmp/gc.lines" "$tmp/ours-${jobs[0]}.out" | grep '^total ')"
	echo "output:  gc $nwant lines, goescape $ngot, in common $nmatch: precision $prec, recall $rec, identical packages $same"
done
