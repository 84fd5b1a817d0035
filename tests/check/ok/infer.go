// Type inference, generic calls and instances (their methods, method
// sets and layout), compared with go/types by tests/suites/check.sh
// (every var typed, and every expression).
package p

import (
	"strconv"
	"unsafe"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	return s
}

func Map[F, T any](s []F, f func(F) T) []T { return nil }

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }

func Ptr[T any](v T) *T { return &v }

func Pair2[A any, B any](a A, b B) (A, B) { return a, b }

type MyInts []int

func First[S ~[]E, E any](s S) E { var e E; return e }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Has(x T) bool { return false }

func NewSet[T comparable](xs ...T) Set[T] { return nil }

type Stringer interface{ String() string }
type ID int

func (ID) String() string        { return "" }
func Str[T Stringer](x T) string { return x.String() }

var a = Sum(1, 2, 3)
var b = Sum(1.5, 2.5)
var c2 = Sum[int64]()
var d = Map([]int{1}, strconv.Itoa)
var e = Keys(map[string]bool{})
var f = Ptr("x")
var g, h = Pair2(1, "a")
var i = First(MyInts{1})
var j = NewSet("a", "b").Has("c")
var k = Str(ID(3))
var l = Sum[float64]
var m = Map[int, string]
var n = First[[]byte]
var o = Ptr[ID](4)
var p = *Ptr(struct{ x int }{})
var q = Keys[map[int]int]

type LL[T any] struct {
	next *LL[T]
	val  T
}

func (l *LL[T]) Push(v T) *LL[T] { return &LL[T]{l, v} }
func (l LL[_]) Len() int         { return 0 }
func (l LL[T]) Val() T           { return l.val }

type PairKV[K comparable, V any] struct {
	k K
	v V
}

func (p PairKV[K, V]) Key() K { return p.k }

type SS[T any] struct{ x T }

func (SS[T]) String() string { return "" }

var ll LL[int]
var nn = ll.Len()
var vv = ll.Val()
var pv = (&ll).Push(3)
var mv = ll.Push
var me = (*LL[string]).Push
var sz = unsafe.Sizeof(PairKV[int8, int64]{})
var off = unsafe.Offsetof(PairKV[int8, int64]{}.v)
var st Stringer = SS[int]{}
var kk = PairKV[string, []int]{"a", nil}.Key()

type E struct {
	LL[float64]
	PairKV[int, int]
}

var ev = E{}.Val()
var ek = E{}.Key()

// constraint type inference through core types, pointers to type
// parameters, function arguments, channels of either direction
func Q[T any, PT interface{ *T }](x T) PT         { return nil }
func R[T any](f func(T) T) T                      { var x T; return x }
func Ch[T any](c <-chan T) T                      { var x T; return x }
func Slices[S ~[]E, E comparable](a, b S) bool    { return false }
func Apply[T any, F ~func(T) T](f F, x T) T       { return f(x) }
func Nest[T any](x List2[List2[T]]) T             { var t T; return t }
func MapOf[K comparable, V any](m map[K]V) (K, V) { var k K; var v V; return k, v }
func Arr[T any, A ~[4]T](a A) T                   { var t T; return t }

type List2[T any] struct{ v T }
type Strs []string
type Fn func(int) int

var q1 = Q(3)
var q2 = Q[string]
var r1 = R(func(x float32) float32 { return x })
var ch1 = Ch(make(chan int))
var rc <-chan []byte
var ch2 = Ch(rc)
var sl1 = Slices(Strs{}, nil)
var ap1 = Apply(Fn(nil), 3)
var ne1 = Nest(List2[List2[uint]]{})
var mo1, mo2 = MapOf(map[ID][]int{})
var ar1 = Arr([4]rune{})
var sz2 = unsafe.Sizeof(List2[[3]int64]{})
var al2 = unsafe.Alignof(PairKV[int8, [2]int16]{})
