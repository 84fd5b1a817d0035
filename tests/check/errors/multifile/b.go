package p

import "strings"

var x string

func (T) M() {}

func g() int {
	var unused int
	return q
}

var z = c
const d = "s"

func h() { _ = T{b: 1} }
