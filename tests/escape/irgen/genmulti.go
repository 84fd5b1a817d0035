// F(g()) with F generic: stencil transforms the call after the whole
// function is built, so g's results go to temporaries numbered after
// every local of the function (len(Dcl) then), in preorder, and the
// call prints as the call of its OFUNCINST.
package main

var sink any

func two(p *int) (*int, int) { return p, 1 }

func pair(p *int) (*int, *int) { return p, p }

//go:noinline
func gen[X any](x X, n int) X { return x }

func inl[X any](x X, n int) X { return x }

func anys[X any](x any, y X) any { return x }

func vari[X any](x X, rest ...X) X { return x }

func f() {
	x := 1
	sink = gen(two(&x))
	y := 2
	sink = y
	sink = gen[*int](two(&y))
	func() {
		z := 3
		sink = gen(two(&z))
		w := 4
		sink = w
	}()
	sink = anys(pair(&x))
	sink = vari(pair(&y))
}

func g(p *int) any {
	q := inl(two(p))
	return q
}

func main() {
	f()
	v := 5
	sink = g(&v)
}
