package deep

type T struct {
	P *int
	N int
}

func New(p *int) *T { return &T{P: p} }

func Val(p *int) T { return T{P: p, N: 1} }

func Box(x int) interface{} { return x }

func Box2() interface{} { return 7 }

func (t *T) Get() *int { return t.P }

func (t T) Peek() *int { return t.P }

func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var Sink interface{}

func Put(x interface{}) { Sink = x }

const K = 1 << 3
