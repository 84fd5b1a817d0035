package main

type T struct {
	p *int
}

func (t T) Get() *int {
	return t.p
}

func (t *T) Ptr() **int {
	return &t.p
}

func value(t T) func() *int {
	return t.Get
}

func expr(t T) *int {
	return T.Get(t)
}

func call(t *T) **int {
	return t.Ptr()
}

func main() {
	var t T
	_ = value(t)
	_ = expr(t)
	_ = call(&t)
}
