#!/bin/sh
# Build the AST oracle helper into build/tools/astdump.
#
# gc's parser (cmd/compile/internal/syntax) cannot be imported from
# outside GOROOT/src/cmd, so its files are copied, unchanged, from the
# installed Go tree into a build-time copy of the helper's module
# (build/tools/astdump-src), where it is the package
# astdump/internal/syntax. Nothing of GOROOT is ever committed.
#
# Works offline: the module has no requirements. Prints nothing on
# success. Environment: GO (default: go).
set -eu

. "$(dirname "$0")/goenv.sh"
srcdir=$root/tests/tools/astdump
work=$root/build/tools/astdump-src
bin=$root/build/tools/astdump

goroot=$("$go" env GOROOT)
syntax=$goroot/src/cmd/compile/internal/syntax
if [ ! -f "$syntax/parser.go" ]; then
	echo "build-astdump.sh: $syntax/parser.go not found (need a full Go installation)" >&2
	exit 1
fi

# Fresh copy of the module, with the syntax package as a subpackage.
rm -rf "$work"
mkdir -p "$work/internal/syntax"
cp "$srcdir"/go.mod "$srcdir"/*.go "$work"/
for f in "$syntax"/*.go; do
	case $f in *_test.go) continue ;; esac
	cp "$f" "$work/internal/syntax/"
done


cd "$work"
"$go" build -o "$bin" .
