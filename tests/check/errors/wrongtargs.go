// An instance with the wrong number of type arguments stands as a type (its
// underlying type invalid) and is reported once the declarations are done.
package p

type G[A, B any] struct{ a A }

func (g G[A, B]) M() A { return g.a }

var x G[int]

func f(g G[int]) int {
	_ = g.a
	_ = g.M()
	var h G[int, string]
	h = g
	return h.a
}

var y = G[int]{a: 1}
var z = G[int, int, int]{}

type H G[string]

func k() {
	var v H
	_ = v
	var w interface{} = G[int]{}
	_ = w.(G[bool])
}

// substituted (in a method of a generic type), such an instance is invalid
type FFn[A, B any] func() A

type C[A, B any] struct{ f FFn[A] }

func (c *C[A, B]) call() A { return c.f() }
