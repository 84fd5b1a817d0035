package main

var sink *int

func leak(p *int) {
	sink = p
}

func local() {
	x := 0
	sink = &x
}

func main() {
	leak(nil)
	local()
}
