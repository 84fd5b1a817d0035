#!/usr/bin/env bash
# check-gotest.sh — the type checker's errors on GOROOT/test, read in place.
#
# `goescape check -e` runs on every errorcheck test of GOROOT/test (the
# top directory, fixedbugs/ and typeparam/).  The checker does not check
# everything yet (function bodies, generics, ...), so it cannot report
# every error gc reports; but every error it does report must be one gc
# reports, at the same position and in the same words:
#
#   check-gotest/<file>  for each file where goescape reports errors, each
#        of its lines is in `go tool compile -e`'s output (positions read
#        as both print them for ./FILE; the loader's own "goescape:"
#        messages are left out)
#
#   check-gotest/<file>/first10  where gc -e reports ten errors or more:
#        without -e, goescape's output is gc's, the "too many errors"
#        line included (which ten errors come first follows the order
#        in which the checker finds them, not their positions)
#
# tests/known/check-gotest.txt lists files (relative to GOROOT/test)
# known to differ; it may only shrink.  An INFO line counts how many of
# gc's error lines, over those files, goescape reproduces.
source "$(dirname "$0")/../lib.sh"

ok=1
need_exe check-gotest "$GOESCAPE" "run make bin/goescape" || ok=0
need_goroot check-gotest/goroot || ok=0
command -v go >/dev/null || { fail check-gotest "no go command in PATH"; ok=0; }
((ok)) || exit 0

TESTDIR=$GOROOT_ORACLE/test
KNOWN=tests/known/check-gotest.txt
work=$PWD/build/check-gotest
rm -rf "$work"
mkdir -p "$work/out"
GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
export GOESCAPE_ABS work FILE_TIMEOUT
# gc's view of the environment for these tests (run.go's)
export GOOS=linux GOARCH=amd64

(cd "$TESTDIR" && grep -l -m1 '^// errorcheck' ./*.go fixedbugs/*.go typeparam/*.go 2>/dev/null |
	sed 's|^\./||' | LC_ALL=C sort) >"$work/files"
log "check-gotest: $(wc -l <"$work/files") errorcheck files under $TESTDIR"

# run_one SIDE FILE: SIDE's output for FILE into $work/out/<file>.SIDE,
# "./" dropped so both sides read alike: goescape names the files as go
# build does (it runs gc on absolute paths and shortens them:
# fixedbugs/bug344.go, also where a message quotes a position, "at
# fixedbugs/bug344.go:20:21"), gc run on ./fixedbugs/bug344.go keeps the
# "./" everywhere.
run_one() {
	local side=$1 f=$2 key
	key=$(echo "$f" | tr / %)
	cd "$TESTDIR" || return
	if [[ $side == ours ]]; then
		# the loader's own "goescape:" messages go, with the lines they
		# run on to (an import path with a newline in it)
		timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" check -e "./$f" 2>&1 |
			awk '/^goescape:/ { skip = 1; next }
			     skip && !/^[^ \t]+\.go:[0-9]+(:[0-9]+)?: / { next }
			     { skip = 0; print }' |
			sed 's|^\./||; s|^\t\./|\t|; s| \./| |g' >"$work/out/$key.ours"
		echo "${PIPESTATUS[0]}" >"$work/out/$key.status"
	else
		timeout "$FILE_TIMEOUT" go tool compile -e -p p -o "$work/out/$key.o" "./$f" 2>&1 |
			sed 's|^\./||; s|^\t\./|\t|; s| \./| |g' >"$work/out/$key.gc"
		rm -f "$work/out/$key.o"
	fi
}
export -f run_one
export TESTDIR

t0=$SECONDS
xargs -P "$(nproc)" -n 1 bash -c 'run_one ours "$0"' <"$work/files"
while read -r f; do
	key=$(echo "$f" | tr / %)
	s=$(cat "$work/out/$key.status" 2>/dev/null || echo 255)
	if ((s > 1 && s != 124)); then
		echo "$f $(describe_status "$s")" >>"$work/crashes"
	fi
	[[ -s "$work/out/$key.ours" ]] && echo "$f"
done <"$work/files" >"$work/reported"
if [[ -f "$work/crashes" ]]; then
	while read -r f why; do
		fail "check-gotest/crash/$f" "goescape check $why"
	done <"$work/crashes"
fi
xargs -P "$(nproc)" -n 1 bash -c 'run_one gc "$0"' <"$work/reported"
log "check-gotest: $(wc -l <"$work/reported") files with errors from goescape; $((SECONDS - t0))s"

read_known "$KNOWN" | LC_ALL=C sort -u >"$work/known"
ngc=0 nours=0
while read -r f; do
	key=$(echo "$f" | tr / %)
	ours=$work/out/$key.ours gc=$work/out/$key.gc
	extra=$(LC_ALL=C comm -23 <(LC_ALL=C sort -u "$ours") <(LC_ALL=C sort -u "$gc"))
	ngc=$((ngc + $(grep -c . "$gc")))
	# with repeats: gc says some continuation lines ("\thave ()") more
	# than once
	nours=$((nours + $(LC_ALL=C comm -12 <(LC_ALL=C sort "$ours") <(LC_ALL=C sort "$gc") | grep -c .)))
	listed=0
	grep -qxF "$f" "$work/known" && listed=1
	if [[ -z $extra ]]; then
		if ((listed)); then
			fail "check-gotest/$f" "now agrees with gc, remove it from $KNOWN"
		else
			pass "check-gotest/$f"
		fi
		continue
	fi
	{
		echo "== $f: goescape says what gc does not:"
		echo "$extra" | head -n 5
		echo "-- gc:"
		head -n 5 "$gc"
	} >&2
	if ((listed)); then
		pass "check-gotest/$f" "known difference"
	else
		fail "check-gotest/$f" "not said by gc: $(echo "$extra" | head -n 1 | cut -c1-160)"
	fi
done <"$work/reported"
# the ten-error limit
nlimit=0
while read -r f; do
	key=$(echo "$f" | tr / %)
	(($(grep -c '^[^[:space:]]' "$work/out/$key.gc") >= 10)) || continue
	nlimit=$((nlimit + 1))
	(cd "$TESTDIR" && timeout "$FILE_TIMEOUT" go tool compile -p p -o "$work/out/$key.o" "./$f" 2>&1 |
		sed 's|^\./||; s|^\t\./|\t|; s| \./| |g') >"$work/out/$key.gc10"
	rm -f "$work/out/$key.o"
	(cd "$TESTDIR" && timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" check "./$f" 2>&1 |
		awk '/^goescape:/ { skip = 1; next }
		     skip && !/^[^ \t]+\.go:[0-9]+(:[0-9]+)?: / { next }
		     { skip = 0; print }' |
		sed 's|^\./||; s|^\t\./|\t|; s| \./| |g') >"$work/out/$key.ours10"
	if cmp -s "$work/out/$key.gc10" "$work/out/$key.ours10"; then
		pass "check-gotest/$f/first10"
	else
		fail "check-gotest/$f/first10" "without -e, not gc's output: $(diff "$work/out/$key.gc10" "$work/out/$key.ours10" | grep '^[<>]' | head -n 2 | tr '\n' ' ' | cut -c1-200)"
	fi
done <"$work/reported"
while read -r k; do
	grep -qxF "$k" "$work/reported" ||
		fail "check-gotest/known" "$KNOWN lists $k, but goescape reports no error there now"
done <"$work/known"
info "check-gotest: goescape reports errors on $(wc -l <"$work/reported") of $(wc -l <"$work/files") files; $nours of gc's $ngc error lines there; $nlimit files with ten errors or more compared without -e"
exit 0
