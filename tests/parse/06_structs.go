package p

import "sync"

type Point struct {
	X, Y int
	Z    float64 `json:"z"`
}

type Embeds struct {
	Point
	*sync.Mutex
	sync.Once
	name string "plain tag"
	a, b, c []byte `x:"1"`
	_       int
	fn      func(int) error
}

type Empty struct{}

type Anon struct {
	inner struct {
		v int
	}
	ptr *struct{ x, y int }
}
