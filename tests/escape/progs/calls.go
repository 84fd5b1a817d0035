package main

func vari(xs ...*int) *int {
	return xs[0]
}

func app(s []*int, p *int) []*int {
	return append(s, p)
}

func cp(dst, src []*int) {
	copy(dst, src)
}

type I interface{ M() }

func dyn(i I) {
	i.M()
}

type B struct{ buf []byte }

func (b *B) self(n int) {
	b.buf = b.buf[n:]
}

func main() {
	x, y := 1, 2
	_ = vari(&x, &y)
}
