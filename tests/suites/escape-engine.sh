#!/usr/bin/env bash
# escape-engine.sh — the escape engine, the IR printers and the -m output
# channel against gc (docs/escape-design.md §5.9, stage 0).
#
#   escape/engine/PROG/-m=N   location graphs built by hand for the
#        programs of tests/escape/progs (build/escape_test), solved by
#        src/escape.c; the messages must equal gc's -m / -m=2 output
#        stored in tests/escape/gc/progs by scripts/escape-golden.sh
#   escape/fmt/CASE           IR trees printed by src/ir.c; each text must
#        be the operand of a message in one of gc's stored outputs
#   escape/leaks              the parameter-tag encoding
#   escape/children/CASE      IR traversal in gc's doChildren order
#   escape/report/CWD         src/report.c turns gc's raw output (absolute
#        paths) into what `go build` prints from directory CWD; compared
#        with the go command itself, package by package
source "$(dirname "$0")/../lib.sh"

ESCAPETEST=${ESCAPETEST:-build/escape_test}
need_exe escape "$ESCAPETEST" "run make build/escape_test" || exit 0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_test NAME ARGS...: the test binary's PASS/FAIL lines, its other
# output to the log, a crash reported once.
run_test() {
	local name=$1
	shift
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1" \
		timeout 300 "$ESCAPETEST" "$@" >"$tmp/out" 2>"$tmp/err"
	local status=$?
	grep -E '^(PASS|FAIL|INFO) ' "$tmp/out"
	cat "$tmp/err" >&2
	local nfail
	nfail=$(grep -c '^FAIL ' "$tmp/out")
	if ((status != 0 && nfail == 0)); then
		fail "escape/$name" "$ESCAPETEST: $(describe_status $status) with no FAIL line"
	elif ((status == 0 && nfail > 0)); then
		fail "escape/$name" "$ESCAPETEST: exit status 0 despite $nfail FAIL lines"
	fi
}

run_test leaks leaks
run_test children children
run_test engine engine tests/escape/gc/progs
run_test fmt fmt tests/escape/gc/goroot/*.out tests/escape/gc/progs/*.out tests/escape/gc/examples/*.out

# ---- the go command's path rewriting ------------------------------------

export GOOS=linux GOARCH=amd64 CGO_ENABLED=0
export GOFLAGS=-mod=mod GOPROXY=off GOWORK=off GOTOOLCHAIN=local
mod=$tmp/mod
mkdir -p "$mod/sub/deep"
printf 'module x\n\ngo 1.19\n' >"$mod/go.mod"
cat >"$mod/lib.go" <<'GO'
package x

var sink *int

func Leak(p *int) { sink = p }

func Keep(q *int) int { return *q }
GO
cat >"$mod/sub/sub.go" <<'GO'
package sub

func New() *int {
	x := 1
	return &x
}
GO
# gc's own output, run as the go command runs it: in the package
# directory, with absolute file names (never -o /dev/null)
raw() { # DIR IMPORTPATH
	(cd "$1" && go tool compile -p="$2" -m -l -o "$tmp/x.o" "$1"/*.go) 2>&1
}
if ! raw "$mod" x >"$tmp/raw-x" || ! raw "$mod/sub" x/sub >"$tmp/raw-sub"; then
	fail escape/report "go tool compile failed: $(head -c 300 "$tmp/raw-x" "$tmp/raw-sub")"
else
	# block IMPORTPATH FILE: that package's block of go build's output
	block() {
		awk -v h="# $1" '/^# /{on = ($0 == h)} on' "$2"
	}
	for cwd in "$mod" "$mod/sub" "$mod/sub/deep"; do
		case $cwd in
		"$mod") pat=./... ;;
		"$mod/sub") pat=../... ;;
		*) pat=../../... ;;
		esac
		name=report/$(basename "$cwd")
		# a fresh cache per directory: a cached build replays the paths
		# of the directory it first ran in
		if ! (cd "$cwd" && GOCACHE=$tmp/cache-$(basename "$cwd") \
			go build -gcflags='-m -l' "$pat") >"$tmp/gobuild" 2>&1; then
			fail "escape/$name" "go build failed: $(head -c 300 "$tmp/gobuild")"
			continue
		fi
		ok=1
		for pkg in x x/sub; do
			dir=$mod
			rawf=$tmp/raw-x
			[[ $pkg == x/sub ]] && dir=$mod/sub rawf=$tmp/raw-sub
			block "$pkg" "$tmp/gobuild" >"$tmp/want"
			"$ESCAPETEST" report "$pkg" "$dir" "$cwd" <"$rawf" >"$tmp/got" 2>&1
			if [[ ! -s $tmp/want ]] || ! cmp -s "$tmp/want" "$tmp/got"; then
				ok=0
				log "--- $name $pkg: go build"
				cat "$tmp/want" >&2
				log "--- goescape"
				cat "$tmp/got" >&2
			fi
		done
		if ((ok)); then
			pass "escape/$name" "$(head -n 2 "$tmp/got" | tail -n 1 | cut -d: -f1)"
		else
			fail "escape/$name" "differs from go build (see log)"
		fi
	done
fi
exit 0
