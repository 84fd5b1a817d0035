// gc's initialization order is not types2's: a variable that names a
// constant declared after others is not held back by it (types2 orders
// consts and vars together), so a comes before b here, and its static
// temporary is .stmp_0.
package main

type T struct {
	m map[string]int
	s string
	p *int
}

var sink any

var a = &T{m: make(map[string]int), s: K}

var b = &T{m: make(map[string]int)}

const K = "k"

var c = &T{m: make(map[string]int), p: &n}

var n = len(L)

const L = "ll"

func main() {
	sink = a
	sink = b
	sink = c
}
