#!/bin/bash
# Self-check of the AST oracle helper (build/tools/astdump).
#
#  1. -crosscheck: for every file both oracles accept, gc's parser and
#     go/parser must give byte-identical dumps. Run over this
#     directory's testdata, GOROOT/src and GOROOT/test.
#  2. -errors: for the files gc's parser rejects (GOROOT/test and
#     testdata/errors), the output must equal what `go tool compile`
#     prints. Needs -branches, since go tool compile checks branches.
#
# Usage: tests/tools/astdump/check.sh [-quick]   (-quick: testdata only)
# Exit status 1 if anything differs.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
astdump=$root/build/tools/astdump
"$root/tests/tools/build-astdump.sh" || exit 1
goroot=$(go env GOROOT)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

sets="testdata"
[ "${1:-}" = -quick ] || sets="testdata src test"
for set in $sets; do
	case $set in
	testdata) find "$here/testdata" -maxdepth 1 -name '*.go' | sort >"$tmp/files" ;;
	*) find -L "$goroot/$set" -name '*.go' -type f | sort >"$tmp/files" ;;
	esac
	"$astdump" -crosscheck $(cat "$tmp/files") >"$tmp/cross.$set"
	r=$?
	echo "$set: $(tail -1 "$tmp/cross.$set")"
	if [ $r != 0 ]; then
		grep -A12 '^MISMATCH\|^INTERNAL-ERROR' "$tmp/cross.$set" | head -60
		status=1
	fi
done

# Error messages, compared with go tool compile (run in an empty
# directory; never with -o /dev/null: on errors the compiler removes
# its output file, and as root that would delete /dev/null).
{
	find "$here/testdata/errors" -name '*.go' | sort
	[ "${1:-}" = -quick ] || sed -n 's/^\(GC-REJECTS\|BOTH-REJECT\) //p' "$tmp/cross.test"
} >"$tmp/rejected"
same=0 total=0
mkdir "$tmp/work"
while read -r f; do
	total=$((total + 1))
	(cd "$tmp/work" && go tool compile -o "$tmp/work/out.o" "$f" >"$tmp/want" 2>&1)
	"$astdump" -errors -branches "$f" >"$tmp/got" 2>&1
	if cmp -s "$tmp/want" "$tmp/got"; then
		same=$((same + 1))
	else
		echo "ERRORS DIFFER: $f"
		diff "$tmp/want" "$tmp/got" | head -10
		status=1
	fi
done <"$tmp/rejected"
echo "errors: $same of $total files print what go tool compile prints"
exit $status
