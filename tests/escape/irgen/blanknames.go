// Names gc gives functions and wrappers: a method named _ is "_" (gc
// makes no method symbol for it; closures in it count with the
// package-level ones), a wrapper of an unnamed receiver is named by the
// receiver's link string (fields qualified, byte and rune as uint8 and
// int32, a function-local type with its vargen: struct { main.deep·3;
// *main.bb }.M), one of a function-local named type T·N.M, and a type
// nested 120 deep prints whole.
package main

import (
	"bytes"
	"fmt"
)

var sink any

var hook = func(p *int) *int { return p }

type T struct{ x int }

func (T) _()               {}
func (*T) _()              {}
func (t *T) _(p *int) *int { return p }
func (T) _(q *int)         { sink = func() *int { return q } }

type G[X any] struct{ x X }

func (G[X]) _()           {}
func (g *G[X]) M(p *X) *X { return p }

type my struct{ f int }

func (t my) String() string { return "x" }

type bb struct{ b []byte }

func (b *bb) Set(x []byte) { b.b = b.b[:0] }

func F() fmt.Stringer {
	type deep struct{ my }
	type L struct {
		deep
		*bytes.Buffer
	}
	return L{deep{}, bytes.NewBufferString("ok")}
}

func H() any {
	type deep struct{ my }
	s := struct {
		deep
		*bb
		x byte
		y rune
		z string `x:"z"`
	}{}
	return s
}

func K() any {
	s := struct {
		x byte
		*bb
	}{}
	return &s
}

func Deep() any {
	var a my
	return [][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][]*my{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{&a}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
}

func main() {
	var g G[int]
	var x int
	g.M(&x)
	sink = F()
	sink = H()
	sink = K()
	sink = Deep()
}
