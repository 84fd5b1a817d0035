// Package-level initializers: the synthetic init function (staticinit
// takes out what the linker initializes; the rest is escape-analysed).
package main

type T struct {
	p *int
	m map[string]*T
	f func() int
	s []*T
	i interface{}
}

type I interface{ M() int }

func (t *T) M() int { return 1 }

func newT() *T { return &T{} }

func id(x interface{}) interface{} { return x }

func ptr() *int { x := 1; return &x }

func two() (*int, *T) { return nil, nil }

func leak(p *int) { sink = p }

var sink *int

// static: constants, nil, addresses of globals, closures without
// captures, literals of static things
var (
	n     = 7
	str   = "a" + "b"
	pn    = &n
	arr   = [3]int{1, 2, 3}
	pa    = &arr[1]
	sl    = []int{1, 2, 3}
	st    = &T{}
	fn    = func() int { return 2 }
	bs    = []byte("abc")
	iface interface{} = 42
	copyn = n
	me    = (*T).M
)

// dynamic: calls, maps, makes, closures called in place
var (
	a    = ptr()
	b    = id(a)
	m    = map[string]int{"a": 1}
	mk   = make(map[int]int)
	mk0  = make(map[int]int, 0)
	ms   = make([]int, 10)
	ch   = make(chan int)
	k    = func() *int { return ptr() }()
	cl   = func() func() int { x := 3; return func() int { return x } }()
	i1 I = newT()
	i2   = id(42)
	mv   = st.M
	nl   = len(ms)
)

// partly static: the dynamic parts of literals are assigned to the
// static location, (T)(sym@offset) at -m=2
var (
	c    = &T{p: ptr(), m: map[string]*T{"a": {}}}
	d    = T{p: new(int), i: n, s: []*T{newT(), {}}}
	e    = []*int{ptr(), nil, new(int)}
	arrp = [3]*int{nil, new(int)}
	j    interface{} = &T{p: new(int)}
	q    interface{} = copyn
)

// several values, comma-ok forms, blank
var p1, p2 = two()
var v, ok = iface.(int)
var mval, mok = mk[1]
var rv, rok = <-ch
var _ = newT()
var _ = T{}
var _ = id

// the init order is not the source order
var early = late + 1
var late = cnt(new(int))

func cnt(p *int) int { return *p }

func init() {
	leak(new(int))
}

func init() {
	_ = d
}

func main() {}
