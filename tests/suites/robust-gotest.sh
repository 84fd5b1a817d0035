#!/usr/bin/env bash
# robust-gotest.sh — every .go file of GOROOT/test, valid or not, and of
# types2's own tests (src/cmd/compile/internal/types2/testdata), through
# `goescape parse` and `goescape check` (one file as one package, run from
# the file's directory; the files of a *.dir directory are checked one by
# one too, so their relative imports get the loader's error), and each
# *.dir directory of GOROOT/test whose files make one package without
# relative imports through `goescape check .` (in GOPATH mode, as run.go
# compiles such a directory as one package):
#
# Every ROBUST_GOTEST_M_EVERY-th file (default 6) also goes through
# `goescape -m -l`, `-m=2 -l` and `-m` (the inliner on), from the file's
# directory:
#
#   robust-gotest/parse, robust-gotest/check, robust-gotest/checkdir,
#   robust-gotest/m, robust-gotest/m2, robust-gotest/minl
#        no file or directory crashes (exit
#        status above 1, or a signal), none runs past FILE_TIMEOUT, and
#        every stderr line is gc-style ("file:line[:col]: msg", or a
#        tab-indented continuation of one) or one sentence from goescape
#        ("goescape: ..."); a FAIL line names each file that breaks this.
#        The -m runs also exit as check does (an invalid file gets its
#        errors, a valid one none), and never exit 1 in silence.
#
# Files are named relative to GOROOT.
# tests/known/robust-gotest.txt lists "COMMAND FILE" pairs known to break
# the stderr rule (never a crash); it may only shrink.  Both cores are
# used; under `make check-asan` the same runs catch memory errors.
source "$(dirname "$0")/../lib.sh"

ok=1
need_exe robust-gotest "$GOESCAPE" "run make bin/goescape" || ok=0
need_goroot robust-gotest/goroot || ok=0
((ok)) || exit 0

KNOWN=tests/known/robust-gotest.txt
work=$PWD/build/robust-gotest
rm -rf "$work"
mkdir -p "$work/out"
GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
export GOESCAPE_ABS work FILE_TIMEOUT GOROOT_ORACLE
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0

(cd "$GOROOT_ORACLE" && find -L test src/cmd/compile/internal/types2/testdata -name '*.go' -type f |
	LC_ALL=C sort) >"$work/files"
# ROBUST_GOTEST_EVERY=N keeps every Nth file (make check-asan uses 6:
# the sanitized binary is several times slower, and CI runs both)
every=${ROBUST_GOTEST_EVERY:-1}
if ((every > 1)); then
	awk -v n="$every" 'NR % n == 1' "$work/files" >"$work/files.some"
	mv "$work/files.some" "$work/files"
fi
nfiles=$(wc -l <"$work/files")
log "robust-gotest: $nfiles .go files under $GOROOT_ORACLE"
# the files the -m runs take (each needs its imports loaded and checked:
# a sample keeps the suite's time down)
m_every=${ROBUST_GOTEST_M_EVERY:-6}
awk -v n="$m_every" 'NR % n == 1 || n == 1' "$work/files" >"$work/mfiles"
nmfiles=$(wc -l <"$work/mfiles")
export work

# run_one FILE: parse and check FILE, a line "CMD STATUS FILE" for each on
# stdout (one short write: lines from both workers do not mix), stderr
# into $work/out/<file>.CMD.
run_one() {
	local f=$1 key cmd
	key=$(echo "$f" | tr / %)
	cd "$GOROOT_ORACLE/$(dirname "$f")" || return
	for cmd in parse check; do
		timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" "$cmd" "./$(basename "$f")" >/dev/null 2>"$work/out/$key.$cmd"
		echo "$cmd $? $f"
	done
	grep -qxF "$f" "$work/mfiles" || return 0
	local flags
	for cmd in m m2 minl; do
		case $cmd in
		m) flags="-m -l" ;;
		m2) flags="-m=2 -l" ;;
		minl) flags="-m" ;;
		esac
		timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" $flags "./$(basename "$f")" >/dev/null 2>"$work/out/$key.$cmd"
		echo "$cmd $? $f"
	done
}
export -f run_one

t0=$SECONDS
# the simple *.dir directories: one package name, no "./" imports
(cd "$GOROOT_ORACLE" && find -L test -name '*.dir' -type d | LC_ALL=C sort | while read -r d; do
	npkg=$(grep -h -m1 '^package ' "$d"/*.go 2>/dev/null | sort -u | wc -l)
	if ((npkg == 1)) && ! grep -q '"\./' "$d"/*.go; then echo "$d"; fi
done) >"$work/dirs"
ndirs=$(wc -l <"$work/dirs")
run_dir() {
	local d=$1 key
	key=$(echo "$d" | tr / %)
	cd "$GOROOT_ORACLE/$d" || return
	GO111MODULE=off timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" check . >/dev/null 2>"$work/out/$key.checkdir"
	echo "checkdir $? $d"
}
export -f run_dir
xargs -P 2 -n 1 bash -c 'run_one "$0"' <"$work/files" >"$work/status"
xargs -P 2 -n 1 bash -c 'run_dir "$0"' <"$work/dirs" >>"$work/status"
log "robust-gotest: ran in $((SECONDS - t0))s"

# The first stderr line of each file that is neither gc-style nor one of
# goescape's sentences: "CMD FILE<TAB>LINE".
(cd "$work/out" && grep -a -v -E -e '^[^:]+:[0-9]+(:[0-9]+)?: .' -e $'^\t.' -e '^goescape: .' -- * 2>/dev/null) |
	awk '{ i = index($0, ":"); name = substr($0, 1, i - 1); if (seen[name]++) next
	       n = split(name, p, "."); cmd = p[n]; f = substr(name, 1, length(name) - length(cmd) - 1)
	       gsub("%", "/", f); print cmd " " f "\t" substr($0, i + 1, 200) }' >"$work/badlines"
read_known "$KNOWN" >"$work/known"

for cmd in parse check checkdir m m2 minl; do
	nbad=0
	want=$nfiles what=files
	if [[ $cmd == checkdir ]]; then want=$ndirs what=directories; fi
	if [[ $cmd == m* ]]; then want=$nmfiles; fi
	# -m: check's outcome (an error exit exactly when check has one), and
	# never an error exit without a word
	if [[ $cmd == m* ]]; then
		while read -r mstatus cstatus f; do
			fail "robust-gotest/$cmd/$f" "exit status $mstatus where check has $cstatus: $(head -c 300 "$work/out/$(echo "$f" | tr / %).$cmd" | head -n 1)"
			nbad=$((nbad + 1))
		done < <(awk -v cmd="$cmd" '$1 == "check" { c[$3] = $2 } $1 == cmd { m[$3] = $2 }
			END { for (f in m) if (m[f] <= 1 && c[f] <= 1 && m[f] != c[f]) print m[f], c[f], f }' "$work/status" | LC_ALL=C sort -k3)
		while read -r f; do
			if [[ ! -s $work/out/$(echo "$f" | tr / %).$cmd ]]; then
				fail "robust-gotest/$cmd/$f" "exit status 1 with nothing on stderr"
				nbad=$((nbad + 1))
			fi
		done < <(awk -v cmd="$cmd" '$1 == cmd && $2 == 1 { print $3 }' "$work/status")
	fi
	# crashes and hangs
	while read -r c status f; do
		fail "robust-gotest/$cmd/$f" "$(describe_status "$status"): $(head -c 300 "$work/out/$(echo "$f" | tr / %).$cmd" | head -n 1)"
		nbad=$((nbad + 1))
	done < <(awk -v cmd="$cmd" '$1 == cmd && $2 > 1' "$work/status")
	nran=$(awk -v cmd="$cmd" '$1 == cmd' "$work/status" | wc -l)
	nerr=$(awk -v cmd="$cmd" '$1 == cmd && $2 == 1' "$work/status" | wc -l)
	if ((nran != want)); then
		fail "robust-gotest/$cmd" "$nran of $want $what have a result (the runner did not finish)"
		nbad=$((nbad + 1))
	fi
	# stderr lines, against the known list
	while IFS=$'\t' read -r name line; do
		if ! grep -qxF "$name" "$work/known"; then
			fail "robust-gotest/$cmd/${name#* }" "stderr line neither gc-style nor one sentence: $(printf '%q' "$line")"
			nbad=$((nbad + 1))
		fi
	done < <(grep "^$cmd " "$work/badlines")
	while read -r name; do
		# a file left out by ROBUST_GOTEST_EVERY says nothing
		if [[ $cmd == m* ]]; then
			grep -qxF "${name#* }" "$work/mfiles" || continue
		else
			grep -qxF "${name#* }" "$work/files" "$work/dirs" || continue
		fi
		if ! cut -f1 "$work/badlines" | grep -qxF "$name"; then
			fail "robust-gotest/${name/ //}" "listed in $KNOWN but now clean: remove it from the list"
			nbad=$((nbad + 1))
		fi
	done < <(grep "^$cmd " "$work/known")
	if ((nbad == 0)); then
		pass "robust-gotest/$cmd" "$want $what, $nerr with errors reported, no crash or hang"
	fi
done
exit 0
