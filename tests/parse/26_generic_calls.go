package p

type Tree[T interface{ Less(T) bool }] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	return t
}

func New[T any, PT interface {
	*T
	Init()
}]() T {
	var v T
	PT(&v).Init()
	return v
}

type Vec[T any] []T

func (v Vec[T]) Each(f func(int, T)) {
	for i, x := range v {
		f(i, x)
	}
}

type G[P any] struct{}

func x() {
	var _ G[int]
	var _ G[[]int]
	var _ [4]G[int]
	var _ = []G[struct{}]{{}}
	var _ = map[G[int]]G[string]{}
}
