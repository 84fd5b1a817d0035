#!/usr/bin/env bash
# syntax-errors.sh — syntax errors on every .go file of GOROOT/test, read in
# place, against gc's own parser (build/tools/astdump -oracle=gc -branches
# -errors: with the label and branch checks go tool compile also makes).
#
# A file passes when both accept it, or both reject it with the first error
# on the same line (file:line, as printed, so //line directives count).  An
# exact whole-output match is counted too, as information.  goescape must
# exit 1 when it reports syntax errors and 0 otherwise.
#
# tests/known/syntax-errors.txt lists files (relative to GOROOT/test) known
# to differ; it may only shrink: a listed file that now passes fails,
# asking for its removal.
source "$(dirname "$0")/../lib.sh"

ok=1
need_exe syntax-errors "$GOESCAPE" "run make bin/goescape" || ok=0
need_exe syntax-errors/oracle "$ASTDUMP" "run make build/tools/astdump" || ok=0
need_goroot syntax-errors/goroot || ok=0
((ok)) || exit 0

TESTDIR=$GOROOT_ORACLE/test
KNOWN=tests/known/syntax-errors.txt
work=build/syntax-errors
rm -rf "$work"
mkdir -p "$work"

# check_files FILE...: one line per file on stdout,
#   VERDICT<TAB>FILE<TAB>DETAIL
# VERDICT is accept, exact, line (both reject, same first line), or differ.
# Each side's output is kept under $work/out/ for the log.
check_files() {
	local f ours theirs status tstatus ofirst tfirst okey tkey tmpd
	tmpd=$(mktemp -d)
	for f in "$@"; do
		ours=$tmpd/ours theirs=$tmpd/theirs
		timeout "$FILE_TIMEOUT" "$GOESCAPE" parse "$f" >"$ours" 2>&1
		status=$?
		timeout "$FILE_TIMEOUT" "$ASTDUMP" -oracle=gc -branches -errors "$f" >"$theirs" 2>&1
		tstatus=$?
		if ((tstatus > 1)); then
			printf 'differ\t%s\toracle failed: %s: %s\n' "$f" "$(describe_status $tstatus)" "$(head -c 150 "$theirs" | head -n1)"
			continue
		fi
		if ((status > 1)); then
			printf 'differ\t%s\tgoescape parse: %s: %s\n' "$f" "$(describe_status $status)" "$(tail -n1 "$ours" | head -c 150)"
			continue
		fi
		if [[ ! -s "$theirs" ]]; then
			if ((status == 0)) && [[ ! -s "$ours" ]]; then
				printf 'accept\t%s\t\n' "$f"
			else
				printf 'differ\t%s\toracle accepts, goescape (status %d) says: %s\n' "$f" "$status" "$(head -n1 "$ours" | head -c 150)"
			fi
			continue
		fi
		tfirst=$(head -n1 "$theirs")
		if ((status == 0)); then
			printf 'differ\t%s\tgoescape accepts (exit 0), oracle says: %s\n' "$f" "${tfirst:0:150}"
			continue
		fi
		ofirst=$(head -n1 "$ours")
		okey=$(sed -nE '1{s/^(.*:[0-9]+):[0-9]+: .*/\1/p; t; s/^(.*:[0-9]+): .*/\1/p}' "$ours")
		tkey=$(sed -nE '1{s/^(.*:[0-9]+):[0-9]+: .*/\1/p; t; s/^(.*:[0-9]+): .*/\1/p}' "$theirs")
		if cmp -s "$ours" "$theirs"; then
			printf 'exact\t%s\t\n' "$f"
		elif [[ -n "$okey" && "$okey" == "$tkey" ]]; then
			printf 'line\t%s\twant: %s | got: %s\n' "$f" "${tfirst:0:150}" "${ofirst:0:150}"
		else
			printf 'differ\t%s\twant: %s | got: %s\n' "$f" "${tfirst:0:150}" "${ofirst:0:150}"
		fi
	done
	rm -rf "$tmpd"
}
export -f check_files describe_status
export GOESCAPE ASTDUMP FILE_TIMEOUT

find -L "$TESTDIR" -name '*.go' -type f | LC_ALL=C sort >"$work/files"
nfiles=$(wc -l <"$work/files")
t0=$SECONDS
xargs -d '\n' -n 40 -P "$(nproc)" bash -c 'check_files "$@"' _ <"$work/files" >"$work/results"
LC_ALL=C sort -t$'\t' -k2,2 -o "$work/results" "$work/results"
log "syntax-errors: checked $nfiles files in $((SECONDS - t0))s"

read_known "$KNOWN" | LC_ALL=C sort -u >"$work/known"
nres=$(wc -l <"$work/results")
if ((nres != nfiles)); then
	fail syntax-errors/run "$nres results for $nfiles files: the checker died (see log)"
fi

parity=0 exact=0
while IFS=$'\t' read -r verdict f detail; do
	rel=${f#"$TESTDIR"/}
	name=syntax-errors/$rel
	isknown=0
	grep -qxF "$rel" "$work/known" && isknown=1
	case $verdict in
	accept | exact | line)
		parity=$((parity + 1))
		[[ $verdict == line ]] || exact=$((exact + 1))
		[[ $verdict == line ]] && log "message differs: $rel: $detail"
		if ((isknown)); then
			fail "$name" "now passes, remove it from $KNOWN"
		else
			pass "$name"
		fi
		;;
	*)
		log "DIFFER $rel: $detail"
		if ((isknown)); then
			pass "$name" "known difference"
		else
			fail "$name" "$detail"
		fi
		;;
	esac
done <"$work/results"

# Known entries that name no file any more must go too.
while read -r rel; do
	[[ -f "$TESTDIR/$rel" ]] || fail "syntax-errors/$rel" "listed in $KNOWN but no such file under $TESTDIR"
done <"$work/known"

summary="syntax-errors: $parity/$nfiles files line parity, $exact exact message match"
log "syntax-errors: of these, $(grep -c $'^accept\t' "$work/results") accepted by both; exact counts them too"
log "$summary"
info "$summary"
exit 0
