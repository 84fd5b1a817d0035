package p

var global = func() int { return 1 }

func f() func(int) int {
	add := func(a, b int) int { return a + b }
	counter := 0
	inc := func() {
		counter++
	}
	inc()
	return func(x int) int {
		return add(x, counter)
	}
}

func g() {
	func() {}()
	defer func(s ...string) {}("a", "b")
	_ = func() (func(), error) { return nil, nil }
}
