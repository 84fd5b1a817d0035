// Package basic: the predeclared types, composite types, layouts.
package basic

import "unsafe"

type (
	B   bool
	I   int
	I8  int8
	I16 int16
	I32 int32
	I64 int64
	U   uint
	U8  uint8
	U64 uint64
	UP  uintptr
	F32 float32
	F64 float64
	C64 complex64
	C   complex128
	S   string
	Ptr unsafe.Pointer
	By  byte
	Ru  rune
)

type Alias = int
type BytesAlias = []byte

type Point struct {
	X, Y int
}

type Tagged struct {
	Name  string `json:"name"`
	Age   int    `json:"age,omitempty"`
	inner []byte "raw tag"
	Odd   int    "quote\"back\\slash\ttab"
}

type Layout struct {
	a bool
	b int64
	c bool
	d complex128
	e int32
	f struct{}
}

type ZeroLast struct {
	n int32
	z struct{}
}

type ZeroOnly struct {
	z  struct{}
	z2 [0]int64
}

type Mixed struct {
	b  byte
	c  complex64
	s  string
	sl []int
	i  interface{}
	m  map[string]int
	f  func()
	ch chan int
	p  *int
	u  uint16
	a  [3]int16
	e  error
	x  [2]struct {
		a int8
		b int64
	}
}

type Arr [5]Point
type Matrix [3][4]float32
type Empty struct{}
type EmptyArr [10]Empty

type List struct {
	Val  int
	Next *List
}

type Tree struct {
	Left, Right *Tree
	Kids        []Tree
	Parent      map[string]*Tree
}

type Func func(a int, b ...string) (int, error)
type Func2 func(int, string) bool
type Func3 func(x, y int) (n int, err error)
type Func4 func(...interface{})
type Func5 func(func(int) int) func() string
type Sends chan<- int
type Recvs <-chan int
type ChanChan chan (<-chan int)
type ChanChan2 chan<- chan int
type ChanChan3 <-chan <-chan int
type Map map[Point][]*Point

type Stringer interface {
	String() string
}

type ReadWriter interface {
	Read(p []byte) (n int, err error)
	Write(p []byte) (n int, err error)
}

type Stringish interface {
	Stringer
	Len() int
}

func (p Point) String() string { return "" }
func (p *Point) Scale(k int)   { p.X *= k }
func (p Point) Len() int       { return 0 }

func (l *List) Push(v int) *List { return &List{v, l} }
func (l List) Len() int          { n := 0; return n }

func (I) String() string  { return "" }
func (*I64) Inc()         {}
func (f Func) Call() bool { return f != nil }

var (
	V1 = []int{1, 2}
	V2 = map[string]*Point{}
	V3 = make(chan<- []string)
	V4 = struct {
		A int
		b string `x:"y"`
	}{}
	V5 = [...]int{1, 2, 3}
	V6 = &Tagged{}
	V7 = func(int, ...string) {}
	V8 interface{ M() }
	V9 any
	Va error
	Vb = unsafe.Pointer(nil)
	Vc = [0]func(){}
	Vd struct{}
	Ve *[]map[int]chan<- bool
	Vf = 'x'
	Vg = 1.5
	Vh = 2i
	Vi = "s"
	Vj = true
	Vk uintptr
	Vl complex64
	Vm float32
	Vn rune
	Vo byte
	Vp = []Alias{}
	Vq BytesAlias
)

const (
	K1     = 1
	K2     = 'a'
	K3     = 1.0
	K4     = 1i
	K5     = "k"
	K6     = false
	K7 int = 3
	K8     = K7 * 2
)

func F(a, b int, c ...Point) (*Point, error)  { return nil, nil }
func G()                                      {}
func H(f func(x int) int, ch <-chan struct{}) {}

func Use() {
	var p Point
	_ = p.String()
	x := 1 << 3
	_ = x
	var i interface{} = p
	_, _ = i.(Stringer)
	_ = unsafe.Sizeof(Layout{})
	_ = len("abc")
	_ = nil == i
}
