package main

func byref() int {
	x := 0
	f := func() { x++ }
	f()
	return x
}

func byval() int {
	y := 1
	g := func() int { return y }
	return g()
}

func main() {
	_ = byref()
	_ = byval()
}
