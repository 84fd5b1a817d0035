package main

func main() {
	x := 0
	_ = even(&x, 3)
	leaky(nil)
}

func even(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int {
	if n == 0 {
		return nil
	}
	return even(p, n-1)
}

var g *int

func leaky(q *int) {
	g = q
	leaky(q)
}
