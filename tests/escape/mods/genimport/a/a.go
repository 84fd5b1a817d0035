// Package a declares generic code that package main instantiates from
// its export form: each := declaration costs two nodes more to inline
// (the importer reads ODCL x as var x; x = nil), locals print qualified
// (var a.n), a closure captures the locals of the instantiation it is
// in; the instance types Pair[*int] and Pair[string] get method wrappers
// calling the shape instantiations with their dictionaries.
package a

var sink any

func F1[T any](s []T) T {
	var n T
	return n
}

func F2[T any](s []T) int {
	k := 0
	for range s {
		k++
	}
	return k
}

func F3[T any](s []T) (int, T) {
	var z = len(s)
	a, b := z, s[0]
	if c := a + 1; c > 2 {
		return c, b
	}
	switch d := a * 2; d {
	case 1:
		return d, b
	}
	return a, b
}

func F4[T any](ch chan T) T {
	select {
	case v := <-ch:
		return v
	case v, ok := <-ch:
		if ok {
			return v
		}
	}
	var z T
	return z
}

func F5[T any](x T) func() T {
	y := x
	f := func() T { return y }
	return f
}

func F6[T any](x *T) *T {
	p := x
	q := &p
	sink = q
	return *q
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

type Pair[T any] struct {
	X, Y T
}

func (p Pair[T]) First() T { return p.X }

func (p *Pair[T]) Swap() { p.X, p.Y = p.Y, p.X }

type Firster[T any] interface{ First() T }
