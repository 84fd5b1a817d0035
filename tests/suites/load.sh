#!/usr/bin/env bash
# load.sh — the package loader (`goescape list`) against the oracle,
# `go list`.
#
# Each comparison runs `go list -e -json=FIELDS [-deps] ARGS` through
# build/tools/golist (tests/tools/golist), which prints the canonical text
# form, and `goescape list [-deps] ARGS`, which prints the same form by
# itself; the two must be identical: the same packages in the same order
# (go list -deps order: dependencies first), the same Dir, Name, GoFiles,
# IgnoredGoFiles and, with -deps, CgoFiles, Imports and Deps.
#
# Fixtures (tests/load/, see its README.md) are copied to a temporary
# directory; the module cache is filled by the go command itself from a
# file:// module proxy built from tests/load/modsrc, so nothing touches
# the network.  Bad inputs must give exactly one line on stderr (the go
# command's wording where it has one), a non-zero exit and no crash.
source "$(dirname "$0")/../lib.sh"

need_exe load "$GOESCAPE" "run make bin/goescape" || exit 0
need_goroot load || exit 0
GO=${GO:-go}
if ! command -v "$GO" >/dev/null; then
	fail load "no go command on PATH (run scripts/install-deps.sh)"
	exit 0
fi
GOLIST=${GOLIST:-build/tools/golist}
if [[ ! -x $GOLIST || tests/tools/golist/main.go -nt $GOLIST ]]; then
	if ! bash tests/tools/build-gotool.sh golist >&2; then
		fail load "cannot build $GOLIST (tests/tools/build-gotool.sh golist)"
		exit 0
	fi
fi
GOESCAPE=$(realpath "$GOESCAPE")
GOLIST=$(realpath "$GOLIST")

tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

# One environment for both tools: no go env file, no user GOFLAGS; the
# module cache and GOPATH live in the temporary directory.
export GOENV=off GOFLAGS= GOWORK= GO111MODULE= GOEXPERIMENT= GOOS= GOARCH= CGO_ENABLED=0
export GOROOT=$GOROOT_ORACLE GOPATH=$tmp/gopath GOMODCACHE=$tmp/modcache GOCACHE=$tmp/gocache
export GOPROXY=off GOSUMDB=off GONOSUMDB= GOPRIVATE= GOINSECURE=
FIELDS=Dir,ImportPath,Name,GoFiles,CgoFiles,IgnoredGoFiles,Imports,Deps,Error

cp -r tests/load "$tmp/load"
F=$tmp/load

# compare NAME DIR ARGS...: go list and goescape list agree in DIR.
compare() {
	local name=load/$1 dir=$2
	shift 2
	local deps= a status t0 t1
	for a in "$@"; do [[ $a == -deps ]] && deps=-deps; done
	(cd "$dir" && "$GO" list -e -json=$FIELDS "$@" 2>"$tmp/go.err" | "$GOLIST" $deps >"$tmp/go.out")
	t0=$(date +%s%N)
	(cd "$dir" && timeout "$FILE_TIMEOUT" "$GOESCAPE" list -e "$@" >"$tmp/ge.out" 2>"$tmp/ge.err")
	status=$?
	t1=$(date +%s%N)
	log "== $name: (cd ${dir#$tmp/} && goescape list -e $*) -> status $status, $(((t1 - t0) / 1000000)) ms"
	sed 's/^/go stderr: /' "$tmp/go.err" >&2
	sed 's/^/goescape stderr: /' "$tmp/ge.err" >&2
	if ((status >= 124)); then
		fail "$name" "goescape list $*: $(describe_status $status)"
	elif ((status != 0)); then
		fail "$name" "goescape list $*: exit status $status (see log)"
	elif ! grep -q '^== ' "$tmp/go.out"; then
		fail "$name" "go list $* listed nothing (see log)"
	elif ! diff "$tmp/go.out" "$tmp/ge.out" >"$tmp/diff"; then
		head -40 "$tmp/diff" >&2
		fail "$name" "goescape list $* differs from go list in $(grep -c '^[<>] ==' "$tmp/diff") package headers, $(wc -l <"$tmp/diff") diff lines (see log)"
	else
		pass "$name" "$(grep -c '^== ' "$tmp/go.out") packages"
	fi
}

# ---- the standard library -----------------------------------------------
# checkcmp NAME DIR PATTERN...: `goescape check` type-checks the packages
# (a module: requirements from the module cache, replacements, vendor/)
# without an error, and -dump-types, -dump-exprs and -dump-uses print
# what tests/tools/checkoracle prints from go/types for them.
CHECKORACLE=${CHECKORACLE:-build/tools/checkoracle}
[[ -x $CHECKORACLE ]] && CHECKORACLE=$(realpath "$CHECKORACLE")
checkcmp() {
	local name=load/check-$1 dir=$2 what s1 s2 n=0
	shift 2
	if [[ ! -x $CHECKORACLE ]]; then
		fail "$name" "no $CHECKORACLE (run make build/tools/checkoracle)"
		return
	fi
	for what in types exprs uses; do
		local oflag=-$what
		[[ $what == types ]] && oflag=
		# shellcheck disable=SC2086
		(cd "$dir" && timeout "$FILE_TIMEOUT" "$GOESCAPE" check -dump-$what "$@" 2>"$tmp/ck.err" | LC_ALL=C sort >"$tmp/ck.ours")
		s1=${PIPESTATUS[0]}
		# shellcheck disable=SC2086
		(cd "$dir" && "$CHECKORACLE" $oflag "$@" 2>"$tmp/ck.oerr" | LC_ALL=C sort >"$tmp/ck.oracle")
		s2=${PIPESTATUS[0]}
		# the loader's warning for a cgo package built without cgo aside
		sed -i '/^goescape: warning: .* CGO_ENABLED=0 leaves out its cgo files/d' "$tmp/ck.err"
		if ((s1 != 0 || s2 != 0)) || [[ -s $tmp/ck.err ]]; then
			fail "$name/$what" "goescape check: $(describe_status "$s1"), oracle $(describe_status "$s2"): $(head -n 2 "$tmp/ck.err" "$tmp/ck.oerr" | tr '\n' ' ' | cut -c1-200)"
			return
		fi
		if ! diff "$tmp/ck.oracle" "$tmp/ck.ours" >"$tmp/diff"; then
			head -20 "$tmp/diff" >&2
			fail "$name/$what" "-dump-$what differs from go/types: $(grep '^[<>]' "$tmp/diff" | head -n 2 | tr '\n' ' ' | cut -c1-200)"
			return
		fi
		n=$((n + $(grep -vc '^package ' "$tmp/ck.oracle")))
	done
	pass "$name" "$(grep -c '^package ' "$tmp/ck.oracle") packages, $n lines of types, expressions and names as go/types has them"
}

GOOS=linux GOARCH=amd64 compare std-linux-amd64 "$tmp" -deps std
GOOS=darwin GOARCH=arm64 compare std-darwin-arm64 "$tmp" -deps std
GOOS=windows GOARCH=386 compare std-windows-386 "$tmp" -deps std
GOOS=js GOARCH=wasm compare std-js-wasm "$tmp" -deps std
GOOS=linux GOARCH=amd64 CGO_ENABLED=1 compare std-linux-amd64-cgo "$tmp" -deps std
GOOS=linux GOARCH=amd64 compare cmd-linux-amd64 "$tmp" -deps cmd
GOOS=linux GOARCH=amd64 compare std-roots "$tmp" std
GOOS=linux GOARCH=amd64 compare std-patterns "$tmp" -deps net/... fmt cmd/go/internal/load
GOOS=linux GOARCH=amd64 compare std-in-goroot "$GOROOT_ORACLE/src/fmt" -deps .
GOOS=linux GOARCH=amd64 compare std-module-dots "$GOROOT_ORACLE/src" ./...

# -json prints the same packages as the text form.
(cd "$tmp" && GOOS=linux GOARCH=amd64 "$GOESCAPE" list -json -deps std 2>/dev/null | "$GOLIST" -deps >"$tmp/json.out")
(cd "$tmp" && GOOS=linux GOARCH=amd64 "$GOESCAPE" list -deps std >"$tmp/text.out" 2>/dev/null)
if [[ -s $tmp/text.out ]] && cmp -s "$tmp/json.out" "$tmp/text.out"; then
	pass load/json
else
	fail load/json "goescape list -json | golist differs from goescape list (std)"
fi

# GOROOT from the go command on PATH (its binary's symbolic links).
(cd "$tmp" && env -u GOROOT "$GOESCAPE" list fmt >"$tmp/ge.out" 2>"$tmp/ge.err")
want=$(env -u GOROOT "$GO" list -f '{{.Dir}}' fmt)
if grep -qxF "Dir $want" "$tmp/ge.out"; then
	pass load/goroot-from-path
else
	fail load/goroot-from-path "without GOROOT, goescape found $(grep '^Dir' "$tmp/ge.out" | head -1), want Dir $want"
fi

# Speed: all of std, read and parsed, best of three.
best=999999
for i in 1 2 3; do
	t0=$(date +%s%N)
	(cd "$tmp" && GOOS=linux GOARCH=amd64 "$GOESCAPE" list -deps std >/dev/null 2>&1)
	t1=$(date +%s%N)
	ms=$(((t1 - t0) / 1000000))
	((ms < best)) && best=$ms
done
info "load: goescape list -deps std (read and parse all of std): ${best} ms"
if ((best > 2000)); then
	fail load/speed-std "loading std took ${best} ms (want well under a second)"
else
	pass load/speed-std "${best} ms"
fi

# ---- modules --------------------------------------------------------------

# The module proxy, and the module cache the go command fills from it.
"$GOLIST" -mkproxy "$tmp/proxy" "$F/modsrc"
export GOPROXY=file://$tmp/proxy
(cd "$F/mod" && GOFLAGS=-mod=mod "$GO" mod download >&2 2>&1 && GOFLAGS=-mod=mod "$GO" list -deps ./... >/dev/null 2>&1)

M=$F/mod
compare mod-deps "$M" -deps ./...
checkcmp mod "$M" ./...
compare mod-roots "$M" ./...
compare mod-tags "$M" -tags mytag ./constraints
compare mod-tags2 "$M" -tags mytag,othertag ./constraints
GOOS=windows compare mod-windows "$M" -deps ./...
GOOS=darwin GOARCH=arm64 compare mod-darwin-arm64 "$M" ./constraints ./cgo
CGO_ENABLED=1 compare mod-cgo "$M" -deps ./...
compare mod-module-pattern "$M" example.com/app/...
compare mod-dep-pattern "$M" -deps example.com/dep/...
compare mod-everything "$M" ...
compare mod-files "$M" -deps cmd/app/main.go
compare mod-files-constraints "$M" constraints/z.go constraints/a_windows.go
compare mod-abs-dir "$M" "$M/constraints" "$M/internal/util"
compare mod-subdir "$M/cmd" -deps ../...
compare mod-not-found "$M" ./nonexist example.com/app/missing

compare vendor "$F/vendored" -deps ./...
checkcmp vendor "$F/vendored" ./... example.com/vdep/... example.com/vrep
compare vendor-pattern "$F/vendored" -deps example.com/vdep/...
compare vendor-dir "$F/vendored" ./vendor/example.com/vdep/a
mkdir -p "$F/vendored/miss"
printf 'package miss\n\nimport "example.com/notvendored/x"\n' >"$F/vendored/miss/m.go"
compare vendor-missing "$F/vendored" -deps ./miss

compare work "$F/work" -deps ./a/... ./b/...
compare work-pattern "$F/work" -deps example.com/wa/...
compare work-outside "$F/work" ./...

mkdir -p "$tmp/nomod"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println() }\n' >"$tmp/nomod/hello.go"
printf 'package main\n\nimport "example.com/x"\n\nfunc main() { x.X() }\n' >"$tmp/nomod/bad.go"
compare outside-module-files "$tmp/nomod" -deps hello.go
compare outside-module-missing "$tmp/nomod" -deps bad.go
compare outside-module-std "$tmp/nomod" fmt
compare outside-module-dots "$tmp/nomod" ./...

# ---- GOPATH mode ------------------------------------------------------------

GP=$F/gopath/src/example.com/gp
GO111MODULE=off GOPATH=$F/gopath compare gopath "$GP" -deps example.com/gp/...
GO111MODULE=off GOPATH=$F/gopath compare gopath-dots "$GP" ./...
GO111MODULE=off GOPATH=$F/gopath compare gopath-dir "$GP" -deps ./hello
GO111MODULE=off GOPATH=$F/gopath compare gopath-missing "$GP" ./nonexist
GO111MODULE=off GOPATH=$F/gopath compare gopath-outside "$tmp/nomod" -deps .
mkdir -p "$tmp/gplocal/sub"
printf 'package main\n\nimport "./sub"\n\nfunc main() { sub.S() }\n' >"$tmp/gplocal/main.go"
printf 'package sub\n\nfunc S() {}\n' >"$tmp/gplocal/sub/s.go"
GO111MODULE=off GOPATH=$F/gopath compare gopath-local-import "$tmp/gplocal" -deps .
# import comments (package p // import "path"): one that names another
# path, two that disagree, one that does not unquote; a vendored copy
# may carry its original's
IC=$tmp/gpc/src/ic
mkdir -p "$IC/good" "$IC/wrong" "$IC/two" "$IC/bad" "$IC/main/vendor/v"
printf 'package good // import "ic/good"\n\nfunc G() {}\n' >"$IC/good/g.go"
printf '// Package wrong.\npackage wrong /* import "other/wrong" */\n\nfunc W() {}\n' >"$IC/wrong/w.go"
printf 'package two // import "ic/two"\n' >"$IC/two/a.go"
printf 'package two // import "ic/2"\n' >"$IC/two/b.go"
printf 'package bad // import "ic/bad\n' >"$IC/bad/b.go"
printf 'package v // import "elsewhere/v"\n' >"$IC/main/vendor/v/v.go"
printf 'package main\n\nimport (\n\t_ "ic/bad"\n\t_ "ic/good"\n\t_ "ic/two"\n\t_ "ic/wrong"\n\t_ "v"\n)\n\nfunc main() {}\n' >"$IC/main/main.go"
GO111MODULE=off GOPATH=$tmp/gpc compare gopath-import-comments "$IC/main" -deps .
GO111MODULE=off GOPATH=$tmp/gpc compare gopath-import-comment-roots "$IC" ./...
if [[ -d /usr/share/gocode/src ]] && find /usr/share/gocode/src -name '*.go' -print -quit | grep -q .; then
	GO111MODULE=off GOPATH=/usr/share/gocode compare gopath-debian "$tmp" -deps ...
fi

# ---- bad input --------------------------------------------------------------

# EXTRA_ENV: arguments for env(1) in front of goescape.
EXTRA_ENV=()

# expect_error NAME DIR WANT ARGS...: goescape list ARGS in DIR fails with
# exactly one line on stderr, which contains WANT; WANT "=go" means: the
# line is go list's error (the go command's lines joined as goescape
# joins them).
expect_error() {
	local name=load/$1 dir=$2 want=$3
	shift 3
	local status nlines
	(cd "$dir" && timeout "$FILE_TIMEOUT" env "${EXTRA_ENV[@]}" "$GOESCAPE" list "$@" >"$tmp/ge.out" 2>"$tmp/ge.err")
	status=$?
	nlines=$(wc -l <"$tmp/ge.err")
	if [[ $want == =go ]]; then
		want=$(cd "$dir" && "$GO" list "$@" 2>&1 >/dev/null | flatten | head -1)
	fi
	log "== $name: (cd ${dir#$tmp/} && goescape list $*) -> status $status"
	sed 's/^/stderr: /' "$tmp/ge.err" >&2
	log "want: $want"
	if ((status >= 124)); then
		fail "$name" "goescape list $*: $(describe_status $status)"
	elif ((status == 0)); then
		fail "$name" "goescape list $*: exit status 0, want non-zero"
	elif ((nlines != 1)); then
		fail "$name" "goescape list $*: $nlines lines on stderr, want exactly one (see log)"
	elif ! grep -qF -- "$want" "$tmp/ge.err"; then
		fail "$name" "goescape list $*: said \"$(head -c 300 "$tmp/ge.err")\", want \"$want\""
	else
		pass "$name"
	fi
}

# The go command's error as one line: "go: " dropped, continuation lines
# (a tab, or after a line ending in ':') joined with a space.
flatten() {
	sed -e 's/^go: //' | awk '
		/^\t/ && line != "" { sub(/^\t/, " "); line = line $0; next }
		join { line = line " " $0; join = 0; next }
		{ if (line != "") print line; line = $0 }
		/:$/ { join = 1 }
		END { if (line != "") print line }'
}

E=$F/errors
GOROOT=/nonexistent expect_error goroot-missing "$tmp" "cannot find GOROOT directory: /nonexistent" fmt
EXTRA_ENV=(-u GOROOT PATH=/nonexistent)
expect_error goroot-no-go "$tmp" "install Go 1.19" fmt
EXTRA_ENV=()
expect_error unknown-package "$E/missing" =go ./...
expect_error unknown-package-msg "$E/missing" "a.go:5:2: package foo/bar is not in GOROOT ($GOROOT_ORACLE/src/foo/bar)" ./...
expect_error no-required-module "$E/nomodule" =go ./...
expect_error import-cycle "$E/cycle" =go ./...
expect_error import-cycle-msg "$E/cycle" "import cycle not allowed" ./a
expect_error dir-without-go-files "$E/empty" =go .
expect_error nonexistent-dir "$E/empty" =go ./nothere
expect_error broken-go.mod "$E/badmod" =go ./...
expect_error bad-go-version "$E/badgo" =go ./...
expect_error multiple-packages "$E/multi" =go .
expect_error bad-go-build-line "$E/badbuild" =go .
expect_error internal-package "$E/internal" =go .
expect_error import-of-program "$E/program" =go ./...
expect_error cgo-only "$E/cgoonly" =go .
expect_error syntax-error "$E/syntax" "./a.go:5:1: syntax error: unexpected }, expecting expression" .
GOOS=plan10 expect_error unknown-goos "$tmp" "unsupported GOOS/GOARCH pair plan10/" fmt
expect_error all-in-module-mode "$M" "pattern \"all\" is not supported" all
expect_error outside-module-dir "$tmp/nomod" =go .
mkdir -p "$tmp/badenv" && printf 'module x\n' >"$tmp/badenv/go.mod"
GO111MODULE=maybe expect_error bad-go111module "$tmp/badenv" =go .

mkdir -p "$tmp/locked"
printf 'module example.com/locked\n\ngo 1.19\n' >"$tmp/locked/go.mod"
printf 'package locked\n' >"$tmp/locked/a.go"
chmod 000 "$tmp/locked/a.go"
if ! cat "$tmp/locked/a.go" >/dev/null 2>&1; then
	expect_error unreadable-file "$tmp/locked" "open $tmp/locked/a.go: permission denied" .
elif command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups "$GOESCAPE" help >/dev/null 2>&1; then
	# root reads anything: run goescape as nobody (the directory made
	# reachable for it)
	chmod 755 "$tmp"
	printf '#!/bin/sh\nexec setpriv --reuid=65534 --regid=65534 --clear-groups %q "$@"\n' "$GOESCAPE" >"$tmp/as-nobody"
	chmod 755 "$tmp/as-nobody"
	GOESCAPE=$tmp/as-nobody expect_error unreadable-file "$tmp/locked" "open $tmp/locked/a.go: permission denied" .
	chmod 700 "$tmp"
else
	info "load/unreadable-file: skipped: chmod 000 does not stop this user (root) from reading, and setpriv cannot drop it"
fi
chmod 644 "$tmp/locked/a.go"

# A file the package lists but cannot read (a dangling symlink), and one
# that is a directory (a symlink to one: go/build leaves it out).
mkdir -p "$tmp/readerr/dangling" "$tmp/readerr/isdir/sub"
printf 'module example.com/readerr\n\ngo 1.19\n' >"$tmp/readerr/go.mod"
printf 'package dangling\n' >"$tmp/readerr/dangling/a.go"
ln -s nowhere.go "$tmp/readerr/dangling/b.go"
expect_error dangling-symlink "$tmp/readerr" =go ./dangling
printf 'package isdir\n' >"$tmp/readerr/isdir/a.go"
ln -s sub "$tmp/readerr/isdir/b.go"
compare dir-named-like-a-file "$tmp/readerr" ./isdir

# Import paths go/parser refuses (a newline, a space, a NUL, a backslash,
# quotes, an empty path): the go command's "invalid import path" at the
# literal, the literal as written.
mkdir -p "$tmp/badimport"
printf 'module example.com/badimport\n\ngo 1.19\n' >"$tmp/badimport/go.mod"
n=0
for lit in '"a\nb"' '"a b"' '"x\x00y"' '"c\\d"' '"q\"r"' '""' '`tab	bed`'; do
	n=$((n + 1))
	mkdir -p "$tmp/badimport/p$n"
	printf 'package p\n\nimport (\n\t"fmt"\n\t%s\n)\n\nvar _ = fmt.Sprint\n' "$lit" >"$tmp/badimport/p$n/a.go"
	expect_error "invalid-import-path-$n" "$tmp/badimport" =go "./p$n"
done
# Paths go/parser lets through but module mode refuses
# (module.CheckImportPath; go build says so, go list only with -e).
n=0
for path in 'é/x' 'a//b' '-x' 'a/../b' 'x/y.' 'con/x' 'x~1/y'; do
	n=$((n + 1))
	mkdir -p "$tmp/badimport/q$n"
	printf 'package p\n\nimport (\n\t"fmt"\n\t"%s"\n)\n\nvar _ = fmt.Sprint\n' "$path" >"$tmp/badimport/q$n/a.go"
	want=$(cd "$tmp/badimport" && "$GO" build "./q$n" 2>&1 | grep -m1 'malformed import path')
	[[ -n $want ]] || want="go build ./q$n: no malformed import path error"
	expect_error "malformed-import-path-$n" "$tmp/badimport" "$want" "./q$n"
done
exit 0
