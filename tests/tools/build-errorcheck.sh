#!/bin/sh
# Build the errorcheck runner (tests/tools/errorcheck) into
# build/tools/errorcheck.  Works offline: the module has no requirements
# (standard library only).  Prints nothing on success.
# Environment: GO (default: go).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
go=${GO:-go}
bin=$root/build/tools/errorcheck

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

mkdir -p "$root/build/tools"
cd "$root/tests/tools/errorcheck"
"$go" build -o "$bin" .
