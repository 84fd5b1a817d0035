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
# where goescape keeps cgo's output for packages with cgo files (src/cgo.c)
export GOESCAPE_CACHE=${GOESCAPE_CACHE:-$PWD/build/goescape-cache}

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

# escdiff_judge PREFIX KEY CMP DIFFS KNOWNFILE KNOWNVAR [STRICT]: one result
# per package of escdiff's output CMP ("same PKG" / "differs PKG N/M E"),
# named PREFIX/PKG.  KNOWNVAR names an associative array of the entries of
# KNOWNFILE; a package's entry is "KEY PKG".  A listed package that is now
# identical fails (the list may only shrink); an unlisted one that differs
# fails; with STRICT=1 so does any package with lines gc does not print.
escdiff_judge() {
	local prefix=$1 key=$2 cmp=$3 diffs=$4 knownfile=$5 strict=${7:-0}
	local -n kn=$6
	local what pkg counts extra name k
	while read -r what pkg counts extra; do
		name="$prefix/$pkg" k="$key $pkg"
		case $what in
		same)
			if [[ -n "${kn[$k]:-}" ]]; then
				fail "$name" "identical to gc now: take '$k' off $knownfile"
			else
				pass "$name"
			fi
			;;
		differs)
			if ((strict && extra > 0)); then
				fail "$name" "$extra lines gc does not print ($counts of gc's lines; see $diffs)"
			elif [[ -n "${kn[$k]:-}" ]]; then
				pass "$name" "known difference: $counts of gc's lines, $extra extra"
			else
				fail "$name" "differs from gc: $counts of gc's lines, $extra extra (see $diffs)"
			fi
			;;
		esac
	done <"$cmp"
}

# escdiff_total PREFIX CMP FLAGS FLOORFILE MINPREC MINRECALL: the INFO line
# of escdiff's totals, and PREFIX/floor, which fails when precision or
# recall is below the floor recorded in FLOORFILE.
escdiff_total() {
	local prefix=$1 cmp=$2 flags=$3 floorfile=$4 fp=$5 fr=$6
	local line nwant ngot nmatch prec rec same
	# total WANT GOT MATCHED PRECISION RECALL SAME/PACKAGES
	line=$(grep '^total ' "$cmp")
	read -r _ nwant ngot nmatch prec rec same <<<"$line"
	info "$prefix: gc $flags: $nwant lines, goescape: $ngot, in common: $nmatch;" \
		"precision $prec, recall $rec; identical packages $same"
	if awk -v p="$prec" -v r="$rec" -v fp="$fp" -v fr="$fr" 'BEGIN { exit !(p + 0 >= fp + 0 && r + 0 >= fr + 0) }'; then
		pass "$prefix/floor" "precision $prec >= $fp, recall $rec >= $fr"
	else
		fail "$prefix/floor" "precision $prec or recall $rec below $floorfile's $fp, $fr"
	fi
}
