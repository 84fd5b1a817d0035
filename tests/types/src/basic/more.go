package basic

// Recursive and mutually recursive interfaces.
type Node interface {
	Children() []Node
	Parent() Node
}

type Even interface {
	Next() Odd
}

type Odd interface {
	Next() Even
}

type Blank struct {
	_ int32
	A int8
	_ [3]byte
	_ struct{}
}

type Tags1 struct {
	A int `a:"1"`
}

type Tags2 struct {
	A int `a:"2"`
}

var (
	T1 struct {
		A int `a:"1"`
	}
	T2 struct {
		A int `a:"2"`
	}
	T3  struct{ A int }
	W1  interface{ M() interface{ N() } }
	W2  interface{ M() interface{ N() } }
	W3  interface{ M() interface{ N() int } }
	A1  [3]int
	A2  [4]int
	Fn1 func(a int, b string) bool
	Fn2 func(x int, y string) bool
	Fn3 func(int, ...string) bool
	Fn4 func(int, []string) bool
	Ch1 chan int
	Ch2 chan<- int
	Ch3 <-chan int
	PI  *interface{ M() }
	E1  interface {
		Stringer
		fmt() string
	}
	E2 interface {
		fmt() string
		String() string
	}
	E3 interface {
		Stringer
		Stringish
	}
)

type Dup interface {
	Stringer
	Stringish
	Len() int
}

func Local() {
	type T struct{ a int }
	type U = T
	var t T
	var u *U
	_, _ = t, u
	type L interface{ Local() T }
	var l L
	_ = l
}

type WithBlankMethod struct{}

func (WithBlankMethod) _() {}

type Big struct {
	a [1 << 20]int64
	b [100]struct {
		x int32
		y byte
	}
	c complex128
	d int64
}

type Uint64Pair struct {
	a bool
	b uint64
	c bool
}
