#!/usr/bin/env bash
# escape-thirdparty.sh — differential test of goescape -m against gc on
# third-party libraries, laid out the ways a user has them
# (GOOS=linux GOARCH=amd64 CGO_ENABLED=0).
#
# The libraries are Debian's Go source packages (scripts/install-deps.sh),
# under /usr/share/gocode/src (THIRDPARTY_SRC), copied into a scratch tree:
#   gopath   GO111MODULE=off, GOPATH=$tmp/gopath holding github.com/pkg/errors,
#            github.com/google/uuid and golang.org/x/text, and an application
#            example.com/gpapp with its own vendor/github.com/pkg/errors;
#            run from the application's directory (paths ../../...)
#   vendor   module example.com/app whose go.mod requires go-cmp and testify
#            (with go-spew, go-difflib, objx, yaml.v3) through `replace`
#            directives to local copies, then `go mod vendor` (offline: all
#            replacements are directories); built from vendor/
#   replace  the same module with -mod=mod: the packages read from the
#            replacement directories (paths ../src/...)
# For each layout and mode, gc's output is `go build -gcflags='FLAGS' PKGS`
# (a fresh GOCACHE: a cached build replays its first build's text) and
# goescape's is `goescape FLAGS PKGS`, both from the same directory with
# the same environment; build/tools/escdiff compares them package by
# package.  Modes: m-l (-m -l, issue 4) and m (-m, issue 5).
#
# One result per layout, mode and package: escape-thirdparty/LAYOUT/MODE/PKG.
# A package where goescape prints a line gc does not print fails always
# (precision must stay 1: goescape skips what it cannot reproduce).
# tests/known/escape-thirdparty.txt lists "LAYOUT MODE PKG" known to miss
# some of gc's lines; it may only shrink (a listed package now identical
# fails, asking for its removal).  tests/known/escape-thirdparty-floor.txt
# holds, per layout and mode, the recall measured when the list last
# changed: falling below it fails.  One INFO line per layout and mode gives
# gc's lines, goescape's, lines in common, precision and recall.  The
# per-package missing (-) and extra (+) lines are in
# $LOGDIR/escape-thirdparty-LAYOUT-MODE.diffs.  Before the modes, each
# layout's escape-thirdparty/LAYOUT/list compares `goescape list -deps
# PKGS` with `go list -deps PKGS` (build/tools/golist's canonical form, as
# tests/suites/load.sh does): the same packages, files and directories.
#
# gc's output is kept in build/escape-thirdparty/ keyed by `go version`,
# the Debian packages' versions and this script; delete it to rebuild.
# THIRDPARTY_LAYOUTS="gopath" and THIRDPARTY_MODES="m-l" run subsets.
source "$(dirname "$0")/../lib.sh"

ESCDIFF=${ESCDIFF:-build/tools/escdiff}
GOLIST=${GOLIST:-build/tools/golist}
SRC=${THIRDPARTY_SRC:-/usr/share/gocode/src}
ok=1
need_exe escape-thirdparty "$GOESCAPE" "run make bin/goescape" || ok=0
need_exe escape-thirdparty/escdiff "$ESCDIFF" "run make build/tools/escdiff" || ok=0
need_exe escape-thirdparty/golist "$GOLIST" "run make build/tools/golist" || ok=0
command -v go >/dev/null 2>&1 || { fail escape-thirdparty "no go command (run scripts/install-deps.sh)"; ok=0; }
LIBS=(github.com/pkg/errors github.com/google/uuid golang.org/x/text github.com/google/go-cmp
	github.com/stretchr/testify github.com/davecgh/go-spew github.com/pmezard/go-difflib
	github.com/stretchr/objx gopkg.in/yaml.v3)
for d in "${LIBS[@]}"; do
	[[ -d $SRC/$d ]] || { fail "escape-thirdparty/src/$d" "no $SRC/$d (run scripts/install-deps.sh)"; ok=0; }
done
((ok)) || exit 0

export GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= GOWORK=off GOPROXY=off GONOSUMDB= GOTOOLCHAIN=local
KNOWN=tests/known/escape-thirdparty.txt
FLOOR=tests/known/escape-thirdparty-floor.txt
GE=$(cd "$(dirname "$GOESCAPE")" && pwd)/$(basename "$GOESCAPE")
ED=$(cd "$(dirname "$ESCDIFF")" && pwd)/$(basename "$ESCDIFF")
GL=$(cd "$(dirname "$GOLIST")" && pwd)/$(basename "$GOLIST")
root=$PWD
cache=$root/build/escape-thirdparty
mkdir -p "$cache"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

declare -A known=()
while read -r k; do known[$k]=1; done < <(read_known "$KNOWN")
declare -A floor=()
while read -r layout mode r; do floor[$layout $mode]=$r; done < <(read_known "$FLOOR")

stamp=$({
	go version
	dpkg-query -W golang-github-pkg-errors-dev golang-github-google-uuid-dev golang-golang-x-text-dev \
		golang-github-google-go-cmp-dev golang-github-stretchr-testify-dev golang-github-davecgh-go-spew-dev \
		golang-github-pmezard-go-difflib-dev golang-github-stretchr-objx-dev golang-gopkg-yaml.v3-dev 2>&1
	cat "$0"
} | sha1sum | cut -c1-16)

copy() { # copy IMPORTPATH DESTSRC
	mkdir -p "$2/$(dirname "$1")"
	cp -rL "$SRC/$1" "$2/$1"
	chmod -R u+w "$2/$1"
}

# ---- the gopath layout --------------------------------------------------
gp=$tmp/gopath
for d in github.com/pkg/errors github.com/google/uuid golang.org/x/text; do copy "$d" "$gp/src"; done
app=$gp/src/example.com/gpapp
mkdir -p "$app/vendor/github.com/pkg"
cp -r "$SRC/github.com/pkg/errors" "$app/vendor/github.com/pkg/errors"
cat >"$app/main.go" <<'EOF'
package main

import (
	"fmt"

	"github.com/google/uuid"
	"github.com/pkg/errors"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

func main() {
	err := errors.Wrap(errors.New("disk full"), "saving")
	fmt.Println(cases.Title(language.English).String(err.Error()), uuid.NewSHA1(uuid.NameSpaceURL, nil))
}
EOF
GOPATH_PKGS=(. ./vendor/github.com/pkg/errors github.com/pkg/errors github.com/google/uuid
	golang.org/x/text/transform golang.org/x/text/unicode/norm golang.org/x/text/unicode/bidi
	golang.org/x/text/width golang.org/x/text/runes golang.org/x/text/cases
	golang.org/x/text/language golang.org/x/text/internal/language
	golang.org/x/text/internal/language/compact golang.org/x/text/internal/tag
	golang.org/x/text/encoding golang.org/x/text/encoding/charmap golang.org/x/text/encoding/unicode
	golang.org/x/text/secure/bidirule golang.org/x/text/secure/precis)

# ---- the module layouts (vendor, replace) -------------------------------
ms=$tmp/mod/src
for d in github.com/google/go-cmp github.com/stretchr/testify github.com/davecgh/go-spew \
	github.com/pmezard/go-difflib github.com/stretchr/objx gopkg.in/yaml.v3; do copy "$d" "$ms"; done
# a replacement directory needs a go.mod: the two libraries without one get
# the minimal file a user would write; gopkg.in/check.v1 (yaml.v3's test
# dependency, in its go.mod) is an empty module so the graph loads offline
for d in github.com/davecgh/go-spew github.com/pmezard/go-difflib gopkg.in/check.v1; do
	mkdir -p "$ms/$d"
	[[ -f $ms/$d/go.mod ]] || echo "module $d" >"$ms/$d/go.mod"
done
mapp=$tmp/mod/app
mkdir -p "$mapp"
cat >"$mapp/go.mod" <<'EOF'
module example.com/app

go 1.19

require (
	github.com/google/go-cmp v0.5.9
	github.com/stretchr/testify v1.8.1
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/stretchr/objx v0.5.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

replace (
	github.com/davecgh/go-spew => ../src/github.com/davecgh/go-spew
	github.com/google/go-cmp => ../src/github.com/google/go-cmp
	github.com/pmezard/go-difflib => ../src/github.com/pmezard/go-difflib
	github.com/stretchr/objx => ../src/github.com/stretchr/objx
	github.com/stretchr/testify => ../src/github.com/stretchr/testify
	gopkg.in/check.v1 => ../src/gopkg.in/check.v1
	gopkg.in/yaml.v3 => ../src/gopkg.in/yaml.v3
)
EOF
cat >"$mapp/main.go" <<'EOF'
package main

import (
	"fmt"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
)

type point struct{ X, Y int }

func main() {
	fmt.Println(cmp.Diff(point{1, 2}, point{1, 3}))
	fmt.Println(assert.ObjectsAreEqual(point{1, 2}, point{1, 2}))
}
EOF
MOD_PKGS=(. github.com/google/go-cmp/cmp github.com/google/go-cmp/cmp/internal/diff
	github.com/google/go-cmp/cmp/internal/flags github.com/google/go-cmp/cmp/internal/function
	github.com/google/go-cmp/cmp/internal/value github.com/stretchr/testify/assert
	github.com/davecgh/go-spew/spew github.com/pmezard/go-difflib/difflib gopkg.in/yaml.v3)
vendored=1
if ! (cd "$mapp" && GOCACHE=$tmp/gocache GOPATH=$tmp/modcache go mod vendor) >"$tmp/vendor.log" 2>&1; then
	fail escape-thirdparty/vendor "go mod vendor failed: $(head -c 300 "$tmp/vendor.log")"
	vendored=0
fi

# run_layout LAYOUT DIR PKGS...: the loader (goescape list -deps against
# go list -deps, as tests/suites/load.sh compares them), then both modes,
# in DIR with the layout's env
run_layout() {
	local layout=$1 dir=$2
	shift 2
	(cd "$dir" && go list -e -json=Dir,ImportPath,Name,GoFiles,CgoFiles,IgnoredGoFiles,Imports,Deps,Error \
		-deps "$@" 2>"$tmp/go.err" | "$GL" -deps) >"$tmp/go.list"
	if (cd "$dir" && "$GE" list -e -deps "$@") >"$tmp/ge.list" 2>"$tmp/ge.err" &&
		diff "$tmp/go.list" "$tmp/ge.list" >"$tmp/list.diff"; then
		pass "escape-thirdparty/$layout/list" "$(grep -c '^== ' "$tmp/go.list") packages"
	else
		head -40 "$tmp/list.diff" "$tmp/ge.err" >&2
		fail "escape-thirdparty/$layout/list" "goescape list -deps differs from go list -deps (see log)"
	fi
	local mode flags want got status diffs
	for mode in ${THIRDPARTY_MODES:-m-l m}; do
		case $mode in
		m-l) flags=(-m -l) ;;
		m) flags=(-m) ;;
		*) fail "escape-thirdparty/$layout/$mode" "unknown mode"; continue ;;
		esac
		want=$cache/gc-$layout-$mode-$stamp.txt
		if [[ ! -s $want ]]; then
			log "escape-thirdparty: $layout: go build -gcflags='${flags[*]}' $*"
			if ! (cd "$dir" && GOCACHE=$tmp/gocache go build -gcflags="${flags[*]}" "$@") >"$tmp/want" 2>&1; then
				fail "escape-thirdparty/$layout/$mode" "go build failed: $(head -c 300 "$tmp/want")"
				continue
			fi
			mv "$tmp/want" "$want"
		fi
		got=$tmp/got-$layout-$mode
		status=0
		(cd "$dir" && timeout --kill-after=10 300 "$GE" "${flags[@]}" "$@") >"$got" 2>"$tmp/err" || status=$?
		if ((status != 0)); then
			fail "escape-thirdparty/$layout/$mode" "goescape ${flags[*]}: $(describe_status $status): $(head -c 300 "$tmp/err")"
			continue
		fi
		diffs=$LOGDIR/escape-thirdparty-$layout-$mode.diffs
		if ! "$ED" -diffs "$diffs" "$want" "$got" >"$tmp/cmp"; then
			fail "escape-thirdparty/$layout/$mode" "escdiff failed"
			continue
		fi
		escdiff_judge "escape-thirdparty/$layout/$mode" "$layout $mode" "$tmp/cmp" "$diffs" "$KNOWN" known 1
		escdiff_total "escape-thirdparty/$layout/$mode" "$tmp/cmp" "${flags[*]}" "$FLOOR" 0 "${floor[$layout $mode]:-0}"
	done
}

for layout in ${THIRDPARTY_LAYOUTS:-gopath vendor replace}; do
	case $layout in
	gopath) GO111MODULE=off GOPATH=$gp run_layout gopath "$app" "${GOPATH_PKGS[@]}" ;;
	vendor) ((vendored)) && GOFLAGS=-mod=vendor GOPATH=$tmp/modcache run_layout vendor "$mapp" "${MOD_PKGS[@]}" ;;
	replace) GOFLAGS=-mod=mod GOPATH=$tmp/modcache run_layout replace "$mapp" "${MOD_PKGS[@]}" ;;
	*) fail "escape-thirdparty/$layout" "unknown layout" ;;
	esac
done
