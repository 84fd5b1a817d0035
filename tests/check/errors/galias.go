// A generic alias is an error; gc goes on with a type definition.
package p

type A[T any] = []T

type L[T any] struct{ v T }

func (l L[T]) Get() T { return l.v }

type B = L[int]
type C = L

var x B
var y A[int]
var z = x.Get() + "s"
var w = y[0] + 1.5
