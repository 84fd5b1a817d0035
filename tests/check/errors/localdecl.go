package p

func f() int {
	const (
		a = iota * 10
		b
		c = "s"
	)
	type T struct{ next *T; v int }
	var t T
	t.next = &t
	var u, v = 1
	var w int = "a"
	const k int = 1.5
	x := func() int { return b + t.v }
	type U = T
	var q U
	q.v = 1
	return x() + a + q.v + u + v + w
}
