package p

const N = 4

type G[P any] struct{ v P }

// Array type or type parameter list: gc decides from the tokens.
type A1 [N]int
type A2[P any] [N]P
type A3[P *int,] struct{}
type A4[P interface{ *int }] struct{}
type A5 [N * 2]int
type A6[P ~int | ~string] []P

type Embedding struct {
	G[int]
	*G[string]
	x G[G[bool]]
}

type Constraint[T any] interface {
	~[]T | ~map[int]T
	Len() int
}

func call() {
	f := (*G[int]).method
	_ = f
	var g = G[int]{v: 1}
	_ = g
	_ = []G[int]{{v: 2}}
}

func (g *G[P]) method() {}
