#!/usr/bin/env bash
# build-oracle.sh — build build/tools/lexoracle: gc's own scanner (a private
# copy of GOROOT's cmd/compile/internal/syntax, with one hook patched into
# updateBase) driven by tests/lex/gen/oracle.  Used to derive and re-check
# the expectations in tests/lex/lex_test.c (see tests/lex/gen/check.sh).
set -euo pipefail
cd "$(dirname "$0")/../../.."
GOROOT_ORACLE=${GOROOT_ORACLE:-/usr/lib/go-1.19}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/syntax" build/tools
for f in "$GOROOT_ORACLE"/src/cmd/compile/internal/syntax/*.go; do
	case $f in *_test.go) continue ;; esac
	cp "$f" "$work/syntax/"
done
hook='p.base = NewLineBase(pos, filename, trimmed, line, col)'
grep -qF "$hook" "$work/syntax/parser.go"
sed -i "s/^\(\t*\)$hook/\1if lineHook != nil { lineHook(pos, filename, line, col) }\n\1$hook/" "$work/syntax/parser.go"
cp tests/lex/gen/oracle/export.go.in "$work/syntax/export.go"
cp tests/lex/gen/oracle/main.go.in "$work/main.go"
printf 'module lexoracle\n\ngo 1.19\n' >"$work/go.mod"
(cd "$work" && GOFLAGS=-mod=mod go build -o lexoracle .)
cp "$work/lexoracle" build/tools/lexoracle
