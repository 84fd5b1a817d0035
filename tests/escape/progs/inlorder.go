package main

var sink *int

func big(x int) int {
	x = x*x + x*x + x*x + x*x + x*x + x*x + x*x + x*x + x*x + x*x
	x = x*x + x*x + x*x + x*x + x*x + x*x + x*x + x*x + x*x + x*x
	f := func() int { return x }
	return f()
}

func named(a int) (r int, ok bool) {
	if a > 0 {
		r = a
		ok = true
		return
	}
	return 0, false
}

func addr(a int) (p *int) {
	p = &a
	return
}

func main() {
	_ = big(1)
	_, _ = named(2)
	sink = addr(3)
}
