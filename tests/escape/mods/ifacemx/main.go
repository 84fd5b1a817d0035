package main

import "ifacemx/a"

type S struct{}

func (S) Get(p *int) int { return *p }

func main() {
	x := 1
	println(a.F(S{}, &x), a.G(a.W{S{}}, &x), a.H()(S{}, &x), a.K(S{}))
}
