package p

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

func (l *List[_]) Len() int { return 0 }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Set[T comparable] map[T]struct{}

type PtrTo[T any] interface{ *T }

type Ints[T interface{ ~int | ~uint }] []T

type Arr[N any, T ~[]N] struct{ v T }

func use() {
	_ = Sum[int]([]int{1, 2})
	_ = Sum([]float64{1, 2})
	_ = Map[int, string](nil, nil)
	var p Pair[string, int]
	_ = p
	var s Set[int]
	_ = s
	f := Map[int, int]
	_ = f
	_ = List[int]{}
}
