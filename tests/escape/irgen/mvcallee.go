// Builtins of a multi-valued call whose callee is not a plain function:
// a method, an interface method, a closure, a generic function; the
// temporaries' conversions are where building the call left base.Pos.
package main

var sink any

type T struct{ n int }

func (t *T) two(p *int) ([]any, int) { return nil, t.n + *p }

type I interface{ two(p *int) ([]any, int) }

func gen[X any](s []any, x X) ([]any, X) { return s, x }

func gen2[X any](m map[any]int, x X) (map[any]int, X) { return m, x }

func calls(t *T, i I, f func() ([]any, int), m map[any]int) {
	x := 1
	sink = append(t.two(&x))
	sink = append(i.two(&x))
	sink = append(f())
	sink = append(gen(nil, x))
	sink = append(gen[int](nil, x+1))
	delete(gen2(m, x))
	println(gen(nil, x))
	print(t.two(&x))
	sink = complex(cf())
	sink = complex(pair(1.5, 2.5))
}

func pair[X any](a, b X) (X, X) { return a, b }

func cf() (float64, float64) { return 1, 2 }

func main() {
	calls(&T{}, &T{}, func() ([]any, int) { return nil, 1 }, nil)
}
