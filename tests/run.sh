#!/usr/bin/env bash
# tests/run.sh — run every suite in tests/suites/ in order and total them.
#
# A suite is a bash script that prints one line per test on stdout:
#   PASS name            PASS name (note)
#   FAIL name: reason
#   INFO text            (shown, not counted)
# and writes details to $LOGDIR/<suite>.log (its stderr goes there too).
# This runner shows the FAIL and INFO lines, a summary per suite, and ends
# with exactly one line "N passed, N failed".  Exit status 1 if any failed.
#
# Usage: tests/run.sh [SUITE...]      e.g. tests/run.sh lex parse-golden
# Environment:
#   GOESCAPE  binary under test       (default bin/goescape)
#   LEXTEST   lexer test program      (default build/lex_test)
#   ASTDUMP   Go oracle tool          (default build/tools/astdump)
#   LOGDIR    where logs go           (default build/test-logs)
#   SUITE_TIMEOUT  seconds per suite  (default 1200)
set -uo pipefail
cd "$(dirname "$0")/.."

export GOESCAPE=${GOESCAPE:-bin/goescape}
export LEXTEST=${LEXTEST:-build/lex_test}
export ASTDUMP=${ASTDUMP:-build/tools/astdump}
export LOGDIR=${LOGDIR:-build/test-logs}
SUITE_TIMEOUT=${SUITE_TIMEOUT:-1200}
mkdir -p "$LOGDIR"

if (($# > 0)); then
	suites=()
	for s in "$@"; do suites+=("tests/suites/${s%.sh}.sh"); done
else
	suites=(tests/suites/*.sh)
fi

total_pass=0
total_fail=0
start_all=$SECONDS
for suite in "${suites[@]}"; do
	name=$(basename "$suite" .sh)
	out="$LOGDIR/$name.out"
	log="$LOGDIR/$name.log"
	: >"$log"
	t0=$SECONDS
	if [[ ! -f "$suite" ]]; then
		echo "FAIL $name: no such suite $suite" >"$out"
		status=1
	else
		timeout --kill-after=10 "$SUITE_TIMEOUT" bash "$suite" >"$out" 2>>"$log"
		status=$?
	fi
	pass=$(grep -c '^PASS ' "$out")
	fail=$(grep -c '^FAIL ' "$out")
	if ((status == 124 || status == 137)); then
		echo "FAIL $name: suite timed out after ${SUITE_TIMEOUT}s" >>"$out"
		fail=$((fail + 1))
	elif ((status != 0 && fail == 0)); then
		echo "FAIL $name: suite exited with status $status but reported no failure (see $log)" >>"$out"
		fail=$((fail + 1))
	elif ((pass + fail == 0)); then
		echo "FAIL $name: suite reported no results (see $log)" >>"$out"
		fail=$((fail + 1))
	fi
	grep -E '^(FAIL|INFO) ' "$out" | head -n 200
	nshown=$(grep -cE '^(FAIL|INFO) ' "$out")
	if ((nshown > 200)); then
		echo "... $((nshown - 200)) more lines in $out"
	fi
	printf '== %-16s %5d pass %5d fail  %4ds   (log: %s)\n' "$name" "$pass" "$fail" $((SECONDS - t0)) "$log"
	total_pass=$((total_pass + pass))
	total_fail=$((total_fail + fail))
done
echo "== all suites: $((SECONDS - start_all))s"
echo "$total_pass passed, $total_fail failed"
((total_fail == 0))
