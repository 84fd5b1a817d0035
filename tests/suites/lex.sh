#!/usr/bin/env bash
# lex.sh — the lexer's unit tests: build/lex_test (tests/lex/lex_test.c)
# prints "PASS lex/<name>" / "FAIL lex/<name>: why" lines, passed through.
source "$(dirname "$0")/../lib.sh"

need_exe lex "$LEXTEST" "run make build/lex_test" || exit 0

timeout 300 "$LEXTEST" >"$LOGDIR/lex.raw" 2>&1
status=$?
# Results pass through; everything else the program prints goes to the log.
grep -E '^(PASS|FAIL|INFO) ' "$LOGDIR/lex.raw"
grep -vE '^(PASS|FAIL|INFO) ' "$LOGDIR/lex.raw" >&2
nfail=$(grep -c '^FAIL ' "$LOGDIR/lex.raw")
if ((status != 0 && nfail == 0)); then
	fail lex "$LEXTEST: $(describe_status $status) with no FAIL line"
elif ((status == 0 && nfail > 0)); then
	fail lex "$LEXTEST: exit status 0 despite $nfail FAIL lines"
fi
exit 0
