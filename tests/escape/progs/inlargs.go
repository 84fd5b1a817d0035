package main

func apply(f func(int) int, x int) int {
	return f(x)
}

func vsum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func wait(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
	}
	return 0
}

func main() {
	y := 2
	_ = apply(func(x int) int { return x * y }, 3)
	_ = vsum(1, 2, 3)
	_ = wait(nil)
}
