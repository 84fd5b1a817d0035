// Errors of generic calls and instances, as gc words them (the second
// half: gc stops at ten errors).
package p

type Stringer interface{ String() string }

type List[T any] struct{ val T }

func (l List[T]) Get() T        { return l.val }
func (l *List[T]) Set(v T)      {}
func G[T any]() T               { var x T; return x }
func F[T any](x, y T) T         { return x }
func K[A, B any](a A, b B) A    { return a }
func M[S ~[]E, E any](s S) E    { var e E; return e }
func P[T ~int | ~string](x T) T { return x }
func S[T Stringer](x T) string  { return "" }

type ID int
type Box[T Stringer] struct{ v T }

var e11 = G
var e12 = List(3)
var e13 = M(3)
var e14 = P(1.5)
var e15 = P[float64]
var e16 = S[ID]
var e17 = F[int](1, "x")
var e18 = K[int](1)
var e19 = F(nil, nil)
var e20 = List[int]{}.Put
