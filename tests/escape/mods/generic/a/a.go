// Package a declares generic code that package main instantiates:
// gc compiles shape instantiations of it in main (Dupok: no parameter
// lines), its locals qualified, its constants by value.
package a

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T  { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

var sink any

func Leak[T any](x T) { sink = x }
