// Operands of type-parameter type in function bodies (compared with
// go/types once bodies are checked): untyped constants, conversions,
// assignability through type sets, index, slice, *p, builtins, method
// calls through constraints, generic calls inside generic code.
package p

import "unsafe"

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Stringer interface{ String() string }

type Bytes interface{ ~[]byte | ~string }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	s = s*2 + 1
	s = T(3) + s/T(2)
	return s
}

func Conv[T, U Number](x T) U { return U(x) }

func Index[S ~[]E, E any](s S, i int) (E, S) {
	return s[i], s[1:len(s)]
}

func Bytes0[B Bytes](b B) (byte, int) { return b[0], len(b) }

func Map[M ~map[K]V, K comparable, V any](m M, k K) (V, bool) {
	v, ok := m[k]
	delete(m, k)
	return v, ok
}

func Deref[P *T, T any](p P) T { return *p }

func Chans[C ~chan E, E any](c C, e E) {
	c <- e
	close(c)
	_ = cap(c)
}

func Append[S ~[]E, E any](s S, e ...E) S {
	s = append(s, e...)
	n := copy(s, e)
	_ = n
	return append(s[:0], s...)
}

func Make[S ~[]E, E any](n int) S { return make(S, n, 2*n) }

func Str[T Stringer](x T) string { return x.String() + "!" }

func Eq[T comparable](a, b T) bool { return a == b || a != b }

func Less[T ~int | ~string](a, b T) bool { return a < b }

func Size[T any](x T) (uintptr, uintptr) { return unsafe.Sizeof(x), unsafe.Alignof(x) }

func Nil[T ~[]int | ~map[int]int](x T) bool { return x == nil }

func ToAny[T any](x T) any { return x }

func Ptr[T any](x T) *T { return &x }

func Twice[T Number](x T) T {
	return Sum([]T{x, x}) + Sum[T](nil)
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) Get() T   { return b.v }

func UseBox[T any](v T) T {
	var b Box[T]
	b.Set(v)
	f := b.Get
	return f()
}

func Shift[T ~int | ~uint8](x T, n uint) T { return x<<n | x>>1 }

func Neg[T Number](x T) T { return -x }

type ID int

func (ID) String() string { return "" }

var (
	s1      = Sum([]float64{1, 2})
	c1      = Conv[int, float64](3)
	i1, sl1 = Index([]string{"a"}, 0)
	b1, n1  = Bytes0("xyz")
	m1, ok1 = Map(map[string]int{}, "k")
	d1      = Deref(new(int8))
	ap1     = Append([]int{1}, 2, 3)
	mk1     = Make[[]rune](4)
	st1     = Str(ID(1))
	eq1     = Eq(1.5, 2.5)
	le1     = Less("a", "b")
	sz1, al = Size([3]int16{})
	ub1     = UseBox('x')
	sh1     = Shift(uint8(3), 2)
)
