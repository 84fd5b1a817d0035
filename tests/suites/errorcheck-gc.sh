#!/usr/bin/env bash
# errorcheck-gc.sh — the errorcheck runner (build/tools/errorcheck, source
# in tests/tools/errorcheck/) with gc itself as the compiler under test.
# gc passes GOROOT/test in Go's own CI, so every failure here is a bug in
# the runner; this is what lets later suites trust it with goescape.
#
#   errorcheck-gc/self/<file>   the runner on tests/tools/errorcheck/testdata:
#        each file says in a "// want: STATUS [REASON-REGEXP]" line (an ERE) what
#        the runner must report for it (seeded mistakes must FAIL, with
#        the right first problem)
#   errorcheck-gc/self/select   -list -require-flags/-exclude-flags pick
#        the right testdata files
#   errorcheck-gc/self/crash    a compiler killed by a signal fails the test
#   errorcheck-gc/known         tests/known/errorcheck-m-files.txt is what
#        scripts/errorcheck-files.sh generates now
#   errorcheck-gc/<path>        every GOROOT/test errorcheck test whose
#        action line has -m (the files goescape must pass) passes with gc
#   errorcheck-gc/all           all the errorcheck tests of GOROOT/test
#        pass with gc (one result; its failures are listed in the log)
source "$(dirname "$0")/../lib.sh"

ERRORCHECK=${ERRORCHECK:-build/tools/errorcheck}
need_exe errorcheck-gc "$ERRORCHECK" "run tests/tools/build-gotool.sh errorcheck" || exit 0
need_goroot errorcheck-gc/goroot || exit 0
command -v go >/dev/null || { fail errorcheck-gc "no go command in PATH"; exit 0; }

TESTDIR=$GOROOT_ORACLE/test
TESTDATA=tests/tools/errorcheck/testdata
KNOWN=tests/known/errorcheck-m-files.txt
# run.go's configuration on linux/amd64
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0
# gc as run.go runs it; -j 2 keeps the suite light on small machines (the
# whole suite takes about 10s on 2 cores).  The time limit is gc's, not
# goescape's FILE_TIMEOUT: the slowest test takes about a second.
EC=("$ERRORCHECK" -testdir "$TESTDIR" -j 2 -timeout 120s)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- the runner's self-test -----------------------------------------------
"${EC[@]}" "$TESTDATA"/*.go >"$tmp/self.out" 2>"$tmp/self.err"
log "=== runner self-test: details (the fail_* files are meant to fail)"
cat "$tmp/self.err" >&2
log "=== end of self-test details"
for f in "$TESTDATA"/*.go; do
	base=$(basename "$f")
	name=errorcheck-gc/self/${base%.go}
	want=$(sed -n 's|^// want: ||p' "$f" | head -n1)
	wstatus=${want%% *}
	wreason=
	[[ "$want" == *" "* ]] && wreason=${want#* }
	got=$(grep -F " $PWD/$f" "$tmp/self.out" | head -n1)
	gstatus=${got%% *}
	greason=
	[[ "$got" == *": "* ]] && greason=${got#*: }
	if [[ -z "$want" ]]; then
		fail "$name" "no '// want:' line in $f"
	elif [[ -z "$got" ]]; then
		fail "$name" "no result from the runner"
	elif [[ "$gstatus" != "$wstatus" ]]; then
		fail "$name" "runner says $got; want $want"
	elif [[ -n "$wreason" ]] && ! grep -qE -- "$wreason" <<<"$greason"; then
		fail "$name" "runner's reason '$greason' does not match '$wreason'"
	else
		pass "$name"
	fi
done

# Selection by action-line flags, on the testdata.
got=$("${EC[@]}" -list -require-flags=-m,-l -exclude-flags=-N "$TESTDATA" | cut -f1 | xargs -n1 basename | tr '\n' ' ')
want="pass_dir.go pass_escape.go "
if [[ "$got" == "$want" ]]; then
	pass errorcheck-gc/self/select
else
	fail errorcheck-gc/self/select "-require-flags=-m,-l picked '$got', want '$want'"
fi

# A compiler that dies of a signal fails the test whatever it expected.
out=$("${EC[@]}" -compiler "sh -c 'kill -SEGV \$\$' sh {files}" "$TESTDATA/pass_basic.go" 2>/dev/null)
if grep -q '^FAIL .*: compiler signal: segmentation fault' <<<"$out"; then
	pass errorcheck-gc/self/crash
else
	fail errorcheck-gc/self/crash "runner said: ${out:0:200}"
fi

# --- the list of -m files is current ----------------------------------------
if ERRORCHECK=$ERRORCHECK scripts/errorcheck-files.sh >"$tmp/known" 2>"$tmp/known.err"; then
	if diff -u "$KNOWN" "$tmp/known" >"$tmp/known.diff"; then
		pass errorcheck-gc/known "$(read_known "$KNOWN" | wc -l) files"
	else
		fail errorcheck-gc/known "$KNOWN is out of date: run scripts/errorcheck-files.sh --write"
		cat "$tmp/known.diff" >&2
	fi
else
	fail errorcheck-gc/known "scripts/errorcheck-files.sh failed: $(head -c 200 "$tmp/known.err")"
fi

# --- gc on the -m tests, one result each ------------------------------------
"${EC[@]}" -require-flags=-m >"$tmp/m.out" 2>"$tmp/m.err"
log "=== gc on the -m tests"
cat "$tmp/m.err" >&2
nm=0
while read -r status rest; do
	case $status in
	PASS | FAIL | SKIP) ;;
	*) continue ;;
	esac
	nm=$((nm + 1))
	case $status in
	PASS)
		# "PASS name (note)" for run.go's expected failures
		name=${rest%% *}
		note=
		[[ "$rest" == *" ("* ]] && note=${rest#* (} && note=${note%)}
		pass "errorcheck-gc/$name" "$note"
		;;
	FAIL) fail "errorcheck-gc/${rest%%: *}" "${rest#*: }" ;;
	SKIP) pass "errorcheck-gc/${rest%%: *}" "skipped: ${rest#*: }" ;;
	esac
done <"$tmp/m.out"
nknown=$(read_known "$KNOWN" | wc -l)
if ((nm != nknown)); then
	fail errorcheck-gc/m-count "the runner reported $nm -m tests, $KNOWN lists $nknown"
fi

# --- gc on all errorcheck tests, one result -----------------------------------
t0=$SECONDS
"${EC[@]}" >"$tmp/all.out" 2>"$tmp/all.err"
status=$?
summary=$(tail -n1 "$tmp/all.err")
log "=== gc on all errorcheck tests: $summary"
grep -v '^PASS ' "$tmp/all.out" >&2
nfail=$(grep -c '^FAIL ' "$tmp/all.out")
nall=$(grep -cE '^(PASS|FAIL|SKIP) ' "$tmp/all.out")
if ((nfail > 0 || status != 0)); then
	fail errorcheck-gc/all "$nfail of $nall errorcheck tests fail with gc (exit $status): $(grep -m1 '^FAIL ' "$tmp/all.out")"
	grep -A30 '^--- FAIL' "$tmp/all.err" | head -n 300 >&2
elif ((nall < 600)); then
	fail errorcheck-gc/all "only $nall errorcheck tests found under $TESTDIR"
else
	counts=${summary#errorcheck: }
	pass errorcheck-gc/all "$nall tests in $((SECONDS - t0))s: ${counts% in *}"
fi
exit 0
