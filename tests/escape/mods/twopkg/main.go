// Two-package program: calls, references and methods of a sub-package
// (goescape's summaries of imported packages, docs/escape-design.md §5.6).
package main

import (
	"twopkg/sub"
	xutil "twopkg/x/util"
	yutil "twopkg/y/util"
)

// an imported type embedded: its methods are promoted
type Outer struct {
	sub.Box
	n int
}

type Wrap struct {
	*sub.Box
}

func callKeep(p *int) *int { return sub.Keep(p) }

func callLeak(p *int) { sub.Leak(p) }

func callNone(p *int) int { return sub.None(p) }

func callAsm(p *int) int { return sub.Load(p) }

func callAsmLeak(p *int) { sub.Store(p) }

func useVar() interface{} { return sub.V }

func setVar(p *int) { sub.G = p }

func methods(b *sub.Box, p *int) *int {
	b.Set(p)
	return b.Get()
}

func valueMethod(b sub.Box) *int { return b.Peek() }

func promoted(o *Outer, p *int) *int {
	o.Set(p)
	return o.Peek()
}

func promotedPtr(w Wrap, p *int) { w.Set(p) }

func methodValue(b *sub.Box) func() *int { return b.Get }

func methodExpr(p *int) *int {
	f := (*sub.Box).Get
	return f(&sub.Box{P: p})
}

func iface(g sub.Getter) *int { return g.Get() }

func variadic(p, q *int) int { return sub.Count(p, q) }

func twoNames(p, q *int) (*int, *int) { return xutil.Id(p), yutil.Id(q) }

func local() {
	x := 0
	callLeak(&x)
	y := 0
	_ = callNone(&y)
}

func main() {
	local()
}
