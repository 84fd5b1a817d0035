// A method's receiver type parameter is its type's (types2's recordCanon).
package p

type S[T any] struct{}

func (S[T]) m() {
	var _ S[chan T]
}

func ok[T any](t T) {
	ok(t)
	ok[T](t)
}
