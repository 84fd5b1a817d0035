package p

import "os"

func f() {
	v := 1
}

type S struct{}

func (s S) Get() int { return s.missing }
