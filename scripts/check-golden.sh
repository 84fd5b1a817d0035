#!/usr/bin/env bash
# check-golden.sh — regenerate tests/check/errors/*.out from gc itself:
# each is what `go tool compile` prints for its .go file (run from that
# directory, on ./NAME.go, so positions read as go build prints them).
# Never hand-edit the .out files.  (Never -o /dev/null: gc deletes its
# output file on error, as root too.)
set -uo pipefail
cd "$(dirname "$0")/../tests/check/errors" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in *.go; do
	GOOS=linux GOARCH=amd64 go tool compile -p p -o "$tmp/x.o" "./$f" >"${f%.go}.out" 2>&1
	echo "${f%.go}.out: $(wc -l <"${f%.go}.out") lines"
done
