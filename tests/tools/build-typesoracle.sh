#!/bin/sh
# Build the types oracle helper into build/tools/typesoracle.
#
# The helper uses only the standard library (go/types and friends), so it
# builds straight from tests/tools/typesoracle, offline.  Prints nothing
# on success.  Environment: GO (default: go).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
go=${GO:-go}
srcdir=$root/tests/tools/typesoracle
bin=$root/build/tools/typesoracle

# Module mode, no network; keep Go's caches under build/ when the
# default locations are not writable (e.g. a read-only HOME).
export GO111MODULE=on GOFLAGS=-mod=mod GOPROXY=off GOWORK=off GOSUMDB=off
writable() {
	mkdir -p "$1" 2>/dev/null && [ -w "$1" ]
}
cache=$("$go" env GOCACHE 2>/dev/null || true)
if [ -z "$cache" ] || [ "$cache" = off ] || ! writable "$cache"; then
	export GOCACHE="$root/build/go-cache"
fi
gopath=$("$go" env GOPATH 2>/dev/null || true)
if [ -z "$gopath" ] || ! writable "${gopath%%:*}"; then
	export GOPATH="$root/build/go-path"
fi

mkdir -p "$(dirname "$bin")"
cd "$srcdir"
"$go" build -o "$bin" .
