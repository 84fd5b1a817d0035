#!/usr/bin/env bash
# check-gorun.sh — the type checker on the correct programs of
# GOROOT/test, read in place.
#
# Every test of GOROOT/test (top directory, fixedbugs/, ken/, chan/,
# interface/) marked `// run`, `// compile`, `// build` or
# `// runoutput` is a program gc compiles without a word (typeparam/ is
# check-typeparam's).  So must the checker:
#
#   check-gorun/<file>  `goescape check ./FILE [OTHER.go...]` exits 0 and
#        prints nothing (OTHER.go: the files a `// run X.go` line names
#        to be compiled with it, as test/run.go does).  A file whose
#        build constraints exclude it (GOOS=linux GOARCH=amd64
#        CGO_ENABLED=0), or one of whose imports, passes when `go list`
#        (-deps) excludes it too.
#
# CHECK_GORUN_EVERY=N keeps every Nth file (default 4: the whole set
# takes over four minutes on two cores; CHECK_GORUN_EVERY=1 for all).
source "$(dirname "$0")/../lib.sh"

ok=1
need_exe check-gorun "$GOESCAPE" "run make bin/goescape" || ok=0
need_goroot check-gorun/goroot || ok=0
command -v go >/dev/null || { fail check-gorun "no go command in PATH"; ok=0; }
((ok)) || exit 0

TESTDIR=$GOROOT_ORACLE/test
work=$PWD/build/check-gorun
rm -rf "$work"
mkdir -p "$work/out"
GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
export GOESCAPE_ABS work FILE_TIMEOUT TESTDIR
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0

(cd "$TESTDIR" && grep -l -m1 -E '^// (run|compile|build|runoutput)($| )' \
	./*.go fixedbugs/*.go ken/*.go chan/*.go interface/*.go 2>/dev/null |
	sed 's|^\./||' | LC_ALL=C sort) >"$work/files"
every=${CHECK_GORUN_EVERY:-4}
if ((every > 1)); then
	awk -v n="$every" 'NR % n == 1' "$work/files" >"$work/files.some"
	mv "$work/files.some" "$work/files"
fi

# run_one FILE: "FILE STATUS" into $work/out/<file>.status, the output
# into <file>.out
run_one() {
	local f=$1 key dir base extra
	key=$(echo "$f" | tr / %)
	dir=$(dirname "$f") base=$(basename "$f")
	cd "$TESTDIR/$dir" || return
	# `// run a.go b.go`: the other files of the program
	extra=$(head -n 1 "$base" | tr ' ' '\n' | grep '\.go$' | sed 's|^|./|' | tr '\n' ' ')
	# shellcheck disable=SC2086
	timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" check "./$base" $extra >"$work/out/$key.out" 2>&1
	echo $? >"$work/out/$key.status"
}
export -f run_one

t0=$SECONDS
xargs -P "$(nproc)" -n 1 bash -c 'run_one "$0"' <"$work/files"
n=0 nexcl=0
while read -r f; do
	n=$((n + 1))
	key=$(echo "$f" | tr / %)
	s=$(cat "$work/out/$key.status" 2>/dev/null || echo 255)
	if ((s == 0)) && [[ ! -s "$work/out/$key.out" ]]; then
		pass "check-gorun/$f"
		continue
	fi
	if ((s == 1)) && grep -q 'build constraints exclude all Go files' "$work/out/$key.out"; then
		dir=$(dirname "$f") base=$(basename "$f")
		if ! (cd "$TESTDIR/$dir" && go list "./$base" && go list -deps "./$base") >/dev/null 2>&1; then
			nexcl=$((nexcl + 1))
			pass "check-gorun/$f" "excluded by build constraints, as go list has it"
			continue
		fi
	fi
	fail "check-gorun/$f" "goescape check: $(describe_status "$s"): $(head -n 2 "$work/out/$key.out" | tr '\n' ' ' | cut -c1-200)"
done <"$work/files"
if ((n == 0)); then
	fail check-gorun "no run/compile/build files under $TESTDIR"
fi
info "check-gorun: $n files (every ${every}th), $((n - nexcl)) type-checked clean, $nexcl excluded by build constraints; $((SECONDS - t0))s"
exit 0
