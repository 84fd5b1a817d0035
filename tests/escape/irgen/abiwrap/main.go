// ABI wrappers (ssagen.GenABIWrappers): assembly functions called from
// Go get an ABIInternal wrapper, Go functions called from assembly or
// named by a //go:linkname an ABI0 one; -m=2 shows their explanations.
package main

import "unsafe"

// defined in add_amd64.s, no //go:noescape: its pointers leak
func store(p *int, q unsafe.Pointer) bool

//go:noescape
func load(p *int) int

// defined by a macro of add_amd64.s
func setone(p *int)

// called from add_amd64.s
func helper(p *int) *int { return p }

//go:linkname exported
func exported(p *int) *int {
	x := 1
	_ = x
	return p
}

func main() {
	v := 1
	setone(&v)
	println(store(&v, nil), load(&v), helper(&v) != nil, exported(&v) != nil)
}
