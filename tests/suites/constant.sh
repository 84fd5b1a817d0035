#!/usr/bin/env bash
# constant.sh — the constant arithmetic (src/constant.c) against
# go/constant and go/types.
#
#   constant/unit/<name>       hand-written tests in build/constant_test
#   constant/oracle/<group>    the cases of tests/constant/cases.txt and
#        random ones from `build/tools/constoracle -gen`, evaluated by
#        build/constant_test and by the oracle; results must be identical
#
# CONST_SEED and CONST_SCALE choose other or more random cases (default
# seed 1, scale 1: about 29000 cases).  The cases and the oracle's results
# are kept in $LOGDIR/constant-cases.txt and constant-expect.txt; to look
# at one: build/constant_test -eval FILE prints our results.
source "$(dirname "$0")/../lib.sh"

CONSTTEST=${CONSTTEST:-build/constant_test}
CONSTORACLE=${CONSTORACLE:-build/tools/constoracle}
CONST_SEED=${CONST_SEED:-1}
CONST_SCALE=${CONST_SCALE:-1}

need_exe constant "$CONSTTEST" "run make build/constant_test" || exit 0

cases=$LOGDIR/constant-cases.txt
expect=$LOGDIR/constant-expect.txt
args=()
if need_exe constant/oracle "$CONSTORACLE" "run make build/tools/constoracle"; then
	if ! { cat tests/constant/cases.txt &&
		"$CONSTORACLE" -gen -seed "$CONST_SEED" -scale "$CONST_SCALE"; } >"$cases" 2>"$LOGDIR/constoracle.err"; then
		fail constant/oracle "constoracle -gen failed: $(head -c 300 "$LOGDIR/constoracle.err")"
	elif ! timeout 300 "$CONSTORACLE" "$cases" >"$expect" 2>>"$LOGDIR/constoracle.err"; then
		fail constant/oracle "constoracle failed: $(head -c 300 "$LOGDIR/constoracle.err")"
	else
		args=(-cases "$cases" -expect "$expect")
		info "constant: $(grep -cv '^#\|^$' "$cases") oracle cases (seed $CONST_SEED, scale $CONST_SCALE)"
	fi
fi

# The module frees everything it allocates, so a sanitizer build runs
# with LeakSanitizer on whatever the caller's settings.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1" \
	timeout 300 "$CONSTTEST" "${args[@]}" >"$LOGDIR/constant.raw" 2>&1
status=$?
grep -E '^(PASS|FAIL|INFO) ' "$LOGDIR/constant.raw"
grep -vE '^(PASS|FAIL|INFO) ' "$LOGDIR/constant.raw" >&2
nfail=$(grep -c '^FAIL ' "$LOGDIR/constant.raw")
if ((status != 0 && nfail == 0)); then
	fail constant "$CONSTTEST: $(describe_status $status) with no FAIL line"
elif ((status == 0 && nfail > 0)); then
	fail constant "$CONSTTEST: exit status 0 despite $nfail FAIL lines"
fi
exit 0
