package sub

var V int

var G *int

func Keep(p *int) *int { return p }

func Leak(p *int) { G = p }

func None(p *int) int { return *p }

//go:noescape
func Load(p *int) int

func Store(p *int)

type Box struct {
	P *int
}

//go:noinline
func (b *Box) Set(p *int) { b.P = p }

//go:noinline
func (b *Box) Get() *int { return b.P }

//go:noinline
func (b Box) Peek() *int { return b.P }

type Getter interface {
	Get() *int
}

func Count(ps ...*int) int {
	n := 0
	for _, p := range ps {
		n += *p
	}
	return n
}
