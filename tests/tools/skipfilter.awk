# skipfilter.awk OURS ORACLE: the lines of ORACLE ("PKG FILE:L:C ...") that
# lie outside the function bodies OURS marks "PKG skip FILE:L:C L:C" (bodies
# goescape check -dump-exprs left out: they met unsupported constructs).
function key(l, c) { return l * 100000 + c }
FNR == NR {
	if ($2 == "skip") {
		split($3, a, ":"); split($4, b, ":")
		k = $1 " " a[1]
		n[k]++
		lo[k, n[k]] = key(a[2], a[3]); hi[k, n[k]] = key(b[1], b[2])
	}
	next
}
{
	split($2, a, ":")
	k = $1 " " a[1]
	p = key(a[2], a[3])
	for (i = 1; i <= n[k]; i++)
		if (p >= lo[k, i] && p <= hi[k, i])
			next
	print
}
