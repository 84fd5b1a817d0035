#!/usr/bin/env bash
# install-deps.sh — install what goescape needs to build and test, from
# Debian's packages only.  Idempotent and quick: when every package is
# already installed it runs no apt command at all.
#
#   build-essential  gcc, make
#   libgmp-dev, libmpfr-dev  exact constant arithmetic (later phases)
#   golang-go        Go 1.19: the oracle (tests/tools/astdump) and gc itself
#   golang-1.19-src  GOROOT/src and GOROOT/test, read by the tests (golang-go
#                    depends on it; named so that its absence is caught)
#   time             /usr/bin/time, for peak memory in `make bench`
#   golang-github-pkg-errors-dev, golang-github-google-uuid-dev,
#   golang-golang-x-text-dev, golang-github-google-go-cmp-dev,
#   golang-github-stretchr-testify-dev (with go-spew, go-difflib, objx,
#   yaml.v3)     third-party Go source under /usr/share/gocode/src, laid
#                out as a GOPATH and as a vendoring module by
#                tests/suites/escape-thirdparty.sh
#   clang            only for `make fuzz` (libFuzzer); optional
#
# Usage: scripts/install-deps.sh [--with-clang]
# Needs root, or sudo when run as another user.
set -euo pipefail

pkgs=(build-essential libgmp-dev libmpfr-dev golang-go golang-1.19-src time
	golang-github-pkg-errors-dev golang-github-google-uuid-dev golang-golang-x-text-dev
	golang-github-google-go-cmp-dev golang-github-stretchr-testify-dev)
if [[ "${1:-}" == "--with-clang" ]]; then
	pkgs+=(clang)
fi

missing=()
for p in "${pkgs[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
		missing+=("$p")
	fi
done

if ((${#missing[@]} == 0)); then
	exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
	if command -v sudo >/dev/null 2>&1; then
		sudo=(sudo)
	else
		echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
		exit 1
	fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done" >&2
