#!/usr/bin/env bash
# cli.sh — goescape's behaviour on bad input: each case must print exactly
# one line on stderr, nothing on stdout (no half-written listing or dump),
# exit non-zero, and not crash (exit status < 128).  Bad paths, non-Go
# files, unreadable files, a missing or bogus GOROOT, a broken go.mod,
# unknown packages, import cycles; files that are empty, binary or hold a
# NUL byte get gc-style errors; a file name that is not UTF-8 is fine.
source "$(dirname "$0")/../lib.sh"

need_exe cli "$GOESCAPE" "run make bin/goescape" || exit 0

tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp"; rm -rf "$tmp"' EXIT

GOESCAPE_ABS=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")

# expect_one_error NAME ARGS...: run goescape ARGS, check the contract.
# The array PRE (default empty) goes before goescape: env settings.
PRE=()
expect_one_error() {
	local name=cli/$1
	shift
	local status nlines
	timeout "$FILE_TIMEOUT" "${PRE[@]}" "$GOESCAPE_ABS" "$@" >"$tmp/out" 2>"$tmp/err"
	status=$?
	nlines=$(wc -l <"$tmp/err")
	{
		echo "== $name: goescape $*  -> status $status"
		sed 's/^/stderr: /' "$tmp/err"
		sed 's/^/stdout: /' "$tmp/out" | head -5
	} >&2
	if ((status >= 124)); then
		fail "$name" "goescape $*: $(describe_status $status)"
	elif ((status == 0)); then
		fail "$name" "goescape $*: exit status 0, want non-zero"
	elif ((nlines != 1)) || [[ $(tail -c1 "$tmp/err" | od -An -c | tr -d ' ') != '\n' ]]; then
		fail "$name" "goescape $*: $nlines lines on stderr, want exactly one (see log)"
	elif [[ -s "$tmp/out" ]]; then
		fail "$name" "goescape $*: failed but wrote $(wc -c <"$tmp/out") bytes on stdout"
	else
		pass "$name"
	fi
}

expect_one_error nonexistent-file parse "$tmp/does-not-exist.go"

mkdir "$tmp/empty-dir"
echo "not go" >"$tmp/empty-dir/README"
expect_one_error dir-without-go-files parse "$tmp/empty-dir"

printf 'This is not a Go source file.\nIt has two lines.\n' >"$tmp/notes.txt"
expect_one_error non-go-file parse "$tmp/notes.txt"

printf 'package p\n\nfunc f() {}\n' >"$tmp/locked.go"
chmod 000 "$tmp/locked.go"
if cat "$tmp/locked.go" >/dev/null 2>&1; then
	info "cli/unreadable-file: skipped: chmod 000 does not stop this user (root) from reading"
else
	expect_one_error unreadable-file parse "$tmp/locked.go"
	expect_one_error unreadable-file-check check "$tmp/locked.go"
fi
# A read error even root gets: /proc/self/mem opens, but reading it at
# offset 0 fails (EIO).
if [[ -r /proc/self/mem ]]; then
	ln -s /proc/self/mem "$tmp/mem.go"
	expect_one_error read-error parse "$tmp/mem.go"
	expect_one_error read-error-check check "$tmp/mem.go"
	expect_one_error read-error-list list "$tmp/mem.go"
fi

# The environment: a GOROOT that does not exist; one that is not a Go
# tree; no GOROOT and no go command on PATH.
printf 'package main\n\nfunc main() {}\n' >"$tmp/main.go"
# -m=3 and up add gc's IR dumps, not reproduced: refused, not a
# shorter -m=2.
expect_one_error m3-refused -m=3 "$tmp/main.go"
expect_one_error m-m-m-refused -m -m -m "$tmp/main.go"
# -live is gc's SSA back end's (liveness after register allocation):
# refused in one sentence
expect_one_error live-refused -m -l -live "$tmp/main.go"
PRE=(env GOROOT="$tmp/no-such-goroot")
expect_one_error goroot-missing check "$tmp/main.go"
expect_one_error goroot-missing-list list std
PRE=(env GOROOT="$tmp")
expect_one_error goroot-not-go check fmt
PRE=(env -u GOROOT PATH="$tmp/no-such-dir")
expect_one_error goroot-unset-no-go check "$tmp/main.go"
PRE=()

# Modules: a broken go.mod; in a good one, a directory without Go files,
# a package that does not exist, an import cycle.
mkdir -p "$tmp/badmod" "$tmp/mod/nogo" "$tmp/mod/a" "$tmp/mod/b"
printf 'module\ngo 1.19\n' >"$tmp/badmod/go.mod"
printf 'package p\n' >"$tmp/badmod/p.go"
printf 'module example.com/m\n\ngo 1.19\n' >"$tmp/mod/go.mod"
echo "not go" >"$tmp/mod/nogo/README"
printf 'package a\n\nimport _ "example.com/m/b"\n' >"$tmp/mod/a/a.go"
printf 'package b\n\nimport _ "example.com/m/a"\n' >"$tmp/mod/b/b.go"
root=$PWD
cd "$tmp/badmod" || exit 1
expect_one_error broken-go.mod check .
expect_one_error broken-go.mod-list list ./...
cd "$tmp/mod" || exit 1
expect_one_error check-dir-without-go-files check ./nogo
expect_one_error unknown-package check example.com/m/nosuch
expect_one_error unknown-std-package check nosuch/pkg
expect_one_error import-cycle check ./a
expect_one_error import-cycle-list list -deps -json ./a
cd "$root" || exit 1

# cgo (src/cgo.c): with CGO_ENABLED=1 goescape runs the toolchain's cgo
# on a package's cgo files, as go build does.  When it cannot (here: no C
# compiler), the packages are analysed as before, without what reaches
# their cgo files, exit status 0, and ONE line on stderr names them and
# says why; with the C compiler, no such line.
mkdir -p "$tmp/cgomod"
printf 'module cgomod\n\ngo 1.19\n' >"$tmp/cgomod/go.mod"
printf 'package main\n\n// static int twice(int x) { return 2 * x; }\nimport "C"\n\nfunc main() { println(C.twice(2)) }\n' >"$tmp/cgomod/main.go"
cgo_case() { # NAME CC WANT(0: no line, 1: the line)
	local name=cli/$1 status n
	(cd "$tmp/cgomod" && CGO_ENABLED=1 CC=$2 GOESCAPE_CACHE=$tmp/cgocache timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" -m .) \
		>"$tmp/out" 2>"$tmp/err"
	status=$?
	n=$(grep -c 'cgo could not run' "$tmp/err")
	{
		echo "== $name: CC=$2 goescape -m .  -> status $status"
		sed 's/^/stderr: /' "$tmp/err"
	} >&2
	if ((status != 0)); then
		fail "$name" "$(describe_status $status), want 0"
	elif (($3 == 0 && n != 0)); then
		fail "$name" "cgo did not run: $(grep 'cgo could not run' "$tmp/err")"
	elif (($3 == 1 && n != 1)); then
		fail "$name" "$n lines saying cgo could not run, want one"
	elif (($3 == 1)) && ! grep 'cgo could not run' "$tmp/err" | grep -q 'runtime/cgo, cgomod.*/nonexistent\|/nonexistent.*runtime/cgo, cgomod'; then
		fail "$name" "the line does not name the packages and the reason: $(grep 'cgo could not run' "$tmp/err")"
	else
		pass "$name"
	fi
}
if command -v gcc >/dev/null 2>&1; then
	cgo_case cgo-runs gcc 0
fi
cgo_case cgo-no-c-compiler /nonexistent 1

# Files that are not Go: errors gc-style (file:line:col: msg), non-zero,
# nothing on stdout.
expect_gc_errors() {
	local name=cli/$1
	shift
	local status bad
	timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" "$@" >"$tmp/out" 2>"$tmp/err"
	status=$?
	{
		echo "== $name: goescape $*  -> status $status"
		sed 's/^/stderr: /' "$tmp/err" | head -5
	} >&2
	bad=$(grep -a -v -E '^[^:]+:[0-9]+:[0-9]+: .' "$tmp/err" | head -n 1)
	if ((status != 1)); then
		fail "$name" "goescape $*: $(describe_status $status), want exit status 1"
	elif [[ ! -s "$tmp/err" || -n $bad ]]; then
		fail "$name" "goescape $*: want gc-style errors on stderr, got: $(head -n 1 "$tmp/err")"
	elif [[ -s "$tmp/out" ]]; then
		fail "$name" "goescape $*: failed but wrote on stdout"
	else
		pass "$name"
	fi
}
: >"$tmp/empty.go"
head -c 4096 "$GOESCAPE_ABS" >"$tmp/binary.go"
printf 'package p\n\nvar x = 1\000\nvar y = 2\n' >"$tmp/nul.go"
for f in empty binary nul; do
	expect_gc_errors "$f-file" parse "$tmp/$f.go"
	expect_gc_errors "$f-file-check" check "$tmp/$f.go"
done

# A file name that is not UTF-8 is still a file: no error.
printf 'package p\n\nconst c = 1\n' >"$tmp/"$'bad\xff'".go"
for cmd in parse check; do
	timeout "$FILE_TIMEOUT" "$GOESCAPE_ABS" $cmd "$tmp/"$'bad\xff'".go" >"$tmp/out" 2>"$tmp/err"
	status=$?
	if ((status != 0)) || [[ -s "$tmp/err" ]]; then
		fail cli/non-utf8-name-$cmd "$(describe_status $status), stderr: $(head -c 200 "$tmp/err")"
	else
		pass cli/non-utf8-name-$cmd
	fi
done

# A well-formed file: exit 0, nothing on stderr.
printf 'package p\n\nfunc f() int { return 1 }\n' >"$tmp/ok.go"
timeout "$FILE_TIMEOUT" "$GOESCAPE" parse "$tmp/ok.go" >"$tmp/out" 2>"$tmp/err"
status=$?
if ((status != 0)) || [[ -s "$tmp/err" ]]; then
	fail cli/valid-file "goescape parse ok.go: $(describe_status $status), stderr: $(head -c 200 "$tmp/err")"
else
	pass cli/valid-file
fi

# No arguments at all: a usage message on stderr, non-zero, no crash.
timeout "$FILE_TIMEOUT" "$GOESCAPE" >"$tmp/out" 2>"$tmp/err" </dev/null
status=$?
if ((status == 0 || status >= 124)) || [[ ! -s "$tmp/err" ]]; then
	fail cli/no-arguments "goescape with no arguments: $(describe_status $status), want non-zero and a usage message on stderr"
else
	pass cli/no-arguments
fi
exit 0
