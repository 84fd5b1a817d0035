#!/usr/bin/env bash
# fuzz.sh — run the libFuzzer target build/fuzz_$FUZZ_TARGET (parse, the
# default, or lex) for SECONDS seconds.
# The seed corpus is every .go file of GOROOT/test (no larger than 64 KiB),
# copied once into build/fuzz/seeds; what the fuzzer finds goes to
# build/fuzz/corpus-TARGET, crashes to build/fuzz/crash-*.
#
# Usage: scripts/fuzz.sh [SECONDS]      (make fuzz FUZZTIME=600)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
GOROOT_ORACLE=${GOROOT_ORACLE:-/usr/lib/go-1.19}
target=${FUZZ_TARGET:-parse}
[[ -x build/fuzz_$target ]] || { echo "fuzz: build/fuzz_$target missing (make build/fuzz_$target)" >&2; exit 1; }

mkdir -p build/fuzz/seeds build/fuzz/corpus-$target
if [[ -z "$(ls -A build/fuzz/seeds)" ]]; then
	find -L "$GOROOT_ORACLE/test" -name '*.go' -type f -size -64k | while read -r f; do
		rel=${f#"$GOROOT_ORACLE/test/"}
		cp "$f" "build/fuzz/seeds/${rel//\//_}"
	done
	echo "fuzz: $(ls build/fuzz/seeds | wc -l) seed files from $GOROOT_ORACLE/test"
fi
# FUZZ_JOBS=N runs N fuzzers in parallel (logs in build/fuzz/fuzz-*.log).
par=()
if ((${FUZZ_JOBS:-1} > 1)); then par=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"); fi
cd build/fuzz
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
	../fuzz_$target -max_total_time="$secs" -max_len=65536 -timeout=10 \
	-artifact_prefix=./ -print_final_stats=1 "${par[@]}" \
	corpus-$target seeds
