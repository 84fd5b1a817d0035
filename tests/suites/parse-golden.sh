#!/usr/bin/env bash
# parse-golden.sh — for each tests/parse/NAME.go, `goescape parse -dump`
# must print exactly tests/parse/NAME.dump.
#
# The golden files come from the oracle (`make golden`: build/tools/astdump
# -oracle=gc -dump, run from the repository root on the same relative path)
# and are never edited by hand.  Both sides are compared as "stdout, then
# stderr", so syntax errors match wherever each tool prints them as long as
# both print them on the same stream.
source "$(dirname "$0")/../lib.sh"

need_exe parse-golden "$GOESCAPE" "run make bin/goescape" || exit 0

shopt -s nullglob
files=(tests/parse/*.go)
if ((${#files[@]} == 0)); then
	fail parse-golden "no inputs in tests/parse/"
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
	name=parse-golden/$(basename "$f" .go)
	golden=${f%.go}.dump
	if [[ ! -f "$golden" ]]; then
		fail "$name" "no golden file $golden (run make golden)"
		continue
	fi
	timeout "$FILE_TIMEOUT" "$GOESCAPE" parse -dump -pragmas "$f" >"$tmp/out" 2>"$tmp/err"
	status=$?
	cat "$tmp/err" >>"$tmp/out"
	if ((status >= 124)); then
		fail "$name" "goescape parse -dump $f: $(describe_status $status)"
		{ echo "== $name: $(describe_status $status)"; tail -n 5 "$tmp/err"; } >&2
		continue
	fi
	if cmp -s "$golden" "$tmp/out"; then
		pass "$name"
		continue
	fi
	# First differing line, for the FAIL reason; the diff goes to the log.
	line=$(awk 'FILENAME == ARGV[1] { a[FNR] = $0; n = FNR; next }
		{ m++; if (m > n || a[m] != $0) { print m; d = 1; exit } }
		END { if (!d) print m + 1 }' "$golden" "$tmp/out")
	want=$(sed -n "${line}p" "$golden")
	got=$(sed -n "${line}p" "$tmp/out")
	(($(wc -l <"$golden") < line)) && want="<end of file>"
	(($(wc -l <"$tmp/out") < line)) && got="<end of file>"
	fail "$name" "differs from $golden at line $line: want '${want:0:80}', got '${got:0:80}'"
	{
		echo "== $name (exit status $status): diff $golden goescape"
		diff -u "$golden" "$tmp/out" | head -n 60
	} >&2
done

# The golden files must still be what the oracle prints: they are never
# edited by hand, and a change of the oracle shows up here.
if need_exe parse-golden/oracle-agrees "$ASTDUMP" "run make build/tools/astdump"; then
	stale=()
	for f in "${files[@]}"; do
		golden=${f%.go}.dump
		[[ -f "$golden" ]] || continue
		"$ASTDUMP" -oracle=gc -branches -pragmas -dump "$f" >"$tmp/oracle" 2>"$tmp/oracle.err"
		cat "$tmp/oracle.err" >>"$tmp/oracle"
		cmp -s "$golden" "$tmp/oracle" || stale+=("$golden")
	done
	if ((${#stale[@]} == 0)); then
		pass parse-golden/oracle-agrees
	else
		fail parse-golden/oracle-agrees "${#stale[@]} golden files differ from the oracle's output (hand-edited, or the oracle changed; make golden): ${stale[*]:0:5}"
	fi
fi
exit 0
