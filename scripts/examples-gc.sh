#!/usr/bin/env bash
# examples-gc.sh — gc's own escape analysis report for the examples.
#
# Each examples/NAME/main.go ends with a comment holding the output of
# `go build -gcflags='-m -l'` (Go 1.19) in its directory; that comment is
# the expected output for goescape's -m once it exists.
#
#   scripts/examples-gc.sh DIR      print gc's report for one example dir
#   scripts/examples-gc.sh --write  rewrite the comment of every example
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS=-mod=mod GOPROXY=off GOWORK=off GOTOOLCHAIN=local

report() {
	(cd "$1" && go build -gcflags='-m -l' -o /dev/null . 2>&1) || true
}

if [[ "${1:-}" != --write ]]; then
	report "${1:?usage: examples-gc.sh DIR | --write}"
	exit 0
fi
for dir in examples/*/; do
	dir=${dir%/}
	f=$dir/main.go
	[[ -f $f ]] || continue
	out=$(report "$dir")
	# Keep the program, drop any old comment (from its marker line on).
	sed -i '/^\/\/ Output of `go build/,$d' "$f"
	sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$f"   # trailing blank lines
	{
		echo
		echo "// Output of \`go build -gcflags='-m -l'\` (Go 1.19) in this directory:"
		echo "//"
		sed 's|^|//\t|' <<<"$out"
	} >>"$f"
	echo "examples-gc: $f"
done
