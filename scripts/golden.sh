#!/usr/bin/env bash
# golden.sh — regenerate tests/parse/*.dump from the oracle (gc's own
# syntax package, through build/tools/astdump).  Golden files are written
# only by this script, never by hand.  Run from anywhere; paths in the
# dumps are relative to the repository root.
#
# Usage: scripts/golden.sh [tests/parse/FILE.go...]
set -euo pipefail
cd "$(dirname "$0")/.."
ASTDUMP=${ASTDUMP:-build/tools/astdump}
[[ -x "$ASTDUMP" ]] || { echo "golden: $ASTDUMP missing (make build/tools/astdump)" >&2; exit 1; }

if (($# == 0)); then set -- tests/parse/*.go; fi
changed=0
for f in "$@"; do
	out=${f%.go}.dump
	# Same canonical form parse-golden.sh compares: stdout, then stderr.
	"$ASTDUMP" -oracle=gc -branches -pragmas -dump "$f" >"$out.tmp" 2>"$out.err" || true
	cat "$out.err" >>"$out.tmp"
	rm -f "$out.err"
	if [[ -f "$out" ]] && cmp -s "$out" "$out.tmp"; then
		rm -f "$out.tmp"
	else
		mv "$out.tmp" "$out"
		echo "golden: wrote $out"
		changed=$((changed + 1))
	fi
done
echo "golden: $# inputs, $changed golden files changed"
