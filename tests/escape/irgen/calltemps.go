// Temporaries of a call are numbered as transformCall makes them: the
// arguments' own first, then the callee's or receiver's (RewriteNonNameCall),
// then those of f(g()).
package main

type P struct{ s []byte }
type Q struct{ n int }

var sink any

//go:noinline
func (p *P) Printer() *P { return p }

//go:noinline
func (p *P) Parser() *Q { return &Q{} }

//go:noinline
func (q *Q) Parse(s string) []byte { return []byte(s) }

//go:noinline
func (p *P) HTML(b []byte) []byte { sink = b; return p.s }

func (p *P) Two() (*int, *int) { x := 1; return &x, &x }

//go:noinline
func (p *P) Use(a, b *int) { sink = a }

func mk() func(a, b *int) { return func(a, b *int) { sink = b } }

func html(p *P, text string) []byte {
	return p.Printer().HTML(p.Parser().Parse(text))
}

func multi(p *P) {
	p.Printer().Use(p.Printer().Two())
	mk()(p.Two())
}

func main() {
	p := &P{}
	sink = html(p, "x")
	multi(p)
}
