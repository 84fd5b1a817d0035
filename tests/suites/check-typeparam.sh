#!/usr/bin/env bash
# check-typeparam.sh — the type checker on the generic programs of
# GOROOT/test/typeparam, read in place.
#
# Every single-file test there marked `// run` or `// compile` is a
# correct program: gc compiles it without a word.  So must the checker:
#
#   check-typeparam/<file>  `goescape check -stats ./FILE` exits 0,
#        reports nothing (the -stats lines aside) and meets no
#        unsupported construct
#
# and it must check all of it: a file that meets a construct the checker
# does not check (check.h: "unsupported") fails.  Except the files gc
# 1.19 itself refuses (run.go's go118Failures, where it is one of
# nested.go's reasons: "1.18 compiler doesn't support function-local
# types with generics"):
#
#   check-typeparam/<file>  for nested.go, the errors are gc's own
#        (`go tool compile`, same order and words)
#
#   check-typeparam/<file>/instances  for every Nth file
#        (CHECK_TYPEPARAM_INSTANCES=N, default 8: the oracle takes a
#        second or two a file), -dump-instances prints go/types'
#        Info.Instances (tests/tools/checkoracle -instances)
source "$(dirname "$0")/../lib.sh"

ok=1
need_exe check-typeparam "$GOESCAPE" "run make bin/goescape" || ok=0
need_goroot check-typeparam/goroot || ok=0
((ok)) || exit 0

TESTDIR=$GOROOT_ORACLE/test/typeparam
work=$PWD/build/check-typeparam
rm -rf "$work"
mkdir -p "$work"
GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0

CHECKORACLE=${CHECKORACLE:-build/tools/checkoracle}
[[ -x $CHECKORACLE ]] || fail check-typeparam/oracle "no $CHECKORACLE (run make build/tools/checkoracle)"
CHECKORACLE_ABS=$(cd "$(dirname "$CHECKORACLE")" && pwd)/$(basename "$CHECKORACLE")
inst_every=${CHECK_TYPEPARAM_INSTANCES:-8}
nfiles=0 nunsup_files=0 nunsup=0 ninst=0
t0=$SECONDS
for path in "$TESTDIR"/*.go; do
	f=$(basename "$path")
	case "$(head -n 1 "$path")" in
	"// run" | "// run "* | "// compile" | "// compile "*) ;;
	*) continue ;;
	esac
	nfiles=$((nfiles + 1))
	if [[ $f == nested.go ]]; then
		(cd "$TESTDIR" && timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" check "./$f") >"$work/out" 2>&1
		(cd "$TESTDIR" && timeout "$FILE_TIMEOUT" go tool compile -p p -o "$work/x.o" "./$f") >"$work/gc" 2>&1
		if [[ -s "$work/gc" ]] && cmp -s "$work/gc" "$work/out"; then
			pass "check-typeparam/$f" "gc refuses it too: $(grep -c '^\./' "$work/gc") errors as gc's"
		else
			fail "check-typeparam/$f" "errors differ from gc's: $(diff "$work/gc" "$work/out" | grep '^[<>]' | head -n 2 | tr '\n' ' ' | cut -c1-200)"
		fi
		continue
	fi
	(cd "$TESTDIR" && timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" check -stats "./$f") >"$work/out" 2>&1
	s=$?
	# the -stats lines aside
	grep -v -e '^check: ' -e '^goescape: function bodies: ' -e '^stats ' -e '^  ' "$work/out" >"$work/errs"
	n=$(sed -n 's/^check: \([0-9]*\) unsupported constructs met.*/\1/p' "$work/out")
	if ((s != 0)) || [[ -s "$work/errs" ]]; then
		fail "check-typeparam/$f" "goescape check: $(describe_status $s): $(head -n 2 "$work/errs" | tr '\n' ' ' | cut -c1-200)"
		continue
	fi
	if [[ -x $CHECKORACLE ]] && ((nfiles % inst_every == 1 || inst_every == 1)); then
		(cd "$TESTDIR" && "$GOESCAPE_ABS" check -dump-instances "./$f" 2>&1 | grep -v '^package ') >"$work/inst.ours"
		(cd "$TESTDIR" && "$CHECKORACLE_ABS" -instances "./$f" 2>&1 | grep -v '^package ') >"$work/inst.oracle"
		ni=$(grep -c . "$work/inst.oracle")
		ninst=$((ninst + ni))
		if diff "$work/inst.oracle" "$work/inst.ours" >"$work/inst.diff"; then
			pass "check-typeparam/$f/instances" "$ni instantiations"
		else
			fail "check-typeparam/$f/instances" "differs from go/types: $(grep '^[<>]' "$work/inst.diff" | head -n 2 | tr '\n' ' ' | cut -c1-200)"
		fi
	fi
	if ((${n:-0} > 0)); then
		nunsup_files=$((nunsup_files + 1))
		nunsup=$((nunsup + n))
		fail "check-typeparam/$f" "$n unsupported constructs met (parts left unchecked)"
	else
		pass "check-typeparam/$f"
	fi
done
if ((nfiles == 0)); then
	fail check-typeparam "no // run or // compile files under $TESTDIR"
fi
info "check-typeparam: $((nfiles - 1)) files type-check clean (nested.go: gc's errors); $nunsup_files of them meet $nunsup unsupported constructs; $ninst instantiations (every ${inst_every}th file) as go/types records them; $((SECONDS - t0))s"
exit 0
