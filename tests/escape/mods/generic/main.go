package main

import "generic/a"

func main() {
	var b a.Box[*int]
	x := 1
	b.Set(&x)
	println(*b.Get())
	a.Leak(3)
}
