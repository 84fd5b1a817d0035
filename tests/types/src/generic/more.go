package generic

type UnionWithIface interface {
	Exact | ~float64
}

type AnyOrInt interface {
	any | int
}

type CmpMethods interface {
	comparable
	String() string
	Less(int) bool
}

type ChanConstraint interface {
	~chan int | ~<-chan int
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s Stack[T]) Top() T    { return s[len(s)-1] }

type Embeds[T any] struct {
	Stack[T]
	*List[T]
	n T
}

type IntStack = Stack[int]

func Id[T any](x T) T                { return x }
func Id2[U any](y U) U               { return y }
func Id3[U comparable](y U) U        { return y }
func Two[A, B any](a A, b B) (A, B)  { return a, b }
func Two2[X, Y any](x X, y Y) (X, Y) { return x, y }
func Swap[A, B any](a A, b B) (B, A) { return b, a }

var (
	ST  Stack[string]
	STP *Stack[string]
	EM  Embeds[int]
	IS  IntStack
	FId = Id[int]
	G1  = Id[string]
	G2  = Id2[string]
)

func UseMore() {
	_ = Id(1)
	_, _ = Two(1, "x")
	EM.Stack.Push(1)
	_ = EM.Top()
	_ = EM.Len()
}
