// Package generic: type parameters, constraints, instances.
package generic

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Both interface {
	Number
	Integer
}

type Stringer interface {
	String() string
}

type StringNumber interface {
	Number
	Stringer
}

type Cmp interface {
	comparable
	Stringer
}

type Exact interface {
	int | string
}

type ExactAndCmp interface {
	Exact
	comparable
}

type Empty interface {
	int
	string
}

type Ordered interface {
	Integer | ~float32 | ~float64 | ~string
}

type MyInt int

func (m MyInt) String() string { return "" }

type MyString string

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }
func (l List[T]) Len() int  { return l.size }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Map[K comparable, V any] map[K][]Pair[K, V]

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s *Set[T]) Reset()      { *s = nil }

type Num[T Number] struct{ v T }

type Tree[T interface{ Less(T) bool }] struct {
	Left, Right *Tree[T]
	Val         T
}

type Chans[T any] struct {
	In  chan<- T
	Out <-chan T
}

func Map2[T, U any](xs []T, f func(T) U) []U        { return nil }
func Sum[T Number](xs ...T) T                       { var s T; return s }
func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }
func Min[T Ordered](a, b T) T                       { return a }
func Ptr[T any, P interface{ *T }](x T) P           { return &x }
func Implicit[T ~int | ~string](x T) T              { return x }
func Conv[S ~[]E, E any](s S) []E                   { return s }

var (
	LI  List[int]
	LS  *List[string]
	LLI List[List[int]]
	P1  Pair[string, int]
	P2  Pair[MyInt, []byte]
	M1  Map[string, float64]
	S1  Set[int]
	S2  Set[MyString]
	N1  Num[MyInt]
	C1  Chans[error]
	LI2 List[int]
	LP  List[Pair[int, int]]
	F1  = Map2[int, string]
	F2  = Sum[float64]
	F3  = Implicit[MyString]
	Fm  = Min[int]
)

func Use() {
	LI.Push(1)
	_ = LI.Len()
	_ = Sum(1, 2, 3)
	_ = Min("a", "b")
	_ = Keys(map[string]int{})
	_ = Conv([]MyInt{})
	_ = Ptr(3)
}
