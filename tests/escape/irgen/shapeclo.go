// A closure in a generic function: its locals, then the local .dict, then
// the temporaries the subster's transforms make, numbered so.
package main

var sink any

func anys[X any](x X) ([]any, X) { return nil, x }

func pair[X any](a, b X) (X, X) { return a, b }

func clo[X any](x X, p *int) func() any {
	return func() any {
		s := append(anys(x))
		var a, b any = pair(x, x)
		y := p
		sink, sink = a, b
		var v, ok any = sink.(X)
		sink, sink = v, ok
		return append(s, y)
	}
}

func main() {
	y := 1
	sink = clo(y, &y)()
	sink = clo(&y, &y)()
}
