#!/usr/bin/env bash
# parse-std.sh — differential test of the parser on all of GOROOT/src.
#
# goescape dumps every .go file under GOROOT/src (in batches, to respect
# ARG_MAX) into build/std.dump, with the compiler directives each
# declaration takes (-pragmas); the oracle tool then compares that dump with
# its own trees, once with gc's syntax package (-oracle=gc, directives
# included) and once with go/parser (-oracle=goast, which knows no
# directives: their lines are left out of that comparison).  One result
# per oracle and top-level std directory (parse-std/gc/net, ...), from the
# compare's MISMATCH lines.  Then the same with gc's parser over GOROOT/test
# (one result, parse-test/gc).
#
# tests/known/parse-std.txt lists files known to differ, as "ORACLE PATH"
# with PATH relative to GOROOT/src.  The list may only shrink: a listed file
# that still differs passes with a note; one that now matches fails, asking
# for its removal.
source "$(dirname "$0")/../lib.sh"

ok=1
need_exe parse-std "$GOESCAPE" "run make bin/goescape" || ok=0
need_exe parse-std/oracle "$ASTDUMP" "run make build/tools/astdump" || ok=0
need_goroot parse-std/goroot || ok=0
((ok)) || exit 0

SRC=$GOROOT_ORACLE/src
KNOWN=tests/known/parse-std.txt
BATCH=${PARSE_STD_BATCH:-800}
work=build/std
rm -rf "$work"
mkdir -p "$work"

find -L "$SRC" -name '*.go' -type f | LC_ALL=C sort >"$work/files"
nfiles=$(wc -l <"$work/files")
split -d -a 3 -l "$BATCH" "$work/files" "$work/batch-"
batches=("$work"/batch-???)
log "parse-std: $nfiles files in ${#batches[@]} batches under $SRC"

# ---- 1. goescape dumps everything ----------------------------------------

DUMP=build/std.dump
: >"$DUMP"

# dump_batch LIST: append the dump of the files of LIST to $DUMP.  A batch
# in which goescape crashes, hangs or dies is taken back and redone file by
# file, so that one bad file costs only itself; those files are reported
# as crashes.
dump_batch() {
	local list=$1 status f size
	mapfile -t fs <"$list"
	size=$(stat -c %s "$DUMP")
	timeout 900 "$GOESCAPE" parse -dump -pragmas "${fs[@]}" >>"$DUMP" 2>>"$work/stderr"
	status=$?
	if ((status <= 1)); then return; fi
	log "parse-std: $(basename "$list"): goescape $(describe_status $status); redoing file by file"
	truncate -s "$size" "$DUMP"
	for f in "${fs[@]}"; do
		timeout "$FILE_TIMEOUT" "$GOESCAPE" parse -dump -pragmas "$f" >"$work/one" 2>"$work/oneerr"
		status=$?
		if ((status <= 1)); then
			cat "$work/one" >>"$DUMP"
		else
			echo "$f $(describe_status $status): $(tail -n1 "$work/oneerr")" >>"$work/crashes"
		fi
		cat "$work/oneerr" >>"$work/stderr"
	done
	rm -f "$work/one" "$work/oneerr"
}

t0=$SECONDS
for b in "${batches[@]}"; do dump_batch "$b"; done
log "parse-std: goescape dumped $nfiles files in $((SECONDS - t0))s: $DUMP ($(stat -c %s "$DUMP") bytes)"
log "parse-std: $(grep -c '^/' "$DUMP") error lines in the dump (testdata has deliberate syntax errors)"
if [[ -s "$work/stderr" ]]; then
	log "parse-std: goescape's stderr:"
	head -n 50 "$work/stderr" >&2
fi
if [[ -f "$work/crashes" ]]; then
	while read -r f why; do
		fail "parse-std/crash/${f#"$SRC"/}" "goescape parse -dump $why"
	done <"$work/crashes"
fi

# Entries of the known list must name an oracle and an existing file.
while read -r o path rest; do
	if [[ $o != gc && $o != goast ]] || [[ -z "$path" || -n "$rest" ]]; then
		fail "parse-std/known" "bad line in $KNOWN: '$o $path $rest' (want: gc|goast PATH)"
	elif [[ ! -f "$SRC/$path" ]]; then
		fail "parse-std/known" "$KNOWN lists $o $path, but there is no $SRC/$path"
	fi
done < <(read_known "$KNOWN")

# ---- 2. the oracles compare ----------------------------------------------

# compare ORACLE: the oracle checks every file's section of the dump.  One
# run per oracle over the whole list (well within ARG_MAX: ~350 KB of
# paths), so the 450 MB dump is read only once each.
compare() {
	local o=$1
	mapfile -t fs <"$work/files"
	timeout 900 "$ASTDUMP" -oracle="$o" -pragmas -compare "$DUMP" "${fs[@]}" >"$work/$o.out" 2>&1
	echo $? >"$work/$o.status"
}
t0=$SECONDS
compare gc &
compare goast &
wait
log "parse-std: oracle compares took $((SECONDS - t0))s"

for o in gc goast; do
	log ""
	log "==== -oracle=$o"
	grep -v '^compare: ' "$work/$o.out" | head -n 2000 >&2
	# The summary must be there, else the compare itself failed.
	status=$(cat "$work/$o.status")
	broken=0
	summary=$(grep '^compare: ' "$work/$o.out" | tail -n1)
	if [[ -z "$summary" ]] || ((status > 1)); then
		fail "parse-std/$o/compare" "astdump -oracle=$o -compare: $(describe_status "$status"), $(grep -c '' <"$work/$o.out") lines, no summary (see log)"
		broken=1
		summary="compare: no summary"
	fi
	log "$summary"
	info "parse-std/$o: $summary"
	awk -v src="$SRC/" '/^MISMATCH/ {
		i = index($0, src); if (!i) next
		rest = substr($0, i + length(src))
		if (match(rest, /^[^ :]*\.go/)) print substr(rest, 1, RLENGTH)
	}' "$work/$o.out" | LC_ALL=C sort -u >"$work/$o.differ"
	read_known "$KNOWN" | awk -v o="$o" '$1 == o { print $2 }' | LC_ALL=C sort -u >"$work/$o.known"

	# One result per top-level directory.
	sed "s|^$SRC/||" "$work/files" | awk -F/ '{ print (NF > 1 ? $1 : ".") }' | LC_ALL=C sort -u >"$work/dirs"
	while read -r d; do
		name=parse-std/$o/$d
		if [[ $d == . ]]; then pat='^[^/]*$'; else pat="^$d/"; fi
		differ=$(grep -E "$pat" "$work/$o.differ")
		known=$(grep -E "$pat" "$work/$o.known")
		new=$(LC_ALL=C comm -23 <(echo "$differ") <(echo "$known") | sed '/^$/d')
		fixed=$(LC_ALL=C comm -13 <(echo "$differ") <(echo "$known") | sed '/^$/d')
		nnew=$(grep -c . <<<"$new")
		nknown=$(grep -c . <<<"$known")
		if ((nnew > 0)); then
			fail "$name" "$nnew files differ from the oracle: $(head -n3 <<<"$new" | tr '\n' ' ')$( ((nnew > 3)) && echo '...')"
		elif [[ -n "$fixed" ]] && ((broken == 0)); then
			fail "$name" "now matches, remove from $KNOWN: $(echo "$fixed" | sed "s/^/$o /" | tr '\n' ',' | sed 's/,$//')"
		elif ((broken)); then
			fail "$name" "compare did not run to the end (see log)"
		elif ((nknown > 0)); then
			pass "$name" "$nknown known differences"
		else
			pass "$name"
		fi
	done <"$work/dirs"
done

# ---- 3. GOROOT/test too, against gc's parser ------------------------------

# The compiler's own tests are full of odd corners (and of files gc rejects,
# which the compare skips: syntax-errors.sh checks their errors).  One
# result for all of them; no known differences are allowed here.
find -L "$GOROOT_ORACLE/test" -name '*.go' -type f | LC_ALL=C sort >"$work/testfiles"
mapfile -t tfs <"$work/testfiles"
timeout 900 "$GOESCAPE" parse -dump -pragmas "${tfs[@]}" >"$work/test.dump" 2>>"$work/stderr"
status=$?
if ((status > 1)); then
	fail parse-test/gc "goescape parse -dump over GOROOT/test: $(describe_status $status)"
else
	timeout 900 "$ASTDUMP" -oracle=gc -pragmas -compare "$work/test.dump" "${tfs[@]}" >"$work/test.out" 2>&1
	summary=$(grep '^compare: ' "$work/test.out" | tail -n1)
	log ""
	log "==== GOROOT/test, -oracle=gc"
	grep -v '^compare: ' "$work/test.out" | head -n 2000 >&2
	info "parse-test/gc: ${summary:-compare: no summary}"
	if [[ $summary =~ ,\ 0\ differ ]]; then
		pass parse-test/gc
	else
		fail parse-test/gc "${summary:-astdump -compare gave no summary (see log)}"
	fi
fi
exit 0
