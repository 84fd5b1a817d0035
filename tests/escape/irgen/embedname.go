// The link name of an instance spells an embedded field's name when it
// is not its type's own (struct { p.int = int }, A = p.L for an alias).
package main

import "fmt"

type T[_ any] struct{}

type G[_ any] struct{}
type L struct{ x int }
type E struct{ X int }
type A = L
type a = L
type Ai = int

var m = map[interface{}]int{
	T[struct{ int }]{}:          0,
	T[struct{ fmt.Stringer }]{}: 0,
	T[struct{ *L }]{}:           0,
	T[struct {
		E
		L
	}]{}: 0,
	T[struct{ byte }]{}:  0,
	T[struct{ error }]{}: 0,
	T[struct{ any }]{}:   0,
	T[struct {
		X int
		y E
	}]{}: 0,
	T[struct{ G[int] }]{}: 0,
	T[struct{ A }]{}:      0,
	T[struct{ a }]{}:      0,
	T[struct{ Ai }]{}:     0,
	T[struct{ *G[L] }]{}:  0,
	T[struct {
		int "x"
	}]{}: 0,
}

func main() {
	println(len(m))
}
