#!/usr/bin/env bash
# diff-oracle.sh — lex every .go file under the given directories (default:
# GOROOT/src and GOROOT/test) with build/lex_test -dump and with gc's own
# scanner (build/tools/lexoracle), and compare: tokens, positions, errors,
# //go: directives and line directives must be identical.
# Known difference: NUL bytes inside //line text (see src/lex.c).
set -euo pipefail
cd "$(dirname "$0")/../../.."
GOROOT_ORACLE=${GOROOT_ORACLE:-/usr/lib/go-1.19}
LEXTEST=${LEXTEST:-build/lex_test}
(($# > 0)) || set -- "$GOROOT_ORACLE/src" "$GOROOT_ORACLE/test"
[[ -x build/tools/lexoracle ]] || bash tests/lex/gen/build-oracle.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find -L "$@" -name '*.go' -type f | LC_ALL=C sort >"$work/files"
xargs -a "$work/files" -n 500 build/tools/lexoracle >"$work/gc.out"
xargs -a "$work/files" -n 500 "$LEXTEST" -dump >"$work/ours.out"
n=$(wc -l <"$work/files")
if cmp -s "$work/gc.out" "$work/ours.out"; then
	echo "diff-oracle: $n files, identical"
else
	diff -a "$work/gc.out" "$work/ours.out" | head -40
	echo "diff-oracle: $n files, DIFFERENT"
	exit 1
fi
