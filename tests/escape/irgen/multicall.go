// f(g()) and x.M(g()) print as written (the call's Orig), in flows and in
// inlined bodies, though the call is f(t1, t2) after t1, t2 := g().
package main

type T struct{ p *int }

type V struct{ a, b int }

var sink any

//go:noinline
func (t *T) M(a, b *int) { sink = a; sink = b }

func (v V) Pair() (int, int) { return v.a, v.b }

func (t *T) N(a, b int) int { return a + b }

//go:noinline
func F(a, b *int) { sink = a; sink = b }

func G(a, b int) int { return a * b }

func g() (*int, *int) { x, y := 1, 2; return &x, &y }

func h(t *T) {
	t.M(g())
	F(g())
}

func k(t *T) {
	F(g())
}

func pairs(v V, t T) int {
	return G(v.Pair()) + t.N(v.Pair())
}

func main() {
	h(&T{})
	k(nil)
	sink = pairs(V{1, 2}, T{})
}
