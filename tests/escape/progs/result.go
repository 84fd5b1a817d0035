package main

func id(p *int) *int {
	return p
}

func deref(pp **int) *int {
	return *pp
}

func two(p, q *int) (a, b *int) {
	return q, p
}

func main() {
	_ = id(nil)
	_ = deref(nil)
	_, _ = two(nil, nil)
}
