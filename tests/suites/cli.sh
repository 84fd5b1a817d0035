#!/usr/bin/env bash
# cli.sh — goescape's behaviour on bad input: each case must print exactly
# one line on stderr, exit non-zero, and not crash (exit status < 128).
source "$(dirname "$0")/../lib.sh"

need_exe cli "$GOESCAPE" "run make bin/goescape" || exit 0

tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp"; rm -rf "$tmp"' EXIT

# expect_one_error NAME ARGS...: run goescape ARGS, check the contract.
expect_one_error() {
	local name=cli/$1
	shift
	local status nlines
	timeout "$FILE_TIMEOUT" "$GOESCAPE" "$@" >"$tmp/out" 2>"$tmp/err"
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
fi

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
