// Method wrappers in the order gc makes them: at the itabs walk asks
// for (conversions, assertions, type switch cases), function by
// function, then as the runtime types are written (named types by name,
// then the others: variables' types, what walk needed).
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }

type Rect struct{ w, h int }

func (r Rect) Area() int    { return r.w * r.h }
func (r Rect) Name() string { return "rect" }

type Circle struct{ r int }

func (c Circle) Area() int    { return 3 * c.r * c.r }
func (c Circle) Name() string { return "circle" }

type Zed int

func (z Zed) Area() int    { return int(z) }
func (z Zed) Name() string { return "zed" }

type Alpha struct{ n int }

func (a Alpha) Get() int { return a.n }

// embeds an imported type: its inlinable methods are inlined into the
// wrappers
type Buf struct{ *strings.Builder }

// a variable of an anonymous struct type with an embedded field
var counter struct {
	Alpha
	k int
}

func first() Shape { return Zed(3) }

func second(s Shape) int {
	switch v := s.(type) {
	case Rect:
		return v.w
	case Circle:
		return v.r
	}
	if q, ok := s.(Sq); ok {
		return q.s
	}
	return 0
}

func third(x interface{}) int {
	if n, ok := x.(interface{ Name() string }); ok {
		return len(n.Name())
	}
	y := struct{ Alpha }{Alpha{2}}
	var g interface{ Get() int } = y
	return g.Get()
}

func fourth() int {
	type pair struct {
		Alpha
		b bool
	}
	c := make(chan pair, 1)
	c <- pair{Alpha{1}, true}
	p := <-c
	return p.Get()
}

func fifth(b Buf) fmt.Stringer { return b }

func main() {
	fmt.Println(first(), second(Sq{2}), third(Rect{1, 2}), fourth(), counter.Get(), fifth(Buf{new(strings.Builder)}))
}
