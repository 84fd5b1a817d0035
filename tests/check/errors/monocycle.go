// An instantiation cycle through four type parameters of two functions.
package p

func g[A any, B any](a A) {
	var p *A
	h[B, *A](p)
}

func h[X any, Y any](x Y) {
	g[[]X, Y](nil)
}
