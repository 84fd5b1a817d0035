// Package a has an interface with an unexported method; its exported
// functions call that method, and are inlined by importers.
package a

type Node interface {
	do(f func(Node) bool) bool
}

type Func struct {
	Body []Node
	name string
}

func (fn *Func) do(f func(Node) bool) bool {
	for _, n := range fn.Body {
		if f(n) {
			return true
		}
	}
	return false
}

type Leaf struct{ v *int }

func (l Leaf) do(f func(Node) bool) bool { return l.v != nil }

// DoChildren is inlined by its callers; the interface call in it is
// devirtualized when the argument is a conversion from a concrete type.
func DoChildren(n Node, f func(Node) bool) bool {
	if n == nil {
		return false
	}
	return n.do(f)
}
