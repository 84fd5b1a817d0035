#!/usr/bin/env bash
# escape-gotest.sh — goescape against gc on the programs of GOROOT/test,
# each file compiled alone as one package.
#
# The files: every test of GOROOT/test's top directory, fixedbugs/, ken/,
# chan/ and interface/ marked `// run`, `// compile`, `// build` or
# `// runoutput` that is one file (a `// run a.go b.go` line, which names
# other files, is left out; typeparam/ is escape-irgen's).  gc compiles
# each from its directory with `go tool compile -p=p -m -l FILE` and
# `-m FILE`; goescape is given the same file with the same flags:
#
#   escape-gotest/m-l/<file>, escape-gotest/m/<file>
#        goescape's output (stdout and stderr) is byte-identical to gc's;
#        a file gc does not compile is left out.  With
#        ESCAPE_GOTEST_MODES="m-l m m2-l m2", -m=2 -l and -m=2 too
#        (escape-gotest/m2-l/<file>, escape-gotest/m2/<file>).
#   escape-gotest/goroot-cwd
#        a program outside GOROOT compiled from GOROOT/test, where std's
#        files are reached as ../src/...: positions in std's generic
#        bodies are named $GOROOT/src/..., as in gc's export data.
#   escape-gotest/static-m2
#        -m=2 on a main package's static composite literals: their
#        names are go tool compile -p=p's, (M)(p.am@0).
#   escape-gotest/chan-conv-m2
#        -m=2's inlining cost of channel direction conversions.
#   escape-gotest/m-l/floor, escape-gotest/m/floor
#        precision and recall over all lines (as multisets per file) at
#        least tests/known/escape-gotest-floor.txt's.
#
# tests/known/escape-gotest.txt lists "MODE FILE" pairs known to differ;
# it may only shrink (a listed file now identical fails).
# ESCAPE_GOTEST_EVERY=N keeps every Nth file (default 3; 1 for all: about
# 1,140 files, a few minutes on two cores).  gc's outputs are kept in
# build/escape-gotest/gc, keyed by the go command's version.
source "$(dirname "$0")/../lib.sh"

ok=1
need_exe escape-gotest "$GOESCAPE" "run make bin/goescape" || ok=0
need_goroot escape-gotest/goroot || ok=0
command -v go >/dev/null || { fail escape-gotest "no go command in PATH"; ok=0; }
((ok)) || exit 0

TESTDIR=$GOROOT_ORACLE/test
KNOWN=tests/known/escape-gotest.txt
FLOOR=tests/known/escape-gotest-floor.txt
work=$PWD/build/escape-gotest
stamp=$(go version | tr -c 'A-Za-z0-9.\n' _)
gcdir=$work/gc-$stamp
rm -rf "$work/out"
mkdir -p "$work/out" "$gcdir"
GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
# -m=2's modes are asked for: ESCAPE_GOTEST_MODES="m-l m m2-l m2"
MODES=${ESCAPE_GOTEST_MODES:-m-l m}
export GOESCAPE_ABS work gcdir FILE_TIMEOUT TESTDIR MODES
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0

# the action line, as run.go reads it: the first line, or the second when
# the first is a +build line; one-file programs only (it names no other
# .go file)
(cd "$TESTDIR" && for f in ./*.go fixedbugs/*.go ken/*.go chan/*.go interface/*.go; do
	awk 'NR == 1 && /\+build/ { next } { print FILENAME, $0; exit }' "$f"
done) | awk '$2 == "//" { $2 = ""; $0 = $0 } { sub(/^\/\//, "", $2) }
	$2 ~ /^(run|compile|build|runoutput)$/ && !/\.go.*\.go/ { print $1 }' |
	sed 's|^\./||' | LC_ALL=C sort >"$work/files"
every=${ESCAPE_GOTEST_EVERY:-3}
if ((every > 1)); then
	awk -v n="$every" 'NR % n == 1' "$work/files" >"$work/files.some"
	mv "$work/files.some" "$work/files"
fi

# run_one WHO FILE: WHO is gc or goescape; KEY.{m-l,m}.{out,rc} into gc's
# cache or $work/out.
run_one() {
	local who=$1 f=$2 key dir base mode o
	key=$(echo "$f" | tr / %)
	dir=$(dirname "$f") base=$(basename "$f")
	cd "$TESTDIR/$dir" || return
	for mode in $MODES; do
		local -a flags
		case $mode in
		m-l) flags=(-m -l) ;;
		m) flags=(-m) ;;
		m2-l) flags=(-m=2 -l) ;;
		m2) flags=(-m=2) ;;
		esac
		if [[ $who == gc ]]; then
			o=$gcdir/$key.$mode
			[[ -f $o.rc ]] && continue
			timeout 60 go tool compile -p=p -o "$work/out/$key.o" "${flags[@]}" "$base" >"$o.out" 2>&1
			echo $? >"$o.rc"
			rm -f "$work/out/$key.o"
		else
			o=$work/out/$key.$mode
			timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" "${flags[@]}" "$base" >"$o.out" 2>&1
			echo $? >"$o.rc"
		fi
	done
}
export -f run_one

t0=$SECONDS
xargs -P "$(nproc)" -n 1 bash -c 'run_one gc "$0"' <"$work/files"
tgc=$((SECONDS - t0))
t0=$SECONDS
xargs -P "$(nproc)" -n 1 bash -c 'run_one goescape "$0"' <"$work/files"
tours=$((SECONDS - t0))

declare -A known=()
while read -r k; do known[$k]=1; done < <(read_known "$KNOWN")

# counts FILE_A FILE_B: lines of A, lines of B, lines in common (multisets)
counts() {
	awk 'FNR == 1 { f++ } f == 1 { a[$0]++; na++ } f == 2 { nb++; if (a[$0] > 0) { a[$0]--; c++ } }
	     END { print na + 0, nb + 0, c + 0 }' "$1" "$2"
}

for mode in $MODES; do
	n=0 nsame=0 nskip=0 want=0 got=0 common=0
	while read -r f; do
		key=$(echo "$f" | tr / %)
		g=$gcdir/$key.$mode o=$work/out/$key.$mode name="escape-gotest/$mode/$f"
		if [[ $(cat "$g.rc" 2>/dev/null) != 0 ]]; then
			nskip=$((nskip + 1))
			continue
		fi
		n=$((n + 1))
		read -r a b c <<<"$(counts "$g.out" "$o.out")"
		want=$((want + a)) got=$((got + b)) common=$((common + c))
		s=$(cat "$o.rc" 2>/dev/null || echo 255)
		if ((s > 1)); then
			fail "$name" "goescape: $(describe_status "$s")"
		elif cmp -s "$g.out" "$o.out"; then
			nsame=$((nsame + 1))
			if [[ -n ${known["$mode $f"]:-} ]]; then
				fail "$name" "identical to gc now: take '$mode $f' off $KNOWN"
			else
				pass "$name"
			fi
		elif [[ -n ${known["$mode $f"]:-} ]]; then
			pass "$name" "known difference: $c of gc's $a lines, $((b - c)) extra"
		else
			fail "$name" "differs from gc: $c of gc's $a lines, $((b - c)) extra"
			log "--- $name: diff goescape gc"
			diff "$o.out" "$g.out" | head -n 20 >&2
		fi
	done <"$work/files"
	prec=$(awk -v c="$common" -v g="$got" 'BEGIN { printf "%.6f", g ? c / g : 1 }')
	rec=$(awk -v c="$common" -v w="$want" 'BEGIN { printf "%.6f", w ? c / w : 1 }')
	info "escape-gotest/$mode: $n files (every ${every}th; $nskip gc does not compile), $nsame identical;" \
		"gc $want lines, goescape $got, in common $common: precision $prec, recall $rec"
	read -r fp fr < <(read_known "$FLOOR" | awk -v m="$mode" '$1 == m { print $2, $3 }')
	if awk -v p="$prec" -v r="$rec" -v fp="${fp:-1}" -v fr="${fr:-1}" 'BEGIN { exit !(p + 0 >= fp + 0 && r + 0 >= fr + 0) }'; then
		pass "escape-gotest/$mode/floor" "precision $prec >= ${fp:-1}, recall $rec >= ${fr:-1}"
	else
		fail "escape-gotest/$mode/floor" "precision $prec or recall $rec below $FLOOR's ${fp:-1}, ${fr:-1}"
	fi
done
# prog_check NAME DIR FILE PATTERN FLAGS...: FILE compiled from DIR by gc
# and goescape with FLAGS; gc's output must match PATTERN (what the
# check is about), and goescape's must be gc's.
prog_check() {
	local name=$1 dir=$2 file=$3 pattern=$4
	shift 4
	(cd "$dir" && go tool compile -p=p -o "$work/prog/$name.o" "$@" "$file") >"$work/prog/$name.gc" 2>&1
	(cd "$dir" && timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" "$@" "$file") >"$work/prog/$name.got" 2>&1
	if ! grep -q "$pattern" "$work/prog/$name.gc"; then
		fail "escape-gotest/$name" "gc printed no line like $pattern (see $work/prog/$name.gc)"
	elif cmp -s "$work/prog/$name.gc" "$work/prog/$name.got"; then
		pass "escape-gotest/$name"
	else
		fail "escape-gotest/$name" "differs from gc: diff $work/prog/$name.got $work/prog/$name.gc"
	fi
}

mkdir -p "$work/prog"
# a generic std type instantiated by a program named by its absolute
# path, from inside GOROOT
cat >"$work/prog/a.go" <<'EOF'
package main

import (
	"fmt"
	"sync/atomic"
)

type S struct{ a, b int }

func main() {
	var p atomic.Pointer[S]
	p.Store(&S{1, 2})
	fmt.Println(p.Load().a)
}
EOF
prog_check goroot-cwd "$TESTDIR" "$work/prog/a.go" '^\$GOROOT/src/sync/atomic/type.go:.*can inline' -m
# -m=2 names a package-level variable statically initialised by its
# link name: p.am@0 under -p=p, whatever the package's name
cat >"$work/prog/s.go" <<'EOF'
package main

type M map[string]int

var am = M{"a": 1}

var sm = []M{{"b": 2}, M{}}

func main() { println(len(am), len(sm)) }
EOF
prog_check static-m2 "$work/prog" s.go '(p\.[a-z._0-9]*@[0-9]*)' -m=2 -l
# an explicit conversion of a bidirectional channel to a directional one
# is a no-op conversion: its cost at -m=2 is gc's
cat >"$work/prog/c.go" <<'EOF'
package p

type C chan int

var c C

func g() {
	_ = (chan<- int)(c)
	_ = <-(<-chan int)(c)
}
EOF
prog_check chan-conv-m2 "$work/prog" c.go 'can inline g with cost 7 ' -m=2
info "escape-gotest: gc ${tgc}s (cached after the first run), goescape ${tours}s"
exit 0
