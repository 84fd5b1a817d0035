#!/usr/bin/env bash
# escape-std.sh — differential test of goescape -m against gc on the whole
# standard library (GOOS=linux GOARCH=amd64 CGO_ENABLED=0).
#
# For each mode, gc's output is `go build -a -gcflags='FLAGS' std` (every
# std package named, so every one gets FLAGS) and goescape's is
# `goescape FLAGS std`, both run from the repository root; then
# build/tools/escdiff compares them package by package.  Modes:
#   m-l   -m -l    escape analysis without inlining (issue 4)
#   m     -m       with inlining (issue 5)
# One result per mode and package: escape-std/MODE/PKG.  One INFO line per
# mode gives the totals: gc's lines, goescape's, lines in common,
# precision (common / goescape's), recall (common / gc's) and identical
# packages.  The per-package missing (-) and extra (+) lines are in
# $LOGDIR/escape-std-MODE.diffs.
#
# gc's output is kept in build/escape-std/ (keyed by `go version`), so
# check-asan after make test does not build std twice; delete it to
# rebuild.  ESCAPE_STD_MODES="m-l" runs a subset.
#
# tests/known/escape-std.txt lists "MODE PKG" known to differ; it may
# only shrink (a listed package now identical fails, asking for its
# removal).  tests/known/escape-std-floor.txt holds, per mode, the
# precision and recall measured when the list last shrank: falling below
# either fails, so a listed package cannot quietly get worse.
source "$(dirname "$0")/../lib.sh"

ESCDIFF=${ESCDIFF:-build/tools/escdiff}
ok=1
need_exe escape-std "$GOESCAPE" "run make bin/goescape" || ok=0
need_exe escape-std/escdiff "$ESCDIFF" "run make build/tools/escdiff" || ok=0
need_goroot escape-std/goroot || ok=0
command -v go >/dev/null 2>&1 || { fail escape-std "no go command (run scripts/install-deps.sh)"; ok=0; }
((ok)) || exit 0

export GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= GOWORK=off GOPROXY=off
KNOWN=tests/known/escape-std.txt
FLOOR=tests/known/escape-std-floor.txt
cache=build/escape-std
mkdir -p "$cache"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

declare -A known=()
while read -r k; do known[$k]=1; done < <(read_known "$KNOWN")
declare -A floor_p=() floor_r=()
while read -r mode p r; do
	floor_p[$mode]=$p
	floor_r[$mode]=$r
done < <(read_known "$FLOOR")

stamp=$(go version | tr ' /' '__')

for mode in ${ESCAPE_STD_MODES:-m-l m}; do
	case $mode in
	m-l) flags=(-m -l) ;;
	m) flags=(-m) ;;
	*) fail "escape-std/$mode" "unknown mode"; continue ;;
	esac
	want=$cache/gc-$mode-$stamp.txt
	if [[ ! -s $want ]]; then
		log "escape-std: go build -a -gcflags='${flags[*]}' std"
		if ! GOCACHE=$tmp/gocache go build -a -gcflags="${flags[*]}" std >"$tmp/want" 2>&1; then
			# -m output goes to stderr with exit 0; a failure is real
			fail "escape-std/$mode" "go build failed: $(head -c 300 "$tmp/want")"
			continue
		fi
		mv "$tmp/want" "$want"
	fi
	got=$tmp/got-$mode
	status=0
	timeout --kill-after=10 600 "$GOESCAPE" "${flags[@]}" std >"$got" 2>"$tmp/err-$mode" || status=$?
	if ((status != 0)); then
		fail "escape-std/$mode" "goescape ${flags[*]} std: $(describe_status $status): $(head -c 300 "$tmp/err-$mode")"
		continue
	fi
	diffs=$LOGDIR/escape-std-$mode.diffs
	if ! "$ESCDIFF" -diffs "$diffs" "$want" "$got" >"$tmp/cmp-$mode"; then
		fail "escape-std/$mode" "escdiff failed"
		continue
	fi
	escdiff_judge "escape-std/$mode" "$mode" "$tmp/cmp-$mode" "$diffs" "$KNOWN" known
	escdiff_total "escape-std/$mode" "$tmp/cmp-$mode" "${flags[*]}" "$FLOOR" "${floor_p[$mode]:-0}" "${floor_r[$mode]:-0}"
done
