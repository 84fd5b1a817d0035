package p

func noargs() {}

func args(a int, b, c string, d ...interface{}) {}

func results() (int, error) { return 0, nil }

func named() (n int, err error) {
	n = 1
	return
}

func unnamedParams(int, string, ...bool) {}

func variadic(xs ...int) int { return len(xs) }

func call() {
	variadic(1, 2, 3)
	variadic([]int{1, 2}...)
	args(1, "b", "c")
	args(1, "b", "c", nil, 3)
	_, _ = results()
}

func fnTypes(f func(), g func(int) bool, h func(a, b int) (c int)) func() func() {
	return nil
}

//go:noinline
func withPragma() {}

func external(x int) int
