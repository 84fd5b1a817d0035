// The equality and hash functions gc generates (reflectdata/alg.go) for
// the runtime types staticinit writes with the itabs of package-level
// initializers: made before escape analysis, they are analysed with the
// package between the early wrappers, and at -m=2 their parameters'
// leaks to the runtime functions they call are explained (structs with
// strings, memory runs, interfaces and floats; arrays of strings, of
// named strings, of floats, of structs; map keys, hashed field by field).
package main

type I interface{ M() int }

type Name string

// strings, a run of three memory fields, an interface, a float
type A struct {
	s    string
	a, b int32
	c    int64
	i    I
	f    float64
	n    Name
}

func (a A) M() int { return int(a.c) }

// a run of memory that is not a power of two
type B struct {
	x    string
	a, b int64
	c    byte
}

func (b *B) M() int { return int(b.c) }

// arrays of strings, of named strings, of floats, of structs
type C struct {
	ss [7]string
	ns [2]Name
	fs [5]float64
	as [3]A
	bs [4]B
}

func (c C) M() int { return len(c.ss) }

// map keys: a struct, an array, nested
type K struct {
	s string
	p *int
	i I
	e any
	f float32
	z complex128
	a [3]string
	b B
	_ int
}

type D struct {
	m  map[K]int
	m2 map[[2]B]int
	m3 map[Name]int
	m4 map[[6]Name]bool
}

func (d D) M() int { return len(d.m) }

var xa I = A{}
var xb I = &B{}
var xc I = C{}
var xd I = D{}

func main() {}
