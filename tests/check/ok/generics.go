// Generic declarations and instantiations, compared with go/types by
// tests/suites/check.sh.
package p

import "unsafe"

type Pointer[T any] struct {
	_ [0]*T
	v unsafe.Pointer
}

func (x *Pointer[T]) Load() *T { return (*T)(x.v) }
func (x *Pointer[U]) Store(val *U) {}

type File struct{ name string }
type FileSet struct {
	last Pointer[File]
	m    map[string]Pointer[int]
}

type Number interface{ ~int | ~float64 }
type List[E any, N Number] struct {
	next *List[E, N]
	val  E
	n    N
}

func Map[S ~[]E, E any](s S, f func(E) E) S { return s }
func Sum[T int | float64](xs ...T) (t T) { return }

type pair[K comparable, V any] struct{ k K; v V }
var pp pair[string, int]
var lst *List[string, int]
