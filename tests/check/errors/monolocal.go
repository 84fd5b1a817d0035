// A local type inside a generic function stands for the type parameters
// around it (implicitly parameterized), and flows back into them.
package p

type S[T any] struct{}

func (S[T]) m() {
	var _ S[chan T]
}

func f[T any]() {
	type L struct{ x T }
	f[L]()
}
