package main

func f(p *int) {}

func g(x int) {
	defer f(&x)
	for i := 0; i < 2; i++ {
		y := i
		defer f(&y)
	}
	z := 1
	go f(&z)
}

func main() {
	g(1)
}
