#!/usr/bin/env bash
# fuzz.sh — run the libFuzzer target build/fuzz_$FUZZ_TARGET (parse, the
# default, lex, check or escape) for SECONDS seconds.
# The seed corpus is every .go file of GOROOT/test (no larger than 64 KiB,
# subdirectories included), of types2's tests and of tests/check/, copied
# once into $FUZZ_DIR/seeds; the escape target's is GOROOT/test's
# escape*.go and inline*.go files and tests/escape/{progs,irgen}, copied
# once into $FUZZ_DIR/seeds-escape.  What the fuzzer finds goes to
# $FUZZ_DIR/corpus-TARGET, crashes to $FUZZ_DIR/crash-* (FUZZ_DIR defaults
# to build/fuzz; never point it into tests/, libFuzzer writes to its
# corpus).
#
# Usage: scripts/fuzz.sh [SECONDS]      (make fuzz FUZZTIME=600)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
GOROOT_ORACLE=${GOROOT_ORACLE:-/usr/lib/go-1.19}
target=${FUZZ_TARGET:-parse}
dir=${FUZZ_DIR:-build/fuzz}
bin=$PWD/build/fuzz_$target
[[ -x $bin ]] || { echo "fuzz: build/fuzz_$target missing (make build/fuzz_$target)" >&2; exit 1; }

seeds=seeds
[[ $target == escape ]] && seeds=seeds-escape
mkdir -p "$dir/$seeds" "$dir/corpus-$target"
if [[ $target == escape && -z "$(ls -A "$dir/$seeds")" ]]; then
	for f in "$GOROOT_ORACLE"/test/escape*.go "$GOROOT_ORACLE"/test/inline*.go \
		tests/escape/progs/*.go tests/escape/irgen/*.go; do
		cp "$f" "$dir/$seeds/$(basename "$f")"
	done
	echo "fuzz: $(ls "$dir/$seeds" | wc -l) seed files for the escape target"
elif [[ -z "$(ls -A "$dir/$seeds")" ]]; then
	find -L "$GOROOT_ORACLE/test" -name '*.go' -type f -size -64k | while read -r f; do
		rel=${f#"$GOROOT_ORACLE/test/"}
		cp "$f" "$dir/seeds/${rel//\//_}"
	done
	find -L "$GOROOT_ORACLE/src/cmd/compile/internal/types2/testdata" -name '*.go' -type f -size -64k |
		while read -r f; do
			rel=${f#"$GOROOT_ORACLE/src/cmd/compile/internal/"}
			cp "$f" "$dir/seeds/${rel//\//_}"
		done
	find tests/check -name '*.go' -type f | while read -r f; do
		cp "$f" "$dir/seeds/${f//\//_}"
	done
	echo "fuzz: $(ls "$dir/seeds" | wc -l) seed files from $GOROOT_ORACLE and tests/check"
fi
# FUZZ_JOBS=N runs N fuzzers in parallel (logs in $FUZZ_DIR/fuzz-*.log).
par=()
if ((${FUZZ_JOBS:-1} > 1)); then par=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"); fi
cd "$dir"
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
	UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
	"$bin" -max_total_time="$secs" -max_len=65536 -timeout=10 \
	-artifact_prefix=./ -print_final_stats=1 "${par[@]}" \
	corpus-$target $seeds
