// More interface method expressions: in go and defer statements and a
// closure, passed as a value, of imported interfaces (io.Reader.Read,
// fmt.Stringer.String), promoted from an embedded interface (W.Get,
// (*W).Get), of an instance interface in a generic function (G[T].Get), and
// a shape of an interface type (T.Get, and x.Get asserted to its bound),
// whose runtime type has the wrappers of its methods.
// tests/suites/escape-irgen.sh compares goescape with go build on it.
package main

import (
	"fmt"
	"io"
	"strings"
)

type I interface{ Get(p *int) int }

type S struct{ x int }

func (s S) Get(p *int) int { return s.x + *p }

type W struct{ I }

type G[T any] interface{ Get(p *int) T }

func defers(i I, p *int) {
	defer I.Get(i, p)
	go I.Get(i, p)
	func() { I.Get(i, p) }()
}

func apply(f func(I, *int) int, i I) int {
	x := 0
	return f(i, &x)
}

func promoted(w W, p *int) int {
	f := W.Get
	g := (*W).Get
	return f(w, p) + g(&w, p)
}

func reader(r io.Reader, b []byte) (int, error) {
	return io.Reader.Read(r, b)
}

func gen[T any](x G[T], p *int) T {
	f := G[T].Get
	return f(x, p)
}

func shapeiface[T I](x T, p *int) int {
	f := T.Get
	g := x.Get
	return f(x, p) + g(p)
}

func stringer(x fmt.Stringer) string {
	return fmt.Stringer.String(x)
}

func main() {
	x := 1
	defers(S{}, &x)
	println(apply(I.Get, S{}), promoted(W{S{}}, &x))
	println(reader(strings.NewReader("x"), make([]byte, 4)))
	println(shapeiface[I](S{}, &x), shapeiface(S{}, &x))
	println(stringer(nil))
}
