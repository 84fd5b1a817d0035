#!/usr/bin/env bash
# robust.sh — hostile input never crashes or hangs goescape, and output is
# deterministic.
#   - every input the fuzzer once crashed on (tests/fuzz/regress/*.in) parses
#     to a clean exit (0 or 1), with and without -dump; those the checker's
#     fuzz target failed on (tests/fuzz/regress-check/*.in) go through
#     `goescape check -e` to a clean exit;
#   - deep nesting (parentheses, blocks, types, composite literals, if
#     statements, unary operators, calls, selectors, binary operators):
#     50,000 levels parse, 150,000 levels (past the parser's limit of
#     100,000) give a gc-style "nesting too deep" error, never a stack
#     overflow; 1,000 levels also go through -dump (whose output grows with
#     the square of the depth, so deeper ones are parsed only);
#   - a long line, a huge literal and a big file are handled, and a file
#     past the 1 GiB limit is refused in one sentence;
#   - inputs that once crashed -m (tests/fuzz/regress-escape/*.in) and deep
#     trees, huge literals and long lines that type-check go through -m=2
#     to a clean exit;
#   - two runs of parse -dump over the same files give the same bytes, and
#     so do two runs of check -dump-types -dump-exprs std, of
#     list -deps -json std, of -m=2 std and of -m -l std.
source "$(dirname "$0")/../lib.sh"

need_exe robust "$GOESCAPE" "run make bin/goescape" || exit 0
GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run NAME FILE...: goescape parse must exit 0 or 1 within the time limit,
# and any error line must look like gc's "file:line[:col]: msg".  MODES
# (default "parse dump") says whether -dump is tried too.
run() {
	local name=$1
	shift
	local mode status bad
	for mode in ${MODES:-parse dump}; do
		local flags=()
		[[ $mode == dump ]] && flags=(-dump)
		timeout "$FILE_TIMEOUT" "$GOESCAPE" parse "${flags[@]}" "$@" >"$tmp/out" 2>"$tmp/err"
		status=$?
		{ echo "== $name ($mode): status $status"; head -n 3 "$tmp/err"; } >&2
		if ((status > 1)); then
			fail "$name/$mode" "$(describe_status $status): $(head -n1 "$tmp/err")"
			return
		fi
		bad=$(grep -v -E '^[^:]+:[0-9]+(:[0-9]+)?: .+' "$tmp/err" | head -n1)
		if [[ -n $bad ]]; then
			fail "$name/$mode" "unexpected stderr line: $bad"
			return
		fi
	done
	pass "$name"
}

shopt -s nullglob
for f in tests/fuzz/regress/*.in; do
	cp "$f" "$tmp/input.go"
	run "robust/fuzz-regress/$(basename "$f")" "$tmp/input.go"
done

# Inputs the checker's fuzz target once failed on: `goescape check -e`
# on each as a one-file package must exit 0 or 1, every stderr line
# gc-style or one goescape sentence.
for f in tests/fuzz/regress-check/*.in; do
	name=robust/fuzz-regress-check/$(basename "$f")
	mkdir -p "$tmp/chk"
	cp "$f" "$tmp/chk/input.go"
	(cd "$tmp/chk" && timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" check -e input.go >/dev/null 2>"$tmp/err")
	status=$?
	{ echo "== $name: status $status"; head -n 3 "$tmp/err"; } >&2
	bad=$(grep -a -v -E -e '^[^:]+:[0-9]+(:[0-9]+)?: .' -e $'^\t.' -e '^goescape: .' "$tmp/err" | head -n1)
	if ((status > 1)); then
		fail "$name" "$(describe_status $status): $(head -n1 "$tmp/err")"
	elif [[ -n $bad ]]; then
		fail "$name" "unexpected stderr line: $bad"
	else
		pass "$name"
	fi
	rm -rf "$tmp/chk"
done

# Inputs that once crashed -m (tests/fuzz/regress-escape/*.in, see its
# README.md): `goescape -m=2`, `-m=2 -l` and `-m -l` on each as a one-file
# package exit 0 or 1, every stderr line gc-style or one goescape
# sentence, and an exit status of 1 comes with something on stderr.
# m_run NAME DIR FILE FLAGS...: that check for one run.
m_run() {
	local name=$1 dir=$2 file=$3
	shift 3
	(cd "$dir" && timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" "$@" "$file" >/dev/null 2>"$tmp/err")
	local status=$?
	{ echo "== $name: goescape $* $file: status $status"; head -n 3 "$tmp/err"; } >&2
	local bad
	bad=$(grep -a -v -E -e '^[^:]+:[0-9]+(:[0-9]+)?: .' -e $'^\t.' -e '^goescape: .' "$tmp/err" | head -n1)
	if ((status > 1)); then
		fail "$name" "goescape $*: $(describe_status $status): $(head -n1 "$tmp/err")"
	elif [[ -n $bad ]]; then
		fail "$name" "goescape $*: unexpected stderr line: $bad"
	elif ((status == 1)) && [[ ! -s $tmp/err ]]; then
		fail "$name" "goescape $*: exit status 1 and nothing on stderr"
	else
		return 0
	fi
	return 1
}
for f in tests/fuzz/regress-escape/*.in; do
	name=robust/fuzz-regress-escape/$(basename "$f")
	mkdir -p "$tmp/esc"
	cp "$f" "$tmp/esc/input.go"
	m_run "$name" "$tmp/esc" input.go -m=2 && m_run "$name" "$tmp/esc" input.go -m=2 -l &&
		m_run "$name" "$tmp/esc" input.go -m -l && pass "$name"
	rm -rf "$tmp/esc"
done

gen() { python3 -c "import sys; n=$1; sys.stdout.write($2)" >"$tmp/$3.go"; }
shapes=(
	"'package p\nvar x = ' + '('*n + '1' + ')'*n + '\n'" parens
	"'package p\nfunc f() {' + '{'*n + '}'*n + '}\n'" blocks
	"'package p\nvar x ' + '[]'*n + 'int\n'" types
	"'package p\nvar x = ' + 'T{'*n + '}'*n + '\n'" complits
	"'package p\nfunc f() {' + 'if x {'*n + '}'*n + '}\n'" ifs
	"'package p\nvar x = ' + '^'*n + '1\n'" unary
	"'package p\nvar x = f' + '(1)'*n + '\n'" calls
	"'package p\nvar x = a' + '.b'*n + '\n'" selectors
	"'package p\nvar x = ' + '1+'*n + '1\n'" binary
)
if command -v python3 >/dev/null 2>&1; then
	for ((i = 0; i < ${#shapes[@]}; i += 2)); do
		expr=${shapes[i]} g=${shapes[i + 1]}
		gen 1000 "$expr" "$g-1k"
		run "robust/$g-1k" "$tmp/$g-1k.go"
		gen 50000 "$expr" "$g-50k"
		MODES=parse run "robust/$g-50k" "$tmp/$g-50k.go"
		gen 150000 "$expr" "$g-150k"
		MODES=parse run "robust/$g-150k" "$tmp/$g-150k.go"
		if grep -q 'nesting too deep' "$tmp/err"; then
			pass "robust/$g-150k/limit-message"
		else
			fail "robust/$g-150k/limit-message" "no 'nesting too deep' error: $(head -n1 "$tmp/err")"
		fi
	done
	# Deep trees that type-check go through -m=2 (irgen, the inliner,
	# escape analysis) too, 50,000 levels each (shapes whose checking or
	# analysis is quadratic in the depth, in gc as here, are left out)
	mshapes=(
		"'package p\nvar y int\nvar x = ' + '('*n + 'y' + ')'*n + '\n'" parens
		"'package p\nfunc f() {' + '{'*n + '}'*n + '}\n'" blocks
		"'package p\nfunc f() { var x ' + '[]'*n + 'int; _ = x }\n'" types
		"'package p\nfunc f() { var x ' + '*'*n + 'int; _ = x }\n'" pointers
		"'package p\nvar x ' + 'struct{ f '*n + 'int' + '}'*n + '\n'" structs
		"'package p\nvar x ' + 'func() '*n + 'int\n'" funcs
		"'package p\nvar y int\nfunc f() int { return ' + '- '*n + 'y }\n'" unary
		"'package p\nfunc g(y int) int { return ' + 'y+'*n + 'y }\n'" binary
		"'package p\nfunc g(y string) string { return ' + 'y+'*n + 'y }\n'" concat
		"'package p\nfunc g(p ' + '*'*n + 'int) int { return ' + '*'*n + 'p }\n'" derefs
		"'package p\nfunc g(s ' + '[]'*n + 'int) int { return s' + '[0]'*n + ' }\n'" indexes
		"'package p\nfunc g() interface{} { x := 1; return ' + '*&'*(n//2) + 'x }\n'" addrs
		"'package p\nfunc g(y int) {' + 'for {'*n + '}'*n + '}\n'" loops
		"'package p\nfunc g(y *int) *int { p := y\n' + 'p = &*p\n'*n + 'return p }\n'" stmts
		"'package p\nfunc f() []*int { y := 1; return []*int{' + '&y, '*(10*n) + '} }\n'" biglit
		"'package p\nfunc f() *string { s := \"' + 'x'*(200*n) + '\"; return &s }\n'" bigstring
	)
	for ((i = 0; i < ${#mshapes[@]}; i += 2)); do
		g=m-${mshapes[i + 1]}
		gen 50000 "${mshapes[i]}" "$g"
		m_run "robust/$g" "$tmp" "$g.go" -m=2 && pass "robust/$g"
	done
	gen 100000 "'package p\nvar x = ' + '1' * (10*n) + '\n'" hugeint
	gen 100000 "'package p\nvar s = \"' + 'x' * (100*n) + '\"\n'" longline
	gen 100000 "'package p\n' + ''.join('var v%d = %d\n' % (i, i) for i in range(n))" bigfile
	for g in hugeint longline bigfile; do
		run "robust/$g" "$tmp/$g.go"
	done
else
	fail robust/generated "python3 is needed to generate the inputs"
fi

# A file past the size limit (1 GiB; positions are 32-bit) is refused in
# one sentence before it is read (a sparse file: no disk is used).
if truncate -s 1100M "$tmp/huge.go" 2>/dev/null; then
	timeout "$FILE_TIMEOUT" "$GOESCAPE" parse "$tmp/huge.go" >/dev/null 2>"$tmp/err"
	status=$?
	if ((status == 2)) && [[ $(grep -c '' <"$tmp/err") == 1 ]] && grep -q 'too large' "$tmp/err"; then
		pass robust/file-too-large
	else
		fail robust/file-too-large "$(describe_status $status): $(head -n1 "$tmp/err")"
	fi
	rm -f "$tmp/huge.go"
fi

# Determinism: the same bytes twice (a sample of GOROOT/src).
if need_goroot robust/determinism; then
	mapfile -t files < <(find -L "$GOROOT_ORACLE/src/go" -name '*.go' -type f | LC_ALL=C sort | head -n 400)
	"$GOESCAPE" parse -dump "${files[@]}" >"$tmp/d1" 2>&1
	"$GOESCAPE" parse -dump "${files[@]}" >"$tmp/d2" 2>&1
	if cmp -s "$tmp/d1" "$tmp/d2" && [[ -s "$tmp/d1" ]]; then
		pass robust/determinism
	else
		fail robust/determinism "two runs of parse -dump over ${#files[@]} files differ"
	fi
fi

# Determinism of the checker and the loader over all of std: two runs
# (the second with a different environment size and heap layout, so
# that an order taken from addresses would show) give the same bytes.
if need_goroot robust/determinism-std; then
	det() {
		local name=$1
		shift
		"$GOESCAPE" "$@" >"$tmp/r1" 2>&1
		local s1=$?
		env GOESCAPE_PAD="$(printf '%*s' 4099 '')" MALLOC_PERTURB_=165 "$GOESCAPE" "$@" >"$tmp/r2" 2>&1
		local s2=$?
		if ((s1 != s2)); then
			fail "robust/$name" "goescape $*: exit status $s1, then $s2"
		elif ((s1 > 1)); then
			fail "robust/$name" "goescape $*: $(describe_status $s1): $(head -n1 "$tmp/r1")"
		elif [[ ! -s "$tmp/r1" ]]; then
			fail "robust/$name" "goescape $*: no output"
		elif ! cmp -s "$tmp/r1" "$tmp/r2"; then
			fail "robust/$name" "goescape $*: two runs differ: $(cmp "$tmp/r1" "$tmp/r2" 2>&1 | head -n1)"
		else
			pass "robust/$name" "$(wc -c <"$tmp/r1") bytes"
		fi
		rm -f "$tmp/r1" "$tmp/r2"
	}
	det determinism-check-std check -dump-types -dump-exprs std
	det determinism-list-std list -deps -json std
	det determinism-m2-std -m=2 std
	det determinism-m-l-std -m -l std
fi
