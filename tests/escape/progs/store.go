package main

type B struct {
	p *int
}

func set(b *B, q *int) {
	b.p = q
}

func main() {
	var b B
	z := 3
	set(&b, &z)
}
