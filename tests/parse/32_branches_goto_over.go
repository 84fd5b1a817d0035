package p

// goto over variable declarations: var, :=, groups, and from inner
// blocks; constants, types and declarations in inner blocks do not
// count.

func overDecls(x int) {
	goto L1
	var a int
	_ = a
L1:
	goto L2
	b, c := 1, 2
	_, _ = b, c
L2:
	goto L3
	var (
		d    = 1
		e, f int
	)
	_, _, _ = d, e, f
L3:
	goto L4
	const k = 1
	type T int
L4:
	goto L5
	{
		g := 1
		_ = g
	}
L5:
	{
		goto L6
	}
	h := x
	_ = h
L6:
	goto L7
	var ()
L7:
	goto L8
	m, n := 1, 2
	var p = 3
	_, _, _ = m, n, p
L8:
}

func onlyLatest() {
	goto A
	x := 1
	goto B
	y := 2
	_, _ = x, y
B:
A:
}
