// Generic function values and method values and expressions of instance
// types, not called (gc's buildClosure): closures named after the literals
// of their function, .dictN and .rcvrN numbered in scan order (literals
// first), at package level too.

package main

type S[T any] struct{ a T }

func (s S[T]) M() T   { return s.a }
func (s *S[T]) P(x T) { s.a = x }

var sink func() int

func main() {
	x := S[int]{a: 1}
	h0 := x.M
	_ = h0
	f := func() {
		g := x.M
		sink = g
	}
	h := (&x).P
	f()
	h(3)
	k := S[string].M
	_ = k
}

func G[T any](v T) {
	x := S[T]{a: v}
	f := func() func() T { return x.M }
	m := x.P
	m(v)
	_ = f
}

func H() { G(1); G("a") }

func K[T any](v T) func() T {
	x := S[T]{a: v}
	m := x.M
	f := func() func() T { return x.M }
	m()
	return f()
}

func L() { K(2) }

var gv = S[int]{a: 5}.M
var gf = G[string]

func Gen[T any](x T) T { return x }

func vals() {
	f := Gen[int]
	g := Gen[*int]
	_, _ = f(1), g(nil)
}
