package p

const Single = 1

const (
	A = iota
	B
	C
	_
	D
)

const (
	KB, MB = 1 << (10 * (iota + 1)), 1 << (20 * (iota + 1))
	GB, TB
)

const typed int64 = -5

const (
	x, y float64 = 1.5, 2.5
	z            = x * y
)
