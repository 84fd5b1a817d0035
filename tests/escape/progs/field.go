package main

type T struct {
	f *int
	g int
}

func get(p *T) *int {
	return p.f
}

func val(t T) *int {
	return t.f
}

func main() {
	_ = get(nil)
	_ = val(T{})
}
