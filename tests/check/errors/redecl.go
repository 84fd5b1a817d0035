package p

type T int
type T struct{}

func T() {}

const (
	a = iota
	b
	a
)

var x, x int

type S struct {
	f, g int
	f    string
}

func (S) M()      {}
func (*S) M()     {}
func (S) g()      {}
func F(a, a int)  {}
func init()       {}
var init = 1
