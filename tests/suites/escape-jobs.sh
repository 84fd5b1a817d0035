#!/usr/bin/env bash
# escape-jobs.sh — goescape -m -j N prints what -j 1 prints
# (docs/escape-design.md §5.15): the same bytes on stdout and on stderr,
# and the same exit status, whatever the threads' timing.
#
#   escape-jobs/std/FLAGS     std with -m -l, with -m, and a -m=2 sample
#        (-m=2 -l and -m=2 over packages with equality and hash
#        functions, wrappers and shape instantiations), -j 2 against -j 1
#   escape-jobs/errs/-jN      tests/escape/jobs/errs: syntax errors
#        (found when a package is first parsed, which a worker may do
#        ahead of the checker), errors kept for the checker and sorted
#        with its own, type errors, a package importing a broken one,
#        among packages with heavy imports; -j 2 and -j 3 against -j 1
#   escape-jobs/syn/-jN       tests/escape/jobs/syn: a syntax error is the
#        run's only error: the exit status must still be 1
#   escape-jobs/flag/...      -j's argument: 1 to 64
source "$(dirname "$0")/../lib.sh"

need_exe escape-jobs "$GOESCAPE" "run make bin/goescape" || exit 0
need_goroot escape-jobs/goroot || exit 0

export GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= GOWORK=off GOPROXY=off
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")

# same NAME DIR JOBS ARGS...: goescape ARGS in DIR at -j 1 and at -j JOBS
# (-j after ARGS' first, -m); each must end with status 0 or 1
same() {
	local name=escape-jobs/$1 dir=$2 jobs=$3 s1=0 s2=0
	shift 3
	(cd "$dir" && timeout --kill-after=10 600 "$GOESCAPE_ABS" "$1" -j 1 "${@:2}") >"$tmp/1.out" 2>"$tmp/1.err" || s1=$?
	(cd "$dir" && timeout --kill-after=10 600 "$GOESCAPE_ABS" "$1" -j "$jobs" "${@:2}") >"$tmp/n.out" 2>"$tmp/n.err" || s2=$?
	log "== $name: goescape $* at -j 1: status $s1, $(wc -l <"$tmp/1.out") lines, $(wc -l <"$tmp/1.err") on stderr; -j $jobs: status $s2"
	if ((s1 >= 124 || s2 >= 124)); then
		fail "$name" "-j 1: $(describe_status $s1), -j $jobs: $(describe_status $s2)"
	elif ((s1 > 1)); then
		head -5 "$tmp/1.err" >&2
		fail "$name" "goescape $* -j 1: exit status $s1, want 0 or 1 (see log)"
	elif ((s1 != s2)); then
		fail "$name" "exit status $s2 at -j $jobs, $s1 at -j 1"
	elif ! cmp -s "$tmp/1.out" "$tmp/n.out"; then
		diff "$tmp/1.out" "$tmp/n.out" | head -20 >&2
		fail "$name" "stdout at -j $jobs differs from -j 1 (see log)"
	elif ! cmp -s "$tmp/1.err" "$tmp/n.err"; then
		diff "$tmp/1.err" "$tmp/n.err" | head -20 >&2
		fail "$name" "stderr at -j $jobs differs from -j 1 (see log)"
	else
		pass "$name" "status $s1, $(wc -l <"$tmp/1.out") lines, $(wc -l <"$tmp/1.err") on stderr"
	fi
}

# want NAME DIR STATUS ARGS...: at every -j the run ends with STATUS and
# stderr holds some error
want_status() {
	local name=escape-jobs/$1 dir=$2 want=$3 s=0
	shift 3
	(cd "$dir" && "$GOESCAPE_ABS" "$@") >"$tmp/w.out" 2>"$tmp/w.err" || s=$?
	if ((s != want)); then
		fail "$name" "goescape $*: exit status $s, want $want"
	elif [[ ! -s "$tmp/w.err" ]]; then
		fail "$name" "goescape $*: status $s but nothing on stderr"
	else
		pass "$name"
	fi
}

same "std/-m -l" . 2 -m -l std
same "std/-m" . 2 -m std
same "std/-m=2 -l sample" . 2 -m=2 -l net/http go/token
same "std/-m=2 sample" . 2 -m=2 sync encoding/json crypto/elliptic
for j in 2 3; do
	same "errs/-j$j" tests/escape/jobs/errs "$j" -m ./...
	same "errs/-l/-j$j" tests/escape/jobs/errs "$j" -m -l ./...
	same "syn/-j$j" tests/escape/jobs/syn "$j" -m -l ./...
	want_status "syn/status/-j$j" tests/escape/jobs/syn 1 -m -l -j "$j" ./...
done
want_status "flag/-j0" . 2 -m -j 0 sort
want_status "flag/-j65" . 2 -m -j=65 sort
want_status "flag/-jx" . 2 -m -j x sort
