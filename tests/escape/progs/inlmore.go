package main

type T struct{ x int }

func (t T) M() int { return t.x }

func (t *T) P() int { return t.M() }

func viaPtr(p *T) int { return p.M() }

func mv(t T) func() int { return t.M }

func lab() {
L:
	for {
		break L
	}
}

func gor() {
	go lab()
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func outer() int {
	f := func() int {
		g := func() int { return 1 }
		return g()
	}
	return f()
}

func mkf(n int) func() int {
	return func() int { return n }
}

func main() {
	t := T{1}
	_ = t.P()
	_ = viaPtr(&t)
	_ = mv(t)
	lab()
	gor()
	_ = even(3)
	_ = outer()
	_ = mkf(2)()
}
