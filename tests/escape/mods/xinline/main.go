// Cross-package inlining: bodies of inlinable functions of other
// packages in imported form (docs/escape-design.md §5.6).
package main

import (
	"xinline/deep"
	"xinline/lib"
)

func a(p *int) *deep.T { return lib.Wrap(p) }

func b() *int { return lib.Local(3) }

func c() int { return lib.Many(1, 2) }

func d() int { return lib.Len(5) }

func e(p *int) { lib.Store(p) }

func f(p *int) *int { return lib.Named(p) }

func g(p *int) func() *int { return lib.Cl(p) }

func h(s string) int { return len(lib.Str(s)) }

func i(t *deep.T) *int { return lib.Meth(t) }

func j() interface{} { return deep.Box(3) }

func k() interface{} { return deep.Box2() }

func l(p *int) *int { v := deep.Val(p); return v.Peek() }

func main() {
	x := 1
	_ = a(&x)
	_ = b()
}

func m(p *int) *int { return lib.NoInl(p) }

func n(s string) error { return lib.Err(s) }

func o(s string) bool { return lib.Pre(s) }

func q(p *int) *int { return lib.Keep(p) }

func r() interface{} { return lib.Const() }

func s(t *deep.T) func() *int { return t.Get }

func t(b []byte) int { return len(lib.Shift(b, 1)) }
