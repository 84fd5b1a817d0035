package main

var sink *int

func content(pp **int) {
	sink = *pp
}

func noesc(p *int) int {
	return *p
}

func main() {
	content(nil)
	_ = noesc(nil)
}
