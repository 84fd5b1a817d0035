// var declarations of several names from one value whose types differ
// from the names': a call's results go to temporaries first and are
// converted (RewriteMultiValueCall); comma-ok forms convert in walk.
package main

type I interface{ M() }

type T struct{ p *int }

func (T) M() {}

type P *int

var sink any

//go:noinline
func g(p *int) (*int, *int) { return p, p }

func h(p *int) (T, *int) { return T{p}, p }

func k(p *int) (P, int) { return p, 1 }

var m = map[string]*int{}

var ch = make(chan *int, 1)

var ia any = T{}

// package level: comma-ok forms (no temporaries)
var pa, pok any = m["x"]
var pr, rok any = <-ch
var pd, dok any = ia.(T)

func local() {
	x := 1
	var a, b any = g(&x)
	sink = a
	_ = b
	y := 2
	var h1, _ any = h(&y)
	sink = h1
	z := 3
	var q, n any = k(&z)
	_, _ = q, n
}

func inl(p *int) any {
	var a, _ any = h(p)
	return a
}

func commaok(s any) {
	var v, ok any = m["k"]
	sink = v
	_ = ok
	var r, ok2 any = <-ch
	sink = r
	_ = ok2
	var t, ok3 any = s.(T)
	sink = t
	_ = ok3
}

func gen[X any](x X) (X, X) { return x, x }

func generic[X any](x X) any {
	var a, b any = gen(x)
	_ = b
	return a
}

func main() {
	local()
	w := 4
	sink = inl(&w)
	commaok(T{})
	sink = generic(&w)
	sink = generic(5)
	sink = pa
	sink = pr
	sink = pd
	_, _, _ = pok, rok, dok
}
