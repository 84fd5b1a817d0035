// A pointer method promoted through an embedded field, wrapped for a
// pointer receiver, is a tail call (methodWrapper), never inlined into,
// so it is made whether or not the method's body can be imported: the
// wrappers of *struct{ sync.Once; ... } call (*sync.Once).Do and doSlow
// even when the package's own call imported Do without its body (-l
// over dependencies built with inlining: text/template's
// builtinFuncsOnce).  The value receiver's wrapper of a method of an
// embedded pointer is not a tail call and inlines it (T.Len).
package main

import (
	"bytes"
	"sync"
)

var once struct {
	sync.Once
	v int
}

type T struct {
	*bytes.Buffer
	n int
}

func main() {
	once.Do(func() { once.v = 1 })
	t := T{Buffer: new(bytes.Buffer)}
	_ = t.Len()
	var i interface{ Len() int } = t
	_ = i
}
