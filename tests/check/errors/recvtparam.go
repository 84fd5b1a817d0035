// Receiver type parameters: blank ones, and ones that are not names.
package p

type List[T any] struct{ v T }

func (l List[_]) Len() int { return 0 }
func (l List[*T]) N()      {}
func (l *List[E]) Set(v E) {}

type Pair[K comparable, V any] struct{}

func (Pair[K]) One()    {}
func (Pair[_, _]) Two() {}

var n = List[string]{}.Len() + "x"
var s = (&List[int]{}).Set
var t = s("a")
