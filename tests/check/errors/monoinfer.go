// A cycle through an inferred call and one through a generic type's method.
package p

type Box[T any] struct{ v T }

func (b Box[T]) Wrap() Box[Box[T]] { return Box[Box[T]]{b} }

func r[T any](n int, t T) {
	if n > 0 {
		r(n-1, struct{ x T }{t})
	}
}
