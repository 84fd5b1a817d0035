#!/usr/bin/env bash
# escape-golden.sh — gc's -m output, stored as goldens for the escape suites.
#
# Never edit the files it writes by hand: rerun it.  Everything runs with a
# fresh GOCACHE (a cached build replays the text of its first build, paths
# included) and GOOS=linux GOARCH=amd64 CGO_ENABLED=0.
#
#   tests/escape/gc/goroot/NAME.out      the stage-2 GOROOT/test files of
#        docs/escape-design.md §5.9, compiled alone as errorcheck would:
#        `go tool compile -p=p FLAGS -o X.o FILE` in the file's directory
#        with FLAGS from the file's `// errorcheck` line (-0 dropped)
#   tests/escape/gc/examples/NAME.m.out, NAME.m2.out
#        `go build -gcflags='-m -l'` and `-gcflags='-m=2 -l'` on a copy of
#        examples/NAME in a scratch module (as the go command prints them:
#        "# importpath" header, ./main.go paths)
#   tests/escape/gc/progs/NAME.m.out, NAME.m2.out
#        the same for tests/escape/progs/NAME.go, built as ./main.go
#   tests/escape/gc/progs/NAME.i.out, NAME.i2.out
#        `-gcflags=-m` and `-gcflags=-m=2` WITHOUT -l (inlining on): the
#        inliner's lines and escape analysis of the inlined code (mode
#        `inline`, part of the default)
#   tests/escape/gc/mods/NAME.m.out, NAME.m2.out, NAME.d.out
#        tests/escape/mods/NAME/ (a main package with sub-packages) as
#        module NAME: `go build -gcflags='-m -l' ./...` (every package a
#        root), `-gcflags='-m=2 -l' .` and `-gcflags='-m -l' .` (the
#        sub-packages compiled as dependencies, with default flags)
#   tests/escape/gc/mods/NAME.i.out, NAME.i2.out
#        the same with inlining on: `-gcflags=-m ./...` and
#        `-gcflags=-m=2 .` (calls inlined across packages)
#   tests/escape/gc/arch/NAME.TARGET.out
#        `go build -gcflags=-m=2` (inlining on) on tests/escape/arch/NAME.go
#        as ./main.go of module NAME, for each TARGET of ARCH_TARGETS:
#        GOOS-GOARCH, with a variable of the target's after it when set
#        (GOOS-GOARCH-VAR=VALUE), in place of linux/amd64
#   tests/escape/gc/typeparam/NAME.m.out, NAME.i.out
#        GOROOT/test/typeparam/NAME.go alone, `go tool compile -p=p -m -l`
#        and `-m` (shape instantiations; the files goescape matches)
#   tests/escape/gc/instrument/NAME.MODE.out
#        tests/escape/instrument/NAME/ (a main package: its .go files, some
#        behind the race/msan/asan build tags) as module NAME:
#        `go build -race|-msan|-asan -gcflags=FLAGS .` for each MODE of
#        INSTRUMENT_MODES (race-i2: -race -gcflags=-m=2, race-m2: -race
#        -gcflags='-m=2 -l', race-cp2: -race -gcflags='-m=2
#        -d=checkptr=2', msan-i2, asan-i2, asan-m2); unlike the others
#        with CGO_ENABLED=1, which the go command needs for them (and
#        CC=clang for -msan, which gcc lacks)
#   tests/escape/gc/cgo/NAME.MODE.out
#        tests/escape/cgo/NAME/ (a main package, cgo files or an importer
#        of std's cgo packages) as module NAME, with CGO_ENABLED=1: `go
#        build -gcflags=FLAGS .` for each MODE of CGO_MODES (m: -m, ml:
#        -m -l, m2: -m=2); the go command's work directory, where cgo's
#        _cgo_gotypes.go is (/tmp/go-buildN/bM/, $WORK/bM/), written $WORK/
#        (escape-irgen writes goescape's cache directory so too)
#   NAME.w2.out (examples and progs)
#        `-gcflags='-W=2 -l'`: gc's IR as irgen built it ("after noder2")
#        and as escape analysis sees it ("before escape"), the shape
#        goescape's IR must have (docs/escape-design.md §5.3)
#
# Usage: scripts/escape-golden.sh [goroot|examples|progs|inline|mods|arch|typeparam|instrument|cgo]...  (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
GOROOT_ORACLE=${GOROOT_ORACLE:-/usr/lib/go-1.19}
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0
export GOFLAGS=-mod=mod GOPROXY=off GOWORK=off GOTOOLCHAIN=local

scratch=$(mktemp -d "${TMPDIR:-/tmp}/escape-golden.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export GOCACHE=$scratch/cache

# The stage-2 list (§5.9), then the files that need fmt's tags.
GOROOT_FILES=(
	escape_goto.go escape_selfassign.go escape_struct_return.go
	escape_calls.go escape_level.go escape_field.go escape_array.go
	escape_map.go escape_indir.go escape_iface.go escape_closure.go
	escape_param.go escape_struct_param1.go escape_struct_param2.go
	fixedbugs/issue12006.go fixedbugs/issue12588.go fixedbugs/issue19743.go
	fixedbugs/issue21709.go fixedbugs/issue27557.go fixedbugs/issue27732a.go
	fixedbugs/issue39292.go fixedbugs/issue35518.go fixedbugs/issue17318.go
	escape_unsafe.go escape5.go escape_runtime_atomic.go
	escape_sync_atomic.go uintptrescapes2.go bounds.go
	escape2.go escape2n.go escape_slice.go fixedbugs/issue13799.go
	escape_hash_maphash.go
)

# GOROOT/test/typeparam files (shape instantiations, stage 6), each
# compiled alone as errorcheck would, with -m -l and with -m.
TYPEPARAM_FILES=(
	absdiff.go absdiff2.go adder.go append.go cons.go double.go eface.go
	fact.go genembed.go genembed2.go graph.go ifaceconv.go importtest.go
	index.go index2.go issue23536.go issue376214.go issue42758.go
	issue45547.go issue45722.go issue45738.go issue46472.go issue47258.go
	issue47514.go issue47514b.go issue47676.go issue47684.go
	issue47684b.go issue47684c.go issue47708.go issue47713.go
	issue47723.go issue47740.go issue47740b.go issue47797.go issue47878.go
	issue47896.go issue47901.go issue47924.go issue47925.go issue47925b.go
	issue47925c.go issue47925d.go issue47929.go issue47948.go
	issue48013.go issue48016.go issue48030.go issue48047.go issue48049.go
	issue48198.go issue48253.go issue48276a.go issue48276b.go
	issue48317.go issue48318.go issue48344.go issue48424.go issue48453.go
	issue48537.go issue48598.go issue48602.go issue48604.go issue48617.go
	issue48645a.go issue48645b.go issue48838.go issue49049.go
	issue49295.go issue49309.go issue49421.go issue49547.go issue49659b.go
	issue49875.go issue50002.go issue50109b.go issue50177.go issue50193.go
	issue50264.go issue50417.go issue50417b.go issue50642.go issue50833.go
	issue50993.go issue51236.go issue51245.go issue51303.go issue51355.go
	issue51521.go issue51522b.go issue51700.go issue51733.go issue51765.go
	issue51832.go issue51840.go issue51909.go issue52026.go issue52228.go
	issue53254.go issue53406.go issue53419.go issue53477.go issue53762.go
	issue54135.go issue54225.go list.go lockable.go map.go maps.go
	metrics.go min.go ordered.go pair.go pragma.go sets.go settable.go
	shape1.go smallest.go stringable.go struct.go subdict.go sum.go
	typeswitch1.go typeswitch2.go typeswitch3.go typeswitch4.go
	typeswitch5.go typeswitch6.go typeswitch7.go value.go
)
# identical since the closures of generic function values and of method
# values and expressions of instance types (gc's buildClosure), T.M of a
# shape, unsafe.Sizeof & co. of shapes, println(f())
TYPEPARAM_FILES+=(
	absdiff3.go chans.go combine.go dictionaryCapture.go
	dictionaryCapture-noinline.go interfacearg.go issue45817.go
	issue47716.go issue47775b.go issue48225.go issue49432.go issue49516.go
	issue50690b.go issue50690c.go issue51925.go issue52241.go issue53390.go
	orderedmap.go slices.go smoketest.go typelist.go
)
# identical since instantiations number closures, convert shaped switch
# and comparison operands, and name embedded fields as gc does
TYPEPARAM_FILES+=(
	issue42758.go issue46591.go issue47710.go issue48191.go issue51522b.go
	list2.go
)
# identical once the three generic branches were merged (session 6):
# itabs from dictionaries with closures of method values and the subst
# walk's positions together
TYPEPARAM_FILES+=(
	boundmethod.go dottype.go issue47272.go issue47877.go issue48042.go
	issue49538.go issue50419.go issue50690a.go
)
# identical since function-local types carry gc's vargen in link names
# (a shape of one: go.shape.func() p.Bar·1_0)
TYPEPARAM_FILES+=(issue48137.go)
# identical since a shape converts to any interface (comparing a shaped
# value with a non-empty interface goes through the dictionary's itab)
TYPEPARAM_FILES+=(equal.go issue51522a.go)
# identical since interface method expressions (B2[string].m2) and method
# values of shape-typed values (v.String: the bound's itab) are built
TYPEPARAM_FILES+=(issue44688.go stringer.go)

typeparam_one() {
	local f=$1 file=$GOROOT_ORACLE/test/typeparam/$1
	local out=tests/escape/gc/typeparam/${f%.go}
	(cd "$(dirname "$file")" && go tool compile -p=p -m -l -o "$scratch/x.o" "$f") >"$out.m.out" 2>&1 || true
	(cd "$(dirname "$file")" && go tool compile -p=p -m -o "$scratch/x.o" "$f") >"$out.i.out" 2>&1 || true
	echo "escape-golden: $out.{m,i}.out ($(wc -l <"$out.m.out"), $(wc -l <"$out.i.out") lines)"
}

# gc on one GOROOT/test file with its own errorcheck flags.  Never -o
# /dev/null: gc deletes its output file on error.
goroot_one() {
	local rel=$1 file=$GOROOT_ORACLE/test/$1
	local flags
	flags=$(head -n 1 "$file" | sed -n 's|^// errorcheck ||p')
	flags=$(sed -E 's/(^| )-0( |$)/ /' <<<"$flags")
	local out=tests/escape/gc/goroot/$(tr / _ <<<"${rel%.go}").out
	# errorcheck runs gc in the file's directory on the file's base name
	# shellcheck disable=SC2086
	(cd "$(dirname "$file")" && go tool compile -p=p $flags -o "$scratch/x.o" "$(basename "$file")") \
		>"$out" 2>&1 || true
	echo "escape-golden: $out ($(wc -l <"$out") lines; flags $flags)"
}

# go build in a scratch module holding main.go (and nothing else).
build_one() { # DIR-with-main.go NAME OUTPREFIX
	local src=$1 name=$2 out=$3 mod=$scratch/mod/$2
	rm -rf "$mod"
	mkdir -p "$mod"
	cp "$src"/*.go "$mod/"
	printf 'module %s\n\ngo 1.19\n' "$name" >"$mod/go.mod"
	(cd "$mod" && go build -gcflags='-m -l' -o "$scratch/x.bin" .) >"$out.m.out" 2>&1 || true
	(cd "$mod" && go build -gcflags='-m=2 -l' -o "$scratch/x.bin" .) >"$out.m2.out" 2>&1 || true
	(cd "$mod" && go build -gcflags='-W=2 -l' -o "$scratch/x.bin" .) >"$out.w2.out" 2>&1 || true
	echo "escape-golden: $out.{m,m2,w2}.out ($(wc -l <"$out.m.out"), $(wc -l <"$out.m2.out"), $(wc -l <"$out.w2.out") lines)"
}

# a module with sub-packages: the roots' output, with the sub-packages as
# roots (./...) and as dependencies (.)
mods_one() { # DIR NAME OUTPREFIX
	local src=$1 name=$2 out=$3 mod=$scratch/mod/$2
	rm -rf "$mod"
	mkdir -p "$mod"
	cp -r "$src"/. "$mod/"
	printf 'module %s\n\ngo 1.19\n' "$name" >"$mod/go.mod"
	mkdir -p "$scratch/bin"
	(cd "$mod" && go build -gcflags='-m -l' -o "$scratch/bin/" ./...) >"$out.m.out" 2>&1 || true
	(cd "$mod" && go build -gcflags='-m=2 -l' -o "$scratch/bin/" .) >"$out.m2.out" 2>&1 || true
	(cd "$mod" && go build -gcflags='-m -l' -o "$scratch/bin/" .) >"$out.d.out" 2>&1 || true
	(cd "$mod" && go build -gcflags='-m' -o "$scratch/bin/" ./...) >"$out.i.out" 2>&1 || true
	(cd "$mod" && go build -gcflags='-m=2' -o "$scratch/bin/" .) >"$out.i2.out" 2>&1 || true
	echo "escape-golden: $out.{m,m2,d,i,i2}.out ($(wc -l <"$out.m.out"), $(wc -l <"$out.m2.out"), $(wc -l <"$out.d.out"), $(wc -l <"$out.i.out"), $(wc -l <"$out.i2.out") lines)"
}
# the same build with inlining on: NAME.i.out (-m), NAME.i2.out (-m=2)
inline_one() { # DIR-with-main.go NAME OUTPREFIX
	local src=$1 name=$2 out=$3 mod=$scratch/mod/$2
	rm -rf "$mod"
	mkdir -p "$mod"
	cp "$src"/*.go "$mod/"
	printf 'module %s\n\ngo 1.19\n' "$name" >"$mod/go.mod"
	(cd "$mod" && go build -gcflags='-m' -o "$scratch/x.bin" .) >"$out.i.out" 2>&1 || true
	(cd "$mod" && go build -gcflags='-m=2' -o "$scratch/x.bin" .) >"$out.i2.out" 2>&1 || true
	echo "escape-golden: $out.{i,i2}.out ($(wc -l <"$out.i.out"), $(wc -l <"$out.i2.out") lines)"
}

# The targets of the arch goldens: every GOARCH of gc 1.19, and the
# variables that change what it makes an intrinsic (soft float: GO386,
# GOARM, GOMIPS, GOMIPS64) or could (GOAMD64).
ARCH_TARGETS=(
	linux-386 linux-386-GO386=sse2 linux-amd64 linux-amd64-GOAMD64=v3 linux-arm linux-arm-GOARM=7
	linux-arm64 linux-loong64 linux-mips linux-mipsle-GOMIPS=softfloat linux-mips64
	linux-mips64le-GOMIPS64=softfloat linux-ppc64 linux-ppc64le linux-riscv64 linux-s390x js-wasm
)

arch_one() { # FILE NAME
	local f=$1 name=$2 mod=$scratch/mod/$2 t goos goarch var out
	rm -rf "$mod"
	mkdir -p "$mod"
	cp "$f" "$mod/main.go"
	printf 'module %s\n\ngo 1.19\n' "$name" >"$mod/go.mod"
	for t in "${ARCH_TARGETS[@]}"; do
		IFS=- read -r goos goarch var <<<"$t"
		out=tests/escape/gc/arch/$name.$t.out
		# shellcheck disable=SC2086
		(cd "$mod" && env GOOS="$goos" GOARCH="$goarch" $var go build -gcflags=-m=2 -o "$scratch/x.bin" .) \
			>"$out" 2>&1 || true
		echo "escape-golden: $out ($(wc -l <"$out") lines)"
	done
}

# The instrumented builds: MODE-FLAGS (i2: -m=2, m2: -m=2 -l, cp2: -m=2
# -d=checkptr=2).
INSTRUMENT_MODES=(race-i2 race-m2 race-cp2 msan-i2 asan-i2 asan-m2)

instrument_flags() { # MODE: the -gcflags of an INSTRUMENT_MODES entry
	case ${1#*-} in
	i2) echo "-m=2" ;;
	m2) echo "-m=2 -l" ;;
	cp2) echo "-m=2 -d=checkptr=2" ;;
	esac
}

instrument_one() { # DIR NAME
	local src=$1 name=$2 mod=$scratch/mod/$2 m out cc
	rm -rf "$mod"
	mkdir -p "$mod"
	cp "$src"/*.go "$mod/"
	printf 'module %s\n\ngo 1.19\n' "$name" >"$mod/go.mod"
	for m in "${INSTRUMENT_MODES[@]}"; do
		out=tests/escape/gc/instrument/$name.$m.out
		cc=gcc
		[[ ${m%%-*} == msan ]] && cc=clang
		(cd "$mod" && CGO_ENABLED=1 CC=$cc go build "-${m%%-*}" -gcflags="$(instrument_flags "$m")" \
			-o "$scratch/x.bin" .) >"$out" 2>&1 || true
		echo "escape-golden: $out ($(wc -l <"$out") lines)"
	done
}

# Packages with cgo files: MODE-FLAGS.
CGO_MODES=(m ml m2)

cgo_one() { # DIR NAME
	local src=$1 name=$2 mod=$scratch/mod/$2 m out flags
	rm -rf "$mod"
	mkdir -p "$mod"
	cp -R "$src"/. "$mod/"
	printf 'module %s\n\ngo 1.19\n' "$name" >"$mod/go.mod"
	for m in "${CGO_MODES[@]}"; do
		case $m in
		m) flags="-m" ;;
		ml) flags="-m -l" ;;
		m2) flags="-m=2" ;;
		esac
		out=tests/escape/gc/cgo/$name.$m.out
		(cd "$mod" && CGO_ENABLED=1 go build -gcflags="$flags" -o "$scratch/x.bin" .) 2>&1 |
			sed -E 's#[^ (]*/go-build[0-9]+/b[0-9]+/#$WORK/#g; s#\$WORK/b[0-9]+/#$WORK/#g' >"$out" || true
		echo "escape-golden: $out ($(wc -l <"$out") lines)"
	done
}

what=("$@")
((${#what[@]})) || what=(goroot examples progs inline mods arch typeparam instrument cgo)
for w in "${what[@]}"; do
	case $w in
	goroot)
		mkdir -p tests/escape/gc/goroot
		for f in "${GOROOT_FILES[@]}"; do goroot_one "$f"; done
		;;
	examples)
		mkdir -p tests/escape/gc/examples
		for d in examples/*/; do
			d=${d%/}
			[[ -f $d/main.go ]] || continue
			# the examples' module path is goescape.example
			build_one "$d" "goescape.example/$(basename "$d")" "tests/escape/gc/examples/$(basename "$d")"
		done
		;;
	progs)
		mkdir -p tests/escape/gc/progs
		for f in tests/escape/progs/*.go; do
			n=$(basename "$f" .go)
			mkdir -p "$scratch/src/$n"
			cp "$f" "$scratch/src/$n/main.go"
			build_one "$scratch/src/$n" "$n" "tests/escape/gc/progs/$n"
		done
		;;
	inline)
		mkdir -p tests/escape/gc/progs
		for f in tests/escape/progs/*.go; do
			n=$(basename "$f" .go)
			mkdir -p "$scratch/src/$n"
			cp "$f" "$scratch/src/$n/main.go"
			inline_one "$scratch/src/$n" "$n" "tests/escape/gc/progs/$n"
		done
		;;
	mods)
		mkdir -p tests/escape/gc/mods
		for d in tests/escape/mods/*/; do
			d=${d%/}
			mods_one "$d" "$(basename "$d")" "tests/escape/gc/mods/$(basename "$d")"
		done
		;;
	arch)
		mkdir -p tests/escape/gc/arch
		for f in tests/escape/arch/*.go; do
			arch_one "$f" "$(basename "$f" .go)"
		done
		;;
	typeparam)
		mkdir -p tests/escape/gc/typeparam
		for f in "${TYPEPARAM_FILES[@]}"; do typeparam_one "$f"; done
		;;
	instrument)
		mkdir -p tests/escape/gc/instrument
		for d in tests/escape/instrument/*/; do
			d=${d%/}
			instrument_one "$d" "$(basename "$d")"
		done
		;;
	cgo)
		mkdir -p tests/escape/gc/cgo
		for d in tests/escape/cgo/*/; do
			d=${d%/}
			cgo_one "$d" "$(basename "$d")"
		done
		;;
	*) echo "usage: escape-golden.sh [goroot|examples|progs|inline|mods|arch|typeparam|instrument|cgo]..." >&2; exit 2 ;;
	esac
done
