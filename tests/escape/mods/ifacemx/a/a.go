// Interface method expressions in inlinable functions another package
// inlines (I.Get, W.Get promoted from an embedded interface, I.Get as a
// value, an anonymous interface twin of a parameter type whose wrapper is
// the parameter's). tests/suites/escape-irgen.sh compares goescape with gc.
package a

type I interface{ Get(p *int) int }

type W struct{ I }

func F(i I, p *int) int { return I.Get(i, p) }

func G(w W, p *int) int { return W.Get(w, p) }

func H() func(I, *int) int { return I.Get }

func K(x interface{ Get(p *int) int }) int { return interface{ Get(p *int) int }.Get(x, nil) }
