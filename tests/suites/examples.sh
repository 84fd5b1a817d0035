#!/usr/bin/env bash
# examples.sh — every example program under examples/ parses cleanly:
# goescape parse exits 0 and prints nothing on stderr.  And the comment
# that ends each examples/NAME/main.go still holds what gc's -m -l says
# about it (scripts/examples-gc.sh --write regenerates them).
source "$(dirname "$0")/../lib.sh"

need_exe examples "$GOESCAPE" "run make bin/goescape" || exit 0

shopt -s nullglob
files=(examples/*.go examples/*/*.go)
if ((${#files[@]} == 0)); then
	fail examples "no Go files under examples/"
	exit 0
fi
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for f in "${files[@]}"; do
	timeout "$FILE_TIMEOUT" "$GOESCAPE" parse "$f" >/dev/null 2>"$err"
	status=$?
	{ echo "== $f: status $status"; cat "$err"; } >&2
	if ((status != 0)); then
		fail "examples/${f#examples/}" "goescape parse: $(describe_status $status): $(head -n1 "$err")"
	elif [[ -s "$err" ]]; then
		fail "examples/${f#examples/}" "goescape parse printed on stderr: $(head -n1 "$err")"
	else
		pass "examples/${f#examples/}"
	fi
done

# gc's report, against the comment in each example.
if ! command -v go >/dev/null 2>&1; then
	fail examples/gc-comments "no go command (run scripts/install-deps.sh)"
	exit 0
fi
for dir in examples/*/; do
	dir=${dir%/}
	f=$dir/main.go
	[[ -f $f ]] || continue
	name=examples/${dir#examples/}/gc-comment
	want=$(sed -n '/^\/\/ Output of `go build/,$p' "$f" | tail -n +3 | sed 's|^//\t||')
	got=$(bash scripts/examples-gc.sh "$dir")
	if [[ -z "$want" ]]; then
		fail "$name" "$f has no '// Output of \`go build ...' comment at its end"
	elif [[ "$want" != "$got" ]]; then
		fail "$name" "the comment in $f is not what gc says now (scripts/examples-gc.sh --write)"
		{ echo "== $name"; diff <(echo "$want") <(echo "$got"); } >&2
	else
		pass "$name"
	fi
done
exit 0
