#!/usr/bin/env bash
# types.sh — the type representation (src/types.c) against go/types and gc.
#
#   types/oracle/<pkg>/<question>   build/types_test rebuilds, through our
#        API, every type of the packages under tests/types/src and answers
#        the questions build/tools/typesoracle put to go/types (strings,
#        sizes, lookups, method sets, identity, implementation ...)
#   types/<unit test>               hand-written tests of what go/types
#        does not export (universe, scopes, type set terms, core types,
#        gc's notation, the checker's messages)
#   types/gc-sizes/<arch>/<pkg>     gc itself agrees with the oracle's
#        sizes, alignments and offsets: the oracle writes constant
#        assertions that `go tool compile` accepts only if they hold
source "$(dirname "$0")/../lib.sh"

TYPESTEST=${TYPESTEST:-build/types_test}
TYPESORACLE=${TYPESORACLE:-build/tools/typesoracle}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if need_exe types/oracle "$TYPESORACLE" "run make build/tools/typesoracle"; then
	if ! "$TYPESORACLE" -src tests/types/src >"$tmp/oracle.txt" 2>"$tmp/oracle.err"; then
		fail types/oracle "typesoracle failed: $(head -c 300 "$tmp/oracle.err")"
		cat "$tmp/oracle.err" >&2
		: >"$tmp/oracle.txt"
	fi
	cp "$tmp/oracle.txt" "$LOGDIR/types-oracle.txt"

	# gc agrees with the oracle's layout (never -o /dev/null: gc deletes
	# its output file on error, as root too)
	if "$TYPESORACLE" -src tests/types/src -gccheck "$tmp/gc" >"$tmp/gcdirs" 2>"$tmp/gc.err"; then
		while read -r arch pkg dir; do
			if (cd "$dir" && GOARCH=$arch GOOS=linux go tool compile -p "$pkg" -o "$tmp/x.o" ./*.go) >"$tmp/gc.out" 2>&1; then
				pass "types/gc-sizes/$arch/$pkg" "$(grep -c '^var _ \[' "$dir/zz_sizes.go") assertions"
			else
				fail "types/gc-sizes/$arch/$pkg" "gc disagrees: $(head -n 1 "$tmp/gc.out")"
				head -n 20 "$tmp/gc.out" >&2
			fi
		done <"$tmp/gcdirs"
	else
		fail types/gc-sizes "typesoracle -gccheck failed: $(head -c 300 "$tmp/gc.err")"
	fi
fi

if need_exe types "$TYPESTEST" "run make build/types_test"; then
	[[ -s "$tmp/oracle.txt" ]] || : >"$tmp/oracle.txt"
	timeout 300 "$TYPESTEST" "$tmp/oracle.txt" >"$LOGDIR/types.raw" 2>&1
	status=$?
	grep -E '^(PASS|FAIL|INFO) ' "$LOGDIR/types.raw"
	grep -vE '^(PASS|FAIL|INFO) ' "$LOGDIR/types.raw" >&2
	nfail=$(grep -c '^FAIL ' "$LOGDIR/types.raw")
	if ((status != 0 && nfail == 0)); then
		fail types "$TYPESTEST: $(describe_status $status) with no FAIL line"
	elif ((status == 0 && nfail > 0)); then
		fail types "$TYPESTEST: exit status 0 despite $nfail FAIL lines"
	fi
fi
exit 0
