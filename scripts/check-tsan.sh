#!/usr/bin/env bash
# check-tsan.sh — goescape's threads under ThreadSanitizer (make check-tsan).
#
# bin/goescape-tsan (built with -fsanitize=thread) runs goescape -m -j 2
# over std with -m and with -m -l, a -m=2 sample, a -race sample and a
# generic sample, and checks std (one thread: the checker's own state
# under the sanitizer's eye too).  Every run must end without a report
# (TSAN_OPTIONS halt_on_error: the first report ends the run with status
# 66), and its stdout, stderr and exit status must be those of
# bin/goescape -j 1.  Not part of CI: the sanitizer makes std's runs take
# minutes.
#
# Usage: scripts/check-tsan.sh
set -uo pipefail
cd "$(dirname "$0")/.."

GOESCAPE=${GOESCAPE:-bin/goescape}
TSAN=${TSAN:-bin/goescape-tsan}
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= GOWORK=off
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"

for x in "$GOESCAPE" "$TSAN"; do
	[[ -x "$x" ]] || { echo "check-tsan: $x missing (make bin/goescape bin/goescape-tsan)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0
GOESCAPE=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
TSAN=$(cd "$(dirname "$TSAN")" && pwd)/$(basename "$TSAN")
# run NAME DIR ARGS...: ARGS in DIR under TSan at -j 2 against the plain
# build at -j 1.
run() {
	local name=$1 dir=$2 s1 s2 t0=$SECONDS
	shift 2
	(cd "$dir" && "$GOESCAPE" "$1" -j 1 "${@:2}") >"$tmp/want.out" 2>"$tmp/want.err"
	s1=$?
	(cd "$dir" && "$TSAN" "$1" -j 2 "${@:2}") >"$tmp/got.out" 2>"$tmp/got.err"
	s2=$?
	if grep -q 'ThreadSanitizer' "$tmp/got.err"; then
		echo "FAIL $name: ThreadSanitizer report:"
		sed -n '/WARNING: ThreadSanitizer/,$p' "$tmp/got.err" | head -80
		failed=1
	elif ((s1 > 1 || s1 != s2)); then
		echo "FAIL $name: exit status $s2 under TSan -j 2, $s1 at -j 1"
		head -20 "$tmp/got.err"
		failed=1
	elif ! cmp -s "$tmp/want.out" "$tmp/got.out" || ! cmp -s "$tmp/want.err" "$tmp/got.err"; then
		echo "FAIL $name: output differs from -j 1"
		diff "$tmp/want.out" "$tmp/got.out" | head -10
		diff "$tmp/want.err" "$tmp/got.err" | head -10
		failed=1
	else
		echo "PASS $name ($((SECONDS - t0)) s, status $s2, $(wc -l <"$tmp/got.out") lines)"
	fi
}

# the same for check, which has one thread (no -j)
run_check() {
	local name=$1 s1 s2 t0=$SECONDS
	shift
	"$GOESCAPE" check "$@" >"$tmp/want.out" 2>"$tmp/want.err"
	s1=$?
	"$TSAN" check "$@" >"$tmp/got.out" 2>"$tmp/got.err"
	s2=$?
	if grep -q 'ThreadSanitizer' "$tmp/got.err"; then
		echo "FAIL $name: ThreadSanitizer report:"
		sed -n '/WARNING: ThreadSanitizer/,$p' "$tmp/got.err" | head -80
		failed=1
	elif ((s1 > 1 || s1 != s2)) || ! cmp -s "$tmp/want.out" "$tmp/got.out" || ! cmp -s "$tmp/want.err" "$tmp/got.err"; then
		echo "FAIL $name: differs from the plain build (status $s2, $s1)"
		failed=1
	else
		echo "PASS $name ($((SECONDS - t0)) s, status $s2)"
	fi
}

gp=${GOROOT_ORACLE:-/usr/lib/go-1.19}
run "tsan/-m std" . -m std
run "tsan/-m -l std" . -m -l std
run "tsan/-m=2 sample" . -m=2 encoding/json net/http sort strings
CGO_ENABLED=1 run "tsan/-m -race sample" . -m -race sync net/http
for f in orderedmap graph chans list2 lockable; do
	run "tsan/-m typeparam/$f.go" . -m "$gp/test/typeparam/$f.go"
done
run "tsan/-m errors" tests/escape/jobs/errs -m ./...
run "tsan/-m -l syntax error" tests/escape/jobs/syn -m -l ./...
run_check "tsan/check std" std
exit $failed
