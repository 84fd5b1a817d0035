#!/bin/sh
# Build the Go helper tests/tools/NAME into build/tools/NAME.
#
# The helpers (typesoracle, constoracle, golist, errorcheck, ...) use only
# the standard library, so each builds straight from its directory,
# offline.  Prints nothing on success.  Environment: GO (default: go).
# (astdump has a script of its own: it copies gc's parser in first.)
#
# Usage: tests/tools/build-gotool.sh NAME
set -eu
[ $# -eq 1 ] || { echo "usage: $0 NAME" >&2; exit 2; }
. "$(dirname "$0")/goenv.sh"

[ -f "$root/tests/tools/$1/go.mod" ] || { echo "build-gotool.sh: no Go module at tests/tools/$1" >&2; exit 2; }
mkdir -p "$root/build/tools"
cd "$root/tests/tools/$1"
"$go" build -o "$root/build/tools/$1" .
