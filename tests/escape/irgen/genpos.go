// Conversions of a generic function's result where noder leaves base.Pos: an
// OFUNCINST call is transformed later, so at the last expression built
// for it (var v any = gen(x + y): at y), not at the call.
package main

var sink any

func gen[X any](x X) X { return x }

func two[X any](x X) (X, X) { return x, x }

func f(x int, y int) {
	var v any = gen(x + y)
	sink = v
	var w any
	w = gen(y)
	sink = w
	sink = gen(x)
	var c any = gen(5)
	var d any = gen[int](7)
	var e any = gen[int](x)
	sink, sink, sink = c, d, e
	var a, b any = two(x)
	sink, sink = a, b
	var p, q any = two[int](3)
	sink, sink = p, q
}

func main() { f(1, 2) }
