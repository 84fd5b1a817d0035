#!/usr/bin/env bash
# escape-arch.sh — goescape -m against gc for other targets than the
# linux/amd64 of escape-std: what differs per GOARCH and GOOS (gc's
# intrinsics, which are never inlined; 32-bit sizes; soft float; the
# files each target builds).
#
# For each target and mode, gc's output is `go build -a -gcflags='FLAGS'
# PKGS` and goescape's `goescape FLAGS PKGS`, both with GOOS/GOARCH set
# and CGO_ENABLED=0, from the repository root; build/tools/escdiff
# compares them package by package.  PKGS is a sample of std chosen for
# what differs per target (math, math/bits and what calls them, the
# atomics, the runtime, os and syscall), so a cold run builds little: the
# packages' dependencies are compiled without flags.  Targets
# (ESCAPE_ARCH_TARGETS): linux/arm64, linux/386 (32-bit, GO386=softfloat
# by default: no math intrinsics), windows/amd64.  Modes: m-l (-m -l), m
# (-m).  One result per target, mode and package:
# escape-arch/GOOS/GOARCH/MODE/PKG, one INFO line per target and mode
# with the totals; the missing (-) and extra (+) lines per package are in
# $LOGDIR/escape-arch-GOOS-GOARCH-MODE.diffs.
#
# Also escape-arch/intrinsics-table: src/intrinsics.h is what
# scripts/intrinsics.sh makes from the oracle's ssagen/ssa.go; and
# escape-arch/golden/NAME/TARGET: goescape -m=2 on tests/escape/arch/
# NAME.go (as ./main.go of module NAME) for every GOARCH and soft-float
# setting, against gc's output stored by scripts/escape-golden.sh arch
# (tests/escape/gc/arch/NAME.TARGET.out, TARGET GOOS-GOARCH[-VAR=VALUE]).
#
# gc's outputs are kept in build/escape-arch/ (keyed by `go version`);
# delete them to rebuild.  tests/known/escape-arch.txt lists
# "GOOS/GOARCH MODE PKG" known to differ (it may only shrink);
# tests/known/escape-arch-floor.txt the precision and recall per target
# and mode measured when it last shrank (falling below either fails).
source "$(dirname "$0")/../lib.sh"

ESCDIFF=${ESCDIFF:-build/tools/escdiff}
ok=1
need_exe escape-arch "$GOESCAPE" "run make bin/goescape" || ok=0
need_exe escape-arch/escdiff "$ESCDIFF" "run make build/tools/escdiff" || ok=0
need_goroot escape-arch/goroot || ok=0
command -v go >/dev/null 2>&1 || { fail escape-arch "no go command (run scripts/install-deps.sh)"; ok=0; }
((ok)) || exit 0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GE=$(realpath "$GOESCAPE")

if diff=$(scripts/intrinsics.sh -check 2>&1); then
	pass escape-arch/intrinsics-table
else
	log "$diff"
	fail escape-arch/intrinsics-table "src/intrinsics.h is not what scripts/intrinsics.sh makes: rerun it"
fi

for gold in tests/escape/gc/arch/*.out; do
	base=$(basename "$gold" .out)
	name=${base%%.*} target=${base#*.}
	IFS=- read -r goos goarch var <<<"$target"
	mod=$tmp/arch/$name
	if [[ ! -d $mod ]]; then
		mkdir -p "$mod"
		cp "tests/escape/arch/$name.go" "$mod/main.go"
		printf 'module %s\n\ngo 1.19\n' "$name" >"$mod/go.mod"
	fi
	# shellcheck disable=SC2086
	(cd "$mod" && env GO386= GOARM= GOAMD64= GOMIPS= GOMIPS64= GOOS="$goos" GOARCH="$goarch" $var CGO_ENABLED=0 \
		GOFLAGS= timeout "$FILE_TIMEOUT" "$GE" -m=2 .) >"$tmp/got" 2>"$tmp/err"
	if diff -q "$gold" "$tmp/got" >/dev/null; then
		pass "escape-arch/golden/$name/$target"
	else
		fail "escape-arch/golden/$name/$target" "differs from gc's output (see log)"
		log "--- escape-arch/golden/$name/$target: diff gc goescape"
		diff "$gold" "$tmp/got" | head -n 40 >&2
		head -n 20 "$tmp/err" >&2
	fi
done

PKGS=(math math/bits math/big math/rand strconv sync sync/atomic runtime runtime/internal/atomic
	runtime/internal/sys runtime/internal/math hash/crc32 encoding/binary crypto/aes crypto/sha256
	crypto/internal/edwards25519/field crypto/internal/nistec/fiat os syscall)

export CGO_ENABLED=0 GOFLAGS= GOWORK=off GOPROXY=off
unset GOARM GO386 GOAMD64 GOMIPS GOMIPS64
KNOWN=tests/known/escape-arch.txt
FLOOR=tests/known/escape-arch-floor.txt
cache=build/escape-arch
mkdir -p "$cache"

declare -A known=()
while read -r k; do known[$k]=1; done < <(read_known "$KNOWN")
declare -A floor_p=() floor_r=()
while read -r target mode p r; do
	floor_p[$target $mode]=$p
	floor_r[$target $mode]=$r
done < <(read_known "$FLOOR")

stamp=$(go version | tr ' /' '__')

for target in ${ESCAPE_ARCH_TARGETS:-linux/arm64 linux/386 windows/amd64}; do
	export GOOS=${target%/*} GOARCH=${target#*/}
	for mode in ${ESCAPE_ARCH_MODES:-m-l m}; do
		case $mode in
		m-l) flags=(-m -l) ;;
		m) flags=(-m) ;;
		*) fail "escape-arch/$target/$mode" "unknown mode"; continue ;;
		esac
		name=escape-arch/$target/$mode
		want=$cache/gc-$GOOS-$GOARCH-$mode-$stamp.txt
		if [[ ! -s $want ]]; then
			log "escape-arch: GOOS=$GOOS GOARCH=$GOARCH go build -a -gcflags='${flags[*]}' ${PKGS[*]}"
			if ! GOCACHE=$tmp/gocache go build -a -gcflags="${flags[*]}" "${PKGS[@]}" >"$tmp/want" 2>&1; then
				fail "$name" "go build failed: $(head -c 300 "$tmp/want")"
				continue
			fi
			mv "$tmp/want" "$want"
		fi
		got=$tmp/got
		status=0
		timeout --kill-after=10 300 "$GOESCAPE" "${flags[@]}" "${PKGS[@]}" >"$got" 2>"$tmp/err" || status=$?
		if ((status != 0)); then
			fail "$name" "goescape ${flags[*]}: $(describe_status $status): $(head -c 300 "$tmp/err")"
			continue
		fi
		diffs=$LOGDIR/escape-arch-$GOOS-$GOARCH-$mode.diffs
		if ! "$ESCDIFF" -diffs "$diffs" "$want" "$got" >"$tmp/cmp"; then
			fail "$name" "escdiff failed"
			continue
		fi
		escdiff_judge "$name" "$target $mode" "$tmp/cmp" "$diffs" "$KNOWN" known
		escdiff_total "$name" "$tmp/cmp" "${flags[*]}" "$FLOOR" "${floor_p[$target $mode]:-0}" \
			"${floor_r[$target $mode]:-0}"
	done
done
