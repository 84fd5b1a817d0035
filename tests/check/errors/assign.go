package p

func two() (int, string) { return 1, "a" }

func f(m map[string]int, ch chan int) {
	a, b := 1
	c, d := 1, 2, 3
	var e int
	e, f := 1, 2
	e := 3
	var g, h int = two()
	g, h = h, g
	k, ok := m["a"]
	_, _, _, _ = k, ok, f, d
	s := "a"
	s++
	s += 1
	e += "x"
	two() = 1
	_, _ = a, c
}
