# tests/lib.sh — sourced by every suite in tests/suites/.
#
# A suite prints its results on stdout, one line each, and details on
# stderr (tests/run.sh sends stderr to $LOGDIR/<suite>.log):
#   pass NAME [NOTE]   ->  PASS NAME [(NOTE)]
#   fail NAME REASON   ->  FAIL NAME: REASON
#   info TEXT          ->  INFO TEXT           (not counted)
# Suites run from the repository root.

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

GOESCAPE=${GOESCAPE:-bin/goescape}
LEXTEST=${LEXTEST:-build/lex_test}
ASTDUMP=${ASTDUMP:-build/tools/astdump}
LOGDIR=${LOGDIR:-build/test-logs}
mkdir -p "$LOGDIR"

# The oracle's Go: Debian's golang-go 1.19.  GOROOT/src and GOROOT/test are
# symlinks there, so always use find -L.
GOROOT_ORACLE=${GOROOT_ORACLE:-/usr/lib/go-1.19}

# Per-invocation time limit (seconds) for one run of goescape on one file,
# so a parser that loops shows up as a failure rather than a hung suite.
FILE_TIMEOUT=${FILE_TIMEOUT:-20}

pass() {
	if [[ -n "${2:-}" ]]; then echo "PASS $1 ($2)"; else echo "PASS $1"; fi
}
fail() { echo "FAIL $1: $2"; }
info() { echo "INFO $*"; }
log() { echo "$*" >&2; }

# need_exe NAME PATH HOW: succeed if PATH is an executable; otherwise
# report a FAIL named NAME explaining how to build it, and fail.
need_exe() {
	if [[ -x "$2" && -f "$2" ]]; then return 0; fi
	fail "$1" "missing executable $2 ($3)"
	return 1
}

need_goroot() {
	if [[ -d "$GOROOT_ORACLE/src" && -d "$GOROOT_ORACLE/test" ]]; then return 0; fi
	fail "$1" "no Go 1.19 tree at $GOROOT_ORACLE (run scripts/install-deps.sh)"
	return 1
}

# describe_status CODE: words for an exit status, for failure reasons.
describe_status() {
	case $1 in
	124) echo "timed out after ${FILE_TIMEOUT}s" ;;
	134) echo "aborted (SIGABRT: internal error or sanitizer report)" ;;
	136) echo "crashed (SIGFPE)" ;;
	137) echo "killed (SIGKILL)" ;;
	139) echo "crashed (SIGSEGV)" ;;
	*) if (($1 >= 128)); then echo "killed by signal $(($1 - 128))"; else echo "exit status $1"; fi ;;
	esac
}

# Known-differences lists (tests/known/*.txt): one entry per line, '#'
# comments and blank lines ignored.  They may only shrink.
read_known() {
	[[ -f "$1" ]] || return 0
	sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$1"
}
