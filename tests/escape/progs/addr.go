package main

func newInt() *int {
	x := 1
	return &x
}

func keep() int {
	y := 2
	p := &y
	return *p
}

func main() {
	_ = newInt()
	_ = keep()
}
