#!/usr/bin/env bash
# check.sh — the type checker (src/check*.c) against go/types and gc.
#
#   check/std/<pkg>      `goescape check -dump-types std` (linux/amd64,
#        CGO_ENABLED=0) prints, per package, the same package-level
#        objects with the same types (and constant values) as
#        build/tools/checkoracle prints from go/types.  Packages in
#        tests/known/check-std.txt are known to differ (the checker does
#        not yet type everything: generics, vars without a type, ...);
#        the list may only shrink: a listed package that now matches
#        fails, asking for its removal.
#   check/std/errors     the checker reports no error on std
#   check/std-vars       the package-level vars of std declared without a
#        type: every one the checker types (-dump-all-vars) has the type
#        go/types gives it; the number it cannot type yet is noted
#   check/std-init       the initialization order of every std package
#        (-dump-init) is go/types' Info.InitOrder with function bodies
#        checked (checkoracle -init -bodies); the packages where bodies
#        change the order (go/types' order without them differs) are
#        counted.
#   check/release-trees  `check std` without a dump releases every
#        package's tree once checked (check.c's TreePolicy): no error, no
#        output; and `check -dump-types net/http`, whose dependencies'
#        trees go, prints what the dump of all std prints for net/http
#   check/std-exprs      every expression of std, function bodies
#        included, has the type (and constant value) go/types records for
#        it (-dump-exprs); bodies the checker skips (unsupported
#        constructs) are left out and counted
#   check/std-uses       every name of std that declares or denotes a
#        function-local object denotes the object go/types says
#        (-dump-uses)
#   check/std-instances  every instantiation of a generic function or
#        type in std (-dump-instances: the name, type arguments and
#        instantiated type) is go/types' Info.Instances
#   check/std-<os>-<arch>  the same comparison, as one result (all
#        objects of std as one sorted list), for linux/386 (other sizes)
#        windows/arm64 and darwin/arm64 (other files)
#   check/ok/<file>      the same comparison for tests/check/ok/*.go
#        (every var, typed or not); check/ok/<file>/exprs, /uses and
#        /instances: -dump-exprs, -dump-uses and -dump-instances too
#   check/errors/<file>  `goescape check` on tests/check/errors/NAME.go
#                        (or on the files of the directory NAME, as one package)
#        prints exactly NAME.out, which is gc's own output
#        (scripts/check-golden.sh writes it); when go is installed, gc
#        must still print it too
source "$(dirname "$0")/../lib.sh"

CHECKORACLE=${CHECKORACLE:-build/tools/checkoracle}
KNOWN=tests/known/check-std.txt
ok=1
need_exe check "$GOESCAPE" "run make bin/goescape" || ok=0
need_exe check/oracle "$CHECKORACLE" "run make build/tools/checkoracle" || ok=0
((ok)) || exit 0

work=build/check
rm -rf "$work"
mkdir -p "$work"
export GOOS=linux GOARCH=amd64 CGO_ENABLED=0

# split DUMP SIDE: one file per package under $work/split/SIDE (names
# with / as %), and the list of packages in $work/SIDE.pkgs.
split_dump() {
	local dump=$1 side=$2
	mkdir -p "$work/split/$side"
	awk -v dir="$work/split/$side" '
		/^package / { name = $2; gsub(/\//, "%", name); f = dir "/" name; print $2; printf "" > f; next }
		{ print > f }
	' "$dump" >"$work/$side.pkgs"
	# object order within a package is the dump's; compare as sorted sets
	for f in "$work/split/$side"/*; do
		[[ -f $f ]] && LC_ALL=C sort -o "$f" "$f"
	done
}

# ---- 1. std ---------------------------------------------------------------

t0=$SECONDS
timeout 300 "$GOESCAPE" check -dump-types std >"$work/ours.txt" 2>"$work/ours.err"
status=$?
t_ours=$((SECONDS - t0))
t0=$SECONDS
timeout 300 "$CHECKORACLE" std >"$work/oracle.txt" 2>"$work/oracle.err"
ostatus=$?
t_oracle=$((SECONDS - t0))
log "check: goescape ${t_ours}s (status $status), oracle ${t_oracle}s (status $ostatus)"

if ((status != 0)) || [[ -s "$work/ours.err" ]]; then
	fail check/std/errors "goescape check std: $(describe_status $status): $(head -n 3 "$work/ours.err" | tr '\n' ' ')"
	head -n 50 "$work/ours.err" >&2
else
	pass check/std/errors
fi
if ((ostatus != 0)); then
	fail check/std/oracle "checkoracle std: $(describe_status $ostatus): $(head -c 300 "$work/oracle.err")"
else
	split_dump "$work/ours.txt" ours
	split_dump "$work/oracle.txt" oracle
	read_known "$KNOWN" | LC_ALL=C sort -u >"$work/known"
	while read -r k; do
		grep -qxF "$k" "$work/oracle.pkgs" || fail check/std/known "$KNOWN lists $k, which is not a std package"
	done <"$work/known"
	npkgs=0 nsame=0 ndiff_objs=0
	while read -r p; do
		npkgs=$((npkgs + 1))
		f=$(echo "$p" | sed 's|/|%|g')
		o=$work/split/oracle/$f u=$work/split/ours/$f
		[[ -f $u ]] || : >"$u"
		nd=$(LC_ALL=C comm -23 "$o" "$u" | grep -c .)
		extra=$(LC_ALL=C comm -13 "$o" "$u" | grep -c .)
		listed=0
		grep -qxF "$p" "$work/known" && listed=1
		if ((nd == 0 && extra == 0)); then
			nsame=$((nsame + 1))
			if ((listed)); then
				fail "check/std/$p" "now matches go/types, remove it from $KNOWN"
			else
				pass "check/std/$p"
			fi
			continue
		fi
		ndiff_objs=$((ndiff_objs + nd))
		{
			echo "== $p: $nd oracle lines missing or different, $extra lines only goescape prints"
			LC_ALL=C comm -23 "$o" "$u" | head -n 10 | sed 's/^/  oracle: /'
			LC_ALL=C comm -13 "$o" "$u" | head -n 10 | sed 's/^/  ours:   /'
		} >&2
		if ((extra > 0)); then
			# printing something go/types does not say is a bug, known or not
			fail "check/std/$p" "$extra lines differ from go/types: $(LC_ALL=C comm -13 "$o" "$u" | head -n 1 | cut -c1-150)"
		elif ((listed)); then
			pass "check/std/$p" "known: $nd objects not typed yet"
		else
			fail "check/std/$p" "$nd objects missing: $(LC_ALL=C comm -23 "$o" "$u" | head -n 1 | cut -c1-150)"
		fi
	done <"$work/oracle.pkgs"
	ntotal=$(grep -vc '^package ' "$work/oracle.txt")
	info "check/std: $nsame/$npkgs packages identical to go/types; $ndiff_objs of $ntotal objects not typed or different; goescape ${t_ours}s, go/types ${t_oracle}s"
fi

# ---- 1a. the vars declared without a type ----------------------------------

# The checker types most of them; each it types must have go/types' type.
timeout 300 "$GOESCAPE" check -dump-all-vars std 2>/dev/null | grep '^\(package\|var\) ' >"$work/vars-ours.txt"
timeout 300 "$CHECKORACLE" -all-vars std 2>/dev/null | grep '^\(package\|var\) ' >"$work/vars-oracle.txt"
awk '/^package / { p = $2; next } { print p " " $0 }' "$work/vars-ours.txt" | LC_ALL=C sort >"$work/vars-ours.sorted"
awk '/^package / { p = $2; next } { print p " " $0 }' "$work/vars-oracle.txt" | LC_ALL=C sort >"$work/vars-oracle.sorted"
nwrong=$(LC_ALL=C comm -13 "$work/vars-oracle.sorted" "$work/vars-ours.sorted" | grep -c .)
nmissing=$(LC_ALL=C comm -23 "$work/vars-oracle.sorted" "$work/vars-ours.sorted" | grep -c .)
nvars=$(grep -c . "$work/vars-oracle.sorted")
if ((nvars == 0)); then
	fail check/std-vars "no vars from the oracle"
elif ((nwrong > 0)); then
	fail check/std-vars "$nwrong vars typed differently from go/types: $(LC_ALL=C comm -13 "$work/vars-oracle.sorted" "$work/vars-ours.sorted" | head -n 1)"
	LC_ALL=C comm -13 "$work/vars-oracle.sorted" "$work/vars-ours.sorted" | head -n 20 >&2
else
	pass check/std-vars "$((nvars - nmissing)) of $nvars vars typed as go/types types them; $nmissing not typed yet"
	LC_ALL=C comm -23 "$work/vars-oracle.sorted" "$work/vars-ours.sorted" | sed 's/^/not typed yet: /' >&2
fi

# ---- 1c. every expression, function bodies included -----------------------

# The type (and constant value) recorded for each expression of std, as
# go/types records it (-dump-exprs; nil and function types are left
# out, see tests/tools/checkoracle).  Function bodies the checker skipped
# (they met constructs it does not check yet) are marked "skip FILE:L:C
# L:C" and left out of the oracle's side (tests/tools/skipfilter.awk);
# tests/known/check-exprs.txt lists the lines known to differ.
KNOWN_EXPRS=tests/known/check-exprs.txt
timeout 300 "$GOESCAPE" check -dump-exprs -stats std 2>"$work/exprs.err" |
	awk '/^package / { p = $2; next } { print p " " $0 }' | LC_ALL=C sort >"$work/exprs-ours.all"
timeout 300 "$CHECKORACLE" -exprs std 2>/dev/null |
	awk '/^package / { p = $2; next } { print p " " $0 }' | LC_ALL=C sort >"$work/exprs-oracle.all"
awk -f tests/tools/skipfilter.awk "$work/exprs-ours.all" "$work/exprs-oracle.all" >"$work/exprs-oracle.sorted"
awk '$2 != "skip"' "$work/exprs-ours.all" >"$work/exprs-ours.sorted"
read_known "$KNOWN_EXPRS" | LC_ALL=C sort -u >"$work/exprs-known"
nexprs=$(grep -c . "$work/exprs-oracle.all")
nkept=$(grep -c . "$work/exprs-oracle.sorted")
nextra=$(LC_ALL=C comm -13 "$work/exprs-oracle.sorted" "$work/exprs-ours.sorted" | grep -c .)
LC_ALL=C comm -23 "$work/exprs-oracle.sorted" "$work/exprs-ours.sorted" >"$work/exprs-missing"
nmiss=$(LC_ALL=C comm -23 "$work/exprs-missing" "$work/exprs-known" | grep -c .)
nfixed=$(LC_ALL=C comm -13 "$work/exprs-missing" "$work/exprs-known" | grep -c .)
bodies=$(grep -o 'function bodies: .*' "$work/exprs.err" | head -n 1)
if ((nexprs == 0)); then
	fail check/std-exprs "no expressions from the oracle"
elif ((nextra > 0 || nmiss > 0)); then
	fail check/std-exprs "$nmiss of $nkept expressions missing or different, $nextra extra: $(LC_ALL=C comm -3 "$work/exprs-oracle.sorted" "$work/exprs-ours.sorted" | head -n 1 | cut -c1-150)"
	LC_ALL=C comm -3 "$work/exprs-oracle.sorted" "$work/exprs-ours.sorted" | head -n 40 >&2
elif ((nfixed > 0)); then
	fail check/std-exprs "$KNOWN_EXPRS lists $nfixed lines that now match go/types: remove them"
else
	pass check/std-exprs "$((nkept - $(grep -c . "$work/exprs-missing"))) of $nexprs expressions as go/types records them ($((nexprs - nkept)) in skipped bodies); $bodies"
fi

# ---- 1d. the objects function-local names denote ----------------------------

# Every name that declares or denotes a parameter, result, local
# variable, constant or type: the object it stands for, by position
# (-dump-uses; go/types' Defs and Uses), declarations skipped as a whole
# when their bodies are (see 1c).  This is the scoping escape analysis
# builds on (declaring scopes, closures' captured variables).
timeout 300 "$GOESCAPE" check -dump-uses std 2>/dev/null |
	awk '/^package / { p = $2; next } { print p " " $0 }' | LC_ALL=C sort >"$work/uses-ours.all"
timeout 300 "$CHECKORACLE" -uses std 2>/dev/null |
	awk '/^package / { p = $2; next } { print p " " $0 }' | LC_ALL=C sort >"$work/uses-oracle.all"
awk -f tests/tools/skipfilter.awk "$work/uses-ours.all" "$work/uses-oracle.all" >"$work/uses-oracle.sorted"
awk '$2 != "skip"' "$work/uses-ours.all" >"$work/uses-ours.sorted"
nuses=$(grep -c . "$work/uses-oracle.all")
nkept=$(grep -c . "$work/uses-oracle.sorted")
ndiff=$(LC_ALL=C comm -3 "$work/uses-oracle.sorted" "$work/uses-ours.sorted" | grep -c .)
if ((nuses == 0)); then
	fail check/std-uses "no names from the oracle"
elif ((ndiff > 0)); then
	fail check/std-uses "$ndiff lines differ from go/types: $(LC_ALL=C comm -3 "$work/uses-oracle.sorted" "$work/uses-ours.sorted" | head -n 1 | cut -c1-150)"
	LC_ALL=C comm -3 "$work/uses-oracle.sorted" "$work/uses-ours.sorted" | head -n 40 >&2
else
	pass check/std-uses "$nkept of $nuses names of local objects resolved as go/types resolves them ($((nuses - nkept)) in skipped declarations)"
fi

# ---- 1d'. the instantiations of generic functions and types -----------------

# What the phases after the checker need of generic code: at each name
# that instantiates a generic function or type (explicitly or by
# inference), the type arguments and the instantiated signature or type.
timeout 300 "$GOESCAPE" check -dump-instances std 2>/dev/null |
	awk '/^package / { p = $2; next } { print p " " $0 }' | LC_ALL=C sort >"$work/inst-ours.sorted"
timeout 300 "$CHECKORACLE" -instances std 2>/dev/null |
	awk '/^package / { p = $2; next } { print p " " $0 }' | LC_ALL=C sort >"$work/inst-oracle.sorted"
ninst=$(grep -c . "$work/inst-oracle.sorted")
ndiff=$(LC_ALL=C comm -3 "$work/inst-oracle.sorted" "$work/inst-ours.sorted" | grep -c .)
if ((ninst == 0)); then
	fail check/std-instances "no instances from the oracle"
elif ((ndiff > 0)); then
	fail check/std-instances "$ndiff lines differ from go/types: $(LC_ALL=C comm -3 "$work/inst-oracle.sorted" "$work/inst-ours.sorted" | head -n 1 | cut -c1-150)"
	LC_ALL=C comm -3 "$work/inst-oracle.sorted" "$work/inst-ours.sorted" | head -n 40 >&2
else
	pass check/std-instances "$ninst instantiations as go/types records them"
fi

# ---- 1d. trees released once checked ----------------------------------------

timeout 300 "$GOESCAPE" check std >"$work/release.out" 2>&1
s1=$?
timeout 300 "$GOESCAPE" check -dump-types net/http >"$work/release-http.txt" 2>>"$work/release.out"
s2=$?
if ((s1 != 0 || s2 != 0)) || [[ -s "$work/release.out" ]]; then
	fail check/release-trees "goescape check std: $(describe_status $s1), check net/http: $(describe_status $s2): $(head -n 3 "$work/release.out" | tr '\n' ' ')"
elif ! awk '/^package / { p = ($2 == "net/http") } p' "$work/ours.txt" | cmp -s - "$work/release-http.txt"; then
	fail check/release-trees "check -dump-types net/http differs from its part of the std dump"
else
	pass check/release-trees "$(grep -vc '^package ' "$work/release-http.txt") objects of net/http"
fi

# ---- 1e. the initialization order -------------------------------------------

# split_init FILE SIDE: one file per package under $work/init/SIDE.
split_init() {
	mkdir -p "$work/init/$2"
	awk -v dir="$work/init/$2" '
		/^package / { name = $2; gsub(/\//, "%", name); f = dir "/" name; print $2; printf "" > f; next }
		{ print > f }
	' "$1" >"$work/init/$2.pkgs"
}
timeout 300 "$GOESCAPE" check -dump-init std >"$work/init-ours.txt" 2>"$work/init.err"
s1=$?
timeout 300 "$CHECKORACLE" -init std >"$work/init-nobodies.txt" 2>/dev/null
s2=$?
timeout 300 "$CHECKORACLE" -init -bodies std >"$work/init-bodies.txt" 2>/dev/null
s3=$?
if ((s1 != 0 || s2 != 0 || s3 != 0)); then
	fail check/std-init "goescape $(describe_status $s1), oracle $(describe_status $s2) / $(describe_status $s3): $(head -n 2 "$work/init.err" | tr '\n' ' ')"
else
	split_init "$work/init-ours.txt" ours
	split_init "$work/init-nobodies.txt" nobodies
	split_init "$work/init-bodies.txt" bodies
	npkgs=0 nexact=0 nbodies=0 nbad=0 ninits=0
	while read -r p; do
		npkgs=$((npkgs + 1))
		f=$(echo "$p" | sed 's|/|%|g')
		u=$work/init/ours/$f nb=$work/init/nobodies/$f b=$work/init/bodies/$f
		[[ -f $u ]] || : >"$u"
		[[ -f $b ]] || : >"$b"
		ninits=$((ninits + $(grep -c . "$b")))
		if cmp -s "$nb" "$b"; then
			# bodies do not matter here: exactly go/types' order
			if cmp -s "$u" "$b"; then
				nexact=$((nexact + 1))
			else
				nbad=$((nbad + 1))
				echo "== $p: init order differs from go/types" >&2
				diff "$b" "$u" | head -n 10 >&2
			fi
		elif cmp -s "$u" "$b"; then
			nbodies=$((nbodies + 1))
		else
			nbad=$((nbad + 1))
			echo "== $p: init order differs from go/types' (function bodies matter here)" >&2
			diff "$b" "$u" | head -n 10 >&2
		fi
	done <"$work/init/nobodies.pkgs"
	if ((nbad > 0 || npkgs == 0)); then
		fail check/std-init "$nbad of $npkgs packages with an init order different from go/types'"
	else
		pass check/std-init "$npkgs packages, $ninits initializers: $nexact as go/types orders them, $nbodies more where function bodies matter"
	fi
fi

# ---- 1b. std for another architecture (sizes) and OS (files) ---------------

for cfg in linux/386 windows/arm64 darwin/arm64; do
	goos=${cfg%/*} goarch=${cfg#*/}
	GOOS=$goos GOARCH=$goarch timeout 300 "$GOESCAPE" check -dump-types std >"$work/ours-$goos-$goarch.txt" 2>"$work/ours.err"
	s1=$?
	GOOS=$goos GOARCH=$goarch timeout 300 "$CHECKORACLE" std >"$work/oracle-$goos-$goarch.txt" 2>"$work/oracle.err"
	s2=$?
	if ((s1 != 0 || s2 != 0)) || [[ -s "$work/ours.err" ]]; then
		fail "check/std-$goos-$goarch" "goescape $(describe_status $s1), oracle $(describe_status $s2): $(head -n 2 "$work/ours.err" "$work/oracle.err" | tr '\n' ' ')"
	elif ! diff <(grep -v '^package ' "$work/oracle-$goos-$goarch.txt" | LC_ALL=C sort) \
		<(grep -v '^package ' "$work/ours-$goos-$goarch.txt" | LC_ALL=C sort) >"$work/diff-$goos-$goarch"; then
		fail "check/std-$goos-$goarch" "$(grep -c '^<' "$work/diff-$goos-$goarch") lines differ from go/types (see $work/diff-$goos-$goarch)"
	else
		pass "check/std-$goos-$goarch" "$(grep -c '^package ' "$work/oracle-$goos-$goarch.txt") packages"
	fi
done

# ---- 2. tests/check/ok ------------------------------------------------------

for f in tests/check/ok/*.go; do
	name=check/ok/$(basename "$f" .go)
	"$GOESCAPE" check -dump-all-vars "$f" >"$work/ok.ours" 2>"$work/ok.err"
	s1=$?
	"$CHECKORACLE" -all-vars "./$f" >"$work/ok.oracle" 2>>"$work/ok.oerr"
	s2=$?
	if ((s1 != 0 || s2 != 0)); then
		fail "$name" "goescape $(describe_status $s1), oracle $(describe_status $s2): $(head -n 2 "$work/ok.err" "$work/ok.oerr" | tr '\n' ' ')"
	elif ! diff <(LC_ALL=C sort "$work/ok.oracle") <(LC_ALL=C sort "$work/ok.ours") >"$work/ok.diff"; then
		fail "$name" "differs from go/types: $(grep '^[<>]' "$work/ok.diff" | head -n 2 | tr '\n' ' ')"
		cat "$work/ok.diff" >&2
	else
		pass "$name" "$(grep -vc '^package ' "$work/ok.oracle") objects"
	fi
	# the expressions and the local names of its bodies, as go/types
	# records them (bodies the checker skips left out, as for std)
	for what in exprs uses instances; do
		"$GOESCAPE" check -dump-$what "$f" 2>/dev/null | grep -v '^package ' | sed 's/^/p /' |
			LC_ALL=C sort >"$work/ok.all"
		"$CHECKORACLE" -$what "./$f" 2>/dev/null | grep -v '^package ' | sed 's/^/p /' |
			LC_ALL=C sort >"$work/ok.oracle.all"
		awk -f tests/tools/skipfilter.awk "$work/ok.all" "$work/ok.oracle.all" >"$work/ok.oracle"
		awk '$2 != "skip"' "$work/ok.all" >"$work/ok.ours"
		nskip=$(grep -c '^p skip ' "$work/ok.all")
		listed=0
		read_known tests/known/check-ok-dumps.txt | grep -qxF "$(basename "$f" .go)/$what" && listed=1
		if ! diff "$work/ok.oracle" "$work/ok.ours" >"$work/ok.diff"; then
			if ((listed)); then
				pass "$name/$what" "known difference"
			else
				fail "$name/$what" "differs from go/types: $(grep '^[<>]' "$work/ok.diff" | head -n 2 | tr '\n' ' ')"
				cat "$work/ok.diff" >&2
			fi
		elif ((listed)); then
			fail "$name/$what" "now matches go/types, remove it from tests/known/check-ok-dumps.txt"
		else
			pass "$name/$what" "$(grep -c . "$work/ok.oracle") lines, $nskip bodies skipped"
		fi
	done
done

# ---- 3. tests/check/errors ---------------------------------------------------

have_go=0
command -v go >/dev/null && have_go=1

# judge_errors NAME WANT STATUS NOTE: goescape check's output
# ($work/err.ours) and exit status against gc's golden WANT.
judge_errors() {
	if (($3 != 1)); then
		fail "$1" "goescape check: $(describe_status "$3"), want exit status 1"
	elif ! diff "$2" "$work/err.ours" >"$work/err.diff"; then
		fail "$1" "differs from gc: $(grep '^[<>]' "$work/err.diff" | head -n 2 | tr '\n' ' ')"
		cat "$work/err.diff" >&2
	else
		pass "$1" "$4$(grep -c '^\./' "$2") errors"
	fi
}

for f in tests/check/errors/*.go; do
	base=$(basename "$f" .go)
	name=check/errors/$base
	want=tests/check/errors/$base.out
	if [[ ! -f $want ]]; then
		fail "$name" "no $want (run scripts/check-golden.sh)"
		continue
	fi
	(cd tests/check/errors && "$OLDPWD/$GOESCAPE" check "./$base.go") >"$work/err.ours" 2>&1
	s1=$?
	if ((have_go)); then
		(cd tests/check/errors && go tool compile -p p -o "$OLDPWD/$work/x.o" "./$base.go") >"$work/err.gc" 2>&1
		if ! cmp -s "$work/err.gc" "$want"; then
			fail "$name" "gc no longer prints $want (run scripts/check-golden.sh)"
			continue
		fi
	fi
	judge_errors "$name" "$want" "$s1" ""
done

# A directory under tests/check/errors is one package of several files,
# given on the command line in name order: gc sorts its errors by file in
# the order the files first had an error, not in command-line order.
for d in tests/check/errors/*/; do
	base=$(basename "$d")
	name=check/errors/$base
	want=tests/check/errors/$base.out
	if [[ ! -f $want ]]; then
		fail "$name" "no $want (run scripts/check-golden.sh)"
		continue
	fi
	files=()
	for f in "$d"*.go; do files+=("./$(basename "$f")"); done
	(cd "$d" && "$OLDPWD/$GOESCAPE" check "${files[@]}") >"$work/err.ours" 2>&1
	s1=$?
	if ((have_go)); then
		(cd "$d" && go tool compile -p p -o "$OLDPWD/$work/x.o" "${files[@]}") >"$work/err.gc" 2>&1
		if ! cmp -s "$work/err.gc" "$want"; then
			fail "$name" "gc no longer prints $want (run scripts/check-golden.sh)"
			continue
		fi
	fi
	judge_errors "$name" "$want" "$s1" "${#files[@]} files, "
done
exit 0
