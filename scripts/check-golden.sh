#!/usr/bin/env bash
# check-golden.sh — regenerate tests/check/errors/*.out from gc itself:
# each is what `go tool compile` prints for its .go file (run from that
# directory, on ./NAME.go, so positions read as go build prints them), or
# for the .go files of a directory NAME (run from it, ./a.go ./b.go ...).
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
# a directory: one package of several files, named in order
for d in */; do
	d=${d%/}
	(cd "$d" && files=() && for f in *.go; do files+=("./$f"); done &&
		GOOS=linux GOARCH=amd64 go tool compile -p p -o "$tmp/x.o" "${files[@]}") >"$d.out" 2>&1
	echo "$d.out: $(wc -l <"$d.out") lines"
done
