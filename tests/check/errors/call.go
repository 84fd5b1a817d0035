package p

import (
	"errors"
	"strings"
)

func f(a int, b ...string) (int, error) { return 0, nil }
func g() {}
func h() int { return 1 }

type T struct{}

func (T) M(x int) string { return "" }
func (*T) P()            {}

var e1 = errors.New("x")
var r = strings.NewReplacer("a", "b")
var v1 = h()
var v2 = T{}.M(1)
var v3 = f(1)
var v4 = g()
var v5 = h(1)
var v6 = f()
var v7 = T{}.M("s")
var v8 int = strings.Repeat("a", 3)
var v9 = T{}.P
var v10 = f(1, []string{}...)
var v11 = h(h()...)
var v12 = strings.Count("a", "b") + 1.5
