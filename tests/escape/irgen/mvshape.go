// Builtins of a multi-valued call and var declarations converting a
// call's results inside generic functions (built in their shape
// instantiations).
package main

var sink any

func two[X any](x X) ([]X, X) { return []X{x}, x }

func anys[X any](x X) ([]any, X) { return nil, x }

func mk[X comparable](m map[X]int, x X) (map[X]int, X) { return m, x }

func pair[X any](a, b X) (X, X) { return a, b }

func ap[X any](x X) []X {
	return append(two(x))
}

func apc[X any](x X) []any {
	return append(anys(x))
}

func del[X comparable](m map[X]int, x X) {
	delete(mk(m, x))
}

func slices[X any](x X) ([]X, []X) { return []X{x}, nil }

func cp[X any](x X) int {
	return copy(slices(x))
}

func pr[X any](x X) {
	println(pair(1, 2))
	print(pair(x, x))
}

func vd[X any](x X) any {
	var a, b any = pair(x, x)
	sink = b
	return a
}

func plain(p *int) ([]any, int) { return nil, *p }

func apl[X any](x X, p *int) []any {
	sink = x
	return append(plain(p))
}

// temporaries made while the instantiation is copied come after every
// local of the generic function (numbered so)
func later[X any](x X, p *int) any {
	s := append(anys(x))
	var a, b any = pair(x, x)
	y := p
	sink, sink = a, b
	return append(s, y)
}

func dl[X any](m map[any]int, x X, p *int) {
	delete(m, x)
	delete(m, p)
	sink = append([]any{}, x, p)
}

func main() {
	y := 1
	sink = ap(&y)
	sink = ap(y)
	sink = apc(&y)
	sink = apc(y)
	del(map[*int]int{}, &y)
	del(map[int]int{}, y)
	sink = cp(&y)
	pr(&y)
	sink = vd(&y)
	sink = vd(y)
	sink = apl(y, &y)
	sink = later(y, &y)
	sink = later(&y, &y)
	dl(nil, 1, &y)
	dl(nil, &y, &y)
}
