package main

var sink interface{}

func add(a, b int) int {
	return a + b
}

func add4() int {
	return add(1, 2) + add(3, 4)
}

//go:noinline
func noinl() {}

func callsNoinl() {
	noinl()
}

func pan(x int) {
	if x < 0 {
		panic("neg")
	}
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func heavy(x int) int {
	noinl()
	noinl()
	return x
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func sw(x int) int {
	switch x {
	case 1:
		return 10
	case 2:
		return 20
	case 3:
		return 30
	case 4:
		return 40
	case 5:
		return 50
	case 6:
		return 60
	case 7:
		return 70
	case 8:
		return 80
	case 9:
		return 90
	case 10:
		return 100
	case 11:
		return 110
	case 12:
		return 120
	case 13:
		return 130
	case 14:
		return 140
	case 15:
		return 150
	case 16:
		return 160
	case 17:
		return 170
	case 18:
		return 180
	case 19:
		return 190
	case 20:
		return 200
	}
	return 0
}

func ptr() *int {
	x := 0
	return &x
}

func main() {
	sink = add4()
	callsNoinl()
	pan(1)
	_ = sum(nil)
	_ = heavy(2)
	_ = fact(4)
	_ = sw(5)
	_ = *ptr()
}
