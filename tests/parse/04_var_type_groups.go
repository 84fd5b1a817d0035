package p

var a int

var b, c = 1, "two"

var (
	d    float64
	e, f int = 3, 4
	g        = []int{1, 2}
)

type T int

type (
	U struct{}
	V = T
	W []U
	X map[string]*W
)

type Alias = map[int]string
