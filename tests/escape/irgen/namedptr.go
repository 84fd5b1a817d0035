// Selectors on a value of a defined pointer type (type P *T): p.f is an
// ODOTPTR as through *T, through embedded fields too, and inlined.
package main

type T0 struct {
	x int
	p *int
}

func (*T0) M0() {}

type T2 struct {
	*T0
	q *int
}

type Q *T2

type R *struct{ s struct{ p *int } }

var sink any

func get(q Q) *int { return q.p }

func getq(q Q) *int { return q.q }

func set(r R, p *int) { r.s.p = p }

func leak(q Q) { sink = q.T0.p }

func addr(q Q) *int { return &q.x }

func main() {
	t0 := T0{x: 42}
	t2 := T2{T0: &t0}
	var q Q = &t2
	sink = q.x
	(*q).T0.M0()
	y := 1
	var r R = &struct{ s struct{ p *int } }{}
	set(r, &y)
	sink = get(q)
	sink = getq(q)
	leak(q)
	sink = addr(q)
}
