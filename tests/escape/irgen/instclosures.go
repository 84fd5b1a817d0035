// gc's subst names an instantiation's closures as it copies the body:
// in source order (an assignment's left side first), where a plain
// function's follow irgen (its right side first).  Closures made by
// inlining continue the count.
package main

func F[T any](m map[int]T, v T) {
	m[func() int { return 1 }()] = func() T { return v }()
	m[func() int { return 2 }()], m[3] = func() T { return v }(), func() T {
		return func() T { return v }()
	}()
	var x int
	x += func() int { return 3 }()
	_ = x
}

func G(m map[int]int, v int) {
	m[func() int { return 1 }()] = func() int { return v }()
	m[func() int { return 2 }()], m[3] = func() int { return v }(), func() int {
		return func() int { return v }()
	}()
}

func main() {
	F(map[int]int{}, 1)
	G(map[int]int{}, 1)
}
