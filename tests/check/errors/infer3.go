// Errors of generic calls and instances, as gc words them (the third
// part: gc stops at ten errors).
package p

type Stringer interface{ String() string }

type List[T any] struct{ val T }

func (l List[T]) Get() T   { return l.val }
func (l *List[T]) Set(v T) {}

type Box[T Stringer] struct{ v T }

func F[T any](x, y T) T                   { return x }
func Q[T any, PT interface{ *T }](x T) PT { return nil }
func R[T any](f func(T) T) T              { var x T; return x }
func Ch[T any](c <-chan T) T              { var x T; return x }

var e21 = List[int]{}.Set
var e22 = List[string]{}.Get() + 1
var e23 Box[int]
var e24 = F(List[int]{}, List[string]{})
var e25 = Q[int, *string]
var e26 = R(func(x int) string { return "" })
var e27 = Ch(make(chan int))
var e28 int = F(1.5, 2.5)
var e29 = F[int, int](1, 2)
