# goenv.sh — sourced by the scripts that build the Go helpers under
# tests/tools: sets root (the repository) and go (the go command, $GO or
# "go"), and an environment in which `go build` works offline from a fresh
# clone: module mode, no proxy or checksum database, and Go's caches under
# build/ when the default locations are not writable (a read-only HOME).
root=$(cd "$(dirname "$0")/../.." && pwd)
go=${GO:-go}

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
