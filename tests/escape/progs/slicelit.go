package main

func out() []int {
	return []int{1, 2, 3}
}

func in() int {
	s := []int{4, 5}
	return s[0]
}

func main() {
	_ = out()
	_ = in()
}
