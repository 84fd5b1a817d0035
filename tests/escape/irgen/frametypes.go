// The back end's DWARF asks for the runtime type of every parameter and
// local variable of a compiled function (dwarfgen.Info): a function's own
// named type and an anonymous interface are then written with the
// package's named types, in the first round of runtime types, not when a
// type holding them is written later (net's dialResult, the runtime's
// interface{ F() }): their wrappers come in that order.
package main

type Conn interface {
	Close() error
	Read(b []byte) int
}

type zeta struct{ Conn }

func dial(c Conn) int {
	type dialResult struct {
		Conn
		error
		n int
	}
	results := make(chan dialResult, 1)
	results <- dialResult{Conn: c}
	res := <-results
	return res.n
}

type alpha struct{ x int }

func (a *alpha) F() {}

func hash(i interface{ F() }, seed uintptr) uintptr {
	i.F()
	return seed
}

type omega struct{ Conn }

func main() {
	dial(zeta{})
	hash(&alpha{}, 0)
	_ = omega{}
}
