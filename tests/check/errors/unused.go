package p

import (
	"fmt"
	o "os"
	"strings"
)

var _ = strings.ToUpper

func f(a int) (r int) {
	x := 1
	var y int
	for i := range "ab" {
	}
	switch z := interface{}(a).(type) {
	case int:
	}
	g := func() {
		w := 2
		x++
	}
	var t struct{ f int }
	t.f = 1
	return
}
