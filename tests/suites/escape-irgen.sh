#!/usr/bin/env bash
# escape-irgen.sh — goescape -m [-l] from source (irgen.c, the escape walk
# and engine, the -m driver in main.c) against gc's stored output
# (scripts/escape-golden.sh; docs/escape-design.md §5.9 stages 1-2).
#
#   escape-irgen/progs/NAME/-m[=2]     tests/escape/progs/NAME.go built as
#        ./main.go in a scratch module NAME: `goescape -m -l .` and
#        `goescape -m=2 -l .` equal `go build -gcflags='-m -l'` (and
#        -m=2) byte for byte
#   escape-irgen/progs/NAME/inl-m[=2]  the same without -l (inlining
#        on) against NAME.i.out / NAME.i2.out
#   escape-irgen/examples/NAME/-m[=2]  the same for examples/NAME
#        (module goescape.example/NAME)
#   escape-irgen/examples/NAME/inl-m[=2]  examples/NAME without -l,
#        against go build -gcflags=-m (-m=2) run now
#   escape-irgen/mods/NAME/MODE        tests/escape/mods/NAME (a main
#        package with sub-packages) as module NAME: `goescape -m -l ./...`
#        (all roots), `-m=2 -l .` and `-m -l .` (the sub-packages as
#        dependencies: their summaries) against NAME.m/m2/d.out; and
#        with inlining on, `-m ./...` and `-m=2 .` against NAME.i/i2.out
#        where stored (calls inlined across packages)
#   escape-irgen/goroot/NAME           the stage-2 GOROOT/test files with
#        their own errorcheck flags, run as errorcheck runs gc (in the
#        file's directory, on its base name): goescape's output equals
#        gc's byte for byte
#   escape-irgen/typeparam/NAME/m|i  GOROOT/test/typeparam/NAME.go alone,
#        -m -l and -m, against gc's (tests/escape/gc/typeparam)
#   escape-irgen/live/NAME/[inl]-m[=2] tests/escape/irgen/NAME.go (or the
#        .go and .s files of the directory tests/escape/irgen/NAME/) as
#        ./main.go in a scratch module: goescape against go build, run
#        now, with -l and without (inl-)
#   escape-irgen/std/PKG/[inl]-m[=2]   std packages as roots: goescape
#        against `go build -gcflags='-m -l'` (and -m=2; inl-: without -l)
#        run now, from the repository root, with a fresh GOCACHE
#   escape-irgen/instrument/NAME/MODE  tests/escape/instrument/NAME/ as
#        module NAME with CGO_ENABLED=1: `goescape -race -m=2 .` (and the
#        other modes of scripts/escape-golden.sh instrument: -msan, -asan,
#        -l, -d=checkptr=2) against gc's tests/escape/gc/instrument/
#        NAME.MODE.out
#   escape-irgen/instrument/std/MODE/PKG  a sample of std with
#        CGO_ENABLED=1: `goescape -race -m` and `-asan -m -l` against
#        `go build -a -race|-asan -gcflags=...`, package by package
#        (build/tools/escdiff); gc's output is kept in build/escape-
#        instrument/ (keyed by go version): delete it to rebuild
#   escape-irgen/cgo/NAME/MODE  tests/escape/cgo/NAME/ (cgo files of its
#        own, or std's cgo packages reached through net/http) as module
#        NAME with CGO_ENABLED=1: `goescape -m .`, `-m -l`, `-m=2` against
#        gc's tests/escape/gc/cgo/NAME.MODE.out, cgo's output directory
#        written $WORK/ in both
#   escape-irgen/errorcheck/NAME       the same files, and the GOROOT/test
#        errorcheck tests of -m without -l (INL_FILES), through the
#        errorcheck runner (build/tools/errorcheck) with goescape as the
#        compiler: the // ERROR comments are satisfied (the packages of
#        an errorcheckdir test compiled in order with gc's -D test -I .
#        -o test/P.a, goescape's -o writing the sources list its -I
#        search reads for a relative import "./P")
#
# tests/known/escape-irgen.txt lists the tests known to fail (imports
# need summaries, constructs irgen skips); it may only shrink: a known
# failure that passes is a FAIL until it is taken off the list.
source "$(dirname "$0")/../lib.sh"

need_exe escape-irgen "$GOESCAPE" "run make" || exit 0
need_goroot escape-irgen || exit 0
KNOWN=tests/known/escape-irgen.txt
GOLD=tests/escape/gc
GE=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS=-mod=mod GOPROXY=off GOWORK=off

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ESCAPE_IRGEN_EVERY=N keeps every Nth case (a program, module, file,
# std package) of the parts above the errorcheck runner: make check-asan
# uses 3 (the sanitized binary is several times slower; the plain run,
# with every case, is the one that judges output)
every=${ESCAPE_IRGEN_EVERY:-1}
ncase=0
keep() {
	ncase=$((ncase + 1))
	((every <= 1 || ncase % every == 1))
}

declare -A known=()
while read -r k; do known[$k]=1; done < <(read_known "$KNOWN")

# judge NAME GOT WANT ERR: pass, fail, or a known failure.
judge() {
	local name=$1 got=$2 want=$3 err=$4
	if cmp -s "$got" "$want"; then
		if [[ -n "${known[$name]:-}" ]]; then
			fail "escape-irgen/$name" "passes now: take it off $KNOWN"
		else
			pass "escape-irgen/$name"
		fi
		return
	fi
	if [[ -n "${known[$name]:-}" ]]; then
		pass "escape-irgen/$name" "known failure"
		return
	fi
	fail "escape-irgen/$name" "differs from gc's output (see log)"
	log "--- escape-irgen/$name: diff gc goescape"
	diff "$want" "$got" | head -n 40 >&2
	head -n 20 "$err" >&2
}

# in_module SRCDIR MODULE NAME: run goescape -m -l and -m=2 -l in a
# scratch module holding SRCDIR's .go files, compare with GOLDPREFIX.
in_module() {
	local src=$1 module=$2 kind=$3 name=$4 gold=$5
	local mod=$tmp/mod/$kind/$name
	mkdir -p "$mod"
	cp "$src"/*.go "$mod/"
	printf 'module %s\n\ngo 1.19\n' "$module" >"$mod/go.mod"
	local m flags
	for m in m m2; do
		flags=-m
		[[ $m == m2 ]] && flags=-m=2
		(cd "$mod" && timeout "$FILE_TIMEOUT" "$GE" $flags -l .) >"$tmp/got" 2>"$tmp/err"
		judge "$kind/$name/$flags" "$tmp/got" "$gold.$m.out" "$tmp/err"
	done
	# inlining on: the NAME.i.out / NAME.i2.out goldens, where stored
	for m in i i2; do
		[[ -f $gold.$m.out ]] || continue
		flags=-m
		[[ $m == i2 ]] && flags=-m=2
		(cd "$mod" && timeout "$FILE_TIMEOUT" "$GE" $flags .) >"$tmp/got" 2>"$tmp/err"
		judge "$kind/$name/inl$flags" "$tmp/got" "$gold.$m.out" "$tmp/err"
	done
}

# live_module DIR NAME MODE...: DIR (a scratch module) through goescape
# and go build run now; MODE m, m2: -m, -m=2 with -l (tests NAME/-m,
# NAME/-m=2); i, i2: the same with inlining on (NAME/inl-m, NAME/inl-m=2).
live_module() {
	local mod=$1 name=$2 m flags l t
	shift 2
	for m in "$@"; do
		flags=-m l=-l t=
		[[ $m == m2 || $m == i2 ]] && flags=-m=2
		[[ $m == i || $m == i2 ]] && l= t=inl
		# shellcheck disable=SC2086
		(cd "$mod" && go build -gcflags="$flags $l" -o "$tmp/x.bin" .) >"$tmp/want" 2>&1
		# shellcheck disable=SC2086
		(cd "$mod" && timeout "$FILE_TIMEOUT" "$GE" $flags $l .) >"$tmp/got" 2>"$tmp/err"
		judge "$name/$t$flags" "$tmp/got" "$tmp/want" "$tmp/err"
	done
}

for f in tests/escape/progs/*.go; do
	keep || continue
	n=$(basename "$f" .go)
	mkdir -p "$tmp/src/$n"
	cp "$f" "$tmp/src/$n/main.go"
	in_module "$tmp/src/$n" "$n" progs "$n" "$GOLD/progs/$n"
done
for d in examples/*/; do
	keep || continue
	d=${d%/}
	n=$(basename "$d")
	[[ -f $d/main.go ]] || continue
	in_module "$d" "goescape.example/$n" examples "$n" "$GOLD/examples/$n"
done

# ---- modules with sub-packages: imported summaries ---------------------------
for d in tests/escape/mods/*/; do
	keep || continue
	d=${d%/}
	n=$(basename "$d")
	mod=$tmp/mods/$n
	mkdir -p "$mod"
	cp -r "$d"/. "$mod/"
	printf 'module %s\n\ngo 1.19\n' "$n" >"$mod/go.mod"
	for m in "m -m ./..." "m2 -m=2 ." "d -m ."; do
		read -r gold flags pat <<<"$m"
		# shellcheck disable=SC2086
		(cd "$mod" && timeout "$FILE_TIMEOUT" "$GE" $flags -l $pat) >"$tmp/got" 2>"$tmp/err"
		judge "mods/$n/$gold" "$tmp/got" "$GOLD/mods/$n.$gold.out" "$tmp/err"
	done
	# inlining on (cross-package inlining), where stored
	for m in "i -m ./..." "i2 -m=2 ."; do
		read -r gold flags pat <<<"$m"
		[[ -f $GOLD/mods/$n.$gold.out ]] || continue
		# shellcheck disable=SC2086
		(cd "$mod" && timeout "$FILE_TIMEOUT" "$GE" $flags $pat) >"$tmp/got" 2>"$tmp/err"
		judge "mods/$n/$gold" "$tmp/got" "$GOLD/mods/$n.$gold.out" "$tmp/err"
	done
done

# ---- std packages against the go command, live -------------------------------
# Packages irgen builds completely (none of their functions skipped);
# -m=2 adds the method wrappers' explanations.  math/bits,
# runtime/internal/sys and unicode/utf8 have walk's bounds lines, and
# calls of intrinsics (math/bits, runtime/internal/sys).
STD_PKGS=(container/list container/ring container/heap unicode/utf16 hash encoding
	image/color internal/itoa internal/race internal/abi internal/goarch internal/cpu
	runtime/internal/atomic runtime/internal/math sync/atomic image/color/palette
	math/bits runtime/internal/sys unicode/utf8)
if command -v go >/dev/null; then
	export GOCACHE=$tmp/gocache
	for f in tests/escape/irgen/*.go; do
		keep || continue
		n=$(basename "$f" .go)
		mod=$tmp/live/$n
		mkdir -p "$mod"
		cp "$f" "$mod/main.go"
		printf 'module %s\n\ngo 1.19\n' "$n" >"$mod/go.mod"
		live_module "$mod" "live/$n" m m2 i i2
	done
	# a directory: a package of several files
	for d in tests/escape/irgen/*/; do
		keep || continue
		d=${d%/}
		n=$(basename "$d")
		mod=$tmp/live/$n
		mkdir -p "$mod"
		cp "$d"/*.go "$mod/"
		# assembly too (the ABI wrappers depend on it)
		for s in "$d"/*.s; do [[ -f $s ]] && cp "$s" "$mod/"; done
		printf 'module %s\n\ngo 1.19\n' "$n" >"$mod/go.mod"
		live_module "$mod" "live/$n" m m2 i i2
	done
	# examples without -l, against go build run now (no stored goldens)
	for d in examples/*/; do
		d=${d%/}
		n=$(basename "$d")
		[[ -f $d/main.go ]] || continue
		mod=$tmp/mod/examples/$n
		[[ -d $mod ]] && live_module "$mod" "examples/$n" i i2
	done
	for p in "${STD_PKGS[@]}"; do
		keep || continue
		for m in m m2 i i2; do
			flags=-m l=-l t=
			[[ $m == m2 || $m == i2 ]] && flags=-m=2
			[[ $m == i || $m == i2 ]] && l= t=inl
			# shellcheck disable=SC2086
			go build -gcflags="$flags $l" -o "$tmp/x.a" "$p" >"$tmp/want" 2>&1
			# shellcheck disable=SC2086
			timeout "$FILE_TIMEOUT" "$GE" $flags $l "$p" >"$tmp/got" 2>"$tmp/err"
			judge "std/$p/$t$flags" "$tmp/got" "$tmp/want" "$tmp/err"
		done
	done
else
	fail escape-irgen/std "no go command in PATH"
fi

# ---- a module replaced to a sibling directory, live against gc ----------------
# gc records positions absolute, and the go command shortens only the
# package's own directory: the shape instantiation of lib's generic
# function prints at /abs/lib/lib.go, not ./../lib/lib.go
if command -v go >/dev/null 2>&1; then
	rl=$tmp/replace
	mkdir -p "$rl/lib" "$rl/app"
	printf 'module lib\n\ngo 1.19\n' >"$rl/lib/go.mod"
	printf 'package lib\n\nvar sink any\n\nfunc Leak[T any](x T) { sink = x }\n\nfunc Keep[T any](x *T) *T { return x }\n' >"$rl/lib/lib.go"
	printf 'module app\n\ngo 1.19\n\nrequire lib v0.0.0\n\nreplace lib => ../lib\n' >"$rl/app/go.mod"
	printf 'package main\n\nimport "lib"\n\nfunc main() {\n\tlib.Leak(3)\n\tx := 1\n\tprintln(lib.Keep(&x))\n}\n' >"$rl/app/main.go"
	for m in "-m -l" "-m=2 -l" "-m"; do
		# shellcheck disable=SC2086
		(cd "$rl/app" && go build -gcflags="$m" -o "$tmp/x.bin" .) >"$tmp/want" 2>&1
		# shellcheck disable=SC2086
		(cd "$rl/app" && timeout "$FILE_TIMEOUT" "$GE" $m .) >"$tmp/got" 2>"$tmp/err"
		judge "replace/generic/${m// /}" "$tmp/got" "$tmp/want" "$tmp/err"
	done
fi

# ---- cgo (CGO_ENABLED=1; src/cgo.c, docs/escape-design.md §5.15) -----------
# tests/escape/cgo/NAME/ as module NAME, against gc's
# tests/escape/gc/cgo/NAME.MODE.out (scripts/escape-golden.sh cgo): the
# directory of cgo's output, goescape's cache (GOESCAPE_CACHE, tests/lib.sh)
# or the go command's work directory, compared as $WORK/
for gold in "$GOLD"/cgo/*.out; do
	[[ -f $gold ]] || continue
	base=$(basename "$gold" .out)
	n=${base%%.*} m=${base#*.}
	mod=$tmp/cgo/$n
	if [[ ! -d $mod ]]; then
		mkdir -p "$mod"
		cp -R tests/escape/cgo/"$n"/. "$mod/"
		printf 'module %s\n\ngo 1.19\n' "$n" >"$mod/go.mod"
	fi
	case $m in
	m) flags=(-m) ;;
	ml) flags=(-m -l) ;;
	m2) flags=(-m=2) ;;
	*) fail "escape-irgen/cgo/$n/$m" "unknown mode"; continue ;;
	esac
	(cd "$mod" && CGO_ENABLED=1 timeout "$FILE_TIMEOUT" "$GE" "${flags[@]}" .) 2>"$tmp/err" |
		sed -E 's#[^ (]*/cgo/[0-9a-f]{32}/#$WORK/#g' >"$tmp/got"
	judge "cgo/$n/$m" "$tmp/got" "$gold" "$tmp/err"
done

# ---- instrumented builds (-race, -msan, -asan; docs/escape-design.md §5.14) --
# gc needs cgo for them (the go command refuses them without), so these
# run with CGO_ENABLED=1
for gold in "$GOLD"/instrument/*.out; do
	[[ -f $gold ]] || continue
	base=$(basename "$gold" .out)
	n=${base%%.*} m=${base#*.}
	mod=$tmp/instrument/$n
	if [[ ! -d $mod ]]; then
		mkdir -p "$mod"
		cp tests/escape/instrument/"$n"/*.go "$mod/"
		printf 'module %s\n\ngo 1.19\n' "$n" >"$mod/go.mod"
	fi
	case ${m#*-} in
	i2) flags=(-m=2) ;;
	m2) flags=(-m=2 -l) ;;
	cp2) flags=(-m=2 -d=checkptr=2) ;;
	*) fail "escape-irgen/instrument/$n/$m" "unknown mode"; continue ;;
	esac
	(cd "$mod" && CGO_ENABLED=1 timeout "$FILE_TIMEOUT" "$GE" "-${m%%-*}" "${flags[@]}" .) >"$tmp/got" 2>"$tmp/err"
	judge "instrument/$n/$m" "$tmp/got" "$gold" "$tmp/err"
done
# std: packages the instrumentation changes (sync's and internal/race's
# race annotations, reflect's checkptr wrappers, the runtime left alone)
ESCDIFF=${ESCDIFF:-build/tools/escdiff}
if command -v go >/dev/null 2>&1 && need_exe escape-irgen/instrument/escdiff "$ESCDIFF" "run make build/tools/escdiff"; then
	INSTR_PKGS=(internal/race sync sync/atomic reflect os runtime)
	declare -A noknown=()
	cache=build/escape-instrument
	mkdir -p "$cache"
	stamp=$(go version | tr ' /' '__')
	for mf in "race -m" "asan -m -l"; do
		read -r mode flags <<<"$mf"
		key=$mode${flags// /}
		want=$cache/gc-$key-$stamp.txt
		if [[ ! -s $want ]]; then
			# shellcheck disable=SC2086
			if ! (CGO_ENABLED=1 GOFLAGS= GOCACHE=$tmp/gocache-instr go build -a "-$mode" -gcflags="$flags" \
				"${INSTR_PKGS[@]}") >"$tmp/want" 2>&1; then
				fail "escape-irgen/instrument/std/$key" "go build failed: $(head -c 300 "$tmp/want")"
				continue
			fi
			mv "$tmp/want" "$want"
		fi
		# shellcheck disable=SC2086
		(CGO_ENABLED=1 GOFLAGS= timeout "$FILE_TIMEOUT" "$GE" "-$mode" $flags "${INSTR_PKGS[@]}") >"$tmp/got" 2>"$tmp/err"
		diffs=$LOGDIR/escape-irgen-instrument-$key.diffs
		if ! "$ESCDIFF" -diffs "$diffs" "$want" "$tmp/got" >"$tmp/cmp"; then
			fail "escape-irgen/instrument/std/$key" "escdiff failed"
			continue
		fi
		escdiff_judge "escape-irgen/instrument/std/$key" "$key" "$tmp/cmp" "$diffs" "(none)" noknown 1
	done
fi

# ---- GOROOT/test, byte for byte ---------------------------------------------
files=()
for g in "$GOLD"/goroot/*.out; do
	keep || continue
	b=$(basename "$g" .out)
	rel=${b/fixedbugs_/fixedbugs/}.go
	file=$GOROOT_ORACLE/test/$rel
	files+=("$rel")
	flags=$(head -n 1 "$file" | sed -n 's|^// errorcheck ||p')
	flags=$(sed -E 's/(^| )-0( |$)/ /' <<<"$flags")
	# shellcheck disable=SC2086
	(cd "$(dirname "$file")" && timeout "$FILE_TIMEOUT" "$GE" $flags "$(basename "$file")") >"$tmp/got" 2>"$tmp/err"
	judge "goroot/$rel" "$tmp/got" "$g" "$tmp/err"
done

# ---- GOROOT/test/typeparam: shape instantiations, byte for byte --------------
for g in "$GOLD"/typeparam/*.m.out; do
	keep || continue
	[[ -f $g ]] || continue
	b=$(basename "$g" .m.out)
	for m in "m -m -l" "i -m"; do
		read -r gold flags <<<"$m"
		# shellcheck disable=SC2086
		(cd "$GOROOT_ORACLE/test/typeparam" && timeout "$FILE_TIMEOUT" "$GE" $flags "$b.go") >"$tmp/got" 2>"$tmp/err"
		judge "typeparam/$b/$gold" "$tmp/got" "$GOLD/typeparam/$b.$gold.out" "$tmp/err"
	done
done

# ---- GOROOT/test through the errorcheck runner ------------------------------
# the stage-2 files above, and the errorcheck tests of -m without -l
# (inlining on; no stored goldens: their // ERROR comments judge)
INL_FILES=(closure3.go escape4.go fixedbugs/issue18895.go fixedbugs/issue19261.go fixedbugs/issue23521.go
	fixedbugs/issue24651a.go fixedbugs/issue24651b.go fixedbugs/issue30898.go fixedbugs/issue31573.go
	fixedbugs/issue37837.go fixedbugs/issue4099.go fixedbugs/issue41635.go fixedbugs/issue42284.go
	fixedbugs/issue7921.go inline.go inline_big.go inline_endian.go inline_math_bits_rotate.go
	inline_sync.go inline_variadic.go linkname.go live_uintptrkeepalive.go runtime/inlinegcpc.go
	typeparam/pragma.go)
files+=("${INL_FILES[@]}")
ERRORCHECK=${ERRORCHECK:-build/tools/errorcheck}
if need_exe escape-irgen/errorcheck "$ERRORCHECK" "run tests/tools/build-gotool.sh errorcheck"; then
	"$ERRORCHECK" -testdir "$GOROOT_ORACLE/test" -j 2 -timeout "${FILE_TIMEOUT}s" \
		-compiler "$GE {testflags} -D test -I . -o {pkg}.a {files}" -filter-flags=-m,-l,-N,-smallframes,-+,-race,-msan,-asan \
		"${files[@]}" >"$tmp/ec.out" 2>"$tmp/ec.err"
	npass=0
	while read -r status rest; do
		name=${rest%%: *}
		name=${name%% *}
		case $status in
		PASS)
			npass=$((npass + 1))
			if [[ -n "${known[errorcheck/$name]:-}" ]]; then
				fail "escape-irgen/errorcheck/$name" "passes now: take it off $KNOWN"
			else
				pass "escape-irgen/errorcheck/$name"
			fi
			;;
		FAIL)
			if [[ -n "${known[errorcheck/$name]:-}" ]]; then
				pass "escape-irgen/errorcheck/$name" "known failure"
			else
				fail "escape-irgen/errorcheck/$name" "${rest#*: }"
				grep -A20 -F -- "--- FAIL $name" "$tmp/ec.err" | head -n 30 >&2
			fi
			;;
		SKIP) pass "escape-irgen/errorcheck/$name" "skipped: ${rest#*: }" ;;
		esac
	done <"$tmp/ec.out"
	info "escape-irgen: errorcheck with goescape: $npass of ${#files[@]} files pass (stage 2 and ${#INL_FILES[@]} inlining tests)"
fi
exit 0
