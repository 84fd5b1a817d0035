#!/bin/sh
# intrinsics.sh — regenerate src/intrinsics.h, the table of gc's intrinsic
# functions per GOARCH, from the oracle's sources (GOROOT/src/cmd/compile/
# internal/ssagen/ssa.go, InitTables; tests/tools/intrinsics reads it).
# Never edit src/intrinsics.h by hand: rerun this.  With -check, only
# compare (exit status 1 and a diff when the file is out of date).
#
# Usage: scripts/intrinsics.sh [-check]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/tests/tools/goenv.sh"
root=$here
unset GOOS GOARCH  # the generator runs on the host
goroot=$("$go" env GOROOT)
out=$root/src/intrinsics.h
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
(cd "$root/tests/tools/intrinsics" && "$go" run . "$goroot") >"$tmp"
if [ "${1:-}" = -check ]; then
	diff -u "$out" "$tmp"
else
	cp "$tmp" "$out"
fi
