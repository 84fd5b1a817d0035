// A call inlined from another package calls an unexported interface
// method (of that package): gc devirtualizes it once the argument is
// known to be a concrete type (cmd/compile/internal/inline's
// ir.DoChildren(fn, v.do)).
package main

import "devirtx/a"

type visitor struct {
	count int
}

func (v *visitor) visit(n a.Node) bool {
	v.count++
	return false
}

func walk(fn *a.Func, v *visitor) bool {
	return a.DoChildren(fn, v.visit)
}

func leaf(x *int) bool {
	return a.DoChildren(a.Leaf{}, func(a.Node) bool { return *x > 0 })
}

func main() {
	v := &visitor{}
	println(walk(&a.Func{}, v), leaf(new(int)))
}
