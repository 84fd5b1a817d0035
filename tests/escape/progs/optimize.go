package main

var sink *int

func both(p *int) *int {
	sink = p
	return p
}

func deeper(ppp ***int) **int {
	return *ppp
}

func main() {
	_ = both(nil)
	_ = deeper(nil)
}
