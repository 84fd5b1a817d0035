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
#   m2-l-std, m2-std  -m=2 -l and -m=2 (gc's explanations) on the whole
#         std, as m-l and m (gc's output is 1.5 and 1.9 million lines,
#         go/types 88% of them; about a minute each for go build, 400 MB).
#   cmd-m-l, cmd-m  -m -l and -m on GOROOT's commands (cmd/...: 158
#         packages, the compiler, the go command, the linker...; not run
#         by default, gc takes minutes: ESCAPE_STD_MODES="cmd-m-l cmd-m")
#   m2    -m=2 on a sample of std, in one go build (not run by default:
#         the whole-std modes cover it; ESCAPE_STD_MODES=m2 asks for it):
#         M2_L below at -m=2 -l, M2_I at -m=2, each package given its
#         flags by a -gcflags=PKG=FLAGS pattern; goescape runs once per
#         flag set.  No package of M2_L may be imported by one of M2_I
#         (gc would compile it with -l for its importer, goescape as a
#         dependency, with inlining).
#   cgo-m-l, cgo-m, cgo-m2  -m -l, -m and -m=2 with CGO_ENABLED=1 on the
#         packages with cgo files and an importer (CGO_PKGS below): goescape
#         runs cgo as go build does (src/cgo.c); the directory of cgo's
#         output is compared as $WORK/ (escdiff).
#   cgo-std  -m on the whole std with CGO_ENABLED=1 (not run by default:
#         another std build; ESCAPE_STD_MODES=cgo-std asks for it).
# One result per mode and package: escape-std/MODE/PKG.  One INFO line per
# mode gives the totals: gc's lines, goescape's, lines in common,
# precision (common / goescape's), recall (common / gc's) and identical
# packages.  The per-package missing (-) and extra (+) lines are in
# $LOGDIR/escape-std-MODE.diffs.
#
# gc's output is kept in build/escape-std/ (keyed by `go version`), so
# check-asan after make test does not build std twice; delete it to
# rebuild.  ESCAPE_STD_MODES="m-l" runs a subset (default: m-l m
# m2-l-std m2-std).
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

# The -m=2 sample: each package for what it exercises.  -m=2 -l: net/http
# (the equality and hash functions of types written before escape
# analysis, a thousand wrappers), crypto/tls, text/template, go/token (the
# wrappers of an instance of a generic type, atomic.Pointer[File]).
# -m=2: runtime (the wrappers of the universe's error and of the
# anonymous interfaces of parameters), reflect, sync, net (function-local
# types with wrappers), fmt, os, encoding/json, crypto/elliptic (shape
# instantiations and their dictionaries).
CGO_PKGS=(net os/user net/http plugin runtime/cgo)
M2_L=(net/http crypto/tls text/template go/token)
M2_I=(runtime reflect sync net fmt os encoding/json crypto/elliptic)

# run_goescape MODE OUT FLAGS... PKGS...: goescape's output, or fail
run_goescape() {
	local mode=$1 out=$2 status=0
	shift 2
	CGO_ENABLED=$cgoenv timeout --kill-after=10 600 "$GOESCAPE" "$@" >>"$out" 2>"$tmp/err-$mode" || status=$?
	if ((status != 0)); then
		fail "escape-std/$mode" "goescape $*: $(describe_status $status): $(head -c 300 "$tmp/err-$mode")"
		return 1
	fi
}

for mode in ${ESCAPE_STD_MODES:-m-l m m2-l-std m2-std cgo-m-l cgo-m cgo-m2}; do
	pkgs=(std)
	cgoenv=0
	case $mode in
	cgo-m-l) flags=(-m -l); pkgs=("${CGO_PKGS[@]}"); cgoenv=1 ;;
	cgo-m) flags=(-m); pkgs=("${CGO_PKGS[@]}"); cgoenv=1 ;;
	cgo-m2) flags=(-m=2); pkgs=("${CGO_PKGS[@]}"); cgoenv=1 ;;
	cgo-std) flags=(-m); cgoenv=1 ;;
	m-l) flags=(-m -l) ;;
	m) flags=(-m) ;;
	m2-l-std) flags=(-m=2 -l) ;;
	m2-std) flags=(-m=2) ;;
	cmd-m-l) pkgs=(cmd/...) flags=(-m -l) ;;
	cmd-m) pkgs=(cmd/...) flags=(-m) ;;
	m2)
		pkgs=("${M2_L[@]}" "${M2_I[@]}")
		flags=()
		for p in "${M2_L[@]}"; do flags+=("-gcflags=$p=-m=2 -l"); done
		for p in "${M2_I[@]}"; do flags+=("-gcflags=$p=-m=2"); done
		;;
	*) fail "escape-std/$mode" "unknown mode"; continue ;;
	esac
	key=$stamp
	[[ $mode == m2 ]] && key=$stamp-$(printf '%s\n' "${M2_L[@]}" / "${M2_I[@]}" | cksum | cut -d' ' -f1)
	[[ $mode == cgo-m* ]] && key=$stamp-$(printf '%s\n' "${CGO_PKGS[@]}" | cksum | cut -d' ' -f1)
	want=$cache/gc-$mode-$key.txt
	if [[ ! -s $want ]]; then
		if [[ $mode == m2 ]]; then
			log "escape-std: go build -a ${flags[*]} ${pkgs[*]}"
			gcflags=("${flags[@]}")
		else
			log "escape-std: CGO_ENABLED=$cgoenv go build -a -gcflags='${flags[*]}' ${pkgs[*]}"
			gcflags=(-gcflags="${flags[*]}")
		fi
		if ! CGO_ENABLED=$cgoenv GOCACHE=$tmp/gocache go build -a "${gcflags[@]}" "${pkgs[@]}" >"$tmp/want" 2>&1; then
			# -m output goes to stderr with exit 0; a failure is real
			fail "escape-std/$mode" "go build failed: $(head -c 300 "$tmp/want")"
			continue
		fi
		mv "$tmp/want" "$want"
	fi
	got=$tmp/got-$mode
	: >"$got"
	if [[ $mode == m2 ]]; then
		run_goescape "$mode" "$got" -m=2 -l "${M2_L[@]}" || continue
		run_goescape "$mode" "$got" -m=2 "${M2_I[@]}" || continue
		flags=(-m=2 sample)
	else
		run_goescape "$mode" "$got" "${flags[@]}" "${pkgs[@]}" || continue
	fi
	diffs=$LOGDIR/escape-std-$mode.diffs
	if ! "$ESCDIFF" -diffs "$diffs" "$want" "$got" >"$tmp/cmp-$mode"; then
		fail "escape-std/$mode" "escdiff failed"
		continue
	fi
	escdiff_judge "escape-std/$mode" "$mode" "$tmp/cmp-$mode" "$diffs" "$KNOWN" known
	escdiff_total "escape-std/$mode" "$tmp/cmp-$mode" "${flags[*]}" "$FLOOR" "${floor_p[$mode]:-0}" "${floor_r[$mode]:-0}"
done
