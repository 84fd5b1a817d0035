package main

func newp() *int {
	return new(int)
}

func mk(n int) []int {
	return make([]int, n)
}

func mkc() int {
	s := make([]int, 4)
	return len(s)
}

func main() {
	_ = newp()
	_ = mk(1)
	_ = mkc()
}
